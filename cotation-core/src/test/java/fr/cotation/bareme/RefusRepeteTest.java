package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.points;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A malus on repeated refusal ({@code Refus( rang >= 2 )}): the rank of a refusal counts the demande's refusals
 * without a legitimate reason, oldest first, whatever order the demande lists them in; a refusal with a legitimate
 * reason has rank 0 and does not make the next one "repeated".
 */
class RefusRepeteTest {

    private static CotationEngine moteur(Path dir) {
        pack(dir, "repete", SIREN_NCA, regle("Refus répété", "@critere(\"REFUS_REPETE\") @libelle(\"Refus répété\")"
                        + " @rubrique(\"R\") @points(-10) @reference(\"art. R.441-2-10 11° CCH\")",
                "Refus( !motifLegitime, rang >= 2, moisDepuis < 24 )", "note.retenir(kcontext);"));
        return Moteurs.depuis(dir);
    }

    @Test
    void theFirstRefusalCostsNothingTheSecondDoes(@TempDir Path dir) {
        CotationEngine e = moteur(dir);
        Cotation une = seule(e.coter(Demandes.base().refus(EVALUATION.minusMonths(2), false).build(), EVALUATION));
        assertEquals(List.of(), criteres(une));

        Cotation deux = seule(e.coter(Demandes.base().refus(EVALUATION.minusMonths(2), false)
                .refus(EVALUATION.minusMonths(9), false).build(), EVALUATION));
        assertEquals(List.of("REFUS_REPETE"), criteres(deux));
        points("-10", deux.total());
    }

    @Test
    void aRefusalWithALegitimateReasonDoesNotMakeTheNextOneRepeated(@TempDir Path dir) {
        CotationEngine e = moteur(dir);
        Cotation c = seule(e.coter(Demandes.base().refus(EVALUATION.minusMonths(1), false)
                .refus(EVALUATION.minusMonths(5), true).build(), EVALUATION));
        assertEquals(List.of(), criteres(c));
    }

    @Test
    void theRankFollowsTheDatesNotTheOrderOfTheList(@TempDir Path dir) {
        CotationEngine e = moteur(dir);
        // the oldest refusal (30 months ago) is the first: the recent one is repeated and counts
        Cotation c = seule(e.coter(Demandes.base().deposeeLe(EVALUATION.minusMonths(40))
                .renouveleeLe(EVALUATION.minusMonths(2)).refus(EVALUATION.minusMonths(3), false)
                .refus(EVALUATION.minusMonths(30), false).build(), EVALUATION));
        assertEquals(List.of("REFUS_REPETE"), criteres(c));
        points("-10", c.total());
    }
}
