package fr.cotation.generation;

import fr.cotation.classement.Attribution;
import fr.cotation.classement.Classement;
import fr.cotation.classement.DelaiAttente;
import fr.cotation.demande.Typologie;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attribution history generator: deterministic, usable, consistent with the demandes' generator. */
class GenerateurAttributionsTest {
    private static final LocalDate EVALUATION = GenerateurDemandesTest.EVALUATION;
    private static final GenerateurDemandes DEMANDES = GenerateurDemandes.builder().graine(3L)
            .dateEvaluation(EVALUATION).communes(Registre.referentiel(), Registre.SIREN_NCA, Registre.SIREN_CASA)
            .build();
    private static final GenerateurAttributions GENERATEUR = GenerateurAttributions.builder(DEMANDES).graine(5L).build();
    private static final List<Attribution> HISTORIQUE = GENERATEUR.liste(3_000);

    @Test
    void theSameSeedAndIndexGiveTheSameAttributionOnAnyThread() {
        assertEquals(HISTORIQUE.subList(0, 500), GENERATEUR.flux(500).parallel().toList());
        assertEquals(HISTORIQUE.get(42), GenerateurAttributions.builder(DEMANDES).graine(5L).build().attribution(42));
        assertTrue(!HISTORIQUE.get(42).equals(GenerateurAttributions.builder(DEMANDES).graine(6L).build()
                .attribution(42)));
    }

    @Test
    void attributionsAreUsableDatedInThePeriodAndInTheStocksCommunes() {
        Set<String> communes = Set.of(Registre.NICE, Registre.CAGNES, Registre.SAINT_LAURENT, Registre.ANTIBES,
                Registre.VALLAURIS, Registre.BIOT);
        assertEquals(LocalDate.of(2023, 7, 1), GENERATEUR.debut());
        for (Attribution a : HISTORIQUE) {
            assertTrue(a.problemes().isEmpty(), a + " : " + a.problemes());
            assertTrue(!a.dateAttribution().isBefore(GENERATEUR.debut()) && !a.dateAttribution().isAfter(EVALUATION),
                    a.toString());
            assertTrue(communes.contains(a.commune()), a.toString());
        }
        // 27 % of generated demandes are mutations (docs/generation.md): so are their attributions
        double mutations = HISTORIQUE.stream().filter(Attribution::mutation).count() / (double) HISTORIQUE.size();
        assertEquals(0.27, mutations, 0.03);
    }

    @Test
    void largerDwellingsWaitLonger() {
        // log-normal medians of 12 months for a T1 and 24 for a T4 (25 % more for mutations)
        double t1 = medianeMois(Typologie.T1);
        double t4 = medianeMois(Typologie.T4);
        assertTrue(t1 >= 10 && t1 <= 15, "T1 : " + t1);
        assertTrue(t4 >= 21 && t4 <= 29, "T4 : " + t4);
    }

    @Test
    void theHistoryGivesNiceAWaitingTime() {
        Classement c = Classement.builder(Moteurs.builder().build()).dateEvaluation(EVALUATION).historique(HISTORIQUE)
                .build();
        DelaiAttente nice = c.delaiAttente(Typologie.T2, Registre.NICE);
        assertTrue(nice.suffisant(), nice.toString());
        assertEquals(DelaiAttente.Perimetre.COMMUNE, nice.perimetre());
    }

    private static double medianeMois(Typologie t) {
        int[] mois = HISTORIQUE.stream().filter(a -> a.typologie() == t)
                .mapToInt(a -> Derivation.moisEntiers(a.dateDepot(), a.dateAttribution())).sorted().toArray();
        assertTrue(mois.length > 100, t + " : " + mois.length);
        return mois[mois.length / 2];
    }
}
