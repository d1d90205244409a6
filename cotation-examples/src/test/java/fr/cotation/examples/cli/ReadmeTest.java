package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's "Command-line tool" section shows the tool's real help and output. */
class ReadmeTest {

    private static String readme() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        Path racine = Files.exists(module.resolve("README.md")) ? module : module.getParent();
        return Files.readString(racine.resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void the_readme_shows_the_real_help() throws IOException {
        var aide = cotation("--help");
        assertEquals(CodeSortie.OK, aide.code());
        assertTrue(readme().contains("```\n" + aide.out() + "```\n"), "README : recopier la sortie de cotation --help");
    }

    @Test
    void the_readme_shows_the_real_score_output() throws IOException {
        var r = cotation("score", "--date", "2025-06-30", fixture("demandes-nice.json"));
        String readme = readme();
        for (String ligne : r.out().lines().toList()) {
            assertTrue(readme.contains("\n" + ligne + "\n"), "README : ligne absente ou périmée : " + ligne);
        }
        String chemin = fixture("demandes-nice.json");
        for (String ligne : r.err().lines().toList()) {
            String telle = ligne.replace(chemin, "cotation-examples/src/main/resources/fr/cotation/examples/demandes-nice.json");
            assertTrue(readme.contains("\n" + telle + "\n"), "README : ligne absente ou périmée : " + telle);
        }
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code());
        assertTrue(readme.contains("$ echo $?\n1\n"));
    }
}
