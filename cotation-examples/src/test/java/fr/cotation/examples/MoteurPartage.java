package fr.cotation.examples;

import fr.cotation.CotationEngine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Engines shared by the tests of this module, built once per set of pack directories (seconds each). */
public final class MoteurPartage {
    private static final Map<List<Path>, CotationEngine> MOTEURS = new ConcurrentHashMap<>();

    private MoteurPartage() {
    }

    /** The engine with the classpath packs and these directories, built by {@code fabrique} the first time. */
    public static CotationEngine pour(List<Path> dossiers, Function<List<Path>, CotationEngine> fabrique) {
        return MOTEURS.computeIfAbsent(List.copyOf(dossiers), fabrique);
    }

    /** The engine with the classpath packs only. */
    public static CotationEngine embarque() {
        return pour(List.of(), d -> CotationEngine.builder().build());
    }
}
