package fr.cotation.bareme;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metadata the published grille shows beyond points and caps: {@code @parMois}, {@code @dureeMois},
 * {@code @bareme}, and the file (hence the pack) that declares each criterion. A per-month rule whose consequence
 * says otherwise than its {@code @parMois} or {@code @plafond} is not loaded.
 */
class MetadonneesPublieesTest {

    private static Grille grille(CotationEngine e, String id) {
        assertEquals(0, e.problemesPacks().size(), () -> e.problemesPacks().toString());
        return e.grille(id, "1", "principale").orElseThrow();
    }

    private static CritereDeGrille critere(Grille g, String code) {
        return g.criteres().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void perMonthRateDurationWordingAndFileAreRead(@TempDir Path dir) {
        pack(dir, "meta", SIREN_NCA,
                regle("Ancienneté", "@critere(\"ANC\") @libelle(\"Ancienneté\") @rubrique(\"R\") @parMois(0.5) @plafond(12)",
                        "Dossier( $m : ancienneteMois )", "note.parMois(kcontext, $m, 0.5, 12);")
                + regle("Refus", "@critere(\"REFUS\") @libelle(\"Refus\") @rubrique(\"R\") @points(-10) @plafond(30) @dureeMois(12)",
                        "Refus( !motifLegitime, moisDepuis < 12 )", "note.retenir(kcontext);")
                + regle("Calculé", "@critere(\"CALC\") @libelle(\"Calculé\") @rubrique(\"R\") @bareme(\"2 pts par enfant, 6 au plus\")",
                        "Dossier( $n : nombreEnfantsMineurs > 0 )", "note.retenir(kcontext, Math.min(6, 2 * $n), \"enfants\");")
                + regle("Fixe", "FIXE", "Dossier( )"));

        Grille g = grille(Moteurs.depuis(dir), "meta");

        CritereDeGrille anc = critere(g, "ANC");
        assertEquals(new BigDecimal("0.5"), anc.pointsParMois());
        assertEquals(new BigDecimal("12"), anc.plafond());
        assertNull(anc.points());
        assertEquals("meta/regles.drl", anc.fichier());
        assertEquals("meta", anc.pack());
        CritereDeGrille refus = critere(g, "REFUS");
        assertEquals(12, refus.dureeMois());
        assertNull(refus.pointsParMois());
        assertEquals("2 pts par enfant, 6 au plus", critere(g, "CALC").bareme());
        CritereDeGrille fixe = critere(g, "FIXE");
        assertNull(fixe.dureeMois());
        assertNull(fixe.bareme());
    }

    @Test
    void theFirstConstructorStillWorks() {
        CritereDeGrille c = new CritereDeGrille("C", "Libellé", "R", null, BigDecimal.ONE, null, "Règle");
        assertNull(c.pointsParMois());
        assertNull(c.fichier());
        assertNull(c.pack());
    }

    @Test
    void aPerMonthRuleMustGiveWhatItsMetadataSays(@TempDir Path dir) {
        pack(dir, "taux", SIREN_NCA, regle("Ancienneté", "@critere(\"ANC\") @libelle(\"Ancienneté\") @rubrique(\"R\") @parMois(2)",
                "Dossier( $m : ancienneteMois, ancienneteMois > 0 )", "note.parMois(kcontext, $m, 1, -1);"));
        ProblemePack p = seulProbleme(Moteurs.depuis(dir));
        assertEquals("Ancienneté", p.regle());
        assertTrue(p.message().contains("@parMois(2)") && p.message().contains("avec 1 point"), p.message());
    }

    @Test
    void aPerMonthRuleMustCapAtItsDeclaredCap(@TempDir Path dir) {
        pack(dir, "cap", SIREN_NCA, regle("Ancienneté", "@critere(\"ANC\") @libelle(\"Ancienneté\") @rubrique(\"R\") @parMois(1) @plafond(36)",
                "Dossier( $m : ancienneteMois, ancienneteMois > 0 )", "note.parMois(kcontext, $m, 1, 24);"));
        ProblemePack p = seulProbleme(Moteurs.depuis(dir));
        assertTrue(p.message().contains("@plafond(36)") && p.message().contains("plafond de 24"), p.message());
    }

    @Test
    void aDurationIsAWholePositiveNumberOfMonths(@TempDir Path dir) {
        pack(dir, "duree", SIREN_NCA, regle("Refus", "@critere(\"REFUS\") @libelle(\"Refus\") @rubrique(\"R\") @points(-1) @dureeMois(1.5)",
                "Refus( )", "note.retenir(kcontext);"));
        ProblemePack p = seulProbleme(Moteurs.depuis(dir));
        assertEquals("Refus", p.regle());
        assertTrue(p.message().contains("@dureeMois(1.5)"), p.message());
    }

    private static ProblemePack seulProbleme(CotationEngine e) {
        assertEquals(1, e.problemesPacks().size(), () -> "un problème attendu : " + e.problemesPacks());
        return e.problemesPacks().get(0);
    }
}
