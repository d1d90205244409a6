package fr.cotation.generation;

import fr.cotation.bilan.Bilan;
import fr.cotation.bilan.BilanAttributions;
import fr.cotation.bilan.DonneesBilan;
import fr.cotation.bilan.FluxConvention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateurBilanTest {
    private static final List<String> COMMUNES = List.of("06088", "06004", "06027");

    @Test
    void theSameSeedGivesTheSameYearAnotherSeedAnother() {
        DonneesBilan a = GenerateurBilan.generer(7, 2025, "200030195", COMMUNES);
        assertEquals(a, GenerateurBilan.generer(7, 2025, "200030195", COMMUNES));
        assertNotEquals(a, GenerateurBilan.generer(8, 2025, "200030195", COMMUNES));
    }

    @Test
    void aGeneratedYearIsCountedWholeAndEachConventionGetsNoMoreThanItsFlux() {
        DonneesBilan d = GenerateurBilan.generer(7, 2025, "200030195", COMMUNES);
        Bilan b = BilanAttributions.calculer(d);
        assertEquals(List.of(), b.anomalies());
        assertEquals(d.attributions().size(), b.attributions());
        assertTrue(b.attributions() > 50, "attributions : " + b.attributions());
        assertTrue(b.horsConvention() > 0 && b.horsConvention() < b.attributions());
        assertEquals(8, b.conventions().size());
        for (FluxConvention f : b.conventions()) {
            assertTrue(f.attributions() <= f.convention().fluxAnnuel().intValue(), f.toString());
        }
        assertTrue(d.attributions().stream().allMatch(a -> a.date().getYear() == 2025));
        assertTrue(d.logements().stream().allMatch(l -> COMMUNES.contains(l.commune())));
    }
}
