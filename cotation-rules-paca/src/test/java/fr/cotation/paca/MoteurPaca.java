package fr.cotation.paca;

import fr.cotation.CotationEngine;

/** The engine with every PACA pack of the classpath, built once for the test classes that share it (it is immutable). */
public final class MoteurPaca {
    private static volatile CotationEngine engine;

    private MoteurPaca() {
    }

    public static CotationEngine engine() {
        CotationEngine e = engine;
        if (e == null) {
            synchronized (MoteurPaca.class) {
                e = engine;
                if (e == null) {
                    engine = e = CotationEngine.builder().build();
                }
            }
        }
        return e;
    }
}
