package fr.cotation.paca;

import fr.cotation.CotationEngine;

/** The engine over every pack of this module, built once for all the test classes (an engine is immutable). */
final class PacaEngine {
    private static final CotationEngine ENGINE = CotationEngine.builder().build();

    private PacaEngine() {
    }

    static CotationEngine get() {
        return ENGINE;
    }
}
