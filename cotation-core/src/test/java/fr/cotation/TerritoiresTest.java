package fr.cotation;

import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.MENTON;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.PARIS;
import static fr.cotation.testing.Registre.SIREN_CARF;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A demande is scored in each wished commune with the grille of its EPCI ({@code packs/territoires}: Nice Côte d'Azur
 * and Sophia Antipolis); a commune without grille is said so, not scored 0.
 */
class TerritoiresTest {
    private static final CotationEngine ENGINE = Moteurs.packs("territoires");

    @Test
    void theSameDemandeScoresDifferentlyInTwoEpciAndCommunesWithoutGrilleAreSaidSo() {
        CotationResult r = ENGINE.coter(Demandes.pour(NICE, MENTON, ANTIBES, PARIS)
                .deposeeLe(EVALUATION.minusMonths(31))
                .logeEn(ModeleLogement.CHEZ_PARTICULIER, NICE, Preuve.DECLAREE)
                .dalo(StatutDalo.ACTIF, LocalDate.of(2024, 11, 5), Preuve.VALIDEE)
                .build(), EVALUATION);

        assertEquals(List.of(NICE, MENTON, ANTIBES, PARIS), r.cotations().stream().map(Cotation::commune).toList());

        Cotation nice = commune(r, NICE);
        assertEquals("test-nice", nice.pack());
        assertEquals(List.of("ANCIENNETE", "DALO", "SANS_LOGEMENT", "HABITE_COMMUNE"), criteres(nice));
        points("164", nice.total()); // 24 (31 months, capped) + DALO 100 + hosted by a third party (k) 30 + lives in Nice 10
        assertEquals(true, nice.provisoire(), "hosted by a third party is only declared");

        Cotation antibes = commune(r, ANTIBES);
        assertEquals("test-antibes", antibes.pack());
        assertEquals("2022.1", antibes.version());
        assertEquals(List.of("ANCIENNETE", "DALO"), criteres(antibes));
        assertEquals("Ancienneté de la demande : 31 mois × 2 pts = 62, plafonné à 60", ligne(antibes, "ANCIENNETE").explication());
        points("140", antibes.total()); // 60 + DALO 80
        assertEquals(false, antibes.provisoire());

        Cotation menton = commune(r, MENTON);
        assertEquals(Cotation.Statut.SANS_GRILLE, menton.statut());
        assertEquals("aucune grille de cotation pour Menton (06083), CA de la Riviera Française au 2025-06-30", menton.message());
        assertEquals("Menton", menton.nomCommune());
        assertEquals(SIREN_CARF, menton.epci());
        assertNull(menton.pack());
        assertNull(menton.grille());
        points("0", menton.total());

        Cotation paris = commune(r, PARIS);
        assertEquals(Cotation.Statut.SANS_GRILLE, paris.statut());
        assertEquals("la commune 75056 est hors du territoire couvert par le référentiel (départements 06)", paris.message());
        assertNull(paris.nomCommune());
        assertNull(paris.epci());
    }

    @Test
    void inTheMeilleurRubriqueOfNiceTheNonDecentHousingWins() {
        // over-occupied (3 on 20 m²) 12 and not decent 20 in a MEILLEUR rubrique: 20
        Cotation c = commune(ENGINE.coter(Demandes.base().motif(MotifDemande.LOGEMENT_NON_DECENT, Preuve.JUSTIFIEE)
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, NICE, 600, 3, Typologie.T1, 20).build(), EVALUATION), NICE);

        points("0", ligne(c, "SUROCCUPATION").points());
        points("20", ligne(c, "NON_DECENT").points());
        points("50", c.total()); // 10 months + taux 30 % 10 + not decent 20 + lives in Nice 10
    }

    @Test
    void theEngineReportsItsPacksAndNoProblem() {
        assertEquals(List.of(), ENGINE.problemesPacks());
        assertEquals(List.of("test-antibes", "test-nice"), ENGINE.packs().stream().map(p -> p.id()).toList());
        assertEquals("test-antibes", ENGINE.packPour(ANTIBES, EVALUATION).orElseThrow().id());
        assertEquals(List.of(), ENGINE.packPour(ANTIBES, LocalDate.of(2022, 8, 31)).stream().toList(), "before 2022-09-01");
    }
}
