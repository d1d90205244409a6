package fr.cotation.examples.bench;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.regles.FaitsDerives;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Steady-state throughput of the Nice pack through the public API: one shared {@link CotationEngine}
 * scores a seeded stock of {@value #DEMANDES} valid demandes, each wishing 1 to 3 communes of the
 * Métropole Nice Côte d'Azur.
 *
 * <p>One benchmark invocation scores the whole stock, that is {@value #PAIRES} (demande, commune) pairs;
 * {@link OperationsPerInvocation} divides by that number, so the scores are <b>(demande, commune) scorings
 * per second</b>. With {@link Threads @Threads(2)} each thread scores the whole stock with the same engine
 * and JMH reports the sum of both threads.
 *
 * <p>Warmup is 10 × 4 s, not the usual 3 × 2 s: the direct evaluation's code paths are compiled by C2 late (many
 * small methods, several fact types per call site), and with 5 × 4 s a fork was still climbing during measurement
 * (0.96 → 1.40 million pairs per second in round 4 of docs/performance.md). The plain-Java reference gets the same
 * warmup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 4, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ScoringBenchmark {
    /** Demandes in the stock. */
    public static final int DEMANDES = 1_000;
    /** (demande, commune) pairs in the stock: demande i wishes 1 + i % 3 communes. */
    public static final int PAIRES = 1_999;

    private CotationEngine engine;
    private List<Demande> demandes;
    /** The facts of each demande, derived once by the engine ({@link CotationEngine#faits}), for the plain-Java reference. */
    private List<FaitsDerives> faits;
    /** How many communes each demande wishes (the reference scores each pair, as the engine does). */
    private int[] communes;

    @Setup(Level.Trial)
    public void setup() {
        if (DemandesGenerees.paires(DEMANDES) != PAIRES) {
            throw new IllegalStateException("PAIRES doit valoir " + DemandesGenerees.paires(DEMANDES));
        }
        engine = CotationEngine.builder().build();
        if (!engine.problemesPacks().isEmpty()) {
            throw new IllegalStateException("packs non chargés : " + engine.problemesPacks());
        }
        demandes = DemandesGenerees.generer(DemandesGenerees.GRAINE, DEMANDES);
        verifier(engine, demandes);
        faits = demandes.stream().map(d -> engine.faits(d, DemandesGenerees.DATE).orElseThrow()).toList();
        communes = demandes.stream().mapToInt(d -> d.communesSouhaitees().size()).toArray();
        verifierReference(engine, demandes, faits);
    }

    /**
     * Fails unless the plain-Java reference gives the engine's total for every demande moved to Marseille, whose
     * pack (aix-marseille-provence) is the regional base alone.
     */
    static void verifierReference(CotationEngine engine, List<Demande> demandes, List<FaitsDerives> faits) {
        for (int i = 0; i < demandes.size(); i++) {
            Demande d = demandes.get(i);
            Demande marseille = new Demande(d.numeroUnique(), d.dateDepot(), d.dateRenouvellement(), d.menage(),
                    d.logementActuel(), d.motifs(), d.typologies(), List.of("13055"), d.dalo(), d.labelPdalhpd(),
                    d.handicap(), d.refus(), false, d.situations());
            Cotation c = engine.coter(marseille, DemandesGenerees.DATE).cotations().get(0);
            int reference = ReferencePacaBase.coter(faits.get(i)).total();
            if (!"aix-marseille-provence".equals(c.pack()) || c.total().intValueExact() != reference) {
                throw new IllegalStateException("référence Java " + reference + " ≠ moteur " + c.total() + " (" + c.pack()
                        + ") pour " + demandes.get(i).numeroUnique() + " : " + c.lignes());
            }
        }
    }

    /** Fails unless every demande is valid and every pair is scored by the Nice pack: the benchmark measures scorings, not rejections. */
    static void verifier(CotationEngine engine, List<Demande> demandes) {
        int paires = 0;
        for (Demande d : demandes) {
            CotationResult r = engine.coter(d, DemandesGenerees.DATE);
            if (!r.valide()) {
                throw new IllegalStateException("demande générée invalide " + d.numeroUnique() + " : " + r.problemes());
            }
            for (Cotation c : r.cotations()) {
                if (c.statut() != Cotation.Statut.COTEE || !"nice-cote-azur".equals(c.pack())) {
                    throw new IllegalStateException("non cotée par nice-cote-azur : " + d.numeroUnique() + " "
                            + c.commune() + " " + c.statut() + " " + c.pack() + " " + c.message());
                }
                paires++;
            }
        }
        if (paires != DemandesGenerees.paires(demandes.size())) {
            throw new IllegalStateException(paires + " paires cotées, " + DemandesGenerees.paires(demandes.size())
                    + " attendues");
        }
    }

    private void scoreStock(Blackhole bh) {
        for (Demande d : demandes) {
            bh.consume(engine.coter(d, DemandesGenerees.DATE));
        }
    }

    /** The plain-Java reference of the regional base on facts derived beforehand, one thread, per pair. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(PAIRES)
    public void referenceJava1Thread(Blackhole bh) {
        for (int i = 0; i < faits.size(); i++) {
            FaitsDerives f = faits.get(i);
            for (int c = communes[i]; c > 0; c--) {
                bh.consume(ReferencePacaBase.coter(f));
            }
        }
    }

    /**
     * The same reference with the engine's per-demande work before it: validation and derivation of the facts, once
     * per demande ({@link CotationEngine#faits}, public, does both); what is left of the engine's pipeline without
     * Drools and the explanation records.
     */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(PAIRES)
    public void referenceJavaAvecValidationEtDerivation1Thread(Blackhole bh) {
        for (int i = 0; i < demandes.size(); i++) {
            Demande d = demandes.get(i);
            FaitsDerives f = engine.faits(d, DemandesGenerees.DATE).orElseThrow();
            for (int c = communes[i]; c > 0; c--) {
                bh.consume(ReferencePacaBase.coter(f));
            }
        }
    }

    /** One thread: (demande, commune) scorings per second. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(PAIRES)
    public void scorings1Thread(Blackhole bh) {
        scoreStock(bh);
    }

    /** Two threads sharing the engine: the sum of both threads' (demande, commune) scorings per second. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(PAIRES)
    public void scorings2Threads(Blackhole bh) {
        scoreStock(bh);
    }
}
