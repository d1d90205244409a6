package fr.cotation.examples.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * After {@code package}: each module's jar names its module in its manifest ({@code Automatic-Module-Name}), so
 * that an application on the module path requires a stable name.
 */
class ModuleNamesIT {

    @Test
    void everyJarNamesItsModule() throws IOException {
        Path racine = Racine.racine();
        assertEquals("fr.cotation.core", nom(racine.resolve("cotation-core/target"), "cotation-core-"));
        assertEquals("fr.cotation.rules.paca", nom(racine.resolve("cotation-rules-paca/target"), "cotation-rules-paca-"));
        assertEquals("fr.cotation.examples", nom(racine.resolve("cotation-examples/target"), "cotation-examples-"));
    }

    /** The Automatic-Module-Name of the module's one main jar in this folder. */
    private static String nom(Path target, String prefixe) throws IOException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(target)) {
            jars = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefixe) && n.endsWith(".jar") && !n.endsWith("-tests.jar")
                        && !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar");
            }).toList();
        }
        assertEquals(1, jars.size(), "un seul jar du module dans " + target + " : " + jars);
        try (JarFile jar = new JarFile(jars.get(0).toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        }
    }
}
