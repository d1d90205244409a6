package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user guide's page of real runs, {@code docs/cli-exemples.md} (the README's "Command-line tool" section until it
 * became a front door), shows the tool's real help and output; the other commands' tests check their runs there too.
 */
class ReadmeTest {

    /** The text of {@code docs/cli-exemples.md}. */
    static String readme() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        Path racine = Files.exists(module.resolve("README.md")) ? module : module.getParent();
        return Files.readString(racine.resolve("docs/cli-exemples.md"), StandardCharsets.UTF_8);
    }

    @Test
    void the_readme_shows_the_real_help() throws IOException {
        var aide = cotation("--help");
        assertEquals(CodeSortie.OK, aide.code());
        assertTrue(readme().contains("```\n" + aide.out() + "```\n"), "README : recopier la sortie de cotation --help");
    }

    @Test
    void the_readme_shows_the_real_score_output() throws IOException {
        var r = cotation("coter", "--date", "2025-06-30", fixture("demandes-nice.json"));
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

    @Test
    void the_readme_shows_a_real_fiche() throws IOException {
        var r = cotation("fiche", "--date", "2025-06-30", "--classer", "--numero", "0060623061200003A0601",
                fixture("demandes-nice.json"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        String readme = readme();
        String commande = "      --numero 0060623061200003A0601 "
                + "cotation-examples/src/main/resources/fr/cotation/examples/demandes-nice.json\n";
        int debut = readme.indexOf(commande);
        assertTrue(debut > 0, "README : commande de la fiche absente");
        String extrait = readme.substring(debut + commande.length(), readme.indexOf("```\n", debut));
        // the excerpt is the real output, abridged: each part between "[…]" lines is a run of it, in order
        int depuis = 0;
        for (String partie : extrait.split("\\[…]\n")) {
            int i = r.out().indexOf(partie, depuis);
            assertTrue(!partie.isBlank() && i >= depuis, "README : extrait de fiche absent ou périmé :\n" + partie);
            depuis = i + partie.length();
        }
    }

    @TempDir
    Path tmp;

    /** Runs {@code verify} in {@code tmp} on a copy of the test pack named {@code nom}, prepared by {@code casser}. */
    private Lancement.Resultat verifier(String nom, java.util.function.Consumer<Path> casser) throws IOException {
        Path d = VerifierGrilleCommandeTest.copier(Path.of(fixture("cli/packs")), tmp.resolve(nom));
        casser.accept(d.resolve("pays-des-paillons"));
        return cotation("verifier", d.toString());
    }

    private void assertDansLeReadme(String commande, Lancement.Resultat r) throws IOException {
        String readme = readme();
        String texte = "$ " + commande + "\n" + r.out().replace(tmp + "/", "");
        assertTrue(readme.contains(texte), "README : sortie absente ou périmée :\n" + texte);
    }

    @Test
    void the_readme_shows_the_real_verify_output() throws IOException {
        var bon = verifier("mes-packs", p -> { });
        assertEquals(CodeSortie.OK, bon.code(), bon.toString());
        assertDansLeReadme("cotation verifier mes-packs", bon);
        assertTrue(readme().contains("vérification réussie\n$ echo $?\n0\n"));

        var casse = verifier("casse", p -> {
            VerifierGrilleCommandeTest.remplacer(p.resolve("scenarios/paillons.yaml"), "total: 18", "total: 20");
            VerifierGrilleCommandeTest.remplacer(p.resolve("scenarios/paillons.yaml"), "ANCIENNETE: 9}", "ANCIENNETE: 11}");
            try {
                Files.writeString(p.resolve("regles/criteres-locaux.drl"), """

                        rule "Jeune demandeur"
                            @critere("CCPP_JEUNE") @libelle("Demandeur de moins de 30 ans")
                            @rubrique("SITUATIONS_LOCALES") @reference("art. R.441-2-10 CCH (pack d'essai)") @points(10)
                        when
                            Dossier( ageDemandeur < 30 )
                        then
                            note.retenir(kcontext);
                        end
                        """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(CodeSortie.DEMANDES_REJETEES, casse.code(), casse.toString());
        assertDansLeReadme("cotation verifier casse", casse);

        var syntaxe = verifier("syntaxe", p -> VerifierGrilleCommandeTest.remplacer(p.resolve("regles/criteres-locaux.drl"),
                "code == \"SINISTRE\" )", "code == \"SINISTRE\" "));
        assertEquals(CodeSortie.PACKS, syntaxe.code(), syntaxe.toString());
        assertDansLeReadme("cotation verifier syntaxe", syntaxe);
    }
}
