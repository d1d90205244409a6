package fr.cotation.pack;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A descriptor is built by naming its components; what is left out is empty, and a copy changes only what is named. */
class PackDescriptorTest {

    @Test
    void theBuilderSetsEachComponentByNameAndLeavesTheOthersEmpty() {
        List<String> communes = new ArrayList<>(List.of("06088"));
        PackDescriptor d = PackDescriptor.builder().id("nice").nom("Nice").epci("200030195").version("1")
                .statut(Statut.MODELE).enVigueurDu(LocalDate.of(2024, 1, 1)).communes(communes)
                .grilles(Map.of(PackDescriptor.PRINCIPALE, List.of("regles.drl"))).build();
        communes.add("06027");
        assertEquals("nice", d.id());
        assertEquals("200030195", d.epci());
        assertEquals(List.of("06088"), d.communes(), "the builder's list is copied");
        assertEquals(List.of(), d.rubriques());
        assertEquals(Map.of(), d.justifications());
        assertEquals(List.of(), d.difficultesFinancieres());
        assertEquals(Analogie.TYPOLOGIE_COMMUNE, d.analogie());
        assertNull(d.base());
        assertNull(d.motifsLegitimesDeRefus());
        assertThrows(UnsupportedOperationException.class, () -> d.communes().add("06027"));
    }

    @Test
    void toBuilderCopiesEveryComponentAndChangesOnlyWhatIsNamed() {
        PackDescriptor d = PackDescriptor.builder().id("nice").nom("Nice").epci("200030195").base("paca-base")
                .version("2").statut(Statut.ADOPTEE).enVigueurDu(LocalDate.of(2024, 1, 1))
                .enVigueurAu(LocalDate.of(2026, 12, 31)).sources(List.of("délibération du 1er janvier 2024"))
                .analogie(Analogie.TYPOLOGIE_EPCI).communes(List.of("06088")).remarque("r")
                .justifications(Map.of("JEUNE", "pourquoi")).build();
        assertEquals(d, d.toBuilder().build());
        PackDescriptor autre = d.toBuilder().communes(List.of("06088", "06027")).build();
        assertEquals(List.of("06088", "06027"), autre.communes());
        assertEquals(d, autre.toBuilder().communes(d.communes()).build());
    }
}
