package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.Ligne;
import fr.cotation.demande.Demande;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.lignes;
import static fr.cotation.testing.Verif.points;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pack {@code packs/malus}: 20 points for a demande renewed within the year, −15 per refusal without a legitimate
 * reason in the last 12 months, the criterion capped at 45 points (@plafond).
 */
class MalusTest {
    private static final CotationEngine ENGINE = Moteurs.packs("malus");

    /** Filed 30 months ago, renewed 2 months ago. */
    private static Demande.Builder demande() {
        return Demandes.base().deposeeLe(EVALUATION.minusMonths(30)).renouveleeLe(EVALUATION.minusMonths(2));
    }

    @Test
    void aMalusPerRefusalIsCappedAndTheCappedLineStaysVisible() {
        Cotation c = seule(ENGINE.coter(demande()
                .refus(EVALUATION.minusMonths(1), false)
                .refus(EVALUATION.minusMonths(3), false)
                .refus(EVALUATION.minusMonths(6), false)
                .refus(EVALUATION.minusMonths(11), false)
                .refus(EVALUATION.minusMonths(12), false)  // 12 months ago: no longer counts
                .refus(EVALUATION.minusMonths(2), true)    // legitimate reason: never counts
                .build(), EVALUATION));

        assertEquals(List.of("A_JOUR", "REFUS_SANS_MOTIF", "REFUS_SANS_MOTIF", "REFUS_SANS_MOTIF", "REFUS_SANS_MOTIF"),
                criteres(c));
        List<Ligne> refus = lignes(c, "REFUS_SANS_MOTIF");
        assertEquals(List.of("-15", "-15", "-15", "0"), refus.stream().map(l -> l.points().toPlainString()).toList());
        refus.forEach(l -> points("-15", l.pointsCalcules()));
        assertEquals("Refus d'une proposition adaptée sans motif légitime : -15 pts", refus.get(0).explication());
        assertEquals("Refus d'une proposition adaptée sans motif légitime : -15 pts (critère plafonné à 45 pts)",
                refus.get(3).explication());
        assertEquals("art. R.441-2-10 11° CCH", refus.get(0).reference());
        points("-25", c.total()); // 20 − 45: a total may be negative
    }

    @Test
    void aMalusBelowTheCapCountsInFull() {
        Cotation c = seule(ENGINE.coter(demande()
                .refus(EVALUATION.minusMonths(4), false).refus(EVALUATION.minusMonths(7), false).build(), EVALUATION));
        points("-10", c.total()); // 20 − 15 − 15
    }

    @Test
    void aMalusIsLimitedInTime() {
        Cotation c = seule(ENGINE.coter(demande().refus(EVALUATION.minusMonths(12), false)
                .refus(EVALUATION.minusMonths(20), false).build(), EVALUATION));
        assertEquals(List.of("A_JOUR"), criteres(c));
        points("20", c.total());
    }

    @Test
    void aDemandeNotRenewedForAYearIsWarnedAndLosesTheRenewalPoints() {
        Cotation c = seule(ENGINE.coter(Demandes.base().deposeeLe(EVALUATION.minusMonths(13)).build(), EVALUATION));
        assertEquals(List.of(), c.lignes());
        points("0", c.total());
        assertEquals(1, c.avertissements().size());
        assertTrue(c.avertissements().get(0).startsWith("demande non renouvelée depuis 13 mois"), c.avertissements().get(0));
        assertEquals(Cotation.Statut.COTEE, c.statut());
        points("20", ligne(seule(ENGINE.coter(Demandes.base().deposeeLe(EVALUATION.minusMonths(11)).build(), EVALUATION)),
                "A_JOUR").points());
    }
}
