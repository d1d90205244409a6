package fr.cotation.paca;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped packs are trusted (they come from the class path), but each of them keeps to the allow-list of packs from
 * an untrusted directory: an EPCI that copies one into its folder and edits its points can load it with
 * {@code packDirectory}, without {@code trustedPackDirectory}.
 */
class ListePermisePacaTest {

    @Test
    void every_shipped_pack_loads_from_an_untrusted_directory() throws URISyntaxException {
        Path packs = Path.of(Objects.requireNonNull(getClass().getResource("/cotation/packs/paca-base/pack.yaml"))
                .toURI()).getParent().getParent();
        CotationEngine e = CotationEngine.builder().withoutClasspathPacks().packDirectory(packs).build();

        List<ProblemePack> problemes = e.problemesPacks();

        assertEquals(List.of(), problemes);
        assertEquals(25, e.packs().size(), "every territorial pack, the base being loaded with each");
    }
}
