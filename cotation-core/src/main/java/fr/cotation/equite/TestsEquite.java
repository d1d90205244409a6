package fr.cotation.equite;

import fr.cotation.CotationEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * The fairness suite as JUnit 5 tests: extend this class in your test sources, give the engine with your pack, and
 * each property becomes one test, whose failure message gives the seed, the index and the shrunk counterexample in
 * JSON.
 *
 * <pre>{@code
 * class EquiteDeMaGrilleTest extends TestsEquite {
 *     @Override
 *     protected CotationEngine engine() {
 *         return CotationEngine.builder().packDirectory(Path.of("src/main/packs")).build();
 *     }
 *
 *     @Override
 *     protected SuiteEquite.Builder configurer(SuiteEquite.Builder suite) {
 *         return suite.pack("pays-des-paillons", "2025.1").cas(2000);
 *     }
 * }
 * }</pre>
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} on the test classpath: an optional dependency of
 * {@code cotation-core}, which a JUnit 5 project has already. Without JUnit, call {@link SuiteEquite} directly.
 */
public abstract class TestsEquite {

    /** For subclasses. */
    protected TestsEquite() {
    }

    /** The engine that loads the pack to verify. */
    protected abstract CotationEngine engine();

    /**
     * The suite's settings (pack, seed, number of cases, date); by default the engine's only territorial pack, seed 0,
     * 1,000 cases.
     */
    protected SuiteEquite.Builder configurer(SuiteEquite.Builder suite) {
        return suite;
    }

    /** One test per fairness property, named after it; the suite runs once for all of them. */
    @TestFactory
    public Stream<DynamicTest> proprietesDEquite() {
        RapportEquite rapport = configurer(SuiteEquite.builder(engine())).build().verifier();
        return rapport.proprietes().stream().map(p -> DynamicTest.dynamicTest(
                p.propriete().numero() + ". " + p.propriete().libelle() + " (" + p.cas() + " cas)", () -> {
                    if (!p.reussie()) {
                        throw new AssertionError(message(rapport, p));
                    }
                }));
    }

    /** A property's failure as a test prints it: the summary, then the shrunk demande in JSON. */
    static String message(RapportEquite rapport, ProprieteResult p) {
        StringBuilder sb = new StringBuilder(rapport.pack()).append(' ').append(rapport.version()).append(" : ")
                .append(rapport.resume().get(rapport.proprietes().indexOf(p)));
        if (p.contreExemple() != null) {
            sb.append("\ndemande réduite :\n").append(p.contreExemple().reduiteJson());
        }
        return sb.toString();
    }
}
