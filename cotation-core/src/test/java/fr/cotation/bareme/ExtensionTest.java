package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Preuve;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.lignes;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pack {@code packs/extension}: a regional base (ancienneté 1 pt/month capped at 24, DALO 100, −10 per refusal within
 * 12 months capped at 30), extended as is for Sophia Antipolis, and by Nice which replaces the refusal criterion
 * (@remplace: −15 per refusal within 24 months, capped at 45) and adds a local one (profession essentielle, 15).
 */
class ExtensionTest {
    private static final CotationEngine ENGINE = Moteurs.packs("extension");

    @Test
    void aTerritorialPackOverridesABaseCriterionAndAddsItsOwn() {
        CotationResult r = ENGINE.coter(Demandes.pour(NICE, ANTIBES)
                .deposeeLe(EVALUATION.minusMonths(31)).renouveleeLe(EVALUATION.minusMonths(1))
                .refus(EVALUATION.minusMonths(5), false)
                .refus(EVALUATION.minusMonths(18), false)
                .situation("PROFESSION_ESSENTIELLE", Preuve.VALIDEE)
                .build(), EVALUATION);

        Cotation nice = commune(r, NICE);
        assertEquals("test-nice-etendu", nice.pack());
        assertEquals(List.of("ANCIENNETE", "NCA_REFUS", "NCA_REFUS", "PROFESSION_ESSENTIELLE"), criteres(nice));
        assertTrue(lignes(nice, "REFUS_SANS_MOTIF").isEmpty(), "the base criterion is replaced, not added to");
        points("9", nice.total()); // 24 − 15 − 15 + 15

        Cotation antibes = commune(r, ANTIBES);
        assertEquals("test-antibes-socle", antibes.pack());
        assertEquals(List.of("ANCIENNETE", "REFUS_SANS_MOTIF"), criteres(antibes));
        points("-10", ligne(antibes, "REFUS_SANS_MOTIF").points());
        points("14", antibes.total()); // 24 − 10: the 18-month-old refusal is out of the base's 12 months
    }

    @Test
    void theBaseIsNotLoadedAloneAndItsRubriquesComeFirst() {
        assertEquals(List.of(), ENGINE.problemesPacks());
        assertEquals(List.of("test-antibes-socle", "test-nice-etendu"), ENGINE.packs().stream().map(PackDescriptor::id).toList());
        PackDescriptor nice = ENGINE.packPour(NICE, EVALUATION).orElseThrow();
        assertEquals("test-socle", nice.base());
        assertEquals(List.of("ANCIENNETE", "PRIORITES", "MALUS", "LOCAL"), nice.rubriques().stream().map(Rubrique::code).toList());
    }

    @Test
    void aModelGrilleIsFlagged() {
        Cotation c = commune(ENGINE.coter(Demandes.base().build(), EVALUATION), NICE);
        assertEquals(List.of("grille modèle (statut 'modele') : critères documentés pour ce territoire, points proposés,"
                + " pas la grille adoptée par l'EPCI"), c.avertissements());
    }
}
