package fr.cotation.paca;

import fr.cotation.CotationEngine;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.scenario.ScenarioFile;
import fr.cotation.scenario.ScenarioResult;
import fr.cotation.scenario.Scenarios;
import fr.cotation.testing.EngineProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The lean set-up of docs/embarquer.md: an application whose packs are all precompiled (the PACA jar's) runs without
 * the Java compiler that compiles DRL consequences (ECJ, drools-ecj) and without ANTLR 3. Run by the surefire execution
 * {@code sans-compilateur-drl} of this module's pom, whose class path lacks the jars that set-up excludes; the default
 * execution skips this class. drools-compiler itself cannot go: drools-mvel's MVELConstraint, which every compiled
 * constraint is, needs its EvaluatorWrapper to load, and drools-core's class loader needs kie-memory-compiler's
 * StoreClassLoader (docs/embarquer.md says what was tried).
 */
class SansCompilateurDrlTest {
    /** Set by the surefire execution that removes the compiler's jars from the class path. */
    static final String PROPRIETE = "cotation.sansCompilateurDrl";

    @BeforeAll
    static void seulementSansLeCompilateur() {
        assumeTrue(Boolean.getBoolean(PROPRIETE), "run by the surefire execution sans-compilateur-drl");
    }

    @Test
    void theCompilersJarsAreNotOnTheClassPath() {
        // ECJ and ANTLR 3 stay: the engine reads every rule's consequence with ECJ's parser and the DRL with Drools'
        // parser when it loads a pack, precompiled or not (docs/embarquer.md)
        for (String classe : List.of("org.drools.ecj.EclipseJavaCompiler")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(classe), classe);
        }
    }

    @Test
    void everyPacaGrilleIsReadPrecompiledAndNoneIsCompiled() {
        EngineProbe probe = EngineProbe.classpath(getClass().getClassLoader(), null, true);
        assertEquals(List.of(), probe.problemesPacks());
        assertEquals(Map.of(), probe.compilations());
        assertEquals(0, probe.cacheUse().rejected());
        int grilles = probe.packs().stream().mapToInt(p -> probe.grille(p.id(), p.version(), PackDescriptor.MUTATION)
                .isPresent() ? 2 : 1).sum();
        assertTrue(probe.packs().size() >= 20, probe.packs().size() + " packs");
        assertEquals(grilles, probe.cacheUse().read(), "every grille read from the jar's precompiled entries");
    }

    /** A grille without a precompiled entry cannot be compiled here: each pack says so and why, in French. */
    @Test
    void withoutThePrecompiledGrillesEachPackReportsTheMissingCompiler() {
        EngineProbe probe = EngineProbe.classpath(getClass().getClassLoader(), null, false);
        List<fr.cotation.ProblemePack> problemes = probe.problemesPacks();
        assertTrue(problemes.size() >= 20, problemes.toString());
        for (fr.cotation.ProblemePack p : problemes) {
            assertTrue(p.message().contains("ni compilée d'avance") && p.message().contains("org.drools:drools-ecj")
                    && p.message().contains("n'est pas sur le class path"), p.toString());
        }
    }

    @Test
    void everyScenarioOfThePacaPacksPassesWithoutTheCompiler() {
        CotationEngine engine = CotationEngine.builder().build();
        assertEquals(List.of(), engine.problemesPacks());
        ClassLoader loader = getClass().getClassLoader();
        List<String> echecs = new ArrayList<>();
        int n = 0;
        for (String ressource : Scenarios.findOnClasspath(loader)) {
            // a base's scenarios are played in each territory that applies it alone
            for (ScenarioFile fichier : Scenarios.readAll(ressource, Scenarios.text(loader, ressource), engine, t -> true))
            for (var s : fichier.scenarios()) {
                ScenarioResult r = Scenarios.run(s, engine);
                n++;
                if (!r.passed()) {
                    echecs.add(r.report());
                }
            }
        }
        assertEquals(List.of(), echecs);
        assertTrue(n >= 50, n + " scenarios");
    }
}
