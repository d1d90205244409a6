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
        CotationResult r = ENGINE.coter(Demandes.pour(NICE, CAGNES, SAINT_LAURENT).demandeur(travailleA(CAGNES)).build(),
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

    /**
     * Cagnes and Saint-Laurent have the same flags for a household living and working in Nice: the engine scores
     * the second from the first one's lines (the rules do not read the code); each must still be what scoring
     * that commune alone gives.
     */
    @Test
    void communesWithTheSameFlagsGetTheLinesTheyGetAlone() {
        var demande = Demandes.pour(NICE, CAGNES, SAINT_LAURENT).demandeur(travailleA(NICE)).build();
        CotationResult r = ENGINE.coter(demande, EVALUATION);
        for (String code : List.of(NICE, CAGNES, SAINT_LAURENT)) {
            Cotation seule = commune(ENGINE.coter(Demandes.pour(code).demandeur(travailleA(NICE)).build(), EVALUATION), code);
            assertEquals(seule, commune(r, code), code);
        }
        assertEquals(List.of("HABITE_TERRITOIRE", "TRAVAILLE_TERRITOIRE", "ACTIF"), criteres(commune(r, SAINT_LAURENT)));
        points("15", commune(r, SAINT_LAURENT).total()); // 5 + 3 + 7
    }

    /** A grille whose rules read the code of the commune scores each commune with its own code, whatever the flags. */
    @Test
    void aRuleReadingTheCodeScoresEachCommuneOnItsOwn() {
        CotationEngine engine = Moteurs.packs("commune-code");
        // Saint-Laurent first: its lines must not serve Cagnes, which has the same flags and 4 points more
        CotationResult r = engine.coter(Demandes.pour(SAINT_LAURENT, CAGNES).build(), EVALUATION);
        assertEquals(List.of("HABITE_TERRITOIRE"), criteres(commune(r, SAINT_LAURENT)));
        assertEquals(List.of("CAGNES", "HABITE_TERRITOIRE"), criteres(commune(r, CAGNES)));
        points("9", commune(r, CAGNES).total()); // 5 + 4

        CotationResult c = Moteurs.packs("commune-code-consequence").coter(Demandes.pour(SAINT_LAURENT, CAGNES).build(),
                EVALUATION);
        assertEquals("Commune demandée : " + SAINT_LAURENT, commune(c, SAINT_LAURENT).lignes().get(0).explication());
        assertEquals("Commune demandée : " + CAGNES, commune(c, CAGNES).lignes().get(0).explication());
    }

    @Test
    void livingOutsideTheEpciGivesNoTerritoryPoints() {
        CotationResult r = ENGINE.coter(Demandes.pour(NICE).demandeur(travailleA(NICE))
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, ANTIBES, 600, 1, Typologie.T2, 45).build(), EVALUATION);
        Cotation nice = commune(r, NICE);
        assertEquals(List.of("TRAVAILLE_COMMUNE", "TRAVAILLE_TERRITOIRE", "ACTIF"), criteres(nice));
        points("20", nice.total()); // 10 + 3 + 7
    }
}
