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
                engine.problems(), "packs non chargés : leurs scénarios échoueraient")));
        ClassLoader loader = ScenarioRunnerTest.class.getClassLoader();
        for (String ressource : Scenarios.findOnClasspath(loader)) {
            String nom = ressource.startsWith(PACKS) ? ressource.substring(PACKS.length()) : ressource;
            tests.addAll(tests(nom, ligne -> URI.create("classpath:/" + ressource + "?line=" + ligne),
                    () -> Scenarios.readResource(loader, ressource), engine));
        }
        for (Path dir : repertoires) {
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
