package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --cache DOSSIER}: the tool's own engine keeps its compiled grilles there and reads them back; the grilles of
 * the embedded packs come compiled in their jar and are not copied there.
 */
class CacheOptionTest {
    private static final String DATE = "2025-06-30";

    @Test
    void the_cache_is_filled_once_then_read_and_the_cotations_do_not_change(@TempDir Path tmp) throws IOException {
        Path cache = tmp.resolve("cache"); // does not exist yet: the engine creates it
        String packs = fixture("cli/packs"); // one pack, not embedded: its grille is compiled
        String[] args = {"--cache", cache.toString(), "score", "--date", DATE, "--packs", packs,
            fixture("cli/une-demande.json")};

        String premier = lancer(args);
        List<String> entrees = entrees(cache);
        assertEquals(1, entrees.size(), "la grille du pack de --packs seulement, les autres sont lues du jar : " + entrees);

        String second = lancer(args);
        assertEquals(premier, second);
        assertEquals(entrees, entrees(cache), "le second lancement relit les entrées, il n'en écrit pas d'autres");
        // the same cotations as a run without the option
        assertEquals(cotation("score", "--date", DATE, "--packs", packs, fixture("cli/une-demande.json")).out(), premier);
    }

    /** A run with the tool's own engine factory (a new engine each time), as {@code java -jar} runs. */
    private static String lancer(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CotationCli(FabriqueMoteur.PAR_DEFAUT, new ByteArrayInputStream(new byte[0]), () -> false)
                .executer(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> entrees(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
