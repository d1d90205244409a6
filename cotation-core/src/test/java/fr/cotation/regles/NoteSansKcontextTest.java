package fr.cotation.regles;

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
 * A rule writes {@code note.retenir()}: the engine knows which rule fires and which facts it matched. The old form,
 * {@code note.retenir(kcontext)}, copied from an old example, is refused at load, trusted pack or not, at the line of
 * the call, with what to write instead (the Java compiler alone would say that no method takes a RuleContext).
 */
class NoteSansKcontextTest {
    private static final String POINTS = "@critere(\"F\") @libelle(\"Fixe\") @rubrique(\"R\") @points(10)";

    @Test
    void the_old_form_is_a_load_error_saying_what_to_write_whoever_loads_the_pack(@TempDir Path dir) {
        pack(dir, "ancienne", SIREN_NCA, regle("Fixe", POINTS, "Dossier( )", "note.retenir(kcontext);")
                + regle("Ancienneté", "@critere(\"ANC\") @libelle(\"Ancienneté\") @rubrique(\"R\") @parMois(1)"
                + " @plafond(36)", "Dossier( $m : ancienneteMois )", "note.parMois(kcontext, $m, 1, 36);"));
        for (CotationEngine e : List.of(Moteurs.builder().packDirectory(dir).build(),
                Moteurs.builder().trustedPackDirectory(dir).build())) {
            List<ProblemePack> problems = e.problemesPacks();
            assertEquals(2, problems.size(), problems::toString);
            ProblemePack retenir = problems.get(0);
            assertEquals("ancienne/regles.drl", retenir.fichier());
            assertEquals(12, retenir.ligne()); // the consequence of the first rule (PackEcrit)
            assertEquals("Fixe", retenir.regle());
            assertTrue(retenir.message().startsWith("note.retenir(kcontext) est l'ancienne forme")
                    && retenir.message().contains("écrire note.retenir() sans kcontext"), retenir.message());
            // not a matter of trust: no advice to declare the directory trusted
            assertTrue(!retenir.message().contains("trustedPackDirectory"), retenir.message());
            ProblemePack parMois = problems.get(1);
            assertEquals(20, parMois.ligne());
            assertEquals("Ancienneté", parMois.regle());
            assertTrue(parMois.message().contains("écrire note.parMois($m, 1, 36) sans kcontext"), parMois.message());
        }
    }

    /**
     * A consequence with two calls runs in a Drools session: each call is credited to the rule firing, with the facts
     * it matched (the situation's code), one line per call.
     */
    @Test
    void each_call_of_a_consequence_is_credited_to_the_rule_that_fires(@TempDir Path dir) {
        pack(dir, "deux", SIREN_NCA, regle("Deux", "@critere(\"DEUX\") @libelle(\"Deux\") @rubrique(\"R\")",
                "Situation( code == \"VIOLENCES_CONJUGALES\" )", "note.retenir(3, \"trois\"); note.retenir(2, \"deux de plus\");")
                + regle("Autre", "@critere(\"AUTRE\") @libelle(\"Autre\") @rubrique(\"R\")", "Dossier( )",
                "note.retenir(-1, \"un de moins\");"));
        CotationEngine e = Moteurs.builder().packDirectory(dir).build();
        assertEquals(List.of(), e.problemesPacks());
        CotationResult r = e.coter(Demandes.base().situation("VIOLENCES_CONJUGALES", fr.cotation.demande.Preuve.JUSTIFIEE).build(), Demandes.EVALUATION);
        List<Ligne> lignes = r.cotations().get(0).lignes();
        assertEquals(3, lignes.size(), lignes::toString);
        assertEquals(List.of("AUTRE", "DEUX", "DEUX"), lignes.stream().map(Ligne::critere).sorted().toList());
        BigDecimal deux = lignes.stream().filter(l -> l.critere().equals("DEUX")).map(Ligne::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("5").compareTo(deux), lignes::toString);
        // the lines of the rule that matched the situation show it (the facts of the match being fired)
        assertTrue(lignes.stream().filter(l -> l.critere().equals("DEUX")).allMatch(l -> l.situations().equals(List.of("VIOLENCES_CONJUGALES"))),
                lignes::toString);
        assertTrue(lignes.stream().anyMatch(l -> l.critere().equals("AUTRE") && l.explication().equals("un de moins")
                && l.points().compareTo(BigDecimal.ONE.negate()) == 0), lignes::toString);
    }
}
