package fr.cotation.internal.derivation;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.Dossier;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.testing.Demandes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.CAGNES;
import static fr.cotation.testing.Registre.NICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national facts derived from a demande, computed by hand. */
class DerivationTest {
    private static final Derivation DERIVATION = new Derivation(PrioritesL4411.nationales());

    private static Faits faits(Demande d) {
        return DERIVATION.deriver(d, EVALUATION);
    }

    private static Map<String, Preuve> situations(Faits f) {
        Map<String, Preuve> m = new TreeMap<>();
        f.situations().forEach(s -> m.put(s.getCode(), s.getPreuve()));
        return m;
    }

    private static Map<String, Preuve> priorites(Faits f) {
        Map<String, Preuve> m = new TreeMap<>();
        f.priorites().forEach(p -> m.put(p.getCategorie(), p.getPreuve()));
        return m;
    }

    /** A household renting {@code loyer} € with {@code ressources} € a month of salary. */
    private static Dossier loyerEtRessources(String loyer, String ressources) {
        Adulte a = Adulte.neLe(LocalDate.of(1985, 4, 12)).avecRessource(NatureRessource.SALAIRE, Double.parseDouble(ressources));
        return faits(Demandes.base().demandeur(a).logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, NICE,
                new BigDecimal(loyer), 1, Typologie.T2, new BigDecimal("45"), null, Preuve.DECLAREE)).build()).dossier();
    }

    // ------------------------------------------------------------------------------------------ ancienneté

    @ParameterizedTest(name = "déposée le {0}, évaluée le 2025-06-30 : {1} mois")
    @CsvSource({
            "2025-06-30, 0",
            "2025-06-01, 0",
            "2025-05-31, 1",
            "2025-05-30, 1",
            "2023-01-15, 29",
            "2022-12-31, 30",
            "2022-12-30, 30",
            "2015-06-30, 120"})
    void ancienneteInWholeMonthsFromTheFirstFiling(LocalDate depot, int mois) {
        assertEquals(mois, faits(Demandes.base().deposeeLe(depot).build()).dossier().getAncienneteMois());
    }

    @ParameterizedTest(name = "du {0} au {1} : {2} mois")
    @CsvSource({"2025-01-31, 2025-02-27, 0", "2025-01-31, 2025-02-28, 1", "2024-01-31, 2024-02-29, 1",
            "2025-01-30, 2025-02-28, 1", "2025-03-31, 2025-04-30, 1", "2025-01-31, 2025-03-30, 1",
            "2025-01-31, 2025-03-31, 2", "2024-02-29, 2025-02-28, 12"})
    void aMonthFromThe31stEndsOnTheLastDayOfAShorterMonth(LocalDate debut, LocalDate fin, int mois) {
        assertEquals(mois, Derivation.moisEntiers(debut, fin));
    }

    @Test
    void ancienneteKeepsRunningAcrossRenewals() {
        Dossier d = faits(Demandes.base().deposeeLe(LocalDate.of(2021, 2, 10)).renouveleeLe(LocalDate.of(2024, 9, 1))
                .build()).dossier();
        assertEquals(52, d.getAncienneteMois());
        assertEquals(9, d.getMoisDepuisRenouvellement());
    }

    // ------------------------------------------------------------------------------------------ taux d'effort

    @ParameterizedTest(name = "{0} € de loyer pour {1} € de ressources : {2} %")
    @CsvSource({
            "300, 1000, 30.0",
            "299.90, 1000, 29.99",
            "449.90, 1000, 44.99",
            "450, 1000, 45.0",
            "270.90, 903, 30.0",   // 270.90 × 100 ÷ 903 in binary floating point is 29.999999999999996
            "275.40, 918, 30.0",
            "512.55, 1139, 45.0",  // 44.99999999999999 in binary floating point
            "513.00, 1710, 30.0",
            "600, 2000, 30.0"})
    void tauxEffortIsExactAtTheBoundaries(String loyer, String ressources, double taux) {
        assertEquals(taux, loyerEtRessources(loyer, ressources).getTauxEffort());
    }

    @Test
    void consumptionUnitsHaveOneDecimal() {
        // 1 (first adult) + 0.5 (second adult) + 0.5 (a child of 15) + 0.3 (a child of 10) + 0.3 (an expected birth)
        Demande d = Demandes.base().cotitulaire(Adulte.neLe(LocalDate.of(1986, 2, 3)), LienDemandeur.CONJOINT)
                .enfant(LocalDate.of(2010, 1, 1)).enfant(LocalDate.of(2015, 1, 1)).naissancesAttendues(1).build();
        assertEquals(new BigDecimal("2.6"), Derivation.unitesDeConsommation(d, EVALUATION));
        assertEquals(new BigDecimal("1.0"), Derivation.unitesDeConsommation(Demandes.base().build(), EVALUATION),
                "one adult alone: 1.0, the scale of a sum with 0.3 × 0 expected births");
    }

    @Test
    void tauxEffortDeductsAlimonyPaidAndIsNullWithoutRentOrResources() {
        Adulte a = Adulte.neLe(LocalDate.of(1985, 4, 12)).avecRessource(NatureRessource.SALAIRE, 1200)
                .avecRessource(NatureRessource.PENSION_ALIMENTAIRE_VERSEE, 200);
        Dossier d = faits(Demandes.base().demandeur(a).build()).dossier();
        assertEquals(1000.0, d.getRessourcesMensuelles());
        assertEquals(60.0, d.getTauxEffort(), "600 € ÷ (1,200 − 200) €");
        assertEquals(400.0, d.getResteAVivre());

        Dossier heberge = faits(Demandes.base().logeEn(ModeleLogement.CHEZ_PARTICULIER, NICE, Preuve.DECLAREE).build()).dossier();
        assertNull(heberge.getTauxEffort(), "no rent: no taux d'effort, not 0");
        assertEquals(0.0, heberge.getLoyerMensuel());

        Dossier sansRessources = faits(Demandes.base().demandeur(Adulte.neLe(LocalDate.of(1985, 4, 12))).build()).dossier();
        assertNull(sansRessources.getTauxEffort(), "no resources: no taux d'effort");
        assertNull(sansRessources.getResteAVivre(), "no resources declared: no reste à vivre, not −600");
    }

    @Test
    void resteAVivreParUniteDeConsommation() {
        // 2,000 − 600 = 1,400 € for 1 adult (1 UC) + a child of 10 (0.3) + a child of 15 (0.5) = 1.8 UC
        Dossier d = faits(Demandes.base().enfant(LocalDate.of(2015, 1, 1)).enfant(LocalDate.of(2010, 1, 1)).build()).dossier();
        assertEquals(1400.0, d.getResteAVivre());
        assertEquals(1400 / 1.8, d.getResteAVivreParUC(), 1e-9);
    }

    // ------------------------------------------------------------------------------------------ household

    @Test
    void householdSizeCountsAdultsDependantsAndExpectedBirthsButNotChildrenInCustody() {
        Demande d = Demandes.base()
                .cotitulaire(Adulte.neLe(LocalDate.of(1987, 2, 3)).avecSituationProfessionnelle(TypeContrat.CDD, CAGNES),
                        LienDemandeur.PACSE)
                .enfant(LocalDate.of(2012, 5, 1))
                .enfant(LocalDate.of(2005, 5, 1))   // 20: a dependant, not a minor
                .naissancesAttendues(1)
                .enfantEnGarde(LocalDate.of(2016, 1, 1), Coparentalite.GARDE_ALTERNEE)
                .build();
        Faits f = faits(d);
        Dossier dossier = f.dossier();
        assertEquals(5, dossier.getTailleMenage(), "2 adults + 2 dependants + 1 expected birth");
        assertEquals(2, dossier.getNombreAdultes());
        assertEquals(2, dossier.getNombrePersonnesACharge());
        assertEquals(1, dossier.getNombreEnfantsMineurs());
        assertEquals(1, dossier.getNaissancesAttendues());
        assertEquals(1, dossier.getNombreEnfantsEnGarde());
        assertEquals(2, dossier.getNombreActifs(), "CDI + CDD");
        assertTrue(dossier.isCouple());
        assertFalse(dossier.isMonoparental());
        assertEquals(40, dossier.getAgeDemandeur(), "born 1985-04-12, 40 on 2025-06-30");
        assertEquals(java.util.Set.of(NICE, CAGNES), f.communesTravail());
        assertEquals(NICE, f.communeResidence());
    }

    @Test
    void monoparental() {
        assertTrue(faits(Demandes.base().enfant(LocalDate.of(2015, 1, 1)).build()).dossier().isMonoparental(),
                "one adult, one minor child");
        assertTrue(faits(Demandes.base().enfantEnGarde(LocalDate.of(2015, 1, 1), Coparentalite.GARDE_ALTERNEE).build())
                .dossier().isMonoparental(), "one adult, a minor child in shared custody");
        assertFalse(faits(Demandes.base().enfantEnGarde(LocalDate.of(2015, 1, 1), Coparentalite.DROIT_DE_VISITE).build())
                .dossier().isMonoparental(), "visiting rights only: the child does not live in the household");
        assertTrue(faits(Demandes.base().naissancesAttendues(1).build()).dossier().isMonoparental(), "one adult, a birth expected");
        assertFalse(faits(Demandes.base().enfant(LocalDate.of(2005, 1, 1)).build()).dossier().isMonoparental(),
                "the only child is 20");
        assertFalse(faits(Demandes.base().personneACharge(new PersonneACharge(null, LocalDate.of(1950, 1, 1), LienParente.PARENT))
                .build()).dossier().isMonoparental(), "a dependant parent is not a minor child");
        assertFalse(faits(Demandes.base().enfant(LocalDate.of(2015, 1, 1))
                .cotitulaire(Adulte.neLe(LocalDate.of(1990, 1, 1)), LienDemandeur.COLOCATAIRE).build()).dossier().isMonoparental(),
                "two adults");
        Faits f = faits(Demandes.base().enfant(LocalDate.of(2015, 1, 1)).build());
        assertEquals(Preuve.DECLAREE, situations(f).get("MONOPARENTAL"));
        assertFalse(faits(Demandes.base().enfant(LocalDate.of(2015, 1, 1))
                .cotitulaire(Adulte.neLe(LocalDate.of(1990, 1, 1)), LienDemandeur.COLOCATAIRE).build()).dossier().isCouple(),
                "a co-locataire is not a partner");
    }

    // ------------------------------------------------------------------------------------------ over-occupation

    @ParameterizedTest(name = "{0} occupant(s) sur {1} m² : sur-occupé = {2}")
    @CsvSource({
            "1, 8.99, true",
            "1, 9, false",
            "2, 15.99, true",
            "2, 16, false",
            "3, 24.9, true",
            "3, 25, false",
            "4, 33, true",
            "4, 34, false",
            "8, 69.5, true",
            "8, 70, false",
            "9, 70, false",    // R.822-25: 70 m² is enough for eight persons and more
            "12, 70, false",
            "12, 69, true"})
    void overOccupationFollowsR82225(int occupants, String surface, boolean surOccupe) {
        Faits f = faits(Demandes.base().logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, NICE,
                new BigDecimal("600"), occupants, Typologie.T4, new BigDecimal(surface), null, Preuve.VALIDEE)).build());
        assertEquals(surOccupe, situations(f).containsKey("SUROCCUPATION"), () -> situations(f).toString());
    }

    @Test
    void overOccupationWithAMinorGivesPriorityJ() {
        // 3 occupants on 20 m² (the minimum is 25 m²), a child of 10, the housing situation validated
        Faits f = faits(Demandes.base().enfant(LocalDate.of(2015, 1, 1))
                .logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, NICE, new BigDecimal("600"), 3,
                        Typologie.T1, new BigDecimal("20"), null, Preuve.VALIDEE)).build());
        assertEquals(Preuve.VALIDEE, situations(f).get("SUROCCUPATION"));
        assertEquals(Preuve.VALIDEE, situations(f).get("SUROCCUPATION_AVEC_MINEUR"));
        assertEquals(Map.of("j", Preuve.VALIDEE), priorites(f));
        assertEquals(3.0, f.dossier().getPersonnesParPiece());
        assertEquals(20.0 / 3, f.dossier().getM2ParPersonne(), 1e-12);
    }

    @Test
    void aHostedHouseholdIsNotOverOccupiedAndAnUnderOccupiedOneIsFlagged() {
        Faits heberge = faits(Demandes.base().logementActuel(new LogementActuel(ModeleLogement.CHEZ_PARTICULIER, NICE, null, 5,
                Typologie.T2, new BigDecimal("30"), null, Preuve.DECLAREE)).build());
        assertFalse(situations(heberge).containsKey("SUROCCUPATION"), "someone else's dwelling: hosted, not over-occupied");
        Faits grand = faits(Demandes.base().logeEn(ModeleLogement.LOCATAIRE_HLM, NICE, 600, 1, Typologie.T3, 70).build());
        assertTrue(situations(grand).containsKey("SOUS_OCCUPATION"), "3 rooms for 1 occupant");
        Faits t2 = faits(Demandes.base().build());
        assertFalse(situations(t2).containsKey("SOUS_OCCUPATION"), "2 rooms for 1 occupant");
    }

    // ------------------------------------------------------------------------------------------ situations, priorities, proof

    @Test
    void homelessnessGivesSituationSansLogementAndPriorityK() {
        Faits f = faits(Demandes.base().logeEn(ModeleLogement.SANS_ABRI, null, Preuve.VALIDEE).build());
        assertEquals(Map.of("SANS_LOGEMENT", Preuve.VALIDEE), situations(f));
        assertEquals(Map.of("k", Preuve.VALIDEE), priorites(f));
        assertNull(f.communeResidence());

        Faits chezParents = faits(Demandes.base().logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.DECLAREE).build());
        assertEquals(Map.of("HEBERGE_TIERS", Preuve.DECLAREE), situations(chezParents));
        assertEquals(Map.of("k", Preuve.DECLAREE), priorites(chezParents));

        Faits foyer = faits(Demandes.base().logeEn(ModeleLogement.RESIDENCE_SOCIALE, NICE, Preuve.JUSTIFIEE).build());
        assertEquals(Map.of("d", Preuve.JUSTIFIEE), priorites(foyer));
    }

    @Test
    void proofStatusPropagatesFromTheDemandeToSituationsAndPriorities() {
        Faits declaree = faits(Demandes.base().motif(MotifDemande.PROCEDURE_EXPULSION, Preuve.DECLAREE).build());
        assertEquals(Preuve.DECLAREE, situations(declaree).get("PROCEDURE_EXPULSION"));
        assertEquals(Map.of("l", Preuve.DECLAREE), priorites(declaree));
        assertFalse(declaree.priorites().get(0).isProuvee());

        Faits validee = faits(Demandes.base().motif(MotifDemande.PROCEDURE_EXPULSION, Preuve.VALIDEE).build());
        assertEquals(Preuve.VALIDEE, situations(validee).get("PROCEDURE_EXPULSION"));
        assertEquals(Map.of("l", Preuve.VALIDEE), priorites(validee));
        assertTrue(validee.priorites().get(0).isProuvee());
    }

    @Test
    void theBestProofWinsWhenASituationComesFromSeveralFields() {
        Faits f = faits(Demandes.base()
                .motif(MotifDemande.HANDICAP, Preuve.DECLAREE)
                .handicap(new Handicap(true, null, null, Preuve.JUSTIFIEE))
                .dalo(StatutDalo.ACTIF, LocalDate.of(2024, 11, 5), Preuve.VALIDEE)
                .situation("VIOLENCES_CONJUGALES", Preuve.DECLAREE)
                .situation("MARIAGE_FORCE", Preuve.JUSTIFIEE)
                .build());
        assertEquals(Preuve.JUSTIFIEE, situations(f).get("HANDICAP"));
        assertEquals(Preuve.VALIDEE, situations(f).get("DALO"));
        // category g is met by either situation: it carries the best proof of the two
        assertEquals(Map.of("a", Preuve.JUSTIFIEE, "g", Preuve.JUSTIFIEE), priorites(f));
        // one fact per situation, in code order, whatever the order of the fields that gave them
        assertEquals(List.of("DALO=VALIDEE", "HANDICAP=JUSTIFIEE", "MARIAGE_FORCE=JUSTIFIEE", "VIOLENCES_CONJUGALES=DECLAREE"),
                f.situations().stream().map(s -> s.getCode() + "=" + s.getPreuve()).toList());
    }

    @Test
    void refusalsCountWholeMonthsSinceTheRefusal() {
        Faits f = faits(Demandes.base().deposeeLe(LocalDate.of(2022, 1, 1))
                .refus(LocalDate.of(2025, 1, 1), false).refus(LocalDate.of(2024, 6, 30), true).build());
        assertEquals(2, f.refus().size());
        assertEquals(5, f.refus().get(0).getMoisDepuis());
        assertFalse(f.refus().get(0).isMotifLegitime());
        assertEquals(12, f.refus().get(1).getMoisDepuis());
        assertTrue(f.refus().get(1).isMotifLegitime());
    }

    @Test
    void eachCategoryInForceCarriesTheBestProofOfItsSituations() {
        fr.cotation.generation.GenerateurDemandes generateur = fr.cotation.generation.GenerateurDemandes.builder()
                .graine(441L).dateEvaluation(EVALUATION)
                .communes(fr.cotation.testing.Registre.referentiel(), fr.cotation.testing.Registre.SIREN_NCA).build();
        List<CategoriePrioritaire> categories = PrioritesL4411.nationales().enVigueurLe(EVALUATION);
        int avecPriorite = 0;
        for (Demande d : generateur.liste(2_000)) {
            Faits f = faits(d);
            Map<String, Preuve> situations = situations(f);
            List<String> attendues = new java.util.ArrayList<>();
            for (CategoriePrioritaire c : categories) {
                // met when one of its situations is; its proof is the best of them (DECLAREE < JUSTIFIEE < VALIDEE)
                c.situations().stream().map(situations::get).filter(java.util.Objects::nonNull).max(Preuve::compareTo)
                        .ifPresent(p -> attendues.add(c.categorie() + "=" + p));
            }
            assertEquals(attendues, f.priorites().stream().map(p -> p.getCategorie() + "=" + p.getPreuve()).toList(),
                    d.numeroUnique());
            List<String> codes = f.situations().stream().map(fr.cotation.regles.Situation::getCode).toList();
            assertEquals(new java.util.TreeSet<>(codes).stream().toList(), codes, "each situation once, in code order");
            avecPriorite += attendues.isEmpty() ? 0 : 1;
        }
        assertTrue(avecPriorite > 100, avecPriorite + " demandes with a priority");
    }

    // ------------------------------------------------------------------------------------------ dated categories

    @Test
    void nationalCategoriesAreTheFourteenLettersOfL4411() {
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "g bis", "h", "i", "j", "k", "l", "m"),
                PrioritesL4411.nationales().enVigueurLe(EVALUATION).stream().map(CategoriePrioritaire::categorie).toList());
    }

    @Test
    void aCategoryCountsOnlyWhileInForce() {
        // a category added by a future law: data with dates, not code
        CategoriePrioritaire n = new CategoriePrioritaire("n", "Travailleurs essentiels", "loi fictive", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), List.of("PROFESSION_ESSENTIELLE"));
        assertFalse(n.enVigueurLe(LocalDate.of(2025, 12, 31)));
        assertTrue(n.enVigueurLe(LocalDate.of(2026, 1, 1)));
        assertTrue(n.enVigueurLe(LocalDate.of(2027, 12, 31)));
        assertFalse(n.enVigueurLe(LocalDate.of(2028, 1, 1)));

        List<CategoriePrioritaire> liste = new java.util.ArrayList<>(PrioritesL4411.nationales().toutes());
        liste.add(n);
        PrioritesL4411 avecN = PrioritesL4411.of(liste);
        Derivation derivation = new Derivation(avecN);
        Demande d = Demandes.base().deposeeLe(LocalDate.of(2024, 1, 1)).situation("PROFESSION_ESSENTIELLE", Preuve.VALIDEE).build();

        assertEquals(List.of(), derivation.deriver(d, LocalDate.of(2025, 12, 31)).priorites().stream().map(Priorite::getCategorie).toList());
        assertEquals(List.of("n"), derivation.deriver(d, LocalDate.of(2026, 1, 1)).priorites().stream().map(Priorite::getCategorie).toList());
        assertEquals(List.of(), derivation.deriver(d, LocalDate.of(2028, 1, 1)).priorites().stream().map(Priorite::getCategorie).toList());
        assertEquals(14, avecN.enVigueurLe(LocalDate.of(2025, 6, 30)).size());
        assertEquals(15, avecN.enVigueurLe(LocalDate.of(2026, 6, 30)).size());
    }
}
