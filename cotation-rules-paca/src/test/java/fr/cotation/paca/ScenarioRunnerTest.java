package fr.cotation.paca;

import fr.cotation.CotationEngine;
import fr.cotation.scenario.Scenario;
import fr.cotation.scenario.ScenarioFile;
import fr.cotation.scenario.ScenarioResult;
import fr.cotation.scenario.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one generic runner of scenario files (docs/scenarios.md): one dynamic test per scenario, named after its file
 * and its name, for every file listed in {@code META-INF/cotation/scenarios} on the classpath and every file under
 * the directories of the system property {@value #PROPRIETE} (separated by commas or the path separator), which are
 * also loaded as pack directories:
 *
 * <pre>
 * mvn -B -pl cotation-rules-paca -am verify -Dtest=ScenarioRunnerTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcotation.scenarios=/chemin/vers/mes-packs
 * </pre>
 *
 * A failing scenario's message is its report: expected and actual lines side by side.
 */
class ScenarioRunnerTest {
    /** System property: directories of an EPCI's packs and scenario files. */
    static final String PROPRIETE = "cotation.scenarios";
    /** Prefix of the classpath packs, left out of test names. */
    static final String PACKS = "cotation/packs/";

    static List<Path> repertoires;
    static CotationEngine engine;

    @BeforeAll
    static void load() {
        repertoires = repertoires(System.getProperty(PROPRIETE));
        CotationEngine.Builder builder = CotationEngine.builder();
        repertoires.forEach(builder::packDirectory);
        engine = builder.build();
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("les packs se chargent sans problème", () -> assertEquals(List.of(),
                engine.problemesPacks(), "packs non chargés : leurs scénarios échoueraient")));
        ClassLoader loader = ScenarioRunnerTest.class.getClassLoader();
        for (String ressource : Scenarios.findOnClasspath(loader)) {
            String nom = ressource.startsWith(PACKS) ? ressource.substring(PACKS.length()) : ressource;
            tests.addAll(tests(nom, ligne -> URI.create("classpath:/" + ressource + "?line=" + ligne),
                    () -> Scenarios.readResource(loader, ressource), engine));
        }
        for (Path dir : repertoires) {
            if (!Files.isDirectory(dir)) {
                tests.add(DynamicTest.dynamicTest(dir + " › dossier introuvable", () -> {
                    throw new AssertionFailedError("-D" + PROPRIETE + " : " + dir + " n'est pas un dossier");
                }));
                continue;
            }
            for (Path fichier : Scenarios.find(dir)) {
                tests.addAll(tests(dir.relativize(fichier).toString(), ligne -> URI.create(fichier.toUri() + "?line=" + ligne),
                        () -> Scenarios.read(fichier), engine));
            }
        }
        return tests.stream();
    }

    /** Where a line of a file is, for IDEs. */
    interface Source {
        URI ligne(int ligne);
    }

    /** Reads a file. */
    interface Lecture {
        ScenarioFile lire();
    }

    /**
     * The tests of one file: one per scenario, or a single failing test when the file cannot be read (its message
     * lists every problem of the file).
     */
    static List<DynamicTest> tests(String nom, Source source, Lecture lecture, CotationEngine engine) {
        ScenarioFile fichier;
        try {
            fichier = lecture.lire();
        } catch (RuntimeException e) {
            return List.of(DynamicTest.dynamicTest(nom + " › lecture du fichier", source.ligne(1), () -> {
                throw new AssertionFailedError(e.getMessage(), e);
            }));
        }
        return fichier.scenarios().stream()
                .map(s -> DynamicTest.dynamicTest(nom + " › " + s.nom(), source.ligne(s.ligne()), verifier(s, engine)))
                .toList();
    }

    /** Runs one scenario; a failure's message is the side-by-side report. */
    static Executable verifier(Scenario scenario, CotationEngine engine) {
        return () -> {
            ScenarioResult r = Scenarios.run(scenario, engine);
            if (!r.passed()) {
                throw new AssertionFailedError(r.report());
            }
        };
    }

    static List<Path> repertoires(String propriete) {
        if (propriete == null || propriete.isBlank()) {
            return List.of();
        }
        return Arrays.stream(propriete.split("[," + File.pathSeparator + "]")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> Path.of(s).toAbsolutePath()).toList();
    }

    // ---------------------------------------------------------------------- the runner fails when it should

    /** The deliberately wrong files of the test resources (not listed in the registry, so not run above). */
    static List<DynamicTest> testsFaux(String fichier) {
        Path dir = Path.of(URI.create(String.valueOf(ScenarioRunnerTest.class.getResource("/scenarios-faux/"))));
        Path f = Scenarios.find(dir).stream().filter(p -> p.getFileName().toString().equals(fichier)).findFirst()
                .orElseThrow();
        return tests(dir.relativize(f).toString(), ligne -> f.toUri(), () -> Scenarios.read(f), engine);
    }

    @Test
    void a_wrong_scenario_fails_with_the_expected_and_the_actual_lines_side_by_side() throws Throwable {
        List<DynamicTest> tests = testsFaux("faux.yaml");
        assertEquals(List.of("mon-epci/scenarios/faux.yaml › Juste",
                        "mon-epci/scenarios/faux.yaml › Faux : un mois d'ancienneté de trop, la fraude oubliée"),
                tests.stream().map(DynamicTest::getDisplayName).toList());
        tests.get(0).getExecutable().execute(); // the right one passes

        AssertionFailedError e = assertThrows(AssertionFailedError.class, tests.get(1).getExecutable()::execute);
        String m = e.getMessage();
        assertTrue(m.startsWith("Scénario « Faux : un mois d'ancienneté de trop, la fraude oubliée » ("), m);
        assertTrue(m.contains("faux.yaml:15) : ÉCHEC, 3 écarts"), m);
        assertTrue(m.lines().anyMatch(l -> l.matches("\\s*critère\\s+attendu\\s+obtenu")), m);
        assertTrue(m.lines().anyMatch(l -> l.matches("\\s*ANCIENNETE\\s+13\\s+12\\s+<-- écart")), m);
        assertTrue(m.lines().anyMatch(l -> l.matches("\\s*NCA_FRAUDE\\s+—\\s+-50\\s+<-- écart \\(non attendu\\)")), m);
        assertTrue(m.lines().anyMatch(l -> l.matches("\\s*total\\s+13\\s+-38\\s+<-- écart")), m);
    }

    @Test
    void an_unknown_key_fails_the_file_naming_the_file_the_scenario_and_the_key() {
        List<DynamicTest> tests = testsFaux("cle-inconnue.yaml");
        assertEquals(List.of("mon-epci/scenarios/cle-inconnue.yaml › lecture du fichier"),
                tests.stream().map(DynamicTest::getDisplayName).toList());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, tests.get(0).getExecutable()::execute);
        String m = e.getMessage();
        assertTrue(m.contains("cle-inconnue.yaml:11 : scénario « Clé mal orthographiée » : clé inconnue « ligne »"
                + " (voulez-vous dire « lignes » ?)"), m);
        assertTrue(m.contains("cle-inconnue.yaml:4 : scénario « Clé mal orthographiée » : clé « lignes » absente"), m);
    }

    /** A scenario file added to a pack folder but not listed in the registry would silently never run. */
    @Test
    void every_scenario_file_of_the_packs_is_listed_in_the_registry() throws IOException {
        Path racine = Path.of("src/main/resources");
        assumeTrue(Files.isDirectory(racine.resolve(PACKS)), "run from the module's folder");
        List<String> presents = Scenarios.find(racine.resolve(PACKS)).stream()
                .map(p -> racine.relativize(p).toString().replace(File.separatorChar, '/')).sorted().toList();
        assertEquals(presents, Scenarios.findOnClasspath(ScenarioRunnerTest.class.getClassLoader()),
                "META-INF/cotation/scenarios doit lister chaque fichier de scénarios des packs");
    }
}
