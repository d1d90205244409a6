package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.Ligne;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.points;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pack {@code packs/taux-effort}: [0 ; 30[ → 1 point, [30 ; 45[ → 9 points, 45 and more → 13 points. */
class TauxEffortTest {
    private static final CotationEngine ENGINE = Moteurs.packs("taux-effort");

    private static Cotation coter(String loyer, double ressources) {
        Adulte a = Adulte.neLe(LocalDate.of(1985, 4, 12)).avecRessource(NatureRessource.SALAIRE, ressources);
        return seule(ENGINE.coter(Demandes.base().demandeur(a)
                .logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, NICE, new BigDecimal(loyer), 1,
                        Typologie.T2, new BigDecimal("45"), null, Preuve.DECLAREE))
                .build(), EVALUATION));
    }

    @ParameterizedTest(name = "{0} € pour {1} € ({2}) : {3} pts")
    @CsvSource({
            "299.90, 1000, 29.99 %, 1, Taux d'effort inférieur à 30 %",
            "300,    1000, 30 %,    9, Taux d'effort de 30 % à moins de 45 %",
            "270.90,  903, 30 %,    9, Taux d'effort de 30 % à moins de 45 %",
            "449.90, 1000, 44.99 %, 9, Taux d'effort de 30 % à moins de 45 %",
            "450,    1000, 45 %,   13, Taux d'effort de 45 % ou plus",
            "512.55, 1139, 45 %,   13, Taux d'effort de 45 % ou plus",
            "900,    1000, 90 %,   13, Taux d'effort de 45 % ou plus"})
    void bandsHaveExactBoundaries(String loyer, double ressources, String taux, String pts, String regle) {
        Cotation c = coter(loyer, ressources);

        Ligne l = ligne(c, "TAUX_EFFORT");
        assertEquals(regle, l.regle());
        points(pts, l.points());
        assertEquals("Taux d'effort : " + pts + ("1".equals(pts) ? " pt" : " pts"), l.explication());
        points(pts, c.total());
    }

    @Test
    void noRentMeansNoTauxEffortLineNotABand() {
        Cotation c = seule(ENGINE.coter(Demandes.base().logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.DECLAREE)
                .build(), EVALUATION));
        assertEquals(List.of(), c.lignes());
        points("0", c.total());
    }
}
