package fr.cotation.attribution;

import fr.cotation.demande.Demande;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.Preuve;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.cotation.attribution.Menages.adulte;
import static fr.cotation.attribution.Menages.seul;
import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The household categories of the arrêté du 29 juillet 1987, each case of its definition. */
class CategorieMenageTest {

    private static CategorieMenage de(Demande.Builder b) {
        return CategorieMenage.de(b.build(), EVALUATION);
    }

    private static Demande.Builder couple(LocalDate n1, LocalDate n2) {
        return seul(1000, 10000).demandeur(adulte(n1, 1000, List.of()))
                .cotitulaire(adulte(n2, 1000, List.of()), LienDemandeur.PACSE);
    }

    @Test
    void a_person_alone_is_1_and_with_a_handicap_2() {
        assertEquals(1, de(seul(1000, 1)).numero());
        assertEquals(2, de(seul(1000, 1).handicap(new Handicap(false, null, null, Preuve.JUSTIFIEE))).numero());
    }

    @Test
    void a_young_couple_is_3_up_to_55_years_together_and_2_beyond() {
        // at 2025-06-30: 27 + 28 = 55
        assertEquals(3, de(couple(LocalDate.of(1998, 6, 30), LocalDate.of(1997, 6, 30))).numero());
        // 27 + 29 = 56
        CategorieMenage c = de(couple(LocalDate.of(1998, 6, 30), LocalDate.of(1996, 6, 30)));
        assertEquals(2, c.numero());
        assertEquals("2 personnes", c.explication());
        // co-tenants are not a couple
        assertEquals(2, de(seul(1000, 1).demandeur(adulte(LocalDate.of(2000, 1, 1), 1000, List.of()))
                .cotitulaire(adulte(LocalDate.of(2000, 1, 1), 1000, List.of()), LienDemandeur.COLOCATAIRE)).numero());
    }

    @Test
    void a_single_parent_counts_one_more_and_the_cases_do_not_add_up() {
        CategorieMenage c = de(seul(1000, 1).enfant(LocalDate.of(2015, 1, 1)));
        assertEquals(3, c.numero());
        assertEquals("2 personnes, personne seule avec 1 personne(s) à charge : +1", c.explication());
        assertEquals(4, de(seul(1000, 1).enfant(LocalDate.of(2015, 1, 1)).enfant(LocalDate.of(2017, 1, 1))).numero());
        assertEquals(3, de(seul(1000, 1).enfant(LocalDate.of(2015, 1, 1))
                .handicap(new Handicap(true, null, null, Preuve.DECLAREE))).numero(), "handicap et parent seul : +1 une fois");
    }

    @Test
    void beyond_six_each_person_is_a_supplement() {
        Demande.Builder six = couple(LocalDate.of(1980, 1, 1), LocalDate.of(1981, 1, 1));
        for (int i = 0; i < 4; i++) {
            six.enfant(LocalDate.of(2010 + i, 1, 1));
        }
        assertEquals(new CategorieMenage(6, 0, 6, "6 personnes"), CategorieMenage.de(six.build(), EVALUATION));
        CategorieMenage sept = de(six.handicap(new Handicap(false, null, null, Preuve.JUSTIFIEE)));
        assertEquals(6, sept.numero());
        assertEquals(1, sept.personnesSupplementaires());
        assertEquals("catégorie 6 + 1 personne(s) supplémentaire(s)", sept.libelle());
    }
}
