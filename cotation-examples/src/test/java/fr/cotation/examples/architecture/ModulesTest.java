package fr.cotation.examples.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only cotation-core uses {@code fr.cotation.internal}: read from the compiled classes (main and test) of the other
 * modules, so that a field, a call, a parameter, a superclass, an annotation or a class literal counts, not only an
 * import. The other modules' tests use the public API or the core's test fixture {@code fr.cotation.testing}.
 */
class ModulesTest {
    private static final String INTERNE = "fr.cotation.internal..";

    /** No class of another module depends on an internal class. */
    static final ArchRule AUCUN_INTERNE = noClasses().should().dependOnClassesThat().resideInAPackage(INTERNE)
            .because("fr.cotation.internal n'est pas une API : les autres modules passent par l'API publique");

    @Test
    void noOtherModuleDependsOnTheCoreInternals() {
        List<Path> dossiers = List.of(
                Path.of("cotation-rules-paca", "target", "classes"),
                Path.of("cotation-rules-paca", "target", "test-classes"),
                Path.of("cotation-examples", "target", "classes"),
                Path.of("cotation-examples", "target", "test-classes"));
        JavaClasses classes = importer(dossiers);
        AUCUN_INTERNE.check(classes);
    }

    /**
     * The classement, the fiche, the CALEOL shortlist and the fairness suite read the facts of a demande through the
     * public read-only view ({@code FaitsDerives}), as an embedding application does, never through the derivation
     * itself; and no package reaches a setting of another through a static hook in {@code internal}.
     */
    static final ArchRule FAITS_PAR_LA_VUE = noClasses().that().resideInAnyPackage("fr.cotation.classement..",
                    "fr.cotation.fiche..", "fr.cotation.attribution..", "fr.cotation.equite..")
            .should().dependOnClassesThat().resideInAPackage("fr.cotation.internal.derivation..")
            .because("les faits dérivés d'une demande s'obtiennent par la vue publique FaitsDerives");

    @Test
    void rankingFicheShortlistAndFairnessReadDerivedFactsThroughThePublicView() {
        JavaClasses core = importer(List.of(Path.of("cotation-core", "target", "classes")));
        FAITS_PAR_LA_VUE.check(core);
        assertTrue(core.stream().noneMatch(c -> c.getName().equals("fr.cotation.internal.ClassementInterne")),
                "le classement n'a plus de porte dérobée statique");
    }

    /** The rule sees dependencies: in the core itself, the public engine depends on its internal implementation. */
    @Test
    void theRuleFindsTheCoresOwnUseOfItsInternals() {
        JavaClasses core = importer(List.of(Path.of("cotation-core", "target", "classes")));
        EvaluationResult r = AUCUN_INTERNE.evaluate(core);
        assertTrue(r.hasViolation());
        assertTrue(r.getFailureReport().getDetails().stream().anyMatch(l -> l.contains("fr.cotation.CotationEngine")),
                "CotationEngine utilise fr.cotation.internal.engine.Moteur");
    }

    /**
     * The classes of these folders (relative to the repository's root), each of which must hold classes, except the
     * PACA jar's (packs and data only, today).
     */
    static JavaClasses importer(List<Path> dossiers) {
        Path racine = Racine.racine();
        for (Path d : dossiers) {
            Path p = racine.resolve(d);
            assertTrue(Files.isDirectory(p), p + " absent : compiler d'abord les modules (mvn -B verify)");
            if (!d.equals(Path.of("cotation-rules-paca", "target", "classes"))) {
                try (Stream<Path> f = Files.walk(p)) {
                    assertTrue(f.anyMatch(c -> c.toString().endsWith(".class")), "aucune classe dans " + p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ClassFileImporter().importPaths(dossiers.stream().map(racine::resolve).toList());
    }
}
