package fr.cotation;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.BIOT;
import static fr.cotation.testing.Registre.CAGNES;
import static fr.cotation.testing.Registre.MENTON;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.PARIS;
import static fr.cotation.testing.Registre.SAINT_LAURENT;
import static fr.cotation.testing.Registre.VALLAURIS;
import static fr.cotation.testing.Verif.commune;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A demande is checked before scoring: every problem at once, each naming the field path and the value. */
class ValidationTest {
    private static final CotationEngine ENGINE = Moteurs.packs("territoires");

    /** "champ = valeur" of each problem, in the order found. */
    private static List<String> champs(List<Probleme> problemes) {
        return problemes.stream().map(p -> p.champ() + " = " + p.valeur()).toList();
    }

    private static Probleme probleme(List<Probleme> problemes, String champ, String valeur) {
        return problemes.stream().filter(p -> p.champ().equals(champ) && p.valeur().equals(valeur)).findFirst()
                .orElseThrow(() -> new AssertionError("pas de problème " + champ + " = " + valeur + " dans " + problemes));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsFieldPathAndValue() {
        Demande d = Demande.builder()
                .numeroUnique("0060124000042G0601")
                .deposeeLe(LocalDate.of(2024, 3, 1))
                .renouveleeLe(LocalDate.of(2024, 1, 15))
                .demandeur(Adulte.neLe(LocalDate.of(2026, 1, 1)))
                .logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, NICE, new BigDecimal("-50"), 1,
                        Typologie.T2, new BigDecimal("45"), null, Preuve.DECLAREE))
                .typologies(Typologie.T2)
                .communesSouhaitees("6088", "06999", NICE, NICE)
                .situation("GAGNANT_DU_LOTO", Preuve.DECLAREE)
                .situation("DALO", Preuve.VALIDEE)
                .build();

        List<Probleme> problemes = ENGINE.valider(d, EVALUATION);

        assertEquals(List.of(
                "dateRenouvellement = 2024-01-15",
                "menage.demandeur.dateNaissance = 2026-01-01",
                "logementActuel.loyerMensuel = -50",
                "communesSouhaitees[0] = 6088",
                "communesSouhaitees[1] = 06999",
                "communesSouhaitees[3] = 06088",
                "situations[0].code = GAGNANT_DU_LOTO",
                "situations[1].code = DALO"), champs(problemes));
        assertTrue(probleme(problemes, "dateRenouvellement", "2024-01-15").message()
                .contains("antérieur au premier dépôt du 2024-03-01"));
        assertTrue(probleme(problemes, "menage.demandeur.dateNaissance", "2026-01-01").message()
                .contains("dans le futur"));
        assertEquals("montant négatif", probleme(problemes, "logementActuel.loyerMensuel", "-50").message());
        assertTrue(probleme(problemes, "communesSouhaitees[0]", "6088").message().contains("code INSEE invalide"));
        assertEquals("le code 06999 n'est pas une commune du département 06 (référentiel officiel)",
                probleme(problemes, "communesSouhaitees[1]", "06999").message());
        assertEquals("commune en double", probleme(problemes, "communesSouhaitees[3]", NICE).message());
        assertTrue(probleme(problemes, "situations[0].code", "GAGNANT_DU_LOTO").message().contains("inconnue du catalogue"));
        assertTrue(probleme(problemes, "situations[1].code", "DALO").message().contains("calculée par le moteur"));
        assertEquals("logementActuel.loyerMensuel = -50 : montant négatif",
                probleme(problemes, "logementActuel.loyerMensuel", "-50").toString());

        CotationResult r = ENGINE.coter(d, EVALUATION);
        assertFalse(r.valide());
        assertEquals(problemes, r.problemes(), "score gives the same problems as validate");
        assertTrue(r.cotations().isEmpty(), "no cotation for an invalid demande");
        assertEquals("0060124000042G0601", r.numeroUnique());
    }

    @Test
    void aValidDemandeHasNoProblem() {
        assertEquals(List.of(), ENGINE.valider(Demandes.base().build(), EVALUATION));
    }

    @Test
    void missingDemandeurAndMissingHousingAreReportedNotThrown() {
        Demande d = Demande.builder().numeroUnique("X1").deposeeLe(LocalDate.of(2024, 1, 1))
                .typologies(Typologie.T3).communesSouhaitees(NICE).build();

        CotationResult r = ENGINE.coter(d, EVALUATION);

        assertEquals(List.of("menage.demandeur = null", "logementActuel = null"), champs(r.problemes()));
        assertEquals("demandeur absent", r.problemes().get(0).message());
        assertEquals("logement actuel absent", r.problemes().get(1).message());
        assertTrue(r.cotations().isEmpty());
    }

    @Test
    void aNullDependantIsReportedNotThrown() {
        Demande d = Demandes.base().personneACharge(null).enfant(LocalDate.of(2040, 1, 1)).build();

        assertEquals(List.of("menage.personnesACharge[0] = null", "menage.personnesACharge[1].dateNaissance = 2040-01-01"),
                champs(ENGINE.valider(d, EVALUATION)));
    }

    /** Older than 130 on the evaluation date is implausible: the bound moves with the date of each call. */
    @Test
    void aBirthDateMoreThan130YearsBeforeTheEvaluationIsAProblemAtThatDate() {
        LocalDate veille = EVALUATION.minusDays(1);
        Demande limite = Demandes.base().demandeur(Adulte.neLe(veille.minusYears(130))).build();
        String attendu = "menage.demandeur.dateNaissance = " + veille.minusYears(130);
        for (int tour = 0; tour < 2; tour++) { // the same engine, one date then the other, twice
            assertEquals(List.of(), ENGINE.valider(limite, veille));
            List<Probleme> p = ENGINE.valider(limite, EVALUATION);
            assertEquals(List.of(attendu), champs(p));
            assertEquals("date de naissance invraisemblable (plus de 130 ans)", p.get(0).message());
        }
    }

    @Test
    void aNullDemandeIsAProblem() {
        CotationResult r = ENGINE.coter(null, EVALUATION);
        assertEquals(List.of("demande = null"), champs(r.problemes()));
        assertTrue(r.cotations().isEmpty());
    }

    @Test
    void zeroWishedCommuneIsAProblem() {
        Demande sans = Demandes.pour().build();

        List<Probleme> problemes = ENGINE.valider(sans, EVALUATION);

        assertEquals(List.of("communesSouhaitees = []"), champs(problemes));
        assertEquals("aucune commune souhaitée", problemes.get(0).message());
    }

    @Test
    void moreThanEightWishedCommunesIsAProblemUnlessTheEngineAllowsMore() {
        Demande d = Demandes.pour(NICE, CAGNES, SAINT_LAURENT, ANTIBES, VALLAURIS, BIOT, MENTON, PARIS, "13055").build();

        List<Probleme> problemes = ENGINE.valider(d, EVALUATION);
        assertEquals(List.of("communesSouhaitees = 9 communes"), champs(problemes));
        assertTrue(problemes.get(0).message().contains("8 communes au plus"));

        CotationEngine dix = Moteurs.builder().packDirectory(Moteurs.ressource("packs/territoires"))
                .allowWishedCommunes(10).build();
        CotationResult r = dix.coter(d, EVALUATION);
        assertTrue(r.valide(), () -> r.problemes().toString());
        assertEquals(List.of(NICE, CAGNES, SAINT_LAURENT, ANTIBES, VALLAURIS, BIOT, MENTON, PARIS, "13055"),
                r.cotations().stream().map(Cotation::commune).toList(), "one cotation per commune, in the applicant's order");
        assertEquals(Map.of(Cotation.Statut.COTEE, 6L, Cotation.Statut.SANS_GRILLE, 3L),
                r.cotations().stream().collect(Collectors.groupingBy(Cotation::statut, Collectors.counting())));
    }

    @Test
    void aBatchScoresTheGoodDemandesAndReportsTheBadOne() {
        Demande bonneNice = Demandes.base().numeroUnique("A").build();
        Demande mauvaise = Demandes.base().numeroUnique("B").demandeur(Adulte.neLe(LocalDate.of(2030, 1, 1))).build();
        Demande bonneAntibes = Demandes.pour(ANTIBES).numeroUnique("C").deposeeLe(EVALUATION.minusMonths(31)).build();

        List<CotationResult> r = ENGINE.coterToutes(List.of(bonneNice, mauvaise, bonneAntibes), EVALUATION).toList();

        assertEquals(List.of("A", "B", "C"), r.stream().map(CotationResult::numeroUnique).toList());
        // Nice: 10 months × 1 pt + taux d'effort 30 % (600 / 2000) 10 pts + lives in Nice 10 pts
        assertEquals(0, new BigDecimal("30").compareTo(commune(r.get(0), NICE).total()));
        assertEquals(List.of("menage.demandeur.dateNaissance = 2030-01-01"), champs(r.get(1).problemes()));
        assertTrue(r.get(1).cotations().isEmpty());
        // Antibes: 31 months × 2 pts = 62, capped at 60; taux 30 % < 45 %; works in Nice, not Antibes
        assertEquals(0, new BigDecimal("60").compareTo(commune(r.get(2), ANTIBES).total()));
    }

    @Test
    void theCommunesOfResidenceAndWorkAreCheckedAgainstTheRegistryToo() {
        Demande d = Demandes.base()
                .demandeur(Demandes.adulte().avecSituationProfessionnelle(fr.cotation.demande.TypeContrat.CDI, "06998"))
                .logeEn(fr.cotation.demande.ModeleLogement.LOCATAIRE_PRIVE, "06999", 500, 1,
                        fr.cotation.demande.Typologie.T1, 25)
                .build();

        List<Probleme> problemes = ENGINE.valider(d, EVALUATION);

        assertTrue(probleme(problemes, "logementActuel.commune", "06999").message().contains("06999"));
        assertTrue(probleme(problemes, "menage.demandeur.situationProfessionnelle.communeTravail", "06998").message()
                .contains("département 06"));
        // a well-formed commune outside the registry's départements is not an error (Paris workplace)
        Demande paris = Demandes.base()
                .demandeur(Demandes.adulte().avecSituationProfessionnelle(fr.cotation.demande.TypeContrat.CDI, PARIS)).build();
        assertEquals(List.of(), ENGINE.valider(paris, EVALUATION));
    }
}
