package fr.cotation.attribution;

import fr.cotation.attribution.Verification.Controle;
import fr.cotation.attribution.Verification.Statut;
import fr.cotation.demande.CapaciteMarche;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.RevenuFiscal;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.cotation.attribution.Menages.seul;
import static fr.cotation.attribution.Menages.t2Nice;
import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each adequacy rule at its boundary, on a person alone in Nice (PLUS 2025, autres régions, catégorie 1: 23 201 €). */
class AdequationTest {
    private static final PropositionCandidats DEFAUT = PropositionCandidats.builder(Moteurs.packs("anciennete")).build();

    private static Verification controle(PropositionCandidats p, Logement l, Demande d, Controle c) {
        return p.adequation(l, d, EVALUATION).verification(c);
    }

    private static Statut statut(Logement l, Demande d, Controle c) {
        return controle(DEFAUT, l, d, c).statut();
    }

    @Test
    void commune_wished_or_in_the_epci_when_the_territory_widens() {
        Demande d = seul(2000, 20000).build();
        assertEquals(Statut.RESPECTE, statut(t2Nice().build(), d, Controle.COMMUNE));
        Logement cagnes = t2Nice().commune(Registre.CAGNES).build();
        assertEquals(Statut.NON_RESPECTE, statut(cagnes, d, Controle.COMMUNE));
        PropositionCandidats epci = PropositionCandidats.builder(Moteurs.packs("anciennete"))
                .territoire(ParametresTerritoire.defaut().toBuilder().perimetreEpci(true).build()).build();
        Verification v = controle(epci, cagnes, d, Controle.COMMUNE);
        assertEquals(Statut.RESPECTE, v.statut());
        assertEquals("même EPCI que 06088", v.constate());
        assertEquals(Statut.NON_RESPECTE, controle(epci, t2Nice().commune(Registre.ANTIBES).build(), d,
                Controle.COMMUNE).statut(), "Antibes n'est pas dans la Métropole de Nice");
    }

    @Test
    void typology_among_those_sought() {
        Demande d = seul(2000, 20000).build();
        assertEquals(Statut.RESPECTE, statut(t2Nice().build(), d, Controle.TYPOLOGIE));
        Verification v = controle(DEFAUT, t2Nice().typologie(Typologie.T3).build(), d, Controle.TYPOLOGIE);
        assertEquals(Statut.NON_RESPECTE, v.statut());
        assertEquals("T2", v.constate());
        assertEquals("T3", v.attendu());
    }

    @Test
    void occupancy_table_bounds_are_included() {
        // default T1: 1 to 2 persons
        Logement t1 = t2Nice().typologie(Typologie.T1).build();
        Demande.Builder b = seul(2000, 20000).typologies(Typologie.T1);
        assertEquals(Statut.RESPECTE, statut(t1, b.build(), Controle.OCCUPATION));
        Demande deux = seul(2000, 20000).typologies(Typologie.T1).enfant(LocalDate.of(2020, 1, 1)).build();
        assertEquals(Statut.RESPECTE, statut(t1, deux, Controle.OCCUPATION));
        Demande trois = seul(2000, 20000).typologies(Typologie.T1).enfant(LocalDate.of(2020, 1, 1))
                .enfant(LocalDate.of(2022, 1, 1)).build();
        Verification v = controle(DEFAUT, t1, trois, Controle.OCCUPATION);
        assertEquals(Statut.NON_RESPECTE, v.statut());
        assertEquals("3 occupant(s)", v.constate());
        assertEquals("1 à 2 personnes pour un T1", v.attendu());
        // a territory's own table
        PropositionCandidats strict = PropositionCandidats.builder(Moteurs.packs("anciennete"))
                .territoire(ParametresTerritoire.defaut().toBuilder().occupation(Typologie.T2, 2, 3).build()).build();
        assertEquals(Statut.NON_RESPECTE, controle(strict, t2Nice().build(), seul(2000, 20000).build(),
                Controle.OCCUPATION).statut(), "T2 réservé à 2 personnes ou plus");
    }

    @Test
    void resources_at_the_ceiling_pass_and_up_to_5_percent_over_are_a_near_miss() {
        Logement plus = t2Nice().build();
        assertEquals(Statut.RESPECTE, statut(plus, seul(2000, 23201).build(), Controle.PLAFOND_RESSOURCES));
        Verification un = controle(DEFAUT, plus, seul(2000, 23202).build(), Controle.PLAFOND_RESSOURCES);
        assertEquals(Statut.PROCHE, un.statut());
        assertEquals("23 202 €", un.constate());
        assertTrue(un.attendu().startsWith("≤ 23 201 € (PLUS, Autres régions, catégorie 1"), un.attendu());
        // 23 201 × 1.05 = 24 361.05
        assertEquals(Statut.PROCHE, statut(plus, seul(2000, 24361).build(), Controle.PLAFOND_RESSOURCES));
        assertEquals(Statut.NON_RESPECTE, statut(plus, seul(2000, 24362).build(), Controle.PLAFOND_RESSOURCES));
        // PLS: 23 201 × 1.3 = 30 161.3, rounded to 30 161
        Logement pls = t2Nice().financement(Financement.PLS).build();
        assertEquals(Statut.RESPECTE, statut(pls, seul(2000, 30161).build(), Controle.PLAFOND_RESSOURCES));
        assertEquals(Statut.PROCHE, statut(pls, seul(2000, 30162).build(), Controle.PLAFOND_RESSOURCES));
    }

    @Test
    void a_ceiling_or_an_income_that_is_not_known_is_left_to_check_never_guessed() {
        Verification sansRfr = controle(DEFAUT, t2Nice().build(), seul(2000, null).build(), Controle.PLAFOND_RESSOURCES);
        assertEquals(Statut.A_VERIFIER, sansRfr.statut());
        assertTrue(sansRfr.explication().contains("revenu fiscal de référence 2023 absent (demandeur)"),
                sansRfr.explication());
        Verification plai = controle(DEFAUT, t2Nice().financement(Financement.PLAI).build(), seul(2000, 10000).build(),
                Controle.PLAFOND_RESSOURCES);
        assertEquals(Statut.A_VERIFIER, plai.statut());
        assertTrue(plai.explication().startsWith("plafond PLAI non disponible"), plai.explication());
        // Hauts-de-Seine: Paris' neighbours or the rest of Île-de-France, the code alone does not say
        Verification idf = controle(DEFAUT, t2Nice().commune("92012").build(), seul(2000, 10000)
                .communesSouhaitees("92012").build(), Controle.PLAFOND_RESSOURCES);
        assertEquals(Statut.A_VERIFIER, idf.statut());
        assertEquals(Statut.RESPECTE, controle(DEFAUT, t2Nice().commune("92012").zone(ZonePlafonds.ILE_DE_FRANCE)
                .build(), seul(2000, 26687).communesSouhaitees("92012").build(), Controle.PLAFOND_RESSOURCES).statut());
    }

    @Test
    void the_income_of_n_minus_1_counts_when_it_fell_by_10_percent() {
        Logement plus = t2Nice().build();
        // N-2 25 000 (over 24 361: not met); N-1 22 500 = 90 % of it: N-1 counts, under 23 201
        Demande baisse = seul(2000, null).demandeur(Menages.adulte(LocalDate.of(1985, 4, 12), 2000, List.of(
                new RevenuFiscal(2023, BigDecimal.valueOf(25000)), new RevenuFiscal(2024, BigDecimal.valueOf(22500)))))
                .build();
        Verification v = controle(DEFAUT, plus, baisse, Controle.PLAFOND_RESSOURCES);
        assertEquals(Statut.RESPECTE, v.statut());
        assertEquals("22 500 €", v.constate());
        Demande faible = seul(2000, null).demandeur(Menages.adulte(LocalDate.of(1985, 4, 12), 2000, List.of(
                new RevenuFiscal(2023, BigDecimal.valueOf(25000)), new RevenuFiscal(2024, BigDecimal.valueOf(22501)))))
                .build();
        assertEquals(Statut.NON_RESPECTE, statut(plus, faible, Controle.PLAFOND_RESSOURCES));
    }

    @Test
    void taux_effort_at_35_percent_passes_and_up_to_36_75_is_a_near_miss() {
        Demande d = seul(2000, 20000).build();
        Verification v = controle(DEFAUT, t2Nice().loyer(650, 50).build(), d, Controle.TAUX_EFFORT);
        assertEquals(Statut.RESPECTE, v.statut());
        assertEquals("35 %", v.constate());
        assertEquals(Statut.PROCHE, statut(t2Nice().loyer(651, 50).build(), d, Controle.TAUX_EFFORT));
        assertEquals(Statut.PROCHE, statut(t2Nice().loyer(685, 50).build(), d, Controle.TAUX_EFFORT));
        assertEquals(Statut.NON_RESPECTE, statut(t2Nice().loyer(686, 50).build(), d, Controle.TAUX_EFFORT));
        assertEquals(Statut.A_VERIFIER, statut(t2Nice().build(), seul(0, 20000).build(), Controle.TAUX_EFFORT),
                "ressources nulles : taux d'effort impossible à établir");
    }

    @Test
    void reste_a_vivre_at_300_euros_per_unit_passes_and_down_to_285_is_a_near_miss() {
        PropositionCandidats large = PropositionCandidats.builder(Moteurs.packs("anciennete"))
                .territoire(ParametresTerritoire.defaut().toBuilder().tauxEffortMax(100).build()).build();
        Demande d = seul(1000, 10000).build();   // one consumption unit
        Verification v = controle(large, t2Nice().loyer(650, 50).build(), d, Controle.RESTE_A_VIVRE);
        assertEquals(Statut.RESPECTE, v.statut());
        assertEquals("300 € par UC", v.constate());
        assertEquals(Statut.PROCHE, controle(large, t2Nice().loyer(651, 50).build(), d, Controle.RESTE_A_VIVRE).statut());
        assertEquals(Statut.PROCHE, controle(large, t2Nice().loyer(665, 50).build(), d, Controle.RESTE_A_VIVRE).statut());
        assertEquals(Statut.NON_RESPECTE, controle(large, t2Nice().loyer(666, 50).build(), d,
                Controle.RESTE_A_VIVRE).statut());
        // a couple with a child of 10: 1 + 0.5 + 0.3 = 1.8 UC; (2 000 − 600 − 50) ÷ 1.8 = 750
        Demande famille = seul(1000, 10000).cotitulaire(Menages.adulte(1000, 10000), fr.cotation.demande.LienDemandeur.CONJOINT)
                .enfant(LocalDate.of(2015, 1, 1)).build();
        assertEquals("750 € par UC", controle(large, t2Nice().build(), famille, Controle.RESTE_A_VIVRE).constate());
    }

    @Test
    void handicap_needs_against_accessibility_floor_and_lift() {
        Demande fauteuil = seul(2000, 20000).handicap(new Handicap(true, null, null, Preuve.JUSTIFIEE)).build();
        assertEquals(Statut.RESPECTE, statut(t2Nice().accessibilite(Accessibilite.ADAPTE_FAUTEUIL).build(), fauteuil,
                Controle.ACCESSIBILITE));
        assertEquals(Statut.PROCHE, statut(t2Nice().accessibilite(Accessibilite.PARTIELLEMENT_ADAPTE).build(), fauteuil,
                Controle.ACCESSIBILITE));
        assertEquals(Statut.NON_RESPECTE, statut(t2Nice().build(), fauteuil, Controle.ACCESSIBILITE));
        Demande marches = seul(2000, 20000).handicap(new Handicap(false, CapaciteMarche.UNE_A_TROIS_MARCHES, null,
                Preuve.DECLAREE)).build();
        assertEquals(Statut.RESPECTE, statut(t2Nice().etage(0, false).build(), marches, Controle.ACCESSIBILITE));
        assertEquals(Statut.NON_RESPECTE, statut(t2Nice().etage(1, false).build(), marches, Controle.ACCESSIBILITE));
        assertEquals(Statut.RESPECTE, statut(t2Nice().etage(4, true).build(), marches, Controle.ACCESSIBILITE));
        Demande etage = seul(2000, 20000).handicap(new Handicap(false, CapaciteMarche.PREMIER_ETAGE, null,
                Preuve.DECLAREE)).build();
        assertEquals(Statut.RESPECTE, statut(t2Nice().etage(1, false).build(), etage, Controle.ACCESSIBILITE));
        assertEquals(Statut.NON_RESPECTE, statut(t2Nice().etage(2, false).build(), etage, Controle.ACCESSIBILITE));
        assertEquals(Statut.RESPECTE, statut(t2Nice().build(), seul(2000, 20000).build(), Controle.ACCESSIBILITE));
    }

    @Test
    void a_bad_dwelling_is_refused_naming_the_field() {
        Logement sansLoyer = Logement.builder().commune("6088").typologie(Typologie.T2).financement(Financement.PLUS).build();
        List<String> p = DEFAUT.problemes(sansLoyer);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("commune = 6088"), p.get(0));
        assertTrue(p.get(1).startsWith("loyer = null"), p.get(1));
        assertThrows(IllegalArgumentException.class, () -> DEFAUT.adequation(sansLoyer, seul(2000, 1).build(), EVALUATION));
    }
}
