package fr.cotation;

import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Preuve;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.packDecrit;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken packs are reported as {@link ProblemePack} naming the file, the line and the rule, and never stop the other
 * packs. Packs are written in a temporary directory by {@link PackEcrit} (first rule at line 7, its condition at 10).
 */
class ChargementPacksTest {
    /** A good pack for the Métropole: 1 point for every demande. */
    private static final String BON = regle("Toujours", "TOUJOURS", "Dossier( )");

    private static ProblemePack seul(CotationEngine e) {
        assertEquals(1, e.problemesPacks().size(), () -> "un problème attendu : " + e.problemesPacks());
        return e.problemesPacks().get(0);
    }

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndRuleAndTheOtherPackStillScores(@TempDir Path dir) {
        pack(dir, "bon", SIREN_NCA, BON);
        pack(dir, "casse", SIREN_CASA, regle("Correcte", "C", "Dossier( )") + regle("Syntaxe", "S", "Dossier( ancienneteMois >= )"));

        CotationEngine e = Moteurs.depuis(dir);

        ProblemePack p = seul(e);
        assertEquals("casse", p.pack());
        assertEquals("casse/regles.drl", p.fichier());
        assertEquals(18, p.ligne(), "the condition of the second rule: 10 + 8");
        assertEquals("Syntaxe", p.regle());
        assertTrue(p.toString().startsWith("casse/regles.drl:18: règle \"Syntaxe\": "), p.toString());
        assertTrue(p.toString().endsWith(" [pack casse]"), p.toString());
        assertEquals(List.of("bon"), e.packs().stream().map(PackDescriptor::id).toList());

        CotationResult r = e.coter(Demandes.pour(NICE, ANTIBES).build(), EVALUATION);
        Cotation nice = commune(r, NICE);
        assertEquals(Cotation.Statut.COTEE, nice.statut());
        points("1", nice.total());
        Cotation antibes = commune(r, ANTIBES);
        assertEquals(Cotation.Statut.ERREUR, antibes.statut(), "a broken grille is an error, not a zero");
        assertEquals("casse", antibes.pack());
        assertEquals("la grille casse n'a pas pu être chargée : " + p, antibes.message());
    }

    @Test
    void anIntComparedWithATextIsCaughtAtLoadBySmokeScoring(@TempDir Path dir) {
        pack(dir, "types", SIREN_CASA, regle("Comparaison", "C", "Dossier( ancienneteMois == \"x\" )"));

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertEquals("types/regles.drl", p.fichier());
        assertEquals(10, p.ligne());
        assertEquals("Comparaison", p.regle());
        assertTrue(p.message().contains("ancienneteMois == \"x\""), p.message());
    }

    @Test
    void aRuleThatLoopsOnEveryDemandeIsReportedAtLoadNamingTheRule(@TempDir Path dir) {
        pack(dir, "boucle", SIREN_CASA, BON.replace("Toujours", "Sage") + regle("Boucle", "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\")",
                "$d : Dossier( )", "update($d);"));

        ProblemePack p = seul(Moteurs.builder().trustedPackDirectory(dir).maxRuleFirings(200).build());

        assertEquals("boucle/regles.drl", p.fichier());
        assertEquals(15, p.ligne(), "where rule \"Boucle\" starts");
        assertEquals("Boucle", p.regle());
        assertTrue(p.message().contains("boucle : 200 déclenchements"), p.message());
        assertTrue(p.message().contains("surtout \"Boucle\""), p.message());
    }

    @Test
    void aRuleThatLoopsOnlyOnSomeDemandesGivesAnErrorCotationNamingTheRule(@TempDir Path dir) {
        pack(dir, "bon", SIREN_NCA, BON);
        // inserting a refusal re-triggers the rule: a loop, but only for demandes of 10 years or more
        pack(dir, "tardive", SIREN_CASA, regle("Boucle tardive", "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\")",
                "Dossier( ancienneteMois >= 120 )\n    Refus( )", "insert(new Refus(false, 1));")
                + regle("Ancienne", "A", "Dossier( ancienneteMois >= 24 )"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).maxRuleFirings(200).build();
        assertEquals(List.of(), e.problemesPacks(), "the smoke scoring does not reach the loop");

        Demande vieille = Demandes.pour(NICE, ANTIBES).deposeeLe(EVALUATION.minusMonths(130))
                .refus(EVALUATION.minusMonths(3), false).build();
        CotationResult r = e.coter(vieille, EVALUATION);

        points("1", commune(r, NICE).total());
        Cotation antibes = commune(r, ANTIBES);
        assertEquals(Cotation.Statut.ERREUR, antibes.statut());
        assertEquals("tardive", antibes.pack());
        assertTrue(antibes.message().contains("boucle : 200 déclenchements"), antibes.message());
        assertTrue(antibes.message().contains("\"Boucle tardive\""), antibes.message());

        Cotation recente = commune(e.coter(Demandes.pour(ANTIBES).deposeeLe(EVALUATION.minusMonths(30))
                .refus(EVALUATION.minusMonths(3), false).build(), EVALUATION), ANTIBES);
        assertEquals(Cotation.Statut.COTEE, recente.statut());
        points("1", recente.total());
    }

    @Test
    void aConsequenceFailingOnlyForSomeDemandesGivesAnErrorCotationNamingFileLineAndRule(@TempDir Path dir) {
        pack(dir, "bon", SIREN_NCA, BON);
        // no rent: tauxEffort is null and unboxing it fails, but the smoke scoring's old demande pays a rent
        pack(dir, "fragile", SIREN_CASA, BON + regle("Fragile", "@critere(\"F\") @libelle(\"F\") @rubrique(\"R\")",
                "$d : Dossier( ancienneteMois >= 120 )", "note.retenir(kcontext, $d.getTauxEffort() * 2, \"double\");"));
        CotationEngine e = Moteurs.depuis(dir);
        assertEquals(List.of(), e.problemesPacks());

        CotationResult r = e.coter(Demandes.pour(NICE, ANTIBES).deposeeLe(EVALUATION.minusMonths(130))
                .logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE,
                        Preuve.DECLAREE).build(), EVALUATION);

        points("1", commune(r, NICE).total());
        Cotation antibes = commune(r, ANTIBES);
        assertEquals(Cotation.Statut.ERREUR, antibes.statut());
        assertEquals("principale", antibes.grille());
        assertTrue(antibes.message().startsWith("fragile/regles.drl:15: règle \"Fragile\": échec dans la conséquence : "),
                antibes.message());
    }

    @Test
    void aRuleWithoutCritereIsReported(@TempDir Path dir) {
        pack(dir, "anonyme", SIREN_CASA, BON + regle("Sans code", "@libelle(\"L\") @rubrique(\"R\") @points(3)",
                "Dossier( )", "note.retenir(kcontext);"));

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertEquals("anonyme/regles.drl", p.fichier());
        assertEquals(15, p.ligne());
        assertEquals("Sans code", p.regle());
        assertTrue(p.message().startsWith("métadonnées absentes : @critere"), p.message());
    }

    @Test
    void aRubriqueNotDeclaredByThePackIsReported(@TempDir Path dir) {
        pack(dir, "rubrique", SIREN_CASA, regle("Ailleurs", "@critere(\"A\") @libelle(\"A\") @rubrique(\"INCONNUE\") @points(1)",
                "Dossier( )", "note.retenir(kcontext);"));

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertEquals(7, p.ligne());
        assertEquals("Ailleurs", p.regle());
        assertEquals("@rubrique(\"INCONNUE\") n'est pas déclarée dans les rubriques du pack [R]", p.message());
    }

    @Test
    void aRemplaceWithNothingToReplaceIsReported(@TempDir Path dir) {
        pack(dir, "remplace", SIREN_CASA, regle("Exception", "@critere(\"E\") @libelle(\"E\") @rubrique(\"R\") @points(1)"
                + " @remplace(\"ABSENT\")", "Dossier( )", "note.retenir(kcontext);"));

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertEquals("Exception", p.regle());
        assertEquals("@remplace(\"ABSENT\") : aucune règle de ce critère à remplacer", p.message());
    }

    @Test
    void aConsequenceThatFailsIsReportedWithItsRule(@TempDir Path dir) {
        // tauxEffort is null when there is no rent: unboxing it fails in the consequence
        pack(dir, "npe", SIREN_CASA, regle("Double", "@critere(\"D\") @libelle(\"D\") @rubrique(\"R\")",
                "$d : Dossier( )", "note.retenir(kcontext, $d.getTauxEffort() * 2, \"double\");"));

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertEquals("npe/regles.drl", p.fichier());
        assertEquals(7, p.ligne());
        assertEquals("Double", p.regle());
        assertTrue(p.message().startsWith("échec dans la conséquence : "), p.message());
    }

    @Test
    void retenirWithoutPointsIsReported(@TempDir Path dir) {
        pack(dir, "sanspoints", SIREN_CASA, regle("Muette", "@critere(\"M\") @libelle(\"M\") @rubrique(\"R\")",
                "Dossier( )", "note.retenir(kcontext);"));

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertEquals("Muette", p.regle());
        assertTrue(p.message().contains("appelle note.retenir(kcontext) sans déclarer @points"), p.message());
    }

    @Test
    void aDescriptorWithMissingFieldsIsReported(@TempDir Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("incomplet"));
        Files.writeString(p.resolve("pack.yaml"), "id: incomplet\nnom: Incomplet\n");

        ProblemePack probleme = seul(Moteurs.depuis(dir));

        assertEquals("incomplet", probleme.pack());
        assertEquals("pack.yaml", probleme.fichier());
        assertEquals("champs obligatoires absents : version, statut (modele, projet ou adoptee), enVigueurDu, grilles.principale",
                probleme.message());
    }

    @Test
    void aPackOfAnEpciUnknownToTheRegistryIsReported(@TempDir Path dir) {
        pack(dir, "inconnu", "200054807", BON); // Aix-Marseille-Provence: not in the test registry

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertTrue(p.message().startsWith("aucune commune : l'EPCI 200054807 est inconnu du référentiel"), p.message());
    }

    @Test
    void aMissingPackDirectoryIsReported(@TempDir Path dir) {
        ProblemePack p = seul(Moteurs.depuis(dir.resolve("absent")));
        assertTrue(p.message().startsWith("dossier de packs illisible"), p.message());
    }

    @Test
    void anUnknownGrilleOrKeyInTheDescriptorIsReported(@TempDir Path dir) throws IOException {
        Path p = pack(dir, "cle", SIREN_CASA, BON);
        Files.writeString(p.resolve("pack.yaml"), Files.readString(p.resolve("pack.yaml")) + "  attribution: [regles.drl]\n");
        Path q = pack(dir, "faute", SIREN_NCA, BON);
        Files.writeString(q.resolve("pack.yaml"), Files.readString(q.resolve("pack.yaml")) + "enVigeurAu: 2030-01-01\n");

        CotationEngine e = Moteurs.depuis(dir);

        assertEquals(2, e.problemesPacks().size(), () -> e.problemesPacks().toString());
        assertEquals("grille inconnue 'attribution' : seules 'principale' et 'mutation' existent", e.problemesPacks().get(0).message());
        assertTrue(e.problemesPacks().get(1).message().startsWith("clé inconnue `enVigeurAu` : vouliez-vous dire `enVigueurAu` ?"
                + " ; clés permises : id, nom, epci, base, version, statut, enVigueurDu, enVigueurAu,"), e.problemesPacks().get(1).message());
        assertEquals(11, e.problemesPacks().get(1).ligne(), "the line of the key in pack.yaml");
        assertEquals(List.of(), e.packs());
    }

    @Test
    void builderOptionsAreChecked() {
        assertEquals("maxRuleFirings doit être positif : 0",
                assertThrows(IllegalArgumentException.class,
                        () -> CotationEngine.builder().maxRuleFirings(0)).getMessage());
        assertEquals("au moins une commune : 0",
                assertThrows(IllegalArgumentException.class,
                        () -> CotationEngine.builder().allowWishedCommunes(0)).getMessage());
    }

    @Test
    void successiveVersionsOfAGrilleApplyInTheirOwnPeriod(@TempDir Path dir) {
        packDecrit(dir.resolve("v1"), "nice", "epci: \"" + SIREN_NCA + "\"\nversion: \"2021\"\nenVigueurDu: 2021-01-01\n"
                + "enVigueurAu: 2022-12-31\n", regle("Toujours", "TOUJOURS", "Dossier( )"));
        packDecrit(dir.resolve("v2"), "nice", "epci: \"" + SIREN_NCA + "\"\nversion: \"2023\"\nenVigueurDu: 2023-01-01\n",
                regle("Toujours", "TOUJOURS", "Dossier( )") + regle("Ancienne", "ANCIENNE", "Dossier( ancienneteMois >= 6 )"));
        CotationEngine e = Moteurs.depuis(dir);
        assertEquals(List.of(), e.problemesPacks());
        Demande d = Demandes.base().deposeeLe(LocalDate.of(2020, 6, 1)).build();

        Cotation avant = commune(e.coter(d, LocalDate.of(2022, 12, 31)), NICE);
        assertEquals("2021", avant.version());
        points("1", avant.total());
        Cotation apres = commune(e.coter(d, LocalDate.of(2023, 1, 1)), NICE);
        assertEquals("2023", apres.version());
        points("2", apres.total());
        Cotation trop = commune(e.coter(d, LocalDate.of(2020, 12, 31)), NICE);
        assertEquals(Cotation.Statut.SANS_GRILLE, trop.statut());
        assertNull(trop.pack());
        assertEquals("aucune grille de cotation pour Nice (06088), Métropole Nice Côte d'Azur au 2020-12-31", trop.message());
    }

    @Test
    void overlappingPeriodsAreReported(@TempDir Path dir) {
        packDecrit(dir.resolve("a"), "nice", "epci: \"" + SIREN_NCA + "\"\nversion: \"A\"\nenVigueurDu: 2021-01-01\n", BON);
        packDecrit(dir.resolve("b"), "nice", "epci: \"" + SIREN_NCA + "\"\nversion: \"B\"\nenVigueurDu: 2023-01-01\n", BON);

        CotationEngine e = Moteurs.depuis(dir);

        ProblemePack p = seul(e);
        assertEquals("période de validité en conflit avec nice A pour la commune 06123 ; ce pack n'est pas chargé", p.message());
        assertEquals("A", e.packPour(NICE, EVALUATION).orElseThrow().version());
    }

    @Test
    void aGrilleThatNeedsExactlyTheFiringBoundIsNotALoop(@TempDir Path dir) {
        pack(dir, "juste", SIREN_NCA, regle("Un", "UN", "Dossier( )") + regle("Deux", "DEUX", "Dossier( )")
                + regle("Trois", "TROIS", "Dossier( )"));

        CotationEngine e = Moteurs.builder().packDirectory(dir).maxRuleFirings(3).build();

        assertEquals(List.of(), e.problemesPacks());
        Cotation nice = commune(e.coter(Demandes.pour(NICE).build(), EVALUATION), NICE);
        assertEquals(Cotation.Statut.COTEE, nice.statut(), nice::message);
        points("3", nice.total());
    }

    @Test
    void aLoopIsBlamedOnTheRuleThatChangesFactsNotOnTheOneItRetriggers(@TempDir Path dir) {
        pack(dir, "boucle", SIREN_CASA, regle("Aaa victime", "V", "Dossier( )") + regle("Zzz coupable",
                "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\")", "$d : Dossier( )", "update($d);"));

        ProblemePack p = seul(Moteurs.builder().trustedPackDirectory(dir).maxRuleFirings(50).build());

        assertEquals("Zzz coupable", p.regle());
        assertTrue(p.message().contains("surtout \"Zzz coupable\""), p.message());
    }

    @Test
    void aPackWithCommunesButNoEpciIsReportedNotSilentlyTakenForABase(@TempDir Path dir) {
        packDecrit(dir, "sans-epci", "communes: [\"06088\"]\nversion: \"1\"\nenVigueurDu: 2020-01-01\n",
                regle("Toujours", "TOUJOURS", "Dossier( )"));

        ProblemePack p = seul(Moteurs.depuis(dir));

        assertEquals("sans-epci", p.pack());
        assertTrue(p.message().contains("doit nommer son EPCI"), p.message());
    }
}
