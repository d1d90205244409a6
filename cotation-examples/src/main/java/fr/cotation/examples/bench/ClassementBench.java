package fr.cotation.examples.bench;

import fr.cotation.CotationEngine;
import fr.cotation.classement.Classement;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.ResultatClassement;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurAttributions;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.territoire.CommuneRef;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The classement of a generated PACA stock of {@code n} demandes, timed once in a JVM of its own (run by the
 * {@code bench} profile with {@code -Xmx2g}, see {@code BENCHMARKS.md}). Not a JMH benchmark: one run of a few minutes
 * is the quantity of interest (a nightly classement), and JMH has no peak-heap measure. Prints wall-clock times and
 * the peak heap (sum of the peaks of the heap memory pools, an upper bound of the simultaneous peak), and the heap
 * still used by the result after a full GC.
 *
 * <p>Stock: {@link GenerateurDemandes} seed {@code 20250630} over the 52 EPCI of PACA (the 25 with a pack are ranked;
 * the others' communes count as {@code SANS_GRILLE}); history: {@code n / 5} attributions of the 24 months before
 * the date. The demandes are generated in parallel chunks as the classement reads them (the time spent generating is
 * reported apart); the classement scores its batches in parallel on the common pool.
 */
public final class ClassementBench {
    private static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);
    private static final int MORCEAU = 8_192;

    private ClassementBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long t0 = System.nanoTime();
        CotationEngine engine = CotationEngine.builder().build();
        List<String> epci = engine.referentiel().communes().stream().map(CommuneRef::epci).filter(Objects::nonNull)
                .distinct().sorted().toList();
        GenerateurDemandes g = GenerateurDemandes.builder().graine(20250630L).dateEvaluation(EVALUATION)
                .communes(engine.referentiel(), epci).build();
        GenerateurAttributions h = GenerateurAttributions.builder(g).graine(1L).build();
        long t1 = System.nanoTime();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        Classement classement = Classement.builder(engine).dateEvaluation(EVALUATION)
                .historique(() -> h.flux(n / 5).iterator()).build();
        long t2 = System.nanoTime();
        AtomicLong generation = new AtomicLong();
        ResultatClassement r = classement.classer(() -> new Morceaux(g, n, generation));
        long t3 = System.nanoTime();
        AtomicLong positions = new AtomicLong();
        r.forEachPosition(p -> positions.incrementAndGet());
        long t4 = System.nanoTime();
        long pic = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                pic += p.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long retenu = rt.totalMemory() - rt.freeMemory();
        int groupes = r.groupes().size();
        StringBuilder s = new StringBuilder();
        s.append(String.format("classement de %,d demandes PACA (52 EPCI), %d processeurs, -Xmx %,d Mo, charge %s%n", n,
                rt.availableProcessors(), rt.maxMemory() >> 20, charge()));
        s.append(String.format("  moteur et générateurs          %6.1f s%n", (t1 - t0) / 1e9));
        s.append(String.format("  historique (%,d attributions) %6.1f s%n", n / 5, (t2 - t1) / 1e9));
        s.append(String.format("  classer                        %6.1f s  (dont génération du stock %.1f s)%n",
                (t3 - t2) / 1e9, generation.get() / 1e9));
        s.append(String.format("  forEachPosition                %6.1f s%n", (t4 - t3) / 1e9));
        s.append(String.format("  demandes classées %,d ; positions %,d ; groupes %,d%n", r.demandesClassees(),
                positions.get(), groupes));
        s.append("  exclusions");
        for (MotifExclusion m : MotifExclusion.values()) {
            s.append(String.format(" %s %,d", m, r.exclusions().nombre(m)));
        }
        s.append(String.format("%n  tas : pic %,d Mo ; retenu par le résultat après GC %,d Mo%n", pic >> 20,
                retenu >> 20));
        System.out.print(s);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), s, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static String charge() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The stock, generated in parallel chunks of {@value #MORCEAU} as it is read. */
    private static final class Morceaux implements Iterator<Demande> {
        private final GenerateurDemandes g;
        private final long n;
        private final AtomicLong generation;
        private List<Demande> morceau = List.of();
        private int i;
        private long suivant;

        Morceaux(GenerateurDemandes g, long n, AtomicLong generation) {
            this.g = g;
            this.n = n;
            this.generation = generation;
        }

        @Override
        public boolean hasNext() {
            return i < morceau.size() || suivant < n;
        }

        @Override
        public Demande next() {
            if (i == morceau.size()) {
                if (suivant >= n) {
                    throw new NoSuchElementException();
                }
                long t = System.nanoTime();
                int taille = (int) Math.min(MORCEAU, n - suivant);
                morceau = g.flux(suivant, taille).parallel().toList();
                generation.addAndGet(System.nanoTime() - t);
                suivant += taille;
                i = 0;
            }
            return morceau.get(i++);
        }
    }
}
