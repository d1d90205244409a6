package fr.cotation.testing;

import fr.cotation.CotationEngine;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Engines over the test packs of {@code src/test/resources/packs}, built once per folder and shared (an engine is immutable). */
public final class Moteurs {
    private static final Map<String, CotationEngine> CACHE = new ConcurrentHashMap<>();

    private Moteurs() {
    }

    /** The engine loading every pack under {@code packs/<dossier>} of the test resources, and nothing from the classpath. */
    public static CotationEngine packs(String dossier) {
        return CACHE.computeIfAbsent(dossier, d -> builder().packDirectory(ressource("packs/" + d)).build());
    }

    /** A builder with the test registry and no classpath pack. */
    public static CotationEngine.Builder builder() {
        return CotationEngine.builder().withoutClasspathPacks().referentiel(Registre.referentiel());
    }

    /** An engine over a directory (for packs written in a {@code @TempDir}). */
    public static CotationEngine depuis(Path dossier) {
        return builder().packDirectory(dossier).build();
    }

    /** A folder of the test resources, as a path. */
    public static Path ressource(String chemin) {
        URL url = Objects.requireNonNull(Moteurs.class.getResource("/" + chemin), "ressource de test absente : " + chemin);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
