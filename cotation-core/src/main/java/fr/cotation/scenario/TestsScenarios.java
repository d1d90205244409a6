package fr.cotation.scenario;

import fr.cotation.CotationEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files of an EPCI's packs as JUnit 5 tests, for the EPCI's own Maven project: extend this class in your
 * test sources and name the folder of your packs; every scenario of every {@code scenarios/*.yaml} file under it
 * becomes one test, named after its file and scenario, whose failure message is the side-by-side report (expected
 * and actual lines). A file that cannot be read is one failing test listing every problem of the file; a pack that
 * does not load is one failing test listing its problems, in French with file and line.
 *
 * <pre>{@code
 * class ScenariosDeMaGrilleTest extends TestsScenarios {
 *     @Override
 *     protected Path dossier() {
 *         return Path.of("src/main/cotation");     // pack.yaml, regles/, scenarios/ of each pack
 *     }
 * }
 * }</pre>
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} on the test class path: an optional dependency of
 * {@code cotation-core}, so an application that embeds the library never gets JUnit at run time, and a JUnit 5 project
 * has it already (declare {@code cotation-core} in the {@code test} scope, see docs/ecrire-une-grille.md for a
 * complete pom). Without JUnit, call {@link Scenarios#find}, {@link Scenarios#read(Path)} and
 * {@link Scenarios#run} directly.
 */
public abstract class TestsScenarios {

    /** For subclasses. */
    protected TestsScenarios() {
    }

    /** The folder of the packs to test, with their scenario files ({@code <pack>/scenarios/*.yaml}). */
    protected abstract Path dossier();

    /**
     * The engine that scores the scenarios: by default the packs on the class path (bases a pack extends, such as
     * {@code paca-base}) and those of {@link #dossier()}.
     */
    protected CotationEngine engine() {
        return CotationEngine.builder().packDirectory(dossier()).build();
    }

    /** One test for the loading of the packs, then one per scenario. */
    @TestFactory
    public Stream<DynamicTest> scenarios() {
        return tests(engine(), dossier());
    }

    /**
     * The tests of every scenario file under {@code dossier}, scored by {@code engine}: first one that fails when a
     * pack does not load, then one per scenario (or one per unreadable file).
     */
    public static Stream<DynamicTest> tests(CotationEngine engine, Path dossier) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("les packs de " + dossier + " se chargent", () -> {
            if (!Files.isDirectory(dossier)) {
                throw new AssertionError(dossier + " n'est pas un dossier");
            }
            if (!engine.problemesPacks().isEmpty()) {
                StringBuilder sb = new StringBuilder("packs non chargés :");
                engine.problemesPacks().forEach(p -> sb.append('\n').append(p));
                throw new AssertionError(sb.toString());
            }
        }));
        if (!Files.isDirectory(dossier)) {
            return tests.stream();
        }
        for (Path fichier : Scenarios.find(dossier)) {
            String nom = dossier.relativize(fichier).toString();
            ScenarioFile lu;
            try {
                lu = Scenarios.read(fichier);
            } catch (ScenarioException e) {
                tests.add(DynamicTest.dynamicTest(nom + " › lecture du fichier", ligne(fichier, 1), () -> {
                    throw new AssertionError(e.getMessage(), e);
                }));
                continue;
            }
            for (Scenario s : lu.scenarios()) {
                tests.add(DynamicTest.dynamicTest(nom + " › " + s.nom(), ligne(fichier, s.ligne()), () -> {
                    ScenarioResult r = Scenarios.run(s, engine);
                    if (!r.passed()) {
                        throw new AssertionError(r.report());
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Where a scenario is, for IDEs that open a test's source. */
    private static URI ligne(Path fichier, int ligne) {
        return URI.create(fichier.toUri() + "?line=" + ligne);
    }
}
