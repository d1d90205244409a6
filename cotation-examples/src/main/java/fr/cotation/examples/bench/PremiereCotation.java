package fr.cotation.examples.bench;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The start-up as a user sees it: a fresh JVM builds the engine with every pack of the classpath, scores one
 * demande (3 Nice communes) and prints the first cotation, then loads every other pack ({@code problemesPacks()}) and
 * exits. Run by {@link DemarrageProcessus}, which times it from outside; it also prints its own figures on its last
 * line (JVM uptime at the first cotation and once every pack is loaded).
 *
 * <p>Arguments: {@code [--sans-grilles-embarquees] [cache directory]}: the first hides the grilles compiled at build
 * time ({@link ColdStartBenchmark.SansGrillesEmbarquees}), so that every grille is compiled, or read from the
 * compilation cache directory ({@code CotationEngine.Builder.cacheDirectory}) when one is given (and then written
 * there: that is how {@link ColdStartBenchmark} fills its cache).
 */
public final class PremiereCotation {
    private PremiereCotation() {
    }

    /** CPU time of this process so far, all threads (JIT and GC included), in ms: less sensitive to the load. */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    public static void main(String[] args) {
        long debut = System.nanoTime();
        boolean sansEmbarquees = args.length > 0 && args[0].equals("--sans-grilles-embarquees");
        CotationEngine.Builder builder = sansEmbarquees ? ColdStartBenchmark.sansGrillesEmbarquees() : CotationEngine.builder();
        int a = sansEmbarquees ? 1 : 0;
        if (args.length > a) {
            builder.cacheDirectory(Path.of(args[a]));
            // the seal's key shared by the processes of one measure (else each process draws its own and recompiles)
            String cle = System.getenv("COTATION_CLE_CACHE");
            if (cle != null) {
                builder.cacheKey(cle.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        CotationEngine engine = builder.build();
        long construit = System.nanoTime();
        CotationResult r = engine.coter(DemandesGenerees.generer(DemandesGenerees.GRAINE, 3).get(2), DemandesGenerees.DATE);
        Cotation c = r.cotations().get(0);
        System.out.println("première cotation : " + c.commune() + " " + c.total() + " points (" + c.lignes().size()
                + " lignes)");
        long premiere = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuPremiere = cpu();
        long score = (System.nanoTime() - construit) / 1_000_000;
        int problemes = engine.problemesPacks().size(); // loads every pack not loaded yet
        System.out.println("cpu-first=" + cpuPremiere + "ms cpu-all=" + cpu() + "ms; jvm: first=" + premiere
                + "ms all-packs=" + ManagementFactory.getRuntimeMXBean().getUptime() + "ms; build=" + (construit - debut) / 1_000_000 + "ms score=" + score + "ms packs="
                + engine.packs().size() + " problems=" + problemes);
    }
}
