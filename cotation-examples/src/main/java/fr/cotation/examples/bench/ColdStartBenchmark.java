package fr.cotation.examples.bench;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Cold start, one shot per iteration: a fresh {@link CotationEngine} is built every iteration (reading every pack
 * on the classpath; packs are compiled on first use), alone, or followed by one {@code score} of a demande wishing
 * 3 Nice communes (which compiles the Nice pack), or followed by {@code problems()} (which loads all 25 packs),
 * without and with a compilation cache filled beforehand by another process; and that first {@code score} alone,
 * on an engine built just before (outside the timing).
 *
 * <p>No warmup: the first iteration of each fork runs in a fresh JVM (class loading, interpreter), the
 * next ones build a new engine in a JVM that has already done it. JMH averages all iterations; read
 * the per-iteration figures (or {@code target/jmh-result.json}, {@code rawData}) to tell the two apart.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 4)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ColdStartBenchmark {

    /** The demande scored: demande 2 of the stock, which wishes 3 Nice communes; generating it is not timed. */
    @State(Scope.Benchmark)
    public static class UneDemande {
        Demande demande;

        @Setup(Level.Trial)
        public void setup() {
            demande = DemandesGenerees.generer(DemandesGenerees.GRAINE, 3).get(2);
        }
    }

    /** A demande and an engine built afresh before each iteration, outside the timing. */
    @State(Scope.Benchmark)
    public static class MoteurNeuf extends UneDemande {
        CotationEngine engine;

        @Setup(Level.Iteration)
        public void build() {
            engine = CotationEngine.builder().build();
        }
    }

    /** A compilation cache directory filled by a separate JVM, so that this JVM stays cold. */
    @State(Scope.Benchmark)
    public static class CacheRempli extends UneDemande {
        java.nio.file.Path cache;

        @Setup(Level.Trial)
        public void remplir() throws Exception {
            cache = java.nio.file.Files.createTempDirectory("cotation-cache-froid");
            Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                    PremiereCotation.class.getName(), cache.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("le remplissage du cache a échoué");
            }
        }
    }

    /** {@code CotationEngine.builder().build()} alone. */
    @Benchmark
    public CotationEngine engineBuild() {
        return CotationEngine.builder().build();
    }

    /** {@code CotationEngine.builder().build()} then the first {@code score} with that engine. */
    @Benchmark
    public CotationResult buildThenFirstScore(UneDemande s) {
        return verifier(CotationEngine.builder().build().score(s.demande, DemandesGenerees.DATE));
    }

    /** Build, then {@code problems()}, which loads all 25 packs: every pack ready. */
    @Benchmark
    public int buildAllPacks() {
        return verifier(CotationEngine.builder().build());
    }

    /** {@link #buildAllPacks()} with the compilation cache filled by another process. */
    @Benchmark
    public int buildAllPacksFromCache(CacheRempli s) {
        return verifier(CotationEngine.builder().cacheDirectory(s.cache).build());
    }

    /** {@link #buildThenFirstScore} with the compilation cache filled by another process. */
    @Benchmark
    public CotationResult buildThenFirstScoreFromCache(CacheRempli s) {
        return verifier(CotationEngine.builder().cacheDirectory(s.cache).build().score(s.demande, DemandesGenerees.DATE));
    }

    private static int verifier(CotationEngine engine) {
        if (!engine.problems().isEmpty() || engine.packs().size() < 25) {
            throw new IllegalStateException("25 packs attendus sans problème : " + engine.problems());
        }
        return engine.packs().size();
    }

    /** The first {@code score} of an engine built just before, outside the timing. */
    @Benchmark
    public CotationResult firstScoreOnly(MoteurNeuf s) {
        return verifier(s.engine.score(s.demande, DemandesGenerees.DATE));
    }

    private static CotationResult verifier(CotationResult r) {
        if (r.cotations().size() != 3) {
            throw new IllegalStateException("3 cotations attendues : " + r);
        }
        return r;
    }
}
