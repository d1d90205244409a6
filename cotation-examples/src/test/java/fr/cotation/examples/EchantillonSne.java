package fr.cotation.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real document of the national format kept next to the project ({@code ../shared/domain/examples/}, AGPL: read
 * there, never copied into the project). Tests that use it are skipped when that folder is absent.
 */
public final class EchantillonSne {
    private EchantillonSne() {
    }

    /** Its path, relative to the project root; the tests run from the module's folder. */
    public static Path chemin() {
        Path module = Path.of("").toAbsolutePath();
        Path racine = Files.exists(module.resolve("cotation-examples")) ? module : module.getParent();
        return racine.resolve("../shared/domain/examples/interfaceNuu-sample.xml").normalize();
    }

    /** Whether it is there. */
    public static boolean present() {
        return Files.isRegularFile(chemin());
    }
}
