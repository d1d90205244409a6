package fr.cotation.examples.bench;

import fr.cotation.CotationEngine;
import fr.cotation.classement.Classement;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurAttributions;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.territoire.CommuneRef;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The classement of a generated PACA stock of {@code n} demandes, timed once in a JVM of its own (run by the
 * {@code bench} profile with {@code -Xmx2g}, see {@code BENCHMARKS.md}). Not a JMH benchmark: one run of a few minutes
 * is the quantity of interest (a nightly classement), and JMH has no peak-heap measure. Prints wall-clock times, the
 * peak heap (sum of the peaks of the heap memory pools: what the collector let the heap grow to, garbage included),
 * the peak live heap (the most in use right after any collection during the run) and the heap still used by the
 * result after a full GC.
 *
 * <p>Stock: {@link GenerateurDemandes} seed {@code 20250630} over the 52 EPCI of PACA (the 25 with a pack are ranked;
 * the others' communes count as {@code SANS_GRILLE}); history: {@code n / 5} attributions of the 24 months before
 * the date. The demandes are generated in parallel chunks as the classement reads them (the time spent generating is
 * reported apart); the classement scores its batches in parallel on the common pool. The 25 packs are loaded before
 * the classement starts, so that {@code classer} is timed and measured with the engine ready.
 *
 * <p>Heap of the classement itself, counted object by object ({@link Tas#vivant()}): <i>base</i> is the live heap once
 * the engine (25 packs), the generators and the classement (its history) are built; <i>retenu</i> the same once the
 * result is built, so {@code retenu - base} is what the result keeps. With {@code --tas}, a thread also measures the
 * live heap every second or so while {@code classer} runs (at least 3 times the last measure's duration apart) and
 * keeps the largest: the live data at its highest among those moments, batches in flight included. Each measure is a
 * full collection, which slows the run: {@link MemoireProcessus} runs it that way for several stock sizes; the timed
 * runs do not.
 *
 * <p>Arguments: {@code [--tas] n [file to append the figures to]}. The last line printed,
 * {@code mesures-tas ...}, gives the counts and the heap in bytes for {@link MemoireProcessus}.
 */
public final class ClassementBench {
    private static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);
    private static final int MORCEAU = 8_192;

    private ClassementBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean echantillons = args[0].equals("--tas");
        int a = echantillons ? 1 : 0;
        int n = Integer.parseInt(args[a]);
        String fichier = args.length > a + 1 ? args[a + 1] : null;
        long t0 = System.nanoTime();
        CotationEngine engine = CotationEngine.builder().build();
        int packs = engine.packs().size(); // compiles the 25 packs now rather than during classer
        GenerateurDemandes g = generateurPaca(engine);
        GenerateurAttributions h = GenerateurAttributions.builder(g).graine(1L).build();
        long t1 = System.nanoTime();
        Classement classement = Classement.builder(engine).dateEvaluation(EVALUATION)
                .historique(() -> h.flux(n / 5).iterator()).build();
        long t2 = System.nanoTime();
        long base = Tas.vivant();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        AtomicLong vivant = apresGc();
        Echantillonneur echantillonneur = echantillons ? Echantillonneur.demarrer() : null;
        long t3 = System.nanoTime();
        AtomicLong generation = new AtomicLong();
        ClassementResult r = classement.classer(() -> new Morceaux(g, n, generation));
        long t4 = System.nanoTime();
        if (echantillonneur != null) {
            echantillonneur.arreter();
        }
        AtomicLong positions = new AtomicLong();
        r.forEachPosition(p -> positions.incrementAndGet());
        long t5 = System.nanoTime();
        long pic = Tas.pic();
        long retenu = Tas.vivant();
        java.lang.ref.Reference.reachabilityFence(engine);
        java.lang.ref.Reference.reachabilityFence(classement);
        java.lang.ref.Reference.reachabilityFence(r);
        Runtime rt = Runtime.getRuntime();
        int groupes = r.groupes().size();
        StringBuilder s = new StringBuilder();
        s.append(String.format("classement de %,d demandes PACA (52 EPCI), %d processeurs, -Xmx %,d Mo, charge %s%n", n,
                rt.availableProcessors(), rt.maxMemory() >> 20, charge()));
        s.append(String.format("  moteur (%d packs) et générateurs %6.1f s%n", packs, (t1 - t0) / 1e9));
        s.append(String.format("  historique (%,d attributions) %6.1f s%n", n / 5, (t2 - t1) / 1e9));
        s.append(String.format("  classer                        %6.1f s  (dont génération du stock %.1f s)%s%n",
                (t4 - t3) / 1e9, generation.get() / 1e9, echantillons ? ", ralenti par les GC complets échantillonnés" : ""));
        s.append(String.format("  forEachPosition                %6.1f s%n", (t5 - t4) / 1e9));
        s.append(String.format("  demandes classées %,d ; positions %,d ; groupes %,d%n", r.demandesClassees(),
                positions.get(), groupes));
        s.append("  exclusions");
        for (MotifExclusion m : MotifExclusion.values()) {
            s.append(String.format(" %s %,d", m, r.exclusions().nombre(m)));
        }
        s.append(String.format("%n  tas : pic %,d Mo ; pic vivant (après un GC) %,d Mo ; retenu par le résultat %,d Mo%n",
                pic >> 20, vivant.get() >> 20, retenu >> 20));
        s.append(String.format("  tas du classement : base (moteur, générateurs, historique) %,d Mo ; résultat %,d Mo"
                        + " (%.1f octets par position)%s%n", base >> 20, (retenu - base) >> 20,
                (double) (retenu - base) / Math.max(1, positions.get()), echantillonneur == null ? ""
                        : String.format(" ; pic vivant échantillonné %,d Mo (%d GC complets)",
                        echantillonneur.max() >> 20, echantillonneur.nombre())));
        System.out.print(s);
        System.out.printf("mesures-tas n=%d classees=%d positions=%d groupes=%d base=%d retenu=%d picEchantillonne=%d"
                        + " echantillons=%d picApresGc=%d pic=%d classer=%d%n", n, r.demandesClassees(), positions.get(),
                groupes, base, retenu, echantillonneur == null ? -1 : echantillonneur.max(),
                echantillonneur == null ? 0 : echantillonneur.nombre(), vivant.get(), pic, (t4 - t3) / 1_000_000);
        if (fichier != null) {
            Files.writeString(Path.of(fichier), s, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** The generator of the benchmark stock: seed {@code 20250630}, the 52 EPCI with a commune in PACA. */
    static GenerateurDemandes generateurPaca(CotationEngine engine) {
        List<String> epci = engine.referentiel().communes().stream()
                .filter(c -> Set.of("04", "05", "06", "13", "83", "84").contains(c.departement())) // the EPCI of PACA
                .map(CommuneRef::epci).filter(Objects::nonNull)
                .distinct().sorted().toList();
        return GenerateurDemandes.builder().graine(20250630L).dateEvaluation(EVALUATION)
                .communes(engine.referentiel(), epci).build();
    }

    /** Measures the live heap now and then on a thread of its own and keeps the largest. */
    private static final class Echantillonneur extends Thread {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean fini;
        private int nombre;

        static Echantillonneur demarrer() {
            Echantillonneur e = new Echantillonneur();
            e.setDaemon(true);
            e.start();
            return e;
        }

        @Override
        public void run() {
            long pause = 1_000;
            while (!fini) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
                long debut = System.nanoTime();
                max.accumulateAndGet(Tas.vivant(), Math::max);
                nombre++;
                pause = Math.max(1_000, 3 * (System.nanoTime() - debut) / 1_000_000);
            }
        }

        void arreter() throws InterruptedException {
            fini = true;
            interrupt();
            join();
        }

        long max() {
            return max.get();
        }

        int nombre() {
            return nombre;
        }
    }

    /**
     * The largest heap in use right after a collection, over the run: the live data at its highest (young
     * collections included, so it also counts what was alive in the young generation at that moment).
     */
    private static AtomicLong apresGc() {
        AtomicLong max = new AtomicLong();
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emetteur) {
                emetteur.addNotificationListener((notification, contexte) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        long apres = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                        max.accumulateAndGet(apres, Math::max);
                    }
                }, null, null);
            }
        }
        return max;
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
