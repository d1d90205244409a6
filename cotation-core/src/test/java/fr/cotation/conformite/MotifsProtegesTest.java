package fr.cotation.conformite;

import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.PackEcrit.packDecrit;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: protected grounds (C020 to C023) and the weight of the legal priorities (C024 to C027). The pack of the
 * issue ({@code src/test/resources/packs/motifs}) gets one finding per problem; the variations an auditor would try
 * (the ground reached through {@code not}, {@code or}, {@code exists}, a function, an {@code eval}, a proxy property,
 * a base, {@code @remplace}) are each caught; the passing examples of {@code docs/conformite.md} pass.
 */
class MotifsProtegesTest {
    private static final String DESCRIPTEUR = "epci: \"" + SIREN_NCA + "\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\n";
    /** DALO and every category well above any local criterion of these tests (20 points at most). */
    private static final String LEGAL = regle("DALO", "DALO", 100, "Situation( code == \"DALO\" )")
            + regle("Priorités", "PRIORITES", 60, "Priorite( )");

    /** A rule of 8 lines, as {@link PackEcrit#regle}, with its points. */
    private static String regle(String nom, String critere, int points, String condition) {
        return PackEcrit.regle(nom, "@critere(\"" + critere + "\") @libelle(\"" + nom + "\") @rubrique(\"R\") @points("
                + points + ")", condition, "note.retenir();");
    }

    private static Conformite conformite(Path dir, String descripteur, String regles) {
        packDecrit(dir, "p", descripteur, regles);
        // trusted: these packs use functions and eval, which the analysis must see through (an untrusted folder refuses them)
        return Moteurs.builder().trustedPackDirectory(dir).build().conformite("p", "1").orElseThrow();
    }

    /**
     * Code, rule and line of every finding but P001 (how the grille is run) and C011 (the test packs' rules cite no
     * article: ConformiteTest checks references).
     */
    private static List<Constat> trouves(Conformite c) {
        return c.constats().stream().filter(x -> x.code() != CodeConstat.P001 && x.code() != CodeConstat.C011).toList();
    }

    /** No error but C011's (see {@link #trouves}). */
    private static boolean sansErreur(Conformite c) {
        return trouves(c).stream().noneMatch(x -> x.gravite() == Gravite.ERREUR);
    }

    private static List<String> constats(Conformite c) {
        return c.constats().stream().filter(x -> x.code() != CodeConstat.P001 && x.code() != CodeConstat.C011)
                .map(x -> x.code() + " " + x.regle() + ":" + x.ligne()).toList();
    }

    @Test
    void thePackOfTheIssueGetsOneFindingPerProblemEachLocatedWithItsGroundOrWeightAndArticle() {
        Conformite c = Moteurs.packs("motifs").conformite("test-motifs-discriminante", "1").orElseThrow();

        assertEquals(List.of("C020 Sans regroupement familial:10", "C020 Regroupement familial:18", "C021 Couple:26",
                "C020 Naissance attendue:34", "C024 DALO réduit:39", "C024 Handicap réduit:47"), constats(c));
        assertFalse(c.conforme());
        Constat sans = trouves(c).get(0);
        assertEquals("test-motifs-discriminante/regles/locaux.drl", sans.fichier());
        assertTrue(sans.message().contains("la nationalité") && sans.message().contains("l'origine")
                && sans.message().contains("art. 225-1 code pénal") && sans.message().contains("(lu à travers : not)")
                && sans.message().contains("perdent 10 pts"), sans.message());
        assertTrue(trouves(c).get(2).message().contains("la situation de famille"), trouves(c).get(2).message());
        assertTrue(trouves(c).get(2).message().contains("justifications: {COUPLE:"), trouves(c).get(2).message());
        assertTrue(trouves(c).get(3).message().contains("l'état de grossesse"), trouves(c).get(3).message());
        Constat dalo = trouves(c).get(4);
        assertTrue(dalo.message().contains("DALO (art. L.441-1 et L.441-2-3 CCH) : 1 pt, moins du dixième du plus"
                + " fort critère local (COUPLE, 15 pts)"), dalo.message());
        assertTrue(trouves(c).get(5).message().contains("catégorie a)"), trouves(c).get(5).message());
    }

    // ------------------------------------------------------------------------------------------ auditor's variations

    @Test
    void theGroundThroughOrIsCaught(@TempDir Path dir) {
        Conformite c = conformite(dir, DESCRIPTEUR, LEGAL + regle("Fraude ou regroupement", "MALUS", -10,
                "Situation( code == \"FRAUDE\" ) or Situation( code == \"REGROUPEMENT_FAMILIAL\" )"));

        assertEquals(List.of("C020 Fraude ou regroupement:26"), constats(c));
        assertTrue(trouves(c).get(0).message().contains("(lu à travers : or)"), trouves(c).get(0).message());
    }

    @Test
    void theGroundThroughNotExistsIsCaught(@TempDir Path dir) {
        Conformite c = conformite(dir, DESCRIPTEUR, LEGAL + regle("Aucun regroupement", "BONUS", 10,
                "not( exists( Situation( code in (\"REGROUPEMENT_FAMILIAL\", \"FUTUR_COUPLE\") ) ) )"));

        assertEquals(List.of("C020 Aucun regroupement:26", "C020 Aucun regroupement:26"), constats(c),
                "two grounds: nationality (regroupement familial) and family situation (futur couple)");
    }

    @Test
    void theGroundThroughAFunctionIsCaught(@TempDir Path dir) {
        Conformite c = conformite(dir, DESCRIPTEUR, LEGAL + regle("Ménage sans regroupement", "BONUS", 10,
                "not Situation( etranger(code) )")
                + "function boolean etranger(String code) {\n    return \"REGROUPEMENT_FAMILIAL\".equals(code);\n}\n");

        assertEquals(List.of("C020 Ménage sans regroupement:26"), constats(c));
        assertTrue(trouves(c).get(0).message().contains("fonction etranger"), trouves(c).get(0).message());
    }

    @Test
    void aCoupleBonusThroughEvalOrThroughTheNumberOfAdultsIsCaught(@TempDir Path dir) {
        Conformite c = conformite(dir, DESCRIPTEUR, LEGAL
                + regle("Couple par eval", "COUPLE_EVAL", 15, "$d : Dossier( )\n    eval( $d.isCouple() )")
                + regle("Deux adultes", "DEUX_ADULTES", 15, "Dossier( nombreAdultes >= 2 )"));

        List<String> l = constats(c);
        assertTrue(l.contains("C021 Deux adultes:35"), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.startsWith("C021 Couple par eval:")), l.toString());
    }

    @Test
    void aGroundReadInABaseIsReportedInTheBaseAndOneReplacedWithRemplaceInThePack(@TempDir Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("pack.yaml"), "id: base-test\nnom: Base\nversion: \"1\"\nstatut: modele\n"
                + "enVigueurDu: 2020-01-01\nrubriques:\n  - {code: R, libelle: \"R\"}\ngrilles:\n  principale: [base.drl]\n");
        Files.writeString(base.resolve("base.drl"), PackEcrit.ENTETE.formatted("base") + LEGAL
                + regle("Naissance attendue", "NAISSANCE", -15, "Dossier( naissancesAttendues > 0 )")
                + regle("Sinistre", "LOCAL_X", 10, "Situation( code == \"SINISTRE\" )"));
        Path p = Files.createDirectories(dir.resolve("p"));
        Files.writeString(p.resolve("pack.yaml"), "id: p\nnom: P\nbase: base-test\nstatut: modele\n" + DESCRIPTEUR
                + "grilles:\n  principale: [local.drl]\n");
        Files.writeString(p.resolve("local.drl"), PackEcrit.ENTETE.formatted("p") + PackEcrit.regle("Remplacé",
                "@critere(\"LOCAL_Y\") @libelle(\"Y\") @rubrique(\"R\") @points(10) @remplace(\"LOCAL_X\")",
                "not Situation( code == \"REGROUPEMENT_FAMILIAL\" )", "note.retenir();"));

        Conformite c = Moteurs.builder().trustedPackDirectory(dir).build().conformite("p", "1").orElseThrow();

        assertEquals(List.of("C020 Naissance attendue:26", "C020 Remplacé:10"), constats(c));
        assertEquals("base-test", trouves(c).get(0).pack());
        assertEquals("base/base.drl".replace("base/", "base-test/"), trouves(c).get(0).fichier());
        assertEquals("p/local.drl", trouves(c).get(1).fichier());
    }

    // ------------------------------------------------------------------------------------------ passing examples

    @Test
    void aNeedBasedBonusIsInformationAndAJustifiedCoupleBonusAWarning(@TempDir Path dir) {
        Conformite c = conformite(dir, DESCRIPTEUR + "justifications:\n  COUPLE: \"Deux adultes ...\"\n", LEGAL
                + regle("Famille monoparentale", "MONOPARENTAL", 10, "Dossier( monoparental )")
                + regle("Couple", "COUPLE", 5, "Dossier( couple )"));

        assertEquals(List.of("C022 Couple:34", "C023 Famille monoparentale:26"), constats(c));
        assertTrue(sansErreur(c), c.constats().toString());
        assertTrue(trouves(c).get(1).message().contains("fondé sur un besoin reconnu par la loi (art. L.441 CCH"),
                trouves(c).get(1).message());
    }

    // ------------------------------------------------------------------------------------------ weights

    @Test
    void dALOBelowTheLargestLocalCriterionIsAnError(@TempDir Path dir) {
        Conformite c = conformite(dir, DESCRIPTEUR, regle("DALO", "DALO", 10, "Situation( code == \"DALO\" )")
                + regle("Priorités", "PRIORITES", 60, "Priorite( )")
                + regle("Sinistre", "SINISTRE", 20, "Situation( code == \"SINISTRE\" )"));

        assertEquals(List.of("C025 DALO:7"), constats(c));
        assertTrue(trouves(c).get(0).message().contains("moins que le critère local SINISTRE (20 pts)"));
    }

    @Test
    void dALOBelowTheLocalPartOrACategoryBelowALocalCriterionNeedsAJustification(@TempDir Path dir) {
        String regles = regle("DALO", "DALO", 30, "Situation( code == \"DALO\" )")
                + regle("Priorités", "PRIORITES", 15, "Priorite( )")
                + regle("Sinistre", "SINISTRE", 20, "Situation( code == \"SINISTRE\" )")
                + regle("Démolition", "DEMOLITION", 20, "Situation( code == \"DEMOLITION\" )");
        Conformite sans = conformite(dir.resolve("a"), DESCRIPTEUR, regles);
        Conformite avec = conformite(dir.resolve("b"), DESCRIPTEUR + "justifications:\n  DALO: \"...\"\n"
                + "  PRIORITES: \"...\"\n", regles);

        assertTrue(constats(sans).contains("C027 DALO:7"), constats(sans).toString());
        assertEquals(List.of("C027 DALO:7", "C027 Priorités:15"), constats(sans), "one finding for the rule of the categories");
        assertTrue(trouves(sans).get(1).message().contains("catégorie a)") && trouves(sans).get(1).message()
                .contains("catégorie m)"), trouves(sans).get(1).message());
        assertTrue(constats(avec).contains("C026 DALO:7"), constats(avec).toString());
        assertTrue(sansErreur(avec), avec.constats().toString());
    }
}
