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
            "9, 70, false",    // D.542-14 CSS: 70 m² is enough for eight persons and more
            "12, 70, false",
            "12, 69, true"})
    void overOccupationFollowsD54214(int occupants, String surface, boolean surOccupe) {
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
    void aHostedHouseholdIsOverOccupiedOnTheOccupantsItDeclaresAndAnUnderOccupiedOneIsFlagged() {
        // L.441-1 j) does not exclude hosted households: 5 occupants (hosts included) on 30 m² are below 43 m²
        Faits heberge = faits(Demandes.base().enfant(LocalDate.of(2016, 1, 1)).logementActuel(new LogementActuel(
                ModeleLogement.CHEZ_PARTICULIER, NICE, null, 5, Typologie.T2, new BigDecimal("30"), null, Preuve.DECLAREE)).build());
        assertEquals(Preuve.DECLAREE, situations(heberge).get("SUROCCUPATION"), () -> situations(heberge).toString());
        assertEquals(Preuve.DECLAREE, situations(heberge).get("SUROCCUPATION_AVEC_MINEUR"));
        assertEquals(Map.of("j", Preuve.DECLAREE, "k", Preuve.DECLAREE), priorites(heberge));
        Faits grand = faits(Demandes.base().logeEn(ModeleLogement.LOCATAIRE_HLM, NICE, 600, 1, Typologie.T3, 70).build());
        assertTrue(situations(grand).containsKey("SOUS_OCCUPATION"), "3 rooms for 1 occupant");
        Faits t2 = faits(Demandes.base().build());
        assertFalse(situations(t2).containsKey("SOUS_OCCUPATION"), "2 rooms for 1 occupant");
    }

    @Test
    void aMotherHostedWithHerTwoChildrenInA41SquareMetreT2GetsKAndJAndOverOccupation() {
        // the case of issue 15: a mother and her two children hosted by a private person, 5 occupants on 41 m²
        Demande d = Demandes.base()
                .enfant(LocalDate.of(2016, 3, 1)).enfant(LocalDate.of(2019, 9, 1))
                .logementActuel(new LogementActuel(ModeleLogement.CHEZ_PARTICULIER, CAGNES, null, 5, Typologie.T2,
                        new BigDecimal("41"), null, Preuve.DECLAREE))
                .build();
        Faits f = faits(d);
        assertEquals(List.of("HEBERGE_TIERS", "MONOPARENTAL", "SUROCCUPATION", "SUROCCUPATION_AVEC_MINEUR"),
                List.copyOf(situations(f).keySet()), "41 m² is below the 43 m² of D.542-14 for five");
        assertEquals(Map.of("j", Preuve.DECLAREE, "k", Preuve.DECLAREE), priorites(f));
        assertTrue(f.dossier().isMonoparental());
        assertEquals(41.0 / 5, f.dossier().getM2ParPersonne(), 1e-12);
    }

    @Test
    void nonDecencyIsNotHabitatIndigneAndFeedsJWithAMinorOrAPersonWithAHandicap() {
        // motif 03 alone: non-decency declared (décret 2002-120), no category
        Faits seul = faits(Demandes.base().motif(MotifDemande.LOGEMENT_NON_DECENT, Preuve.JUSTIFIEE).build());
        assertEquals(Map.of("LOGEMENT_NON_DECENT", Preuve.JUSTIFIEE), situations(seul));
        assertEquals(Map.of(), priorites(seul), "non-decency is not habitat indigne: no f)");

        Faits avecEnfant = faits(Demandes.base().enfant(LocalDate.of(2015, 1, 1))
                .motif(MotifDemande.LOGEMENT_NON_DECENT, Preuve.JUSTIFIEE).build());
        assertEquals(Map.of("j", Preuve.JUSTIFIEE), priorites(avecEnfant));

        // with a person with a handicap: j) with the weaker of the two proofs, and a) for the handicap
        Faits avecHandicap = faits(Demandes.base().handicap(new Handicap(false, null, null, Preuve.DECLAREE))
                .motif(MotifDemande.LOGEMENT_NON_DECENT, Preuve.JUSTIFIEE).build());
        assertEquals(Preuve.DECLAREE, situations(avecHandicap).get("LOGEMENT_NON_DECENT_AVEC_HANDICAP"));
        assertEquals(Map.of("a", Preuve.DECLAREE, "j", Preuve.DECLAREE), priorites(avecHandicap));

        // f) only from a procedure or an arrêté (insalubrité, péril, locaux impropres, saturnisme)
        Faits indigne = faits(Demandes.base().situation("HABITAT_INDIGNE", Preuve.JUSTIFIEE).build());
        assertEquals(Map.of("f", Preuve.JUSTIFIEE), priorites(indigne));
    }

    @Test
    void overOccupationWithAPersonWithAHandicapGivesJ() {
        Faits f = faits(Demandes.base().handicap(new Handicap(true, null, null, Preuve.JUSTIFIEE))
                .logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, NICE, new BigDecimal("500"), 2,
                        Typologie.T1, new BigDecimal("15"), null, Preuve.VALIDEE)).build());
        assertEquals(Preuve.JUSTIFIEE, situations(f).get("SUROCCUPATION_AVEC_HANDICAP"));
        assertEquals(Map.of("a", Preuve.JUSTIFIEE, "j", Preuve.JUSTIFIEE), priorites(f));
    }

    @ParameterizedTest(name = "{0}, {1} occupant(s) : {2} -> {3}")
    @CsvSource({
            "SANS_ABRI,                            , SANS_LOGEMENT,        k",
            "SQUAT,                                , SANS_LOGEMENT,        k",
            "CAMPING_CARAVANING,                   , SANS_LOGEMENT,        k",
            "HOTEL,                                , SANS_LOGEMENT,        k",
            "CHEZ_PARENTS_OU_ENFANTS,             3, HEBERGE_TIERS,        k",
            "CHEZ_PARTICULIER,                    3, HEBERGE_TIERS,        k",
            "LOGE_A_TITRE_GRATUIT,                1, LOGE_A_TITRE_GRATUIT, ",
            "LOGE_A_TITRE_GRATUIT,                 , LOGE_A_TITRE_GRATUIT, ",
            "LOGE_A_TITRE_GRATUIT,                3, HEBERGE_TIERS,        k",
            "STRUCTURE_HEBERGEMENT,                , HEBERGE_STRUCTURE,    d",
            "RESIDENCE_SOCIALE,                    , HEBERGE_STRUCTURE,    d",
            "RESIDENCE_HOTELIERE_SOCIALE,          , HEBERGE_STRUCTURE,    d",
            "CENTRE_ENFANCE_FAMILLE,               , HEBERGE_STRUCTURE,    d",
            "SOUS_LOCATAIRE_OU_HEBERGE_TEMPORAIRE, , HEBERGE_STRUCTURE,    d",
            "LOCATAIRE_HLM,                       1, ,                      ",
            "LOCATAIRE_PRIVE,                     1, ,                      ",
            "RESIDENCE_ETUDIANT,                  1, ,                      ",
            "LOGEMENT_DE_FONCTION,                1, ,                      ",
            "PROPRIETAIRE_OCCUPANT,               1, ,                      "})
    void theHousingModeDecidesKOrD(ModeleLogement modele, Integer occupants, String situation, String categorie) {
        // a person alone; logé à titre gratuit alone in a whole dwelling is housed, with others it is hosted
        Faits f = faits(Demandes.base().logementActuel(new LogementActuel(modele, NICE, null, occupants, null, null,
                null, Preuve.DECLAREE)).build());
        assertEquals(situation, Derivation.modeDeLogement(modele, occupants, 1));
        assertEquals(situation != null, situation != null && situations(f).containsKey(situation));
        assertEquals(categorie == null ? Map.of() : Map.of(categorie, Preuve.DECLAREE), priorites(f));
    }

    @Test
    void aPersonLodgedFreeAloneInA70SquareMetreT3IsNotDepourvuDeLogement() {
        Faits f = faits(Demandes.base().logementActuel(new LogementActuel(ModeleLogement.LOGE_A_TITRE_GRATUIT, NICE,
                null, 1, Typologie.T3, new BigDecimal("70"), null, Preuve.DECLAREE)).build());
        assertEquals(Map.of("LOGE_A_TITRE_GRATUIT", Preuve.DECLAREE, "SOUS_OCCUPATION", Preuve.DECLAREE), situations(f));
        assertEquals(Map.of(), priorites(f), "a whole dwelling lent free is a dwelling: no k)");
    }

    @Test
    void aRentWithoutResourcesIsAFactNotASilence() {
        Dossier rien = faits(Demandes.base().demandeur(Adulte.neLe(LocalDate.of(1985, 4, 12))
                .avecRessource(NatureRessource.SALAIRE, 0)).build()).dossier();
        assertNull(rien.getTauxEffort(), "600 € ÷ 0 € has no value");
        Faits zero = faits(Demandes.base().demandeur(Adulte.neLe(LocalDate.of(1985, 4, 12))
                .avecRessource(NatureRessource.SALAIRE, 0)).build());
        assertEquals(Preuve.DECLAREE, situations(zero).get("TAUX_EFFORT_RESSOURCES_NULLES"));
        Faits nonDeclarees = faits(Demandes.base().demandeur(Adulte.neLe(LocalDate.of(1985, 4, 12))).build());
        assertEquals(Preuve.DECLAREE, situations(nonDeclarees).get("TAUX_EFFORT_RESSOURCES_NON_DECLAREES"));
        assertFalse(situations(nonDeclarees).containsKey("TAUX_EFFORT_RESSOURCES_NULLES"), "unknown is not zero");
        Faits sansLoyer = faits(Demandes.base().demandeur(Adulte.neLe(LocalDate.of(1985, 4, 12)))
                .logeEn(ModeleLogement.CHEZ_PARTICULIER, NICE, Preuve.DECLAREE).build());
        assertFalse(situations(sansLoyer).keySet().stream().anyMatch(c -> c.startsWith("TAUX_EFFORT")), "no rent, no burden");
        Faits avecRessources = faits(Demandes.base().build());
        assertFalse(situations(avecRessources).keySet().stream().anyMatch(c -> c.startsWith("TAUX_EFFORT")));
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

    @ParameterizedTest(name = "au {0} : g bis) {1}, m) {2}")
    @CsvSource({
            "2017-01-28, false, false",   // before the lettered list of loi 2017-86: no category of this list
            "2017-01-29, false, false",
            "2018-11-24, false, false",   // the day before ELAN came into force
            "2018-11-25, true,  false",   // g bis) from loi n° 2018-1021 (ELAN)
            "2022-02-08, true,  false",
            "2022-02-09, true,  true",    // m) from loi n° 2022-140 du 7 février 2022
            "2025-06-30, true,  true"})
    void gBisAndMCountOnlyFromTheLawsThatIntroducedThem(LocalDate date, boolean gBis, boolean m) {
        Demande d = Demandes.base().deposeeLe(LocalDate.of(2016, 1, 1))
                .situation("VICTIME_VIOL_AGRESSION", Preuve.VALIDEE).situation("SORTIE_ASE", Preuve.VALIDEE)
                .situation("REPRISE_ACTIVITE", Preuve.VALIDEE).build();
        List<String> categories = DERIVATION.deriver(d, date).priorites().stream().map(Priorite::getCategorie).toList();
        assertEquals(gBis, categories.contains("g bis"), categories::toString);
        assertEquals(m, categories.contains("m"), categories::toString);
        assertEquals(!date.isBefore(LocalDate.of(2017, 1, 29)), categories.contains("e"), categories::toString);
    }

    @Test
    void everyCategoryHasItsStartDateAndTheLawThatIntroducedIt() {
        for (CategoriePrioritaire c : PrioritesL4411.nationales().toutes()) {
            assertTrue(c.enVigueurDu() != null, c.categorie() + " : date d'entrée en vigueur manquante");
        }
    }
}
