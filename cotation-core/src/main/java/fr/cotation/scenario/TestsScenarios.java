package fr.cotation.scenario;

import fr.cotation.CotationEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.io.IOException;
import java.io.UncheckedIOException;
import fr.cotation.pack.PackDescriptor;
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
     * pack does not load, then one per scenario (or one per unreadable file), then one that fails when a pack's own
     * file repeats a scenario of its base ({@link Scenarios#repetitions}).
     *
     * <p>The scenarios of a base (<i>socle</i>: a file whose {@code pack} is a base that packs extend, in the
     * folder or in a jar's {@value Scenarios#REGISTRE}) are played in each pack of the folder that applies the base
     * without rules of its own ({@link Scenarios#territories}), named {@code <file> › <pack> › <scenario>}: a
     * territory that only applies a base needs its {@code pack.yaml} and nothing else.
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
        Set<String> packs = packsDe(dossier);
        Predicate<PackDescriptor> duDossier = t -> packs.contains(t.id());
        List<ScenarioFile> socle = new ArrayList<>();
        List<ScenarioFile> propres = new ArrayList<>();
        for (Path fichier : Scenarios.find(dossier)) {
            String nom = dossier.relativize(fichier).toString();
            List<ScenarioFile> lus;
            boolean deSocle;
            try {
                String texte = Scenarios.text(fichier);
                deSocle = Scenarios.packOf(texte).filter(b -> Scenarios.isBase(engine, b)).isPresent();
                lus = Scenarios.readAll(fichier.toString(), texte, engine, duDossier);
            } catch (ScenarioException e) {
                tests.add(DynamicTest.dynamicTest(nom + " › lecture du fichier", ligne(fichier.toUri(), 1), () -> {
                    throw new AssertionError(e.getMessage(), e);
                }));
                continue;
            }
            (deSocle ? socle : propres).addAll(lus);
            lus.forEach(f -> ajouter(tests, nom, fichier.toUri(), f, engine));
        }
        // the scenarios of a base shipped in a jar (paca-base's in cotation-rules-paca), for the folder's packs
        ClassLoader l = Thread.currentThread().getContextClassLoader() == null
                ? TestsScenarios.class.getClassLoader() : Thread.currentThread().getContextClassLoader();
        for (String ressource : Scenarios.findOnClasspath(l)) {
            String texte;
            try {
                texte = Scenarios.text(l, ressource);
            } catch (ScenarioException e) {
                continue; // a jar's broken file is the jar's test to report
            }
            if (Scenarios.packOf(texte).filter(b -> Scenarios.isBase(engine, b)).isEmpty()) {
                continue;
            }
            java.net.URL url = l.getResource(ressource);
            URI uri = url == null ? URI.create("classpath:/" + ressource) : URI.create(url.toString());
            try {
                for (ScenarioFile f : Scenarios.readAll("classpath:" + ressource, texte, engine, duDossier)) {
                    socle.add(f);
                    ajouter(tests, ressource, uri, f, engine);
                }
            } catch (ScenarioException e) {
                tests.add(DynamicTest.dynamicTest(ressource + " › lecture du fichier", uri, () -> {
                    throw new AssertionError(e.getMessage(), e);
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("aucun scénario d'un pack ne répète un scénario de son socle ou d'un autre"
                + " pack", () -> {
            List<String> repetitions = Scenarios.repetitions(socle, propres);
            if (!repetitions.isEmpty()) {
                throw new AssertionError(String.join("\n", repetitions));
            }
        }));
        return tests.stream();
    }

    /** One test per scenario of a file as played; a base's scenarios are named after the territory too. */
    private static void ajouter(List<DynamicTest> tests, String nom, URI fichier, ScenarioFile f, CotationEngine engine) {
        for (Scenario s : f.scenarios()) {
            tests.add(DynamicTest.dynamicTest(nom + " › " + s.nom(), ligne(fichier, s.ligne()), () -> {
                ScenarioResult r = Scenarios.run(s, engine);
                if (!r.passed()) {
                    throw new AssertionError(r.report());
                }
            }));
        }
    }

    /** The ids of the packs of a folder (the {@code id} of each {@code pack.yaml} under it). */
    static Set<String> packsDe(Path dossier) {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dossier)) {
            for (Path p : walk.filter(f -> f.getFileName() != null && f.getFileName().toString().equals("pack.yaml"))
                    .toList()) {
                try {
                    Scenarios.texte(Files.readString(p), "id").ifPresent(ids::add);
                } catch (IOException e) {
                    // an unreadable descriptor is reported by the loading test
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** Where a scenario is, for IDEs that open a test's source. */
    private static URI ligne(URI fichier, int ligne) {
        return URI.create(fichier + "?line=" + ligne);
    }
}
