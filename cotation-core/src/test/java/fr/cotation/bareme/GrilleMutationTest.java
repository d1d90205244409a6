package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.points;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pack {@code packs/mutation}: the main grille (ancienneté 1 pt/month capped at 24, handicap 20) for first demandes,
 * the mutation grille (ancienneté 0.5 pt/month capped at 12, handicap 20, dwelling too large 10) for social tenants.
 */
class GrilleMutationTest {
    private static final CotationEngine ENGINE = Moteurs.packs("mutation");
    private static final Handicap HANDICAP = new Handicap(true, null, null, Preuve.VALIDEE);

    private static Cotation coter(boolean mutation, int mois) {
        return seule(ENGINE.coter(Demandes.base().deposeeLe(EVALUATION.minusMonths(mois)).mutation(mutation)
                .logeEn(ModeleLogement.LOCATAIRE_HLM, NICE, 450, 1, Typologie.T3, 68)
                .motif(MotifDemande.LOGEMENT_TROP_GRAND, Preuve.VALIDEE)
                .handicap(HANDICAP).build(), EVALUATION));
    }

    @Test
    void aMutationDemandeIsScoredWithTheMutationGrille() {
        Cotation c = coter(true, 31);

        assertEquals("mutation", c.grille());
        assertEquals(List.of("ANCIENNETE_MUTATION", "HANDICAP", "TROP_GRAND"), criteres(c));
        assertEquals("Ancienneté de la demande de mutation : 31 mois × 0,5 pt = 15,5, plafonné à 12",
                ligne(c, "ANCIENNETE_MUTATION").explication());
        points("12", ligne(c, "ANCIENNETE_MUTATION").points());
        points("42", c.total()); // 12 + 20 + 10
    }

    @Test
    void halfPointsPerMonthBelowTheCap() {
        Cotation c = coter(true, 21);
        assertEquals("Ancienneté de la demande de mutation : 21 mois × 0,5 pt = 10,5 pts",
                ligne(c, "ANCIENNETE_MUTATION").explication());
        points("10.5", ligne(c, "ANCIENNETE_MUTATION").points());
        points("40.5", c.total()); // 10.5 + 20 + 10
    }

    @Test
    void anyOtherDemandeIsScoredWithTheMainGrille() {
        Cotation c = coter(false, 31);

        assertEquals("principale", c.grille());
        assertEquals(List.of("ANCIENNETE", "HANDICAP"), criteres(c), "no mutation criterion in the main grille");
        points("44", c.total()); // 24 + 20
    }

    @Test
    void aPackWithoutMutationGrilleScoresMutationsWithItsMainGrille() {
        Cotation c = seule(Moteurs.packs("fixes").coter(Demandes.base().mutation(true).build(), EVALUATION));
        assertEquals("principale", c.grille());
        assertEquals(Cotation.Statut.COTEE, c.statut());
    }
}
