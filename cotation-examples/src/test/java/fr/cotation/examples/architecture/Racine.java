package fr.cotation.examples.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root folder, from this module's base directory (the tests run in it). */
final class Racine {
    private Racine() {
    }

    static Path racine() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        Path racine = Files.isRegularFile(module.resolve("cotation-core/pom.xml")) ? module : module.getParent();
        if (!Files.isRegularFile(racine.resolve("cotation-core/pom.xml"))) {
            throw new IllegalStateException("racine du dépôt introuvable depuis " + module);
        }
        return racine;
    }
}
