package fr.cotation.bareme;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.ProblemePack;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One source for each number: a rule's {@code @points}, {@code @parMois} and {@code @plafond} are what the engine
 * applies; {@code note.parMois(kcontext, $mois)} takes them from the metadata, and a consequence whose literal numbers
 * contradict them refuses the pack at load, naming the file and the line of the call.
 */
class UneSourceParNombreTest {
    private static final String ANCIENNETE = "@critere(\"ANC\") @libelle(\"Ancienneté\") @rubrique(\"R\") @parMois(1) @plafond(36)";

    @Test
    void the_short_form_applies_the_rate_and_the_cap_of_the_metadata(@TempDir Path dir) {
        pack(dir, "court", SIREN_NCA, regle("Ancienneté", ANCIENNETE, "Dossier( $m : ancienneteMois )",
                "note.parMois(kcontext, $m);"));
        for (boolean directe : new boolean[] {true, false}) {
            CotationEngine e = Moteurs.builder().packDirectory(dir).directEvaluation(directe).build();
            assertEquals(List.of(), e.problemesPacks());
            // 50 months of ancienneté: 1 point a month, capped at 36 by the metadata alone
            CotationResult r = e.coter(Demandes.base().deposeeLe(Demandes.EVALUATION.minusMonths(50)).build(),
                    Demandes.EVALUATION);
            Ligne l = r.cotations().get(0).lignes().get(0);
            assertEquals(0, new BigDecimal("36").compareTo(l.points()), l.explication());
            assertTrue(l.explication().contains("50 mois") && l.explication().contains("plafonné à 36"), l.explication());
            // 10 months: under the cap
            Ligne dix = e.coter(Demandes.base().build(), Demandes.EVALUATION).cotations().get(0).lignes().get(0);
            assertEquals(0, BigDecimal.TEN.compareTo(dix.points()), dix.explication());
        }
    }

    @Test
    void no_cap_in_the_consequence_next_to_a_plafond_is_a_load_error_with_its_line(@TempDir Path dir) {
        pack(dir, "sans-cap", SIREN_NCA, regle("Ancienneté", ANCIENNETE, "Dossier( $m : ancienneteMois )",
                "note.parMois(kcontext, $m, 1, -1);"));
        ProblemePack p = seul(Moteurs.depuis(dir));
        assertEquals("sans-cap/regles.drl", p.fichier());
        assertEquals(12, p.ligne()); // the consequence of the first rule (PackEcrit)
        assertEquals("Ancienneté", p.regle());
        assertTrue(p.message().contains("@plafond(36)") && p.message().contains("note.parMois(kcontext, mois)"),
                p.message());
    }

    @Test
    void the_short_form_without_par_mois_is_a_load_error(@TempDir Path dir) {
        pack(dir, "sans-taux", SIREN_NCA, regle("Ancienneté", "@critere(\"ANC\") @libelle(\"Ancienneté\") @rubrique(\"R\")",
                "Dossier( $m : ancienneteMois )", "note.parMois(kcontext, $m);"));
        ProblemePack p = seul(Moteurs.depuis(dir));
        assertEquals(12, p.ligne());
        assertTrue(p.message().contains("sans déclarer @parMois"), p.message());
    }

    @Test
    void points_given_against_the_declared_points_are_a_load_error(@TempDir Path dir) {
        pack(dir, "points", SIREN_NCA, regle("Fixe", "@critere(\"F\") @libelle(\"Fixe\") @rubrique(\"R\") @points(10)",
                "Dossier( )", "note.retenir(kcontext, 5, \"cinq\");"));
        ProblemePack p = seul(Moteurs.depuis(dir));
        assertEquals(12, p.ligne());
        assertTrue(p.message().contains("@points(10)") && p.message().contains("donne 5"), p.message());
    }

    @Test
    void a_consequence_that_agrees_with_its_metadata_still_loads(@TempDir Path dir) {
        pack(dir, "accord", SIREN_NCA, regle("Ancienneté", ANCIENNETE, "Dossier( $m : ancienneteMois )",
                "note.parMois(kcontext, $m, 1, 36);"));
        assertEquals(List.of(), Moteurs.depuis(dir).problemesPacks());
    }

    private static ProblemePack seul(CotationEngine e) {
        List<ProblemePack> problems = e.problemesPacks();
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }
}
