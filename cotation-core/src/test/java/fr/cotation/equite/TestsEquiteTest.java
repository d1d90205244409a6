package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JUnit class an EPCI extends, extended here on a test pack: its {@code @TestFactory} runs as one dynamic test
 * per property, all passing; the test below checks that the factory gives one test per property, named after it.
 */
class TestsEquiteTest extends TestsEquite {
    @Override
    protected CotationEngine engine() {
        return Moteurs.packs("anciennete");
    }

    @Override
    protected SuiteEquite.Builder configurer(SuiteEquite.Builder suite) {
        return suite.cas(200).graine(3);
    }

    @Test
    void theFactoryGivesOneTestPerPropertyNamedAfterIt() {
        List<String> noms = proprietesDEquite().map(DynamicTest::getDisplayName).toList();
        List<String> attendus = Arrays.stream(Propriete.values()).map(p -> p.numero() + ". " + p.libelle() + " (").toList();
        assertEquals(attendus.size(), noms.size(), noms::toString);
        for (int i = 0; i < noms.size(); i++) {
            assertEquals(attendus.get(i), noms.get(i).substring(0, attendus.get(i).length()), noms::toString);
        }
    }
}
