package fr.cotation.regles;

import fr.cotation.demande.Demande;
import fr.cotation.demande.Preuve;
import fr.cotation.testing.Demandes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link PrioritesL4411#categoriesDe}: the categories of art. L.441-1 CCH a demande belongs to. */
class PrioritesL4411Test {
    private static final LocalDate DATE = Demandes.EVALUATION;

    @Test
    void a_demande_without_qualifying_situation_belongs_to_no_category() {
        assertEquals(List.of(), PrioritesL4411.nationales().categoriesDe(Demandes.base().build(), DATE));
    }

    @Test
    void each_category_a_situation_qualifies_for_once_in_the_order_of_the_list_proven_or_not() {
        Demande d = Demandes.base()
                .situation("MARIAGE_FORCE", Preuve.DECLAREE)          // g)
                .situation("REPRISE_ACTIVITE", Preuve.VALIDEE)        // e)
                .situation("VIOLENCES_CONJUGALES", Preuve.DECLAREE)   // g) again
                .build();
        assertEquals(List.of("e", "g"), PrioritesL4411.nationales().categoriesDe(d, DATE));
    }

    @Test
    void a_category_no_longer_in_force_at_the_date_is_not_given() {
        PrioritesL4411 liste = PrioritesL4411.of(List.of(
                new CategoriePrioritaire("x", "abrogée", "test", null, DATE.minusDays(1), List.of("REPRISE_ACTIVITE")),
                new CategoriePrioritaire("y", "en vigueur", "test", DATE, null, List.of("REPRISE_ACTIVITE"))));
        Demande d = Demandes.base().situation("REPRISE_ACTIVITE", Preuve.DECLAREE).build();
        assertEquals(List.of("y"), liste.categoriesDe(d, DATE));
        assertEquals(List.of("x"), liste.categoriesDe(d, DATE.minusDays(1)));
    }
}
