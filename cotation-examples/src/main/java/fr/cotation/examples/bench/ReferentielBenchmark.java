package fr.cotation.examples.bench;

import fr.cotation.territoire.Referentiel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.ref.Reference;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Loading the national commune registry of cotation-core ({@code cotation/referentiel/france}: 37,590 rows of the
 * code officiel géographique, 2,248 old codes, 1,255 EPCI), read anew with {@link Referentiel#relire} (the shared
 * copy of {@link Referentiel#fromClasspath} would be a map lookup). Targets: under 150 ms, under 20 MB of heap.
 *
 * <ul>
 * <li>{@code premierChargement}: one load per fresh JVM (single shot, no warm-up, 5 forks): what an application
 * pays once, class loading and interpreter included.
 * <li>{@code premierChargementEtRecherches}: the same, then three lookups and one EPCI's communes (records are made
 * on first lookup, so the first use is measured too).
 * <li>{@code chargement}: the load in a warm JVM (average time).
 * </ul>
 *
 * <p>The heap is measured by {@link #main}: the live heap (class histogram after a full collection, {@link Tas})
 * before and after one load, the registry kept reachable. Run it with
 * {@code java -cp … fr.cotation.examples.bench.ReferentielBenchmark}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReferentielBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
    public Referentiel premierChargement() {
        return Referentiel.relire(ReferentielBenchmark.class.getClassLoader());
    }

    /**
     * The first load and a first use in a fresh JVM: three communes looked up (Lyon 5e, Villeurbanne, Blagnac) and the
     * communes of Toulouse Métropole, as an engine with one pack does. The registry makes a commune's record when it
     * is first looked up, so this is what an application pays before its first cotation.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
    public int premierChargementEtRecherches() {
        Referentiel r = Referentiel.relire(ReferentielBenchmark.class.getClassLoader());
        int n = r.communesDe("243100518").size();
        for (String code : new String[] {"69385", "69266", "31069"}) {
            n += r.communeActuelle(code).map(c -> c.nom().length()).orElse(0);
        }
        return n;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
    public Referentiel chargement() {
        return Referentiel.relire(ReferentielBenchmark.class.getClassLoader());
    }

    /** Prints the live heap one national registry keeps, in MB, and its first load time in this JVM. */
    public static void main(String[] args) {
        long avant = Tas.total(Tas.classes(Tas.histogramme()));
        long t0 = System.nanoTime();
        Referentiel r = Referentiel.relire(ReferentielBenchmark.class.getClassLoader());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long apres = Tas.total(Tas.classes(Tas.histogramme()));
        System.out.printf(Locale.ROOT, "référentiel national : %d communes, premier chargement %d ms, tas retenu %.1f MB%n",
                r.communes().size(), ms, (apres - avant) / 1e6);
        // every commune's record made (what iterating communes() does): the most the registry keeps
        long faites = r.communes().stream().filter(c -> c.nom() != null).count();
        long toutes = Tas.total(Tas.classes(Tas.histogramme()));
        System.out.printf(Locale.ROOT, "tas retenu, les %d fiches de commune faites : %.1f MB%n", faites,
                (toutes - avant) / 1e6);
        Reference.reachabilityFence(r);
    }
}
