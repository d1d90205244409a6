package fr.cotation.examples.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compares the throughput of two builds of the engine in one JVM, to decide whether a change is kept: this VM's
 * speed drifts by about 20 % from one minute to the next, more than most changes are worth, and two builds run
 * one after the other in separate processes cannot be told apart. Here each build is loaded by its own class
 * loader (its own copy of every class, Drools included, so each is compiled by the JIT on its own), and the two
 * score the benchmark stock of {@link ScoringBenchmark} (1,000 Nice demandes, 1,999 pairs) in alternate bursts,
 * in the order A B B A A B ...: a drift of the machine weighs on both. What counts is the ratio B ÷ A of each
 * round, printed with its median at the end.
 *
 * <pre>
 * java -cp cotation-examples/target/classes fr.cotation.examples.bench.ComparaisonAB \
 *     CLASSPATH_A CLASSPATH_B [seconds per burst, 6] [rounds, 10] [threads, 2]
 * </pre>
 *
 * Each class path is a build's {@code cotation-examples/target/classes}, {@code cotation-core/target/classes},
 * {@code cotation-rules-paca/target/classes} and the dependencies ({@code mvn dependency:build-classpath}),
 * joined by the path separator; a build from a {@code git worktree} of the older commit serves as A. The builds
 * are reached by reflection on the public API and {@link DemandesGenerees}, so any commit that has them can be
 * compared. The first four rounds warm up and are not counted. Run it with the order reversed too: one class
 * loader was seen to be favoured by a few percent.
 */
public final class ComparaisonAB {
    private ComparaisonAB() {
    }

    /** One build: its engine and stock, and a way to score the stock until a deadline. */
    private static final class Version {
        private final Object engine;
        private final List<?> demandes;
        private final Method score;
        private final Method cotations;
        private final LocalDate date;

        Version(String classpath) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String p : classpath.split(java.io.File.pathSeparator)) {
                if (!p.isEmpty()) {
                    urls.add(Path.of(p).toUri().toURL());
                }
            }
            ClassLoader chargeur = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(chargeur);
            Class<?> moteur = Class.forName("fr.cotation.CotationEngine", true, chargeur);
            Object builder = moteur.getMethod("builder").invoke(null);
            engine = builder.getClass().getMethod("build").invoke(builder);
            Object problemes = methode(moteur, "problemesPacks", "problems").invoke(engine);
            if (!((List<?>) problemes).isEmpty()) {
                throw new IllegalStateException("packs non chargés : " + problemes);
            }
            Class<?> generees = Class.forName(DemandesGenerees.class.getName(), true, chargeur);
            date = (LocalDate) generees.getField("DATE").get(null);
            demandes = (List<?>) generees.getMethod("generer", long.class, int.class)
                    .invoke(null, generees.getField("GRAINE").get(null), ScoringBenchmark.DEMANDES);
            score = methode(moteur, "coter", "score", Class.forName("fr.cotation.demande.Demande", false, chargeur),
                    LocalDate.class);
            cotations = Class.forName("fr.cotation.CotationResult", false, chargeur).getMethod("cotations");
        }

        /** The method named {@code nom}, or {@code ancien} in a build from before the renames of issue 18. */
        private static Method methode(Class<?> c, String nom, String ancien, Class<?>... parametres)
                throws NoSuchMethodException {
            try {
                return c.getMethod(nom, parametres);
            } catch (NoSuchMethodException e) {
                return c.getMethod(ancien, parametres);
            }
        }

        /** The pairs scored by this thread until {@code fin} (System.nanoTime), whole stocks only. */
        long scorer(long fin) throws Exception {
            long paires = 0;
            while (System.nanoTime() < fin) {
                for (Object d : demandes) {
                    paires += ((List<?>) cotations.invoke(score.invoke(engine, d, date))).size();
                }
            }
            return paires;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage : ComparaisonAB CLASSPATH_A CLASSPATH_B [secondes 6] [tours 10] [fils 2]");
            System.exit(2);
        }
        int secondes = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int tours = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int fils = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        Version[] versions = {new Version(args[0]), new Version(args[1])};
        ExecutorService pool = Executors.newFixedThreadPool(fils);
        double[][] debits = new double[2][tours];
        try {
            for (int tour = -4; tour < tours; tour++) {
                for (int k = 0; k < 2; k++) {
                    int v = (tour & 1) == 0 ? k : 1 - k; // A B, then B A: each round starts with the other build
                    long debut = System.nanoTime();
                    long fin = debut + secondes * 1_000_000_000L;
                    List<Future<Long>> parFil = new ArrayList<>();
                    for (int f = 0; f < fils; f++) {
                        Version version = versions[v];
                        parFil.add(pool.submit(() -> version.scorer(fin)));
                    }
                    long paires = 0;
                    for (Future<Long> p : parFil) {
                        paires += p.get();
                    }
                    double debit = paires / ((System.nanoTime() - debut) / 1e9);
                    if (tour >= 0) {
                        debits[v][tour] = debit;
                    }
                    System.out.printf("%s %d %s %,.0f paires/s%n", tour < 0 ? "chauffe" : "tour", tour, v == 0 ? "A" : "B",
                            debit);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double[] rapports = new double[tours];
        for (int t = 0; t < tours; t++) {
            rapports[t] = debits[1][t] / debits[0][t];
        }
        System.out.printf("médiane A %,.0f ; médiane B %,.0f ; B ÷ A par tour : min %.3f, médiane %.3f, max %.3f%n",
                mediane(debits[0]), mediane(debits[1]), min(rapports), mediane(rapports), max(rapports));
    }

    private static double mediane(double[] valeurs) {
        double[] tri = valeurs.clone();
        Arrays.sort(tri);
        int n = tri.length;
        return n % 2 == 1 ? tri[n / 2] : (tri[n / 2 - 1] + tri[n / 2]) / 2;
    }

    private static double min(double[] valeurs) {
        return Arrays.stream(valeurs).min().orElse(Double.NaN);
    }

    private static double max(double[] valeurs) {
        return Arrays.stream(valeurs).max().orElse(Double.NaN);
    }
}
