package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.testing.Moteurs;

/** The JUnit class an EPCI extends, extended here on a test pack: six dynamic tests, one per property, all passing. */
class TestsEquiteTest extends TestsEquite {
    @Override
    protected CotationEngine engine() {
        return Moteurs.packs("anciennete");
    }

    @Override
    protected SuiteEquite.Builder configurer(SuiteEquite.Builder suite) {
        return suite.cas(200).graine(3);
    }
}
