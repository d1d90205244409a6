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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The latency of one cotation as a registration desk sees it: the public {@code score} of one demande (1 to 3
 * Nice communes, full explanation lines) on a warm engine, one call per operation, the stock of
 * {@link ScoringBenchmark} taken in turn. JMH samples every call: the report gives the median and the tail
 * (99th, 99.9th percentile, maximum), where garbage collection and the JIT show.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class LatenceBenchmark {
    private CotationEngine engine;
    private List<Demande> demandes;
    private int suivante;

    @Setup(Level.Trial)
    public void setup() {
        engine = CotationEngine.builder().build();
        if (!engine.problemesPacks().isEmpty()) {
            throw new IllegalStateException("packs non chargés : " + engine.problemesPacks());
        }
        demandes = DemandesGenerees.generer(DemandesGenerees.GRAINE, ScoringBenchmark.DEMANDES);
        ScoringBenchmark.verifier(engine, demandes);
    }

    /** One demande scored in each of its wished communes. */
    @Benchmark
    @Threads(1)
    public CotationResult uneCotation() {
        Demande d = demandes.get(suivante);
        suivante = (suivante + 1) % demandes.size();
        return engine.coter(d, DemandesGenerees.DATE);
    }
}
