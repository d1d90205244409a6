package fr.cotation.conformite;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.cotation.testing.PackEcrit.packDecrit;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each check of {@code CotationEngine.conformite}, on a pack that fails it and one that passes it. Packs are written
 * by {@link PackEcrit} (first rule at line 7, the next ones 8 lines further), for the Métropole, in force from 2020.
 */
class ConformiteTest {
    private static final String DESCRIPTEUR = "epci: \"" + SIREN_NCA + "\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\n";
    /** DALO and every L.441-1 category get a point: a lawful grille, as small as can be. */
    private static final String DALO = regle("DALO", "DALO", "Situation( code == \"DALO\" )");
    private static final String PRIORITES = regle("Priorités", "PRIORITES", "Priorite( )");
    private static final String LEGAL = DALO + PRIORITES;

    private static Conformite conformite(Path dir, String id) {
        return Moteurs.depuis(dir).conformite(id, "1").orElseThrow();
    }

    private static Conformite conformite(Path dir, String id, String descripteur, String regles) {
        packDecrit(dir, id, descripteur, regles);
        return conformite(dir, id);
    }

    private static List<String> codes(Conformite c) {
        return c.constats().stream().map(x -> x.code() + (x.regle() == null ? "" : " " + x.regle())).toList();
    }

    @Test
    void aLawfulPackHasNoFinding(@TempDir Path dir) {
        Conformite c = conformite(dir, "legal", DESCRIPTEUR, LEGAL);

        assertEquals(List.of(), c.constats());
        assertTrue(c.conforme());
        assertEquals("legal", c.pack());
        assertEquals("1", c.version());
    }

    @Test
    void aPackUnknownToTheEngineHasNoReport(@TempDir Path dir) {
        packDecrit(dir, "legal", DESCRIPTEUR, LEGAL);
        CotationEngine e = Moteurs.depuis(dir);

        assertTrue(e.conformite("legal", "2").isEmpty());
        assertTrue(e.conformite("autre", "1").isEmpty());
        assertEquals(List.of("legal"), e.conformite().stream().map(Conformite::pack).toList());
    }

    // ------------------------------------------------------------------------------------------ C001, C002

    @Test
    void aPriorityCategoryWithoutPointsIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "sans-m", DESCRIPTEUR, DALO + regle("Priorités", "PRIORITES",
                "Priorite( categorie != \"m\" )"));

        assertEquals(List.of("C001"), codes(c));
        Constat m = c.constats().get(0);
        assertEquals(Gravite.ERREUR, m.gravite());
        assertEquals("pack.yaml", m.fichier());
        assertTrue(m.message().startsWith("grille principale : catégorie m) « Mineurs émancipés ou majeurs de moins de 21"
                + " ans pris en charge par l'aide sociale à l'enfance"), m.message());
        assertTrue(m.message().contains("(situation SORTIE_ASE prouvée) n'obtient aucun point de plus"), m.message());
    }

    @Test
    void everySituationOfACategoryMustScore(@TempDir Path dir) {
        // category k is met by SANS_LOGEMENT or HEBERGE_TIERS: a grille that only counts the first misses the second
        Conformite c = conformite(dir, "k", DESCRIPTEUR, DALO
                + regle("Priorités", "PRIORITES", "Priorite( categorie != \"k\" )")
                + regle("Sans logement", "SANS_LOGEMENT", "Priorite( categorie == \"k\" )\n    Situation( code == \"SANS_LOGEMENT\" )"));

        assertEquals(List.of("C001"), codes(c));
        assertTrue(c.constats().get(0).message().contains("catégorie k)"));
        assertTrue(c.constats().get(0).message().contains("(situation HEBERGE_TIERS prouvée)"), c.constats().get(0).message());
    }

    @Test
    void aCategoryInForceDuringThePacksPeriodIsRequiredOneRepealedBeforeIsNot(@TempDir Path dir) {
        List<CategoriePrioritaire> categories = new ArrayList<>(PrioritesL4411.nationales().toutes());
        categories.add(new CategoriePrioritaire("n", "Travailleurs clés (loi future)", "art. L.441-1 n) CCH",
                LocalDate.of(2030, 1, 1), null, List.of("PROFESSION_ESSENTIELLE")));
        categories.add(new CategoriePrioritaire("z", "Catégorie abrogée", "art. L.441-1 z) CCH",
                null, LocalDate.of(2019, 12, 31), List.of("SINISTRE")));
        String sansNiZ = DALO + regle("Priorités", "PRIORITES", "Priorite( categorie not in (\"n\", \"z\") )");
        packDecrit(dir, "ouvert", DESCRIPTEUR, sansNiZ);
        packDecrit(dir, "borne", "epci: \"" + SIREN_CASA + "\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\n"
                + "enVigueurAu: 2029-12-31\n", sansNiZ);
        CotationEngine e = Moteurs.builder().packDirectory(dir).prioritesL4411(PrioritesL4411.of(categories)).build();

        Conformite ouvert = e.conformite("ouvert", "1").orElseThrow();
        assertEquals(List.of("C001"), codes(ouvert));
        assertTrue(ouvert.constats().get(0).message().contains("catégorie n) « Travailleurs clés (loi future) »"
                + " (art. L.441-1 n) CCH) (en vigueur depuis le 2030-01-01, pendant la période du pack)"));
        assertEquals(List.of(), e.conformite("borne", "1").orElseThrow().constats(), "n starts after the pack ends");
    }

    @Test
    void dALOWithoutPointsIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "sans-dalo", DESCRIPTEUR, PRIORITES);

        assertEquals(List.of("C002"), codes(c));
        assertTrue(c.constats().get(0).message().startsWith("grille principale : un ménage reconnu DALO"));
    }

    @Test
    void pointsCutByARubriqueCapCountAsNoPoints(@TempDir Path dir) throws java.io.IOException {
        Path p = packDecrit(dir, "plafond", DESCRIPTEUR, PRIORITES + regle("DALO", "@critere(\"DALO\") @libelle(\"DALO\")"
                + " @rubrique(\"D\") @points(100) @reference(\"art. L.441-2-3 CCH\")", "Situation( code == \"DALO\" )", "note.retenir(kcontext);"));
        java.nio.file.Files.writeString(p.resolve("pack.yaml"), java.nio.file.Files.readString(p.resolve("pack.yaml"))
                .replace("grilles:", "  - {code: D, libelle: \"DALO\", plafond: 0}\ngrilles:"));

        assertEquals(List.of("C002"), codes(conformite(dir, "plafond")));
    }

    // ------------------------------------------------------------------------------------------ C003

    @Test
    void aRuleReadingProtectedDataIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "nationalite", DESCRIPTEUR, LEGAL + regle("Origine", "@critere(\"O\")"
                + " @libelle(\"O\") @rubrique(\"R\") @points(5)", "$d : Dossier( )", "if ($d.getNationalite() == null) { }"
                + " note.retenir(kcontext);"));

        Constat p = c.constats().stream().filter(x -> x.code() == CodeConstat.C003).findFirst().orElseThrow();
        assertEquals("nationalite/regles.drl", p.fichier());
        assertEquals(28, p.ligne());
        assertEquals("Origine", p.regle());
        assertTrue(p.message().startsWith("la règle lit une donnée protégée (« getNationalite », la nationalité)"));
        // the pack is refused before compiling (its consequence is not made of note calls); the report says both
        assertEquals(List.of("C003 Origine", "S011 Origine"), codes(c));
        assertTrue(c.constats().get(1).message().startsWith("conséquence « if (($d.getNationalite() == null)) { } » refusée"),
                c.constats().get(1).message());
    }

    @Test
    void aRuleMatchingTheIdentityIsAnErrorEvenWhereItWouldNeverMatch(@TempDir Path dir) {
        Conformite c = conformite(dir, "identite", DESCRIPTEUR, LEGAL + regle("Civilité", "C",
                "fr.cotation.demande.Identite( civilite != null )"));

        List<Constat> c003 = c.constats().stream().filter(x -> x.code() == CodeConstat.C003).toList();
        assertEquals(List.of("« Identite », la demande ou son identité", "« civilite », la civilité"),
                c003.stream().map(x -> x.message().substring(x.message().indexOf('(') + 1, x.message().indexOf(") :"))).toList());
        assertTrue(codes(c).contains("S003 Civilité"), "a directory pack is also refused for reaching outside the vocabulary");
    }

    // ------------------------------------------------------------------------------------------ C004, C005

    private static final String ACTIF = regle("Ménage actif", "ACTIF", "Dossier( nombreActifs >= 1 )");

    @Test
    void aSensitiveCriterionWithoutJustificationIsAnErrorAndAlwaysAWarning(@TempDir Path dir) {
        Conformite c = conformite(dir, "actif", DESCRIPTEUR, LEGAL + ACTIF);

        assertEquals(List.of("C005 Ménage actif", "C004 Ménage actif"), codes(c));
        assertEquals(23, c.constats().get(0).ligne());
        assertTrue(c.constats().get(0).message().startsWith("critère ACTIF fondé sur l'emploi (nombreActifs) sans"
                + " justification écrite : ajouter au pack.yaml « justifications: {ACTIF: \"...\"} »"));
        assertEquals(Gravite.AVERTISSEMENT, c.constats().get(1).gravite());
    }

    @Test
    void aJustifiedSensitiveCriterionIsOnlyAWarning(@TempDir Path dir) {
        Conformite c = conformite(dir, "justifie", DESCRIPTEUR + "justifications:\n  ACTIF: \"Pesé parmi d'autres,"
                + " jamais seul motif d'un refus.\"\n", LEGAL + ACTIF);

        assertEquals(List.of("C004 Ménage actif"), codes(c));
        assertTrue(c.conforme());
        assertEquals("critère ACTIF fondé sur l'emploi (nombreActifs) : critère sensible, à garder explicite et pondéré"
                + " parmi d'autres ; justification écrite dans le descripteur", c.constats().get(0).message());
        assertEquals("Pesé parmi d'autres, jamais seul motif d'un refus.",
                Moteurs.depuis(dir).packs().get(0).justifications().get("ACTIF"));
    }

    @Test
    void aBlankJustificationIsNoJustification(@TempDir Path dir) {
        Conformite c = conformite(dir, "vide", DESCRIPTEUR + "justifications:\n  ACTIF:\n", LEGAL + ACTIF);

        assertEquals(List.of("C005 Ménage actif", "C004 Ménage actif"), codes(c));
    }

    @Test
    void ageResidenceAndEmploymentAreEachNamed(@TempDir Path dir) {
        Conformite c = conformite(dir, "sensibles", DESCRIPTEUR + "justifications: {JEUNE: x, HABITE: x, PRO: x}\n", LEGAL
                + regle("Jeune", "JEUNE", "Dossier( ageDemandeur < 30 )")
                + regle("Habite", "HABITE", "Commune( habite )")
                + regle("Professionnel", "PRO", "Situation( code == \"PROFESSION_ESSENTIELLE\" )")
                + regle("Insertion", "INSERTION", "Situation( code == \"JEUNE_EN_INSERTION\" )"));

        assertEquals(List.of(
                        "INSERTION fondé sur l'âge (JEUNE_EN_INSERTION) et l'emploi (JEUNE_EN_INSERTION) sans justification",
                        "JEUNE fondé sur l'âge (ageDemandeur) : critère sensible",
                        "HABITE fondé sur le lieu de résidence (habite) : critère sensible",
                        "PRO fondé sur l'emploi (PROFESSION_ESSENTIELLE) : critère sensible",
                        "INSERTION fondé sur l'âge (JEUNE_EN_INSERTION) et l'emploi (JEUNE_EN_INSERTION) : critère sensible"),
                c.constats().stream().filter(x -> x.code() == CodeConstat.C004 || x.code() == CodeConstat.C005)
                        .map(x -> x.message().substring("critère ".length(),
                        x.message().indexOf(x.code() == CodeConstat.C005 ? " écrite" : ", à garder"))).toList());
    }

    @Test
    void aCriterionOfTheCommuneScoredIsNotAResidenceCriterion(@TempDir Path dir) {
        Conformite c = conformite(dir, "commune", DESCRIPTEUR, LEGAL + regle("Centre", "CENTRE",
                "Commune( code == \"06088\" )"));

        assertEquals(List.of(), c.constats());
    }

    // ------------------------------------------------------------------------------------------ C011

    private static String sourcee(String reference) {
        // 1 point, as LEGAL's priorities: a heavier local criterion would also be C025 and C027
        return regle("Travail", "@critere(\"TRAVAIL\") @libelle(\"Travaille\") @rubrique(\"R\") @points(1)"
                + (reference == null ? "" : " @reference(\"" + reference + "\")"), "Dossier( ancienneteMois > 100 )",
                "note.retenir(kcontext);");
    }

    @Test
    void aRuleWithoutReferenceIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "sans-ref", DESCRIPTEUR, LEGAL + sourcee(null));

        assertEquals(List.of("C011 Travail"), codes(c));
        Constat m = c.constats().get(0);
        assertEquals(Gravite.ERREUR, m.gravite());
        assertFalse(c.conforme());
        assertEquals("sans-ref/regles.drl", m.fichier());
        assertEquals(23, m.ligne());
        assertTrue(m.message().startsWith("critère TRAVAIL : la règle n'a pas de @reference ; citer l'article"),
                m.message());
    }

    @Test
    void aReferenceNamingNoArticleNorDatedTextIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "nom-seul", DESCRIPTEUR, LEGAL + sourcee("grille métropolitaine 2023"));

        assertEquals(List.of("C011 Travail"), codes(c));
        assertTrue(c.constats().get(0).message().startsWith("critère TRAVAIL : @reference(\"grille métropolitaine 2023\")"
                + " ne cite ni un article ni un texte daté"), c.constats().get(0).message());
    }

    @Test
    void anArticleOrADatedDeliberationIsAReference(@TempDir Path dir) {
        for (String ref : List.of("art. L.441-1 al. 1 CCH", "article 225-1 du code pénal",
                "délibération du conseil métropolitain du 14 décembre 2022", "art. 15 de la loi n° 89-462")) {
            String id = "ref-" + Math.abs(ref.hashCode());
            assertEquals(List.of(), conformite(dir.resolve(id), id, DESCRIPTEUR, LEGAL + sourcee(ref)).constats(), ref);
        }
        assertEquals(List.of("C011 Travail"), codes(conformite(dir.resolve("d"), "delib-sans-date", DESCRIPTEUR,
                LEGAL + sourcee("délibération du conseil métropolitain"))), "a deliberation is named with its date");
    }

    // ------------------------------------------------------------------------------------------ C006, C007

    private static String malus(String condition) {
        return regle("Refus", "@critere(\"REFUS\") @libelle(\"Refus\") @rubrique(\"R\") @points(-10)"
                + " @reference(\"art. R.441-2-10 11° CCH\")", condition,
                "note.retenir(kcontext);");
    }

    private static final String REFUS_12 = malus("Refus( !motifLegitime, moisDepuis < 12 )");

    @Test
    void aMalusOnRepeatedRefusalOnlyIsSeenAndItsDurationChecked(@TempDir Path dir) {
        String repete = malus("Refus( !motifLegitime, rang >= 2, moisDepuis < 12 )");
        assertEquals(List.of("C006 Refus"), codes(conformite(dir.resolve("a"), "repete-non-declare", DESCRIPTEUR, LEGAL + repete)));
        assertEquals(List.of(), conformite(dir.resolve("b"), "repete-12", DESCRIPTEUR
                + "effetsDesRefus:\n  - {critere: REFUS, dureeMois: 12}\n", LEGAL + repete).constats());
        assertEquals(List.of("C007 Refus"), codes(conformite(dir.resolve("c"), "repete-6", DESCRIPTEUR
                + "effetsDesRefus:\n  - {critere: REFUS, dureeMois: 6}\n", LEGAL + repete)),
                "the synthetic households hold a repeated refusal: the duration of such a malus is checked too");
    }

    @Test
    void aRefusalMalusNotDeclaredIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "refus", DESCRIPTEUR, LEGAL + REFUS_12);

        assertEquals(List.of("C006 Refus"), codes(c));
        assertEquals(23, c.constats().get(0).ligne());
        assertTrue(c.constats().get(0).message().startsWith("le critère REFUS est un malus pour refus non déclaré :"
                + " ajouter au pack.yaml « effetsDesRefus: [{critere: REFUS, dureeMois: N}] »"));
    }

    @Test
    void aRefusalMalusDeclaredWithItsDurationPasses(@TempDir Path dir) {
        Conformite c = conformite(dir, "refus", DESCRIPTEUR + "effetsDesRefus:\n  - {critere: REFUS, dureeMois: 12}\n",
                LEGAL + REFUS_12);

        assertEquals(List.of(), c.constats());
        assertEquals(List.of(new EffetDesRefus("REFUS", 12)), Moteurs.depuis(dir).packs().get(0).effetsDesRefus());
    }

    @Test
    void aDeclaredDurationShorterOrLongerThanTheRuleIsAnError(@TempDir Path dir) {
        Conformite court = conformite(dir.resolve("a"), "refus", DESCRIPTEUR + "effetsDesRefus: [{critere: REFUS, dureeMois: 6}]\n",
                LEGAL + REFUS_12);
        Conformite long_ = conformite(dir.resolve("b"), "refus", DESCRIPTEUR + "effetsDesRefus: [{critere: REFUS, dureeMois: 18}]\n",
                LEGAL + REFUS_12);

        assertEquals(List.of("C007 Refus"), codes(court));
        assertTrue(court.constats().get(0).message().startsWith("effetsDesRefus déclare 6 mois pour REFUS, mais la règle"
                + " pénalise encore un refus de 6 mois"));
        assertEquals(List.of("C007 Refus"), codes(long_));
        assertTrue(long_.constats().get(0).message().startsWith("effetsDesRefus déclare 18 mois pour REFUS, mais la règle"
                + " ne pénalise plus un refus de 17 mois"));
    }

    @Test
    void aMalusWithoutLimitInTimeCannotMatchAnyDuration(@TempDir Path dir) {
        Conformite c = conformite(dir, "toujours", DESCRIPTEUR + "effetsDesRefus: [{critere: REFUS, dureeMois: 120}]\n",
                LEGAL + malus("Refus( !motifLegitime )"));

        assertEquals(List.of("C007 Refus"), codes(c));
        assertTrue(c.constats().get(0).message().contains("limiter la règle dans le temps (Refus( moisDepuis < 120 ))"));
    }

    @Test
    void aMalusThatAlsoCountsRefusalsWithALegitimateReasonIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "motive", DESCRIPTEUR + "effetsDesRefus: [{critere: REFUS, dureeMois: 12}]\n",
                LEGAL + malus("Refus( moisDepuis < 12 )"));

        // the duration is right (C007 passes): only the refusal with a legitimate reason is wrong
        assertEquals(List.of("C010 Refus"), codes(c));
        assertEquals(23, c.constats().get(0).ligne());
        assertTrue(c.constats().get(0).message().startsWith("le critère REFUS retire 10 pts pour un refus avec motif"
                + " légitime : R.441-2-10 11° CCH"), c.constats().get(0).message());
    }

    @Test
    void aTerritorialPackInheritsTheRefusalEffectsOfItsBase(@TempDir Path dir) {
        packDecrit(dir, "socle", "version: \"1\"\nenVigueurDu: 2020-01-01\neffetsDesRefus: [{critere: REFUS, dureeMois: 12}]\n",
                LEGAL + REFUS_12);
        packDecrit(dir, "local", "epci: \"" + SIREN_NCA + "\"\nbase: socle\nversion: \"1\"\nenVigueurDu: 2020-01-01\n", "");
        CotationEngine e = Moteurs.depuis(dir);

        assertEquals(List.of(), e.conformite("local", "1").orElseThrow().constats());
        assertEquals(List.of(), e.conformite("socle", "1").orElseThrow().constats(), "a base is checked on its own too");
        assertEquals(List.of(new EffetDesRefus("REFUS", 12)), e.packs().get(0).effetsDesRefus());
    }

    @Test
    void aDescriptorRefusalEffectWithoutDurationIsRefusedAtLoad(@TempDir Path dir) {
        packDecrit(dir, "duree", DESCRIPTEUR + "effetsDesRefus: [{critere: REFUS}]\n", LEGAL + REFUS_12);

        ProblemePack p = Moteurs.depuis(dir).problemesPacks().get(0);

        assertEquals("effetsDesRefus[0] : la durée (dureeMois) est obligatoire, en mois, au moins 1", p.message());
    }

    // ------------------------------------------------------------------------------------------ C008, C009

    @Test
    void aCriterionCodeDeclaredByTwoRulesIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, "doublon", DESCRIPTEUR, LEGAL + regle("Un", "X", "Dossier( ancienneteMois > 1 )")
                + regle("Deux", "X", "Dossier( ancienneteMois > 2 )"));

        // the weight checks (C025...) also see DALO's single point under the two rules' two points
        assertEquals(List.of("C008 Deux"), codes(c).stream().filter(x -> x.startsWith("C008")).toList());
        Constat doublon = c.constats().stream().filter(x -> x.code() == CodeConstat.C008).findFirst().orElseThrow();
        assertEquals(31, doublon.ligne());
        assertTrue(doublon.message().startsWith("le code de critère X est déclaré par 2 règles (« Un », « Deux »)"));
    }

    @Test
    void aRuleWithoutCriterionMetadataIsRefusedAtLoadWithItsFinding(@TempDir Path dir) {
        packDecrit(dir, "anonyme", DESCRIPTEUR, LEGAL + regle("Sans code", "@libelle(\"L\") @rubrique(\"R\") @points(3)",
                "Dossier( )", "note.retenir(kcontext);"));
        CotationEngine e = Moteurs.depuis(dir);

        ProblemePack p = e.problemesPacks().get(0);
        assertEquals(CodeConstat.C009, p.constat().code());
        assertTrue(p.toString().startsWith("anonyme/regles.drl:23: règle \"Sans code\": [C009] métadonnées absentes : @critere"),
                p.toString());
        assertEquals(List.of("C009 Sans code"), codes(e.conformite("anonyme", "1").orElseThrow()));
    }

    @Test
    void everyCodeHasItsSeverityAndTitle() {
        for (CodeConstat c : CodeConstat.values()) {
            assertFalse(c.titre().isBlank());
            assertEquals(c.name().startsWith("S"), c.surete());
        }
        assertEquals(Gravite.AVERTISSEMENT, CodeConstat.C004.gravite());
        assertEquals(Gravite.INFORMATION, CodeConstat.P001.gravite());
        assertEquals(Map.of(Gravite.AVERTISSEMENT, 3L, Gravite.INFORMATION, 2L,
                        Gravite.ERREUR, (long) CodeConstat.values().length - 5),
                java.util.Arrays.stream(CodeConstat.values()).collect(java.util.stream.Collectors.groupingBy(
                        CodeConstat::gravite, java.util.stream.Collectors.counting())));
    }
}
