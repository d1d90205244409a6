package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shaded jar, after {@code package}: {@code java -jar target/cotation.jar score ...} in a child JVM scores with
 * Drools from the fat jar (service files merged, signatures dropped), and the jar holds every pack of every pack jar.
 */
class CotationJarIT {
    private static final Path JAR = Path.of("target", "cotation.jar");

    @Test
    void the_fat_jar_scores_json_and_national_xml_in_a_child_jvm() throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "construire d'abord le jar : mvn -B package");
        Path out = Files.createTempFile("cotation-it", ".out");
        Path err = Files.createTempFile("cotation-it", ".err");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    JAR.toString(), "coter", "--date", CoterCommandeTest.DATE, "--commune", "06088",
                    fixture("cli/une-demande.json"), fixture("sne/deux-demandes.xml"))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "trop long");
            String sortie = Files.readString(out, StandardCharsets.UTF_8);
            String erreurs = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), sortie + erreurs);
            List<String> deuxFois = new ArrayList<>(CoterCommandeTest.LIGNES_UNE_DEMANDE);
            deuxFois.addAll(CoterCommandeTest.LIGNES_UNE_DEMANDE);
            assertEquals(deuxFois, CoterCommandeTest.lignesDe(sortie, CoterCommandeTest.NUMERO), sortie);
            assertTrue(sortie.contains("0060621042800009A0601  Nice (06088)"), sortie);
            assertEquals("lues: 3, cotées: 3, rejetées: 0\n", erreurs, "quiet: no engine log, no progress when redirected");
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The grilles of the PACA jar, compiled when it was built ({@code META-INF/cotation/compilees}), are in the fat
     * jar and their keys match there: a run compiles no grille (the engine's debug log says what it reads).
     */
    @Test
    void the_fat_jar_reads_the_grilles_compiled_at_build_time_and_compiles_none() throws IOException, InterruptedException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertTrue(jar.stream().anyMatch(e -> e.getName().matches("META-INF/cotation/compilees/[0-9a-f]{64}\\.kpkg")));
        }
        Path err = Files.createTempFile("cotation-it", ".err");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.slf4j.simpleLogger.log.fr.cotation.internal.engine=debug", "-jar", JAR.toString(), "coter",
                    "--date", CoterCommandeTest.DATE, fixture("cli/une-demande.json"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "trop long");
            String erreurs = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), erreurs);
            assertFalse(erreurs.contains("compilée depuis son DRL"), erreurs);
            assertTrue(erreurs.contains("grille compilée lue du class path"), erreurs);
            assertFalse(erreurs.contains("cache de compilation"), "no entry rejected: " + erreurs);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /**
     * {@code --cache} across processes: the first run compiles the grille of a pack folder and writes it sealed with
     * the user's key (created in {@code $XDG_CONFIG_HOME/cotation/cle-cache}); the second, another JVM, reads it and
     * compiles nothing. With a secret drawn per process (the engine's default), the second run would compile again.
     */
    @Test
    void a_second_process_reads_the_cache_sealed_with_the_users_key() throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("cotation-it-cache");
        try {
            String premier = lancerAvecCache(tmp);
            assertTrue(premier.contains("compilée depuis son DRL"), premier);
            assertTrue(Files.isRegularFile(tmp.resolve("config/cotation/cle-cache")));
            String second = lancerAvecCache(tmp);
            assertTrue(second.contains("grille compilée lue du cache de compilation"), second);
            assertFalse(second.contains("compilée depuis son DRL"), second);
            assertFalse(second.contains("scellée par un autre processus"), second);
        } finally {
            try (var fichiers = Files.walk(tmp)) {
                fichiers.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** One run of the jar with {@code --cache tmp/cache} and its key under {@code tmp/config}: its error stream. */
    private static String lancerAvecCache(Path tmp) throws IOException, InterruptedException {
        Path err = tmp.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.log.fr.cotation.internal.engine=debug", "-jar", JAR.toString(),
                "--cache", tmp.resolve("cache").toString(), "coter", "--date", CoterCommandeTest.DATE,
                "--packs", fixture("cli/packs"), fixture("cli/une-demande.json"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        pb.environment().remove(CleCache.VARIABLE);
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "trop long");
        String erreurs = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), erreurs);
        return erreurs;
    }

    @Test
    void the_fat_jar_merges_services_and_pack_registries_and_drops_signatures() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("fr.cotation.examples.cli.CotationCli", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(jar.stream().noneMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|DSA|RSA)")), "signatures");
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("fr/cotation/examples/bench/")), "benchmarks");
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/openjdk/jmh/")), "JMH");
            // both wirings of Drools declare the same service: each line survives
            assertEquals(2, lignes(jar, "META-INF/services/org.drools.wiring.api.ComponentsSupplier").size());
            // every pack and registry of the pack jars on the class path is listed in the fat jar
            assertEquals(classpath("META-INF/cotation/packs"), new TreeSet<>(lignes(jar, "META-INF/cotation/packs")));
            assertEquals(classpath("META-INF/cotation/referentiels"),
                    new TreeSet<>(lignes(jar, "META-INF/cotation/referentiels")));
            assertFalse(classpath("META-INF/cotation/packs").isEmpty());
        }
    }

    private static List<String> lignes(JarFile jar, String nom) throws IOException {
        ZipEntry e = jar.getEntry(nom);
        assertNotNull(e, nom);
        try (InputStream in = jar.getInputStream(e)) {
            return utiles(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Set<String> classpath(String nom) throws IOException {
        Set<String> s = new TreeSet<>();
        for (URL u : Collections.list(CotationJarIT.class.getClassLoader().getResources(nom))) {
            try (InputStream in = u.openStream()) {
                s.addAll(utiles(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return s;
    }

    private static List<String> utiles(String texte) {
        return texte.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
