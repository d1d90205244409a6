package fr.cotation.examples.architecture;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application that depends on cotation-core (and the PACA packs) gets no JUnit on its runtime class path: the
 * JUnit base classes of the audit suites ({@code TestsEquite}, {@code TestsScenarios}) compile against
 * {@code junit-jupiter-api}, an optional dependency of the core that Maven does not pass on. This module is such an
 * application; the class path read here is the one Maven resolved for its runtime ({@code maven-dependency-plugin},
 * {@code target/classpath-runtime.txt}), not the test class path of this run, which has JUnit.
 */
class ClasspathApplicationTest {

    @Test
    void theRuntimeClassPathOfAnApplicationHasNoJUnit() throws IOException {
        Path fichier = Racine.racine().resolve("cotation-examples/target/classpath-runtime.txt");
        assertTrue(Files.isRegularFile(fichier), fichier + " absent : construire le module avec Maven");
        List<String> entrees = Arrays.asList(Files.readString(fichier).trim().split(File.pathSeparator));
        // in a reactor build the core is its jar (after package) or its target/classes folder
        assertTrue(entrees.stream().anyMatch(e -> e.contains("cotation-core")), "le cœur y est : " + entrees);
        List<String> jars = entrees.stream().map(j -> Path.of(j).getFileName().toString()).toList();
        assertTrue(jars.stream().anyMatch(j -> j.startsWith("drools-core-")), "ses dépendances aussi : " + jars);
        assertEquals(List.of(), jars.stream().filter(j -> j.startsWith("junit-") || j.startsWith("opentest4j-")
                || j.startsWith("apiguardian-")).toList(), "JUnit sur le chemin d'exécution d'une application");
    }
}
