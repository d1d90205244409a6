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
 * 3 Nice communes (which compiles the Nice pack), or followed by {@code problemesPacks()} (which loads all 25 packs),
 * in three set-ups: as a user gets it (the PACA jar carries its grilles compiled at build time: nothing is compiled),
 * with those embedded grilles hidden and a compilation cache directory filled beforehand by another process
 * ({@code …FromCache}), and with both hidden, every grille compiled from its DRL ({@code …CompilingDrl}); and that
 * first {@code score} alone, on an engine built just before (outside the timing).
 *
 * <p>The embedded grilles are hidden by {@link SansGrillesEmbarquees}, a class loader that answers "not found" for
 * the resources under {@value SansGrillesEmbarquees#RESSOURCES} and delegates everything else: the packs, the
 * registry and the classes stay the same.
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

    /**
     * A class loader that hides the grilles compiled at build time (the resources under {@value #RESSOURCES}) and
     * delegates every other class and resource to its parent: an engine built with it compiles, or reads its cache
     * directory, as it did before the PACA jar carried its grilles.
     */
    static final class SansGrillesEmbarquees extends ClassLoader {
        static final String RESSOURCES = "META-INF/cotation/compilees/";

        SansGrillesEmbarquees() {
            super("sans-grilles-embarquees", ColdStartBenchmark.class.getClassLoader());
        }

        @Override
        public java.net.URL getResource(String name) {
            return name.startsWith(RESSOURCES) ? null : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
            return name.startsWith(RESSOURCES) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
        }
    }

    /** An engine builder that does not see the grilles compiled at build time. */
    static CotationEngine.Builder sansGrillesEmbarquees() {
        return CotationEngine.builder().classLoader(new SansGrillesEmbarquees());
    }

    /**
     * A compilation cache directory filled by a separate JVM (which does not see the embedded grilles either, so it
     * compiles every grille and writes it there), so that this JVM stays cold.
     */
    @State(Scope.Benchmark)
    public static class CacheRempli extends UneDemande {
        java.nio.file.Path cache;

        @Setup(Level.Trial)
        public void remplir() throws Exception {
            cache = java.nio.file.Files.createTempDirectory("cotation-cache-froid");
            Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                    PremiereCotation.class.getName(), "--sans-grilles-embarquees", cache.toString()).inheritIO().start();
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

    /**
     * {@code CotationEngine.builder().build()} then the first {@code score} with that engine: reads the 3 Nice
     * grilles compiled at build time.
     */
    @Benchmark
    public CotationResult buildThenFirstScore(UneDemande s) {
        return verifier(CotationEngine.builder().build().coter(s.demande, DemandesGenerees.DATE));
    }

    /** Build, then {@code problemesPacks()}, which loads all 25 packs: every pack ready, read from the grilles compiled at build time. */
    @Benchmark
    public int buildAllPacks() {
        return verifier(CotationEngine.builder().build());
    }

    /** {@link #buildAllPacks()} without the embedded grilles, from the compilation cache filled by another process. */
    @Benchmark
    public int buildAllPacksFromCache(CacheRempli s) {
        return verifier(sansGrillesEmbarquees().cacheDirectory(s.cache).build());
    }

    /** {@link #buildThenFirstScore} without the embedded grilles, from the compilation cache filled by another process. */
    @Benchmark
    public CotationResult buildThenFirstScoreFromCache(CacheRempli s) {
        return verifier(sansGrillesEmbarquees().cacheDirectory(s.cache).build().coter(s.demande, DemandesGenerees.DATE));
    }

    /** {@link #buildAllPacks()} with neither embedded grilles nor cache: every grille compiled from its DRL. */
    @Benchmark
    public int buildAllPacksCompilingDrl() {
        return verifier(sansGrillesEmbarquees().build());
    }

    /** {@link #buildThenFirstScore} with neither embedded grilles nor cache: the Nice grilles compiled from their DRL. */
    @Benchmark
    public CotationResult buildThenFirstScoreCompilingDrl(UneDemande s) {
        return verifier(sansGrillesEmbarquees().build().coter(s.demande, DemandesGenerees.DATE));
    }

    private static int verifier(CotationEngine engine) {
        if (!engine.problemesPacks().isEmpty() || engine.packs().size() < 25) {
            throw new IllegalStateException("25 packs attendus sans problème : " + engine.problemesPacks());
        }
        return engine.packs().size();
    }

    /** The first {@code score} of an engine built just before, outside the timing. */
    @Benchmark
    public CotationResult firstScoreOnly(MoteurNeuf s) {
        return verifier(s.engine.coter(s.demande, DemandesGenerees.DATE));
    }

    private static CotationResult verifier(CotationResult r) {
        if (r.cotations().size() != 3) {
            throw new IllegalStateException("3 cotations attendues : " + r);
        }
        return r;
    }
}
