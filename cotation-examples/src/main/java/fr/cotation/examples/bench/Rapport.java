package fr.cotation.examples.bench;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The one command of the benchmarks: runs the JMH benchmarks selected by its arguments (JMH's own command line,
 * as {@code org.openjdk.jmh.Main} takes it), then the start-up of fresh processes ({@link DemarrageProcessus}),
 * and writes everything as a Markdown report, with the machine and its load, to {@code target/benchmarks.md}
 * (or the file named by {@code -Dbench.report=...}). Started by {@code mvn -Pbench verify}.
 *
 * <p>Extra options, before the JMH arguments: {@code --demarrages N} runs of each start-up case (default 5;
 * 0 skips them); {@code --memoire TAILLES} the stock sizes of the memory section ({@link MemoireProcessus}, default
 * {@code 50000,200000,800000}; 0 skips it). The JMH arguments {@code none} run no JMH benchmark.
 */
public final class Rapport {
    private Rapport() {
    }

    public static void main(String[] args) throws Exception {
        int demarrages = 5;
        String memoire = "50000,200000,800000";
        List<String> jmh = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--demarrages")) {
                demarrages = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--memoire")) {
                memoire = args[++i];
            } else {
                jmh.add(args[i]);
            }
        }
        Path sortie = Path.of(System.getProperty("bench.report", "target/benchmarks.md"));
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append("Written by `fr.cotation.examples.bench.Rapport` on ").append(Instant.now()).append(".\n\n");
        md.append(machine()).append('\n');
        md.append("JMH arguments: `").append(String.join(" ", jmh)).append("`\n\n");

        String chargeAvant = charge();
        Collection<RunResult> resultats = jmh.equals(List.of("none")) ? List.of()
                : new Runner(new CommandLineOptions(jmh.toArray(String[]::new))).run();
        md.append(debits(resultats)).append('\n').append(latences(resultats)).append('\n')
                .append(demarrages(resultats)).append('\n');
        if (demarrages > 0) {
            md.append("## Start-up of a fresh process\n\n").append(DemarrageProcessus.tableau(demarrages)).append('\n');
        }
        if (!memoire.equals("0")) {
            md.append(MemoireProcessus.section(memoire, 100_000)).append('\n');
        }
        md.append("Load average (1, 5, 15 min) before the benchmarks: ").append(chargeAvant).append("; after: ")
                .append(charge()).append(". The machine may be shared: compare figures only within one report.\n");
        Files.createDirectories(sortie.toAbsolutePath().getParent());
        Files.writeString(sortie, md, StandardCharsets.UTF_8);
        System.out.println("rapport écrit : " + sortie.toAbsolutePath());
    }

    private static String machine() throws IOException {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        String cpu = "?";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        }
        return "| | |\n|---|---|\n"
                + "| CPU | " + os.getAvailableProcessors() + " × " + cpu + " |\n"
                + "| OS | " + os.getName() + " " + os.getVersion() + " (" + os.getArch() + ") |\n"
                + "| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " |\n"
                + "| Drools | " + org.drools.base.util.Drools.getFullVersion() + " |\n";
    }

    private static String charge() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String court(RunResult r) {
        String nom = r.getParams().getBenchmark();
        return nom.substring(nom.lastIndexOf('.', nom.lastIndexOf('.') - 1) + 1);
    }

    /** Throughput benchmarks: score ± 99.9 % error, and the ratio of the reference to each. */
    private static String debits(Collection<RunResult> resultats) {
        List<RunResult> debits = resultats.stream().filter(r -> r.getPrimaryResult().getScoreUnit().endsWith("/s")).toList();
        if (debits.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Throughput\n\n| Benchmark | Threads | Score | Unit | Reference ÷ this |\n|---|---:|---:|---|---:|\n");
        double reference = debits.stream().filter(r -> court(r).endsWith("referenceJava1Thread"))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
        for (RunResult r : debits) {
            double score = r.getPrimaryResult().getScore();
            md.append(String.format(Locale.ROOT, "| `%s` | %d | %,.0f ± %,.0f | %s | %s |%n", court(r), r.getParams().getThreads(),
                    score, r.getPrimaryResult().getScoreError(), r.getPrimaryResult().getScoreUnit(),
                    Double.isNaN(reference) ? "" : String.format(Locale.ROOT, "%.1f×", reference / score)));
        }
        return md.toString();
    }

    /** Sampled benchmarks: the distribution of the time of one operation. */
    private static String latences(Collection<RunResult> resultats) {
        List<RunResult> echantillons = resultats.stream()
                .filter(r -> r.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime).toList();
        if (echantillons.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Latency of one operation (JMH, every call sampled)\n\n"
                + "| Benchmark | Calls | Median | 90 % | 99 % | 99.9 % | Max | Unit |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (RunResult r : echantillons) {
            var stats = r.getPrimaryResult().getStatistics();
            md.append(String.format(Locale.ROOT, "| `%s` | %,d | %,.1f | %,.1f | %,.1f | %,.1f | %,.1f | %s |%n", court(r),
                    stats.getN(), stats.getPercentile(50), stats.getPercentile(90), stats.getPercentile(99),
                    stats.getPercentile(99.9), stats.getMax(), r.getPrimaryResult().getScoreUnit()));
        }
        return md.toString();
    }

    /** Single-shot benchmarks: the first iteration of each fork (a fresh JVM) apart from the next ones. */
    private static String demarrages(Collection<RunResult> resultats) {
        List<RunResult> coups = resultats.stream().filter(r -> !r.getPrimaryResult().getScoreUnit().endsWith("/s")
                && r.getParams().getMode() != org.openjdk.jmh.annotations.Mode.SampleTime).toList();
        if (coups.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Cold start (JMH, single shot)\n\n| Benchmark | Fresh JVM, 1st iteration of each fork | Warm JVM, later iterations | Unit |\n|---|---|---|---|\n");
        for (RunResult r : coups) {
            List<Double> premieres = new ArrayList<>();
            List<Double> suivantes = new ArrayList<>();
            for (BenchmarkResult fork : r.getBenchmarkResults()) {
                List<IterationResult> its = new ArrayList<>(fork.getIterationResults());
                for (int i = 0; i < its.size(); i++) {
                    (i == 0 ? premieres : suivantes).add(its.get(i).getPrimaryResult().getScore());
                }
            }
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s |%n", court(r), resume(premieres), resume(suivantes),
                    r.getPrimaryResult().getScoreUnit()));
        }
        return md.toString();
    }

    private static String resume(List<Double> v) {
        if (v.isEmpty()) {
            return "";
        }
        List<Double> t = v.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %,.0f (%,.0f–%,.0f, n=%d)", t.get(t.size() / 2), t.get(0), t.get(t.size() - 1),
                t.size());
    }
}
