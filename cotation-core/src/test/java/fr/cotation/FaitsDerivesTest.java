package fr.cotation;

import fr.cotation.demande.Demande;
import fr.cotation.demande.Preuve;
import fr.cotation.regles.FaitsDerives;
import fr.cotation.regles.Situation;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CotationEngine#faits}: the public read-only view of what the rules see of a demande. */
class FaitsDerivesTest {
    private final CotationEngine engine = Moteurs.builder().build();

    @Test
    void aValidDemandeGivesTheFactsTheRulesSee() {
        Demande d = Demandes.base().situation("FRAUDE", Preuve.JUSTIFIEE).build();
        FaitsDerives f = engine.faits(d, EVALUATION).orElseThrow();
        assertEquals(10, f.dossier().getAncienneteMois());
        assertEquals(1, f.dossier().getTailleMenage());
        assertEquals(30.0, f.dossier().getTauxEffort(), 1e-9);
        Situation fraude = f.situations().stream().filter(s -> s.getCode().equals("FRAUDE")).findFirst().orElseThrow();
        assertTrue(fraude.isProuvee());
        assertTrue(f.refus().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> f.situations().clear());
    }

    @Test
    void anInvalidDemandeGivesNoFacts() {
        Demande d = Demandes.base().deposeeLe(EVALUATION.plusDays(1)).build();
        assertFalse(engine.valider(d, EVALUATION).isEmpty());
        assertEquals(Optional.empty(), engine.faits(d, EVALUATION));
        assertEquals(Optional.empty(), engine.faits(null, EVALUATION));
    }
}
