package fr.cotation.examples.documentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No broken link in the README and the user guide: every relative link of {@code README.md}, {@code docs/**}{@code /*.md}
 * and the Markdown pages of {@code cotation-examples} (BENCHMARKS.md, the performance history) reaches an existing file
 * or folder, and every anchor a heading of its page. The root is found from this module's base directory.
 */
class LiensDocumentationTest {

    @Test
    void theReadmeAndTheUserGuideHaveNoBrokenLink() throws IOException {
        Path racine = racine();
        List<Path> pages = new ArrayList<>();
        pages.add(racine.resolve("README.md"));
        pages.addAll(markdown(racine.resolve("docs")));
        pages.addAll(markdown(racine.resolve("cotation-examples")));
        assertTrue(pages.size() >= 15, "pages lues : " + pages);
        List<String> casses = new LiensDocumentation().casses(pages);
        assertEquals(List.of(), casses, "liens cassés :\n" + String.join("\n", casses));
    }

    @Test
    void theReadmeIsAFrontDoorOfAtMost250Lines() throws IOException {
        long lignes;
        try (Stream<String> s = Files.lines(racine().resolve("README.md"))) {
            lignes = s.count();
        }
        assertTrue(lignes <= 250, "README.md : " + lignes + " lignes (250 au plus : le reste va dans docs/)");
        String readme = Files.readString(racine().resolve("README.md"));
        assertTrue(!readme.contains("\n=======\n") && !readme.contains("\n<<<<<<< ") && !readme.contains("\n>>>>>>> "),
                "marqueur de conflit de fusion dans le README");
        assertTrue(readme.contains("mvn -q -DskipTests -Pdemo package") && readme.contains("mvn -B verify"),
                "les deux commandes du démarrage rapide");
    }

    @TempDir
    Path tmp;

    /** The checker finds a missing file, a missing anchor, in another page or its own; not a link inside code. */
    @Test
    void brokenLinksAndAnchorsAreFound() throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/a.md"), """
                # Titre de la page

                ## `cotation score` : l'entrée (JSON)

                ## Encore
                ## Encore
                """);
        Files.writeString(tmp.resolve("README.md"), """
                # Projet
                [bon](docs/a.md) [ancre](docs/a.md#cotation-score--lentrée-json) [répétée](docs/a.md#encore-1)
                [absent](docs/b.md) [ancre absente](docs/a.md#nulle-part) [ici](#projet) [ici absent](#ailleurs)
                [externe](https://example.org/x) `[dans du code](docs/c.md)`
                ```
                [dans un bloc](docs/d.md)
                ```
                """);
        List<String> casses = new LiensDocumentation().casses(List.of(tmp.resolve("README.md")));
        assertEquals(3, casses.size(), casses.toString());
        assertTrue(casses.get(0).contains(":3: docs/b.md: fichier absent"), casses.get(0));
        assertTrue(casses.get(1).contains(":3: docs/a.md#nulle-part: ancre absente de a.md"), casses.get(1));
        assertTrue(casses.get(2).contains(":3: #ailleurs: ancre absente de README.md"), casses.get(2));
    }

    @Test
    void headingsGiveGithubAnchors() {
        assertEquals("the-applicants-fiche", LiensDocumentation.ancre("The applicant's fiche"));
        assertEquals("proposing-candidates-caleol", LiensDocumentation.ancre("Proposing candidates (CALEOL)"));
        assertEquals("cotation-compare-what-a-grille-change-does-to-a-stock",
                LiensDocumentation.ancre("`cotation compare`: what a grille change does to a stock"));
        assertEquals("round-5-allocation-again-measured-in-one-jvm",
                LiensDocumentation.ancre("Round 5: allocation again, measured in one JVM"));
        assertEquals("scenario-tests-scénarios", LiensDocumentation.ancre("Scenario tests (*scénarios*)"));
    }

    private static List<Path> markdown(Path dossier) throws IOException {
        try (Stream<Path> s = Files.walk(dossier)) {
            return s.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !dossier.relativize(p).toString().startsWith("target"))
                    .filter(p -> !dossier.relativize(p).toString().startsWith("src"))
                    .sorted().toList();
        }
    }

    private static Path racine() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        return Files.isRegularFile(module.resolve("README.md")) ? module : module.getParent();
    }
}
