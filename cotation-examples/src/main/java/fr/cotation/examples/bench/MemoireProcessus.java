package fr.cotation.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory section of the benchmark report: {@link MemoireMoteur} (heap per pack and per result) and
 * {@link ClassementBench} {@code --tas} for several stock sizes (the classement's peak heap against the size of the
 * stock), each in a fresh JVM with {@code -Xmx2g}. Called by {@link Rapport}; also a {@code main} that prints the
 * section.
 *
 * <p>Arguments: the stock sizes of the classement, comma-separated (default {@code 50000,200000,800000}), and the
 * number of results held by {@link MemoireMoteur} (default 100000).
 */
public final class MemoireProcessus {
    private static final Pattern MESURES = Pattern.compile("mesures-tas (.*)$", Pattern.MULTILINE);
    private static final Pattern PAR_DEMANDE = Pattern.compile(
            "^mesures-resultats octetsParDemande=(\\d+) octetsParDemandeEntree=(\\d+)\\s*$", Pattern.MULTILINE);
    /** Demandes per batch of {@code Classement.classer} (its constant {@code LOT}). */
    private static final int LOT = 2_048;
    /** Demandes per chunk of the benchmark's generated stock ({@code ClassementBench}). */
    private static final int MORCEAU = 8_192;

    private MemoireProcessus() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.out.print(section(args.length > 0 ? args[0] : "50000,200000,800000",
                args.length > 1 ? Integer.parseInt(args[1]) : 100_000));
    }

    /** The Markdown section: one child JVM for the engine, one per stock size for the classement. */
    static String section(String tailles, int resultats) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder("## Memory\n\n");
        String moteur = lancer(MemoireMoteur.class, String.valueOf(resultats));
        Matcher m = PAR_DEMANDE.matcher(moteur);
        if (!m.find()) {
            throw new IllegalStateException("MemoireMoteur n'a pas donné ses mesures : " + moteur);
        }
        long parDemande = Long.parseLong(m.group(1));
        long parDemandeEntree = Long.parseLong(m.group(2));
        md.append(PAR_DEMANDE.matcher(moteur).replaceAll("")).append('\n');
        List<Map<String, Long>> runs = new ArrayList<>();
        for (String t : tailles.split(",")) {
            String sortie = lancer(ClassementBench.class, "--tas", t.strip());
            Matcher x = MESURES.matcher(sortie);
            if (!x.find()) {
                throw new IllegalStateException("ClassementBench n'a pas donné ses mesures : " + sortie);
            }
            Map<String, Long> v = new LinkedHashMap<>();
            for (String kv : x.group(1).strip().split(" ")) {
                v.put(kv.substring(0, kv.indexOf('=')), Long.parseLong(kv.substring(kv.indexOf('=') + 1)));
            }
            runs.add(v);
        }
        md.append(classement(runs, parDemande, parDemandeEntree));
        return md.toString();
    }

    private static String classement(List<Map<String, Long>> runs, long parDemande, long parDemandeEntree) {
        StringBuilder md = new StringBuilder("### Peak heap of the streaming classement against the size of the stock\n\n");
        md.append("`ClassementBench --tas N` in a fresh JVM (`-Xmx2g`, G1): the classement of `N` generated PACA demandes."
                + " Live heaps are counted object by object (class histogram: a full GC, then every reachable object)."
                + " *Base*: the live heap once the engine (25 packs), the generators and the history are built."
                + " *Peak, sampled*: the largest live heap among the measures taken about every second during `classer`"
                + " (batches in flight included; number of measures in brackets). *After any GC*: the largest heap in"
                + " use after any collection, young ones included: an upper bound, old garbage not yet collected"
                + " counts. *Result*: live heap after `classer`, the result referenced, minus base. *Holding results*:"
                + " `N` × the heap of one `CotationResult` above, what keeping the results instead of the compact"
                + " arrays would take.\n\n");
        md.append("| Demandes | Ranked | Positions | Base | Peak, sampled (GCs) | Peak after any GC | Result"
                + " | Result per position | Peak − base − result | Holding results | `classer`, slowed by the GCs |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Long> r : runs) {
            long resultat = r.get("retenu") - r.get("base");
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %s | %s (%d) | %s | %s | %.1f B | %s | %s | %.0f s |%n",
                    r.get("n"), r.get("classees"), r.get("positions"), MemoireMoteur.mo(r.get("base")),
                    MemoireMoteur.mo(r.get("picEchantillonne")), r.get("echantillons"),
                    MemoireMoteur.mo(r.get("picApresGc")), MemoireMoteur.mo(resultat),
                    (double) resultat / r.get("positions"),
                    MemoireMoteur.mo(r.get("picEchantillonne") - r.get("retenu")),
                    MemoireMoteur.mo(r.get("n") * parDemande), r.get("classer") / 1e3));
        }
        md.append(String.format(Locale.ROOT, "%nIn flight whatever `N`: `classer` scores %,d demandes per batch and"
                        + " drops their results once the batch is counted; this benchmark's stock is generated in chunks"
                        + " of %,d; so at most about (%,d + %,d) demandes and %,d results at once: %s with the sizes"
                        + " above.%n", LOT, MORCEAU, MORCEAU, LOT, LOT,
                MemoireMoteur.mo((MORCEAU + LOT) * parDemandeEntree + LOT * parDemande)));
        if (runs.size() > 1) {
            Map<String, Long> a = runs.get(0);
            Map<String, Long> b = runs.get(runs.size() - 1);
            double positions = b.get("positions") - a.get("positions");
            md.append(String.format(Locale.ROOT, "%nFrom %,d to %,d demandes: the sampled peak grows by %.1f bytes per"
                            + " added position, the result by %.1f; the base by %s (the history, `N / 5`"
                            + " attributions).%n", a.get("n"), b.get("n"),
                    (b.get("picEchantillonne") - a.get("picEchantillonne")) / positions,
                    ((b.get("retenu") - b.get("base")) - (a.get("retenu") - a.get("base"))) / positions,
                    MemoireMoteur.mo(b.get("base") - a.get("base"))));
        }
        return md.toString();
    }

    /** Runs {@code main} of a class in a fresh JVM ({@code -Xmx2g}) and returns what it printed; fails if it fails. */
    private static String lancer(Class<?> classe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                classe.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String sortie = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(classe.getSimpleName() + " a échoué (" + code + ") : " + sortie);
        }
        System.err.print(sortie); // visible in the Maven log as it was measured
        return sortie;
    }
}
