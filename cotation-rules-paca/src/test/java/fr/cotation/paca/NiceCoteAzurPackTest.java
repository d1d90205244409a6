package fr.cotation.paca;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Statut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Métropole Nice Côte d'Azur pack on the regional base, scored end to end with hand-computed points.
 * Evaluation date 2025-06-30 throughout.
 */
class NiceCoteAzurPackTest {
    static final LocalDate DATE = LocalDate.of(2025, 6, 30);
    static final String NICE = "06088";
    static final String SAINT_LAURENT = "06123";
    static final String ANTIBES = "06004";
    static final String CONTES = "06048";

    static CotationEngine engine;

    @BeforeAll
    static void load() {
        engine = MoteurPaca.engine();
    }

    @Test
    void every_classpath_pack_loads_and_nice_covers_the_51_communes_of_the_metropole() {
        assertEquals(List.of(), engine.problemesPacks());
        PackDescriptor nice = engine.packPour(NICE, DATE).orElseThrow();
        assertEquals("nice-cote-azur", nice.id());
        assertEquals("200030195", nice.epci());
        assertEquals("paca-base", nice.base());
        assertEquals(Statut.MODELE, nice.statut());
        assertEquals(51, nice.communes().size());
        assertTrue(nice.communes().stream().allMatch(c -> c.startsWith("06")));
        assertEquals(LocalDate.of(2023, 1, 1), nice.enVigueurDu());
        assertTrue(engine.packPour(NICE, LocalDate.of(2022, 12, 31)).isEmpty(), "not in force before January 2023");
    }

    /** A working single mother of two, private tenant in Nice paying 760 € of 1,600 €. */
    static Demande.Builder mereIsolee() {
        return Demande.builder().numeroUnique("T1").deposeeLe(LocalDate.of(2022, 9, 15))
                .demandeur(Adulte.neLe(LocalDate.of(1988, 5, 12))
                        .avecSituationProfessionnelle(TypeContrat.CDI, NICE)
                        .avecRessource(NatureRessource.SALAIRE, 1250)
                        .avecRessource(NatureRessource.ALLOCATIONS_FAMILIALES, 150)
                        .avecRessource(NatureRessource.PENSION_ALIMENTAIRE_RECUE, 200))
                .enfant(LocalDate.of(2014, 2, 3)).enfant(LocalDate.of(2017, 11, 21))
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, NICE, 760, 3, Typologie.T2, 38)
                .motif(MotifDemande.DIVORCE_SEPARATION, Preuve.JUSTIFIEE)
                .typologies(Typologie.T3).communesSouhaitees(NICE, SAINT_LAURENT, ANTIBES, CONTES);
    }

    @Test
    void the_same_demande_scores_differently_by_commune_and_epci_and_has_no_grille_in_contes() {
        CotationResult r = engine.coter(mereIsolee().build(), DATE);
        assertTrue(r.valide(), r.problemes()::toString);
        // taux d'effort 760 / 1600 = 47.5 % -> 13; monoparental 10; separation 5; 33 months -> 33;
        // working household 5; lives and works in the Métropole 5; works in the commune scored 5 (Nice only), cut to 0
        // by the territory-link rubrique's cap of 5
        Cotation nice = r.commune(NICE).orElseThrow();
        assertEquals(Map.of("TAUX_EFFORT_45", 13, "MONOPARENTAL", 10, "SEPARATION", 5, "ANCIENNETE", 33,
                "NCA_MENAGE_ACTIF", 5, "NCA_HABITE_ET_TRAVAILLE", 5), points(nice));
        assertEquals(new BigDecimal("71"), nice.total());
        assertEquals(new BigDecimal("5"), ligne(nice, "NCA_TRAVAILLE_COMMUNE").pointsCalcules());
        Cotation stLaurent = r.commune(SAINT_LAURENT).orElseThrow();
        assertEquals(new BigDecimal("71"), stLaurent.total());
        assertFalse(points(stLaurent).containsKey("NCA_TRAVAILLE_COMMUNE"));
        assertTrue(stLaurent.lignes().stream().noneMatch(l -> l.critere().equals("NCA_TRAVAILLE_COMMUNE")));
        assertTrue(nice.lignes().stream().filter(l -> l.critere().equals("NCA_TRAVAILLE_COMMUNE"))
                .allMatch(Ligne::dependDeLaCommune));
        // Antibes: Sophia Antipolis's pack, the regional base alone applies (no Nice local criterion)
        Cotation antibes = r.commune(ANTIBES).orElseThrow();
        assertEquals("sophia-antipolis", antibes.pack());
        assertEquals(Map.of("TAUX_EFFORT_45", 13, "MONOPARENTAL", 10, "SEPARATION", 5, "ANCIENNETE", 33), points(antibes));
        Cotation contes = r.commune(CONTES).orElseThrow();
        assertEquals(Cotation.Statut.SANS_GRILLE, contes.statut());
        assertEquals(BigDecimal.ZERO, contes.total());
        assertTrue(contes.message().contains("Contes") && contes.message().contains("Pays des Paillons"),
                contes.message());
        assertEquals(List.of(NICE, SAINT_LAURENT, ANTIBES, CONTES), r.cotations().stream().map(Cotation::commune).toList(),
                "one cotation per wished commune, in the applicant's order");
    }

    @Test
    void anciennete_is_capped_at_36_with_its_explanation_and_the_bonus_after_36_months() {
        Cotation c = engine.coter(mereIsolee().deposeeLe(LocalDate.of(2019, 3, 4)).build(), DATE)
                .commune(NICE).orElseThrow();
        Ligne anc = ligne(c, "ANCIENNETE");
        assertEquals(new BigDecimal("36"), anc.points());
        assertEquals("Ancienneté de la demande : 75 mois × 1 pt = 75, plafonné à 36", anc.explication());
        assertEquals(new BigDecimal("10"), ligne(c, "DELAI_ANORMALEMENT_LONG").points());
        Cotation c35 = engine.coter(mereIsolee().deposeeLe(DATE.minusMonths(35)).build(), DATE).commune(NICE).orElseThrow();
        assertEquals(35, points(c35).get("ANCIENNETE"));
        assertFalse(points(c35).containsKey("DELAI_ANORMALEMENT_LONG"));
    }

    @ParameterizedTest(name = "rent {0} € of 1,000 € -> {1}")
    @CsvSource({"300, TAUX_EFFORT_30, 1", "299.99, TAUX_EFFORT_30, 1", "300.1, TAUX_EFFORT_30_45, 9",
            "449.99, TAUX_EFFORT_30_45, 9", "450, TAUX_EFFORT_45, 13", "900, TAUX_EFFORT_45, 13"})
    void taux_d_effort_bands_have_exact_boundaries(double loyer, String critere, int expected) {
        Demande d = Demande.builder().numeroUnique("TE").deposeeLe(DATE)
                .demandeur(Adulte.neLe(LocalDate.of(1980, 1, 1)).avecRessource(NatureRessource.RETRAITE, 1000))
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, "06004", loyer, 1, Typologie.T1, 30)
                .typologies(Typologie.T1).communesSouhaitees(NICE).build();
        Map<String, Integer> p = points(engine.coter(d, DATE).commune(NICE).orElseThrow());
        assertEquals(Map.of(critere, expected), p);
    }

    @Test
    void no_taux_d_effort_line_when_no_rent_is_paid() {
        Demande d = Demande.builder().numeroUnique("H").deposeeLe(DATE)
                .demandeur(Adulte.neLe(LocalDate.of(1980, 1, 1)).avecRessource(NatureRessource.RSA, 600))
                .logeEn(ModeleLogement.CHEZ_PARTICULIER, NICE, Preuve.VALIDEE)
                .typologies(Typologie.T1).communesSouhaitees(NICE).build();
        Cotation c = engine.coter(d, DATE).commune(NICE).orElseThrow();
        // hosted by a third party: L.441-1 k), proven -> 40, not provisional; lives in the Métropole but works nowhere
        assertEquals(Map.of("L441_1_K", 40), points(c));
        assertFalse(c.provisoire());
    }

    @Test
    void a_workplace_counts_only_for_an_adult_in_paid_work() {
        Demande etudiant = Demande.builder().numeroUnique("E").deposeeLe(DATE)
                .demandeur(Adulte.neLe(LocalDate.of(2003, 1, 1)).avecSituationProfessionnelle(TypeContrat.ETUDIANT, NICE))
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, NICE, 0, 1, Typologie.T1, 20)
                .typologies(Typologie.T1).communesSouhaitees(NICE).build();
        Map<String, Integer> p = points(engine.coter(etudiant, DATE).commune(NICE).orElseThrow());
        assertFalse(p.containsKey("NCA_TRAVAILLE_COMMUNE"), p::toString);
        assertFalse(p.containsKey("NCA_HABITE_ET_TRAVAILLE"), p::toString);
        Demande salarie = etudiant.toBuilder()
                .demandeur(Adulte.neLe(LocalDate.of(2003, 1, 1)).avecSituationProfessionnelle(TypeContrat.CDD, NICE)).build();
        Map<String, Integer> q = points(engine.coter(salarie, DATE).commune(NICE).orElseThrow());
        // lives and works in Nice 5; works in the commune scored 5, cut to 0 by the territory-link cap of 5
        assertEquals(5, q.get("NCA_HABITE_ET_TRAVAILLE"));
        assertEquals(new BigDecimal("5"), ligne(engine.coter(salarie, DATE).commune(NICE).orElseThrow(),
                "NCA_TRAVAILLE_COMMUNE").pointsCalcules());
    }

    @Test
    void only_the_best_professional_criterion_counts() {
        Demande d = Demande.builder().numeroUnique("J").deposeeLe(DATE)
                .demandeur(Adulte.neLe(LocalDate.of(2000, 1, 1)).avecSituationProfessionnelle(TypeContrat.APPRENTI, "06027"))
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, "06004", 0, 1, Typologie.T1, 20)
                .situation("JEUNE_EN_INSERTION", Preuve.JUSTIFIEE).situation("PROFESSION_ESSENTIELLE", Preuve.VALIDEE)
                .typologies(Typologie.T1).communesSouhaitees(NICE).build();
        Cotation c = engine.coter(d, DATE).commune(NICE).orElseThrow();
        // working 5, essential 10, young 10: only the best counts (10; on a tie, the first code, JEUNE)
        assertEquals(new BigDecimal("10"), c.lignes().stream().filter(l -> l.rubrique().equals("SITUATION_PROFESSIONNELLE"))
                .map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(3, c.lignes().stream().filter(l -> l.rubrique().equals("SITUATION_PROFESSIONNELLE")).count());
        // aged 25: the young-in-insertion criterion applies; at 30 it does not
        Demande a30 = d.toBuilder().demandeur(Adulte.neLe(LocalDate.of(1995, 6, 30))).build();
        assertFalse(points(engine.coter(a30, DATE).commune(NICE).orElseThrow()).containsKey("NCA_JEUNE_INSERTION"));
    }

    @Test
    void nice_replaces_the_regional_refusal_malus_and_caps_it_at_45() {
        Demande.Builder b = mereIsolee().communesSouhaitees();
        for (int i = 1; i <= 4; i++) {
            b.refus(DATE.minusMonths(i * 5L), false);
        }
        b.refus(DATE.minusMonths(2), true).refus(DATE.minusMonths(25), false);
        Cotation c = engine.coter(b.build(), DATE).commune(NICE).orElseThrow();
        List<Ligne> malus = c.lignes().stream().filter(l -> l.critere().equals("NCA_REFUS_SANS_MOTIF")).toList();
        // the first refusal without legitimate reason (25 months ago) does not count; the four repeated ones within
        // 24 months: -15 each, capped at -45; the legitimate one never counts; the regional criterion is replaced
        assertEquals(4, malus.size());
        assertEquals(new BigDecimal("-45"), malus.stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertFalse(points(c).containsKey("REFUS_SANS_MOTIF"));
        assertEquals(new BigDecimal("26"), c.total());
        // a single refusal without legitimate reason is not a repeated one
        Cotation un = engine.coter(mereIsolee().communesSouhaitees().refus(DATE.minusMonths(3), false).build(), DATE)
                .commune(NICE).orElseThrow();
        assertFalse(points(un).containsKey("NCA_REFUS_SANS_MOTIF"));
    }

    @Test
    void a_mutation_demande_is_scored_with_the_mutation_grille() {
        Demande d = Demande.builder().numeroUnique("M").deposeeLe(LocalDate.of(2021, 4, 28))
                .demandeur(Adulte.neLe(LocalDate.of(1954, 10, 2)).avecRessource(NatureRessource.RETRAITE, 1340))
                .logeEn(ModeleLogement.LOCATAIRE_HLM, NICE, 520, 1, Typologie.T4, 78)
                .motif(MotifDemande.HANDICAP, Preuve.JUSTIFIEE)
                .typologies(Typologie.T2).communesSouhaitees(NICE).mutation(true).build();
        Cotation mutation = engine.coter(d, DATE).commune(NICE).orElseThrow();
        assertEquals("mutation", mutation.grille());
        // base: handicap 40, under-occupation 5, taux d'effort 38.8 % -> 9, 50 months -> 36 + 10;
        // mutation (criteria proposed by the project): under-occupied 20, handicap 15, rent 10
        assertEquals(new BigDecimal("145"), mutation.total());
        Cotation principale = engine.coter(d.toBuilder().mutation(false).build(), DATE).commune(NICE).orElseThrow();
        assertEquals("principale", principale.grille());
        assertEquals(new BigDecimal("100"), principale.total());
    }

    @Test
    void dalo_and_the_best_l441_1_category_with_proof_status() {
        Demande d = Demande.builder().numeroUnique("D").deposeeLe(LocalDate.of(2024, 1, 10))
                .demandeur(Adulte.neLe(LocalDate.of(1979, 8, 30)).avecRessource(NatureRessource.RSA, 880))
                .cotitulaire(Adulte.neLe(LocalDate.of(1981, 3, 14)), LienDemandeur.CONCUBIN)
                .logeEn(ModeleLogement.SANS_ABRI, NICE, Preuve.VALIDEE)
                .dalo(StatutDalo.ACTIF, LocalDate.of(2024, 11, 5), Preuve.VALIDEE)
                .situation("VIOLENCES_CONJUGALES", Preuve.DECLAREE)
                .typologies(Typologie.T2).communesSouhaitees(NICE).build();
        Cotation c = engine.coter(d, DATE).commune(NICE).orElseThrow();
        // DALO 100; g) violence 50 beats k) homeless 40 in the MEILLEUR rubrique; 17 months
        assertEquals(new BigDecimal("167"), c.total());
        assertEquals(BigDecimal.ZERO, ligne(c, "L441_1_K").points());
        assertEquals(new BigDecimal("40"), ligne(c, "L441_1_K").pointsCalcules());
        assertEquals(Preuve.DECLAREE, ligne(c, "L441_1_G").preuve());
        assertTrue(c.provisoire(), "the violence points rest on a declared situation");
        assertEquals(Preuve.VALIDEE, ligne(c, "DALO").preuve());
    }

    @Test
    void the_published_grille_comes_from_the_rules_and_every_line_refers_to_it() {
        Grille principale = engine.grille("nice-cote-azur", "2023.1", "principale").orElseThrow();
        Map<String, CritereDeGrille> criteres = new LinkedHashMap<>();
        principale.criteres().forEach(c -> criteres.put(c.code(), c));
        assertEquals(new BigDecimal("100"), criteres.get("DALO").points());
        assertEquals(new BigDecimal("45"), criteres.get("NCA_REFUS_SANS_MOTIF").plafond());
        assertFalse(criteres.containsKey("REFUS_SANS_MOTIF"), "replaced by the Nice malus");
        assertFalse(criteres.containsKey("NCA_MUTATION_SOUS_OCCUPATION"), "mutation criteria are not in the main grille");
        assertEquals("DALO_PDALHPD", principale.criteres().get(0).rubrique(), "the base's rubriques come first");
        Grille mutation = engine.grille("nice-cote-azur", "2023.1", "mutation").orElseThrow();
        assertTrue(mutation.criteres().stream().anyMatch(c -> c.code().equals("NCA_MUTATION_SOUS_OCCUPATION")));
        assertTrue(mutation.criteres().stream().anyMatch(c -> c.code().equals("NCA_MENAGE_ACTIF")),
                "the Métropole's grille applies to every demande: the mutation grille keeps the local criteria");
        assertTrue(engine.grille("nice-cote-azur", "1999", "principale").isEmpty());

        for (Ligne l : engine.coter(mereIsolee().refus(DATE.minusMonths(3), false).build(), DATE)
                .commune(NICE).orElseThrow().lignes()) {
            CritereDeGrille c = criteres.get(l.critere());
            assertEquals(c.libelle(), l.libelle());
            assertEquals(c.rubrique(), l.rubrique());
            assertEquals(c.regle(), l.regle());
            if (c.points() != null) {
                assertEquals(c.points(), l.pointsCalcules());
            }
        }
    }

    static Ligne ligne(Cotation c, String critere) {
        return c.lignes().stream().filter(l -> l.critere().equals(critere)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + critere + " in " + c.lignes()));
    }

    /** Points per criterion, only the criteria that count. */
    static Map<String, Integer> points(Cotation c) {
        assertEquals(Cotation.Statut.COTEE, c.statut(), c::message);
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Ligne l : c.lignes()) {
            if (l.points().signum() != 0) {
                map.merge(l.critere(), l.points().intValueExact(), Integer::sum);
            }
        }
        assertEquals(c.total(), c.lignes().stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                "total = sum of lines");
        return map;
    }
}
