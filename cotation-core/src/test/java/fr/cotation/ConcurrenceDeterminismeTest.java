package fr.cotation;

import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import fr.cotation.testing.Verif;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One engine shared by 8 threads gives the results of one thread; scoring is deterministic and does not depend on
 * the order of the wished communes. On 1,000 generated demandes scored with the packs of {@code packs/territoires}.
 */
class ConcurrenceDeterminismeTest {
    private static final int THREADS = 8;
    private static final CotationEngine ENGINE = Moteurs.packs("territoires");
    private static List<Demande> demandes;
    private static List<CotationResult> reference;

    @BeforeAll
    static void unSeulThread() {
        // the test registry's three EPCI, and Paris: a commune outside the registry, hence without grille
        demandes = GenerateurDemandes.builder().graine(20250630L).dateEvaluation(EVALUATION)
                .communes(Registre.referentiel(), Registre.SIREN_NCA, Registre.SIREN_CASA, Registre.SIREN_CARF)
                .communes(List.of(Registre.PARIS))
                .build().liste(1_000);
        reference = demandes.stream().map(d -> ENGINE.coter(d, EVALUATION)).toList();
    }

    @Test
    void theGeneratedDemandesAreValidAndVaried() {
        reference.forEach(r -> assertTrue(r.valide(), () -> r.numeroUnique() + " : " + r.problemes()));
        Map<String, Long> statuts = new TreeMap<>();
        reference.stream().flatMap(r -> r.cotations().stream()).map(Verif::verifiee)
                .forEach(c -> statuts.merge(c.statut().name(), 1L, Long::sum));
        assertEquals(List.of("COTEE", "SANS_GRILLE"), List.copyOf(statuts.keySet()), statuts.toString());
        long distincts = reference.stream().flatMap(r -> r.cotations().stream()).map(Cotation::total).distinct().count();
        assertTrue(distincts > 50, "varied totals: " + distincts);
        assertTrue(reference.stream().flatMap(r -> r.cotations().stream()).anyMatch(Cotation::provisoire));
        assertTrue(reference.stream().flatMap(r -> r.cotations().stream()).anyMatch(c -> c.total().signum() < 0)
                || reference.stream().flatMap(r -> r.cotations().stream()).flatMap(c -> c.lignes().stream())
                .anyMatch(l -> l.points().signum() < 0), "some malus");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eightThreadsGiveTheResultsOfOneThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch depart = new CountDownLatch(1);
            List<Future<CotationResult[]>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long graine = t;
                futures.add(pool.submit(() -> {
                    // each thread scores every demande, in an order of its own
                    List<Integer> ordre = new ArrayList<>();
                    for (int i = 0; i < demandes.size(); i++) {
                        ordre.add(i);
                    }
                    Collections.shuffle(ordre, new java.util.Random(graine));
                    CotationResult[] resultats = new CotationResult[demandes.size()];
                    depart.await();
                    for (int i : ordre) {
                        resultats[i] = ENGINE.coter(demandes.get(i), EVALUATION);
                    }
                    return resultats;
                }));
            }
            depart.countDown();
            for (Future<CotationResult[]> f : futures) {
                assertEquals(reference, List.of(f.get(60, TimeUnit.SECONDS)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scoringTwiceGivesEqualResults() {
        assertEquals(reference, ENGINE.coterToutes(demandes, EVALUATION).toList());
    }

    @Test
    void theOrderOfTheWishedCommunesChangesNoCommunesCotation() {
        SplittableRandom rnd = new SplittableRandom(7);
        int compares = 0;
        for (int i = 0; i < demandes.size(); i++) {
            Demande d = demandes.get(i);
            List<String> autreOrdre = new ArrayList<>(d.communesSouhaitees());
            Collections.reverse(autreOrdre);
            if (autreOrdre.size() > 2) {
                Collections.swap(autreOrdre, 0, rnd.nextInt(autreOrdre.size()));
            }
            Demande melangee = new Demande(d.numeroUnique(), d.dateDepot(), d.dateRenouvellement(), d.menage(),
                    d.logementActuel(), d.motifs(), d.typologies(), autreOrdre, d.dalo(), d.labelPdalhpd(), d.handicap(),
                    d.refus(), d.mutation(), d.situations());
            CotationResult r = ENGINE.coter(melangee, EVALUATION);
            assertEquals(autreOrdre, r.cotations().stream().map(Cotation::commune).toList(), "in the applicant's order");
            for (Cotation c : reference.get(i).cotations()) {
                assertEquals(c, r.commune(c.commune()).orElseThrow());
                compares++;
            }
        }
        assertTrue(compares > 2_000, "communes compared: " + compares);
    }
}
