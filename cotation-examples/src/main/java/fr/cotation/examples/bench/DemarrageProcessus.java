package fr.cotation.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link PremiereCotation} in fresh JVMs, from the launch of the process to its first printed line (the
 * first cotation) and to its exit: without a cache, with a cache directory filled by an earlier process, and with
 * that cache and the C1 compiler only.
 * Runs alternate between the two, so that the load of the machine weighs on both alike.
 *
 * <p>Arguments: number of runs of each kind (default 5). Prints a Markdown table: median (min–max) of the wall
 * time seen by this process and of the child's own CPU time.
 */
public final class DemarrageProcessus {
    private DemarrageProcessus() {
    }

    /** One run: ms to the first line, ms to the exit, and the child's own last line. */
    record Mesure(long premiereLigne, long sortie, long cpuPremiere, long cpuTout, String detail) {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(tableau(args.length > 0 ? Integer.parseInt(args[0]) : 5));
    }

    /**
     * The Markdown table of {@code n} alternated runs of each kind: as shipped (the PACA jar's grilles compiled at
     * build time, no configuration), the same with C1 only, then with the embedded grilles hidden
     * ({@link ColdStartBenchmark.SansGrillesEmbarquees}): from a cache directory filled by an earlier process, and
     * compiling every grille from its DRL.
     */
    /** The key that seals the cache of one run of this measure, drawn once: 64 hexadecimal digits. */
    private static final String CLE = java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(32));

    static String tableau(int n) throws IOException, InterruptedException {
        classPath = enJars(System.getProperty("java.class.path"));
        Path cache = Files.createTempDirectory("cotation-cache-bench");
        Mesure remplissage = lancer(true, cache);
        List<Mesure> livre = new ArrayList<>();
        List<Mesure> c1 = new ArrayList<>();
        List<Mesure> avec = new ArrayList<>();
        List<Mesure> drl = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            livre.add(lancer(false, null));
            c1.add(lancer(false, null, "-XX:TieredStopAtLevel=1"));
            avec.add(lancer(true, cache));
            drl.add(lancer(true, null));
        }
        effacer(cache);
        StringBuilder out = new StringBuilder();
        out.append("| Process (fresh JVM, `-Xmx2g`) | First cotation printed, wall ms | All packs loaded, process exit, wall ms"
                + " | CPU ms at the first cotation | CPU ms, all packs loaded |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        out.append(ligne("as shipped: grilles compiled at build time, no configuration", livre));
        out.append(ligne("as shipped, and `-XX:TieredStopAtLevel=1` (C1 only: for short command-line runs)", c1));
        out.append(ligne("embedded grilles hidden, cache directory filled by an earlier process", avec));
        out.append(ligne("embedded grilles hidden, no cache: every grille compiled from its DRL", drl));
        out.append("\nCPU time is that of the whole process (JIT and GC threads included); it depends less on the other"
                + " load of the machine than wall time. The process that filled the cache: ").append(remplissage.detail())
                .append(".\n");
        return out.toString();
    }

    private static String ligne(String nom, List<Mesure> mesures) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", nom,
                stats(mesures.stream().mapToLong(Mesure::premiereLigne).toArray()),
                stats(mesures.stream().mapToLong(Mesure::sortie).toArray()),
                stats(mesures.stream().mapToLong(Mesure::cpuPremiere).toArray()),
                stats(mesures.stream().mapToLong(Mesure::cpuTout).toArray()));
    }

    private static String stats(long[] v) {
        long[] t = v.clone();
        java.util.Arrays.sort(t);
        return String.format(Locale.ROOT, "median %,d (%,d–%,d)", t[t.length / 2], t[0], t[t.length - 1]);
    }

    private static void effacer(Path dossier) throws IOException {
        try (var fichiers = Files.walk(dossier)) {
            for (Path f : fichiers.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** The class path of the children: jars only, as an application is deployed. */
    private static String classPath;

    /**
     * The class path with each directory (Maven's {@code target/classes}) packed into a temporary jar: a class
     * looked up and not found costs a file-system probe per directory, and MVEL probes many names while it
     * compiles constraints, so a directory class path makes start-up about twice as slow as the jars users run.
     */
    private static String enJars(String classPath) throws IOException {
        List<String> entrees = new ArrayList<>();
        for (String e : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(e);
            if (!Files.isDirectory(p)) {
                entrees.add(e);
                continue;
            }
            Path jar = Files.createTempFile("cotation-bench-", ".jar");
            jar.toFile().deleteOnExit();
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                 var fichiers = Files.walk(p)) {
                for (Path f : fichiers.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new java.util.jar.JarEntry(p.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            entrees.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, entrees);
    }

    private static Mesure lancer(boolean sansEmbarquees, Path cache, String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-cp", classPath, PremiereCotation.class.getName()));
        if (sansEmbarquees) {
            cmd.add("--sans-grilles-embarquees");
        }
        if (cache != null) {
            cmd.add(cache.toString());
        }
        long debut = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("COTATION_CLE_CACHE", CLE); // the same seal for every process of the measure
        Process p = pb.start();
        long premiere = -1;
        String derniere = "";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null; ) {
                if (premiere < 0 && l.startsWith("première cotation")) {
                    premiere = (System.nanoTime() - debut) / 1_000_000;
                }
                derniere = l;
            }
        }
        int code = p.waitFor();
        long sortie = (System.nanoTime() - debut) / 1_000_000;
        if (code != 0 || premiere < 0) {
            throw new IllegalStateException("PremiereCotation a échoué (" + code + ") : " + derniere);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("cpu-first=(\\d+)ms cpu-all=(\\d+)ms").matcher(derniere);
        if (!m.find()) {
            throw new IllegalStateException("ligne inattendue : " + derniere);
        }
        return new Mesure(premiere, sortie, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), derniere);
    }
}
