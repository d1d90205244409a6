package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.CAGNES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SAINT_LAURENT;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pack {@code packs/commune}: lives in the commune 20, works there 10, lives in the EPCI 5, works in the EPCI 3 (all
 * commune-dependent), a working household 7 (not commune-dependent).
 */
class CommuneTest {
    private static final CotationEngine ENGINE = Moteurs.packs("commune");

    private static Adulte travailleA(String commune) {
        return Adulte.neLe(LocalDate.of(1985, 4, 12)).avecSituationProfessionnelle(TypeContrat.CDI, commune)
                .avecRessource(NatureRessource.SALAIRE, 2000);
    }

    @Test
    void theSameDemandeScoresDifferentlyInTwoCommunesOfTheSameEpci() {
        CotationResult r = ENGINE.score(Demandes.pour(NICE, CAGNES, SAINT_LAURENT).demandeur(travailleA(CAGNES)).build(),
                EVALUATION);

        Cotation nice = commune(r, NICE);
        assertEquals(List.of("HABITE_COMMUNE", "HABITE_TERRITOIRE", "TRAVAILLE_TERRITOIRE", "ACTIF"), criteres(nice));
        points("35", nice.total()); // 20 + 5 + 3 + 7
        Cotation cagnes = commune(r, CAGNES);
        assertEquals(List.of("HABITE_TERRITOIRE", "TRAVAILLE_COMMUNE", "TRAVAILLE_TERRITOIRE", "ACTIF"), criteres(cagnes));
        points("25", cagnes.total()); // 10 + 5 + 3 + 7
        Cotation saintLaurent = commune(r, SAINT_LAURENT);
        points("15", saintLaurent.total()); // 5 + 3 + 7

        for (Cotation c : r.cotations()) {
            for (Ligne l : c.lignes()) {
                assertEquals(!l.critere().equals("ACTIF"), l.dependDeLaCommune(), l.critere());
            }
            assertEquals("test-commune", c.pack());
        }
    }

    @Test
    void livingOutsideTheEpciGivesNoTerritoryPoints() {
        CotationResult r = ENGINE.score(Demandes.pour(NICE).demandeur(travailleA(NICE))
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, ANTIBES, 600, 1, Typologie.T2, 45).build(), EVALUATION);
        Cotation nice = commune(r, NICE);
        assertEquals(List.of("TRAVAILLE_COMMUNE", "TRAVAILLE_TERRITOIRE", "ACTIF"), criteres(nice));
        points("20", nice.total()); // 10 + 3 + 7
    }
}
