package fr.cotation.internal.engine;

import fr.cotation.Cotation;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Packs are compiled on first use: a cotation compiles only the packs of its communes, and listing the packs or
 * the problems loads the others; whatever the order of first use, the packs loaded and the problems are those of
 * loading every pack in order. Packs of {@code packs/extension} (a base, Antibes, Nice from 2023) and
 * {@code packs/mutation} (Nice from 2020): {@code test-mutation} comes before {@code test-nice-etendu} in the load
 * order, so the Nice extension conflicts with it and is refused.
 */
class ChargementALaDemandeTest {
    private static final Demande ANTIBES_SEULE = Demandes.pour(ANTIBES).deposeeLe(EVALUATION.minusMonths(30)).build();

    private static Moteur moteur() {
        return new Moteur(new Moteur.Config(ChargementALaDemandeTest.class.getClassLoader(), false, java.util.Set.of(),
                List.of(Moteurs.ressource("packs/extension"), Moteurs.ressource("packs/mutation")), List.of(),
                Registre.referentiel(), PrioritesL4411.nationales(), 10_000, Demande.COMMUNES_SOUHAITEES_MAX, null, true));
    }

    @Test
    void aCotationCompilesOnlyThePacksOfItsCommunes() {
        Moteur m = moteur();
        assertEquals(Map.of(), m.compilations(), "building compiles nothing");
        Cotation c = m.coter(ANTIBES_SEULE, EVALUATION).cotations().get(0);
        assertEquals(Cotation.Statut.COTEE, c.statut());
        assertEquals("test-antibes-socle", c.pack());
        assertEquals(Map.of("test-antibes-socle 1/principale", 1), m.compilations());
        m.coter(ANTIBES_SEULE, EVALUATION);
        assertEquals(Map.of("test-antibes-socle 1/principale", 1), m.compilations(), "compiled once");
    }

    @Test
    void threadsThatNeedTheSamePacksFirstGetTheSameResults() throws Exception {
        List<Demande> demandes = List.of(ANTIBES_SEULE, Demandes.pour(NICE, ANTIBES).deposeeLe(EVALUATION.minusMonths(50))
                .refus(EVALUATION.minusMonths(2), false).build(), Demandes.pour(NICE).deposeeLe(EVALUATION.minusMonths(5))
                .mutation(true).build());
        Moteur seul = moteur();
        List<fr.cotation.CotationResult> attendus = demandes.stream().map(d -> seul.coter(d, EVALUATION)).toList();
        for (int essai = 0; essai < 3; essai++) {
            Moteur partage = moteur();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                var depart = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<List<fr.cotation.CotationResult>>> futurs = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int decalage = t;
                    futurs.add(pool.submit(() -> {
                        depart.await();
                        List<fr.cotation.CotationResult> r = new java.util.ArrayList<>();
                        for (int i = 0; i < demandes.size(); i++) {
                            r.add(null);
                        }
                        for (int i = 0; i < demandes.size(); i++) { // each thread starts with another demande
                            int k = (i + decalage) % demandes.size();
                            r.set(k, partage.coter(demandes.get(k), EVALUATION));
                        }
                        return r;
                    }));
                }
                depart.countDown();
                for (var f : futurs) {
                    assertEquals(attendus, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(partage.compilations().values().stream().allMatch(n -> n == 1), partage.compilations().toString());
            assertEquals(seul.problemes(), partage.problemes());
        }
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderOfFirstUse() {
        Moteur tout = moteur();
        List<ProblemePack> attendus = tout.problemes();
        assertEquals(1, attendus.size(), attendus.toString());
        assertEquals("test-nice-etendu", attendus.get(0).pack());
        assertTrue(attendus.get(0).message().contains("en conflit avec test-mutation 1"), attendus.get(0).message());
        assertEquals(List.of("test-antibes-socle", "test-mutation"), tout.packs().stream().map(p -> p.id()).toList());
        assertEquals(4, tout.compilations().size(), "each grille of each territorial pack once: " + tout.compilations());

        // the later pack first: its conflict makes the engine decide the earlier one, and nothing else
        Moteur inverse = moteur();
        assertTrue(inverse.grille("test-nice-etendu", "2", "principale").isEmpty());
        assertEquals(Map.of("test-mutation 1/principale", 1, "test-mutation 1/mutation", 1,
                "test-nice-etendu 2/principale", 1), inverse.compilations());
        assertEquals("test-mutation", inverse.coter(Demandes.pour(NICE).deposeeLe(EVALUATION.minusMonths(30)).build(),
                EVALUATION).cotations().get(0).pack());
        assertEquals(attendus, inverse.problemes());
        assertEquals(tout.packs(), inverse.packs());
        assertEquals(tout.compilations(), inverse.compilations());
    }
}
