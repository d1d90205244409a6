package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.Ligne;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.lignes;
import static fr.cotation.testing.Verif.points;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pack {@code packs/anciennete}: 1 point per whole month of ancienneté, 24 at most, and a bonus of 10 points once the
 * 30-month threshold (délai anormalement long) is passed.
 */
class AncienneteTest {
    private static final CotationEngine ENGINE = Moteurs.packs("anciennete");

    @ParameterizedTest(name = "{0} mois : {1} + bonus {3} = {4}")
    @CsvSource(delimiter = '|', value = {
            " 0 |  0 | Ancienneté de la demande : 0 mois × 1 pt = 0 pt                 |  0 |  0",
            " 1 |  1 | Ancienneté de la demande : 1 mois × 1 pt = 1 pt                 |  0 |  1",
            "10 | 10 | Ancienneté de la demande : 10 mois × 1 pt = 10 pts              |  0 | 10",
            "24 | 24 | Ancienneté de la demande : 24 mois × 1 pt = 24 pts              |  0 | 24",
            "25 | 24 | Ancienneté de la demande : 25 mois × 1 pt = 25, plafonné à 24   |  0 | 24",
            "29 | 24 | Ancienneté de la demande : 29 mois × 1 pt = 29, plafonné à 24   |  0 | 24",
            "30 | 24 | Ancienneté de la demande : 30 mois × 1 pt = 30, plafonné à 24   | 10 | 34",
            "31 | 24 | Ancienneté de la demande : 31 mois × 1 pt = 31, plafonné à 24   | 10 | 34",
            "120| 24 | Ancienneté de la demande : 120 mois × 1 pt = 120, plafonné à 24 | 10 | 34"})
    void pointsPerMonthWithACapAndABonusPastAThreshold(int mois, String anciennete, String explication, String bonus,
                                                      String total) {
        Cotation c = seule(ENGINE.coter(Demandes.base().deposeeLe(EVALUATION.minusMonths(mois)).build(), EVALUATION));

        Ligne l = ligne(c, "ANCIENNETE");
        points(anciennete, l.points());
        points(anciennete, l.pointsCalcules());
        assertEquals(explication, l.explication());
        assertEquals("Ancienneté : 1 point par mois, 24 au plus", l.regle());
        assertEquals(null, l.preuve(), "computed from the demande's data alone");
        assertFalse(l.dependDeLaCommune());
        if ("0".equals(bonus)) {
            assertTrue(lignes(c, "DELAI_ANORMAL").isEmpty(), "below the threshold: no line");
        } else {
            Ligne b = ligne(c, "DELAI_ANORMAL");
            points(bonus, b.points());
            assertEquals("Délai anormalement long dépassé (30 mois) : 10 pts", b.explication());
        }
        points(total, c.total());
    }
}
