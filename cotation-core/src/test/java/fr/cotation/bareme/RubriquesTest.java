package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.Ligne;
import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.points;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pack {@code packs/rubriques}: rubrique Cohabitation in mode MEILLEUR (separated from a co-occupant 2, hosted by
 * parents 1, as in Paris), Famille in CUMUL (single parent 3), Logement actuel in CUMUL capped at 5 (over-occupied 4,
 * not decent 3).
 */
class RubriquesTest {
    private static final CotationEngine ENGINE = Moteurs.packs("rubriques");

    private static Cotation coter(Demande d) {
        return seule(ENGINE.coter(d, EVALUATION));
    }

    @Test
    void inAMeilleurRubriqueOnlyTheBestCriterionCountsAndTheOtherStaysVisible() {
        Cotation c = coter(Demandes.base().motif(MotifDemande.DIVORCE_SEPARATION)
                .logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.VALIDEE).build());

        assertEquals(List.of("HEBERGE", "SEPARATION"), criteres(c));
        Ligne heberge = ligne(c, "HEBERGE");
        points("0", heberge.points());
        points("1", heberge.pointsCalcules());
        assertEquals("Hébergé chez ses parents ou un tiers : 1 pt (non retenu : dans la rubrique Cohabitation, seul le "
                + "meilleur critère compte)", heberge.explication());
        Ligne separation = ligne(c, "SEPARATION");
        points("2", separation.points());
        assertEquals("Séparé d'un co-occupant : 2 pts", separation.explication());
        points("2", c.total()); // 2, not 3
        assertEquals(true, c.provisoire(), "the separation is only declared");
    }

    @Test
    void aDeclaredLineKeptAtZeroDoesNotMakeTheCotationProvisional() {
        // separation (2, validated) wins; hosting (1, declared) keeps 0 points: nothing provisional
        Cotation c = coter(Demandes.base().motif(MotifDemande.DIVORCE_SEPARATION, Preuve.VALIDEE)
                .logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.DECLAREE).build());
        assertEquals(Preuve.DECLAREE, ligne(c, "HEBERGE").preuve());
        assertEquals(List.of(false, false), c.lignes().stream().map(Ligne::provisoire).toList());
        assertEquals(false, c.provisoire());
    }

    @Test
    void aSingleCriterionOfAMeilleurRubriqueCountsFully() {
        Cotation c = coter(Demandes.base().logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.VALIDEE).build());
        assertEquals(List.of("HEBERGE"), criteres(c));
        points("1", c.total());
    }

    @Test
    void pointsOfDifferentRubriquesAddUp() {
        Cotation c = coter(Demandes.base().motif(MotifDemande.DIVORCE_SEPARATION)
                .logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.VALIDEE)
                .enfant(LocalDate.of(2016, 3, 1)).build());
        assertEquals(List.of("HEBERGE", "SEPARATION", "MONOPARENTAL"), criteres(c), "rubriques in the pack's order");
        points("5", c.total()); // Cohabitation 2 + Famille 3
    }

    @Test
    void aRubriqueCapKeepsThePointsUpToTheCap() {
        // 3 occupants on 20 m² (minimum 25 m²) in a dwelling declared not decent: 4 + 3 = 7, capped at 5
        Cotation c = coter(Demandes.base().motif(MotifDemande.LOGEMENT_NON_DECENT)
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, NICE, 600, 3, Typologie.T1, 20).build());

        assertEquals(List.of("NON_DECENT", "SUROCCUPATION"), criteres(c));
        points("3", ligne(c, "NON_DECENT").points());
        Ligne sur = ligne(c, "SUROCCUPATION");
        points("2", sur.points());
        points("4", sur.pointsCalcules());
        assertEquals("Logement sur-occupé : 4 pts (rubrique Logement actuel plafonnée à 5 pts)", sur.explication());
        points("5", c.total());
    }

    @Test
    void aMalusInAMeilleurRubriqueIsNotInCompetitionAndAlwaysCounts() {
        Cotation c = coter(Demandes.base().motif(MotifDemande.DIVORCE_SEPARATION)
                .logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.VALIDEE)
                .situation("INCIVILITES", Preuve.VALIDEE).build());

        points("2", ligne(c, "SEPARATION").points());
        points("0", ligne(c, "HEBERGE").points());
        points("-1", ligne(c, "TROUBLES").points());
        points("1", c.total());
    }
}
