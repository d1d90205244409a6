package fr.cotation.examples.bench;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;

import java.lang.management.ManagementFactory;

/**
 * What an application that embeds cotation-core and the PACA packs pays at start-up (BENCHMARKS.md, "What an embedding
 * application pays"): in a fresh JVM, the time to the first cotation (JVM start included), to every pack loaded, and
 * the live heap, metaspace and classes once they are. Run on the full class path of cotation-core, or on the lean one
 * of docs/embarquer.md (the same figures show that the grilles are read, not compiled, in both).
 */
public final class CoutEmbarque {
    private CoutEmbarque() {
    }

    public static void main(String[] args) {
        CotationEngine engine = CotationEngine.builder().build();
        CotationResult r = engine.coter(DemandesGenerees.generer(DemandesGenerees.GRAINE, 3).get(2), DemandesGenerees.DATE);
        Cotation c = r.cotations().get(0);
        long premiere = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuPremiere = cpu();
        int problemes = engine.problemesPacks().size();
        long tous = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuTous = cpu();
        long tas = Tas.vivant();
        System.out.printf("first-cotation=%dms (cpu %dms) all-packs=%dms (cpu %dms) packs=%d problems=%d live-heap=%.1fMB"
                        + " metaspace=%.1fMB classes=%d (%s %s points)%n", premiere, cpuPremiere, tous, cpuTous,
                engine.packs().size(), problemes, tas / 1e6, Tas.metaspace() / 1e6, Tas.classes(), c.commune(), c.total());
    }

    /** CPU time of this process so far, all threads (JIT and GC included), in ms: less sensitive to the load. */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }
}
