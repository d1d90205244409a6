package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The top-level command: help, version, usage errors (exit code 2, one line, in French). */
class CotationCliTest {
    private static final String DATE = "2025-06-30";

    @Test
    void help_is_in_french_with_the_commands_and_the_exit_codes() {
        var r = cotation("--help");
        assertEquals(CodeSortie.OK, r.code());
        assertTrue(r.out().startsWith("Utilisation : cotation [-hV] [--trace] [--cache=DOSSIER] COMMANDE"), r.out());
        for (String attendu : List.of("grille de cotation de l'EPCI", "Commandes :", "  coter       Cote des demandes",
                "  verifier    Vérifie un dossier de packs", "  grille      Écrit la grille publiée",
                "  fiche       Écrit la fiche cotation d'une demande",
                "  classement  Classe un stock parmi les demandes analogues",
                "  candidats   Propose les candidats à la commission d'attribution (CALEOL)",
                "  comparer    Mesure l'effet d'un changement de grille sur un stock de demandes",
                "  generer     Génère un stock de demandes fictives", "Codes de sortie :", "  4    packs de cotation",
                "art. 225-1")) {
            assertTrue(r.out().contains(attendu), attendu + "\n" + r.out());
        }
        assertEquals("", r.err());
    }

    @Test
    void score_help_documents_every_option() {
        var r = cotation("coter", "--help");
        assertEquals(CodeSortie.OK, r.code());
        for (String attendu : List.of("Utilisation : cotation coter", "-d, --date=AAAA-MM-JJ", "-c, --commune=INSEE",
                "-t, --typologie=TYPE", "-p, --packs=DOSSIER", "-f, --format=table|json|csv", "-e, --entree=json|csv|xml",
                "-o, --sortie=FICHIER", "--erreurs=FICHIER", "--trace", "FICHIER...", "Exemples :")) {
            assertTrue(r.out().contains(attendu), attendu + "\n" + r.out());
        }
    }

    @Test
    void version_names_the_tool_drools_and_java() {
        var r = cotation("--version");
        assertEquals(CodeSortie.OK, r.code());
        assertTrue(r.out().matches("cotation \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Drools 10\\.\\d+\\.\\d+, Java .+\\)\\R"), r.out());
    }

    @Test
    void without_a_command_the_help_goes_to_the_error_stream_with_exit_code_2() {
        var r = cotation();
        assertEquals(CodeSortie.USAGE, r.code());
        assertTrue(r.err().startsWith("Utilisation : cotation"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void usage_errors_are_one_french_line_and_exit_code_2() {
        String f = fixture("cli/une-demande.json");
        assertUsage("cotation coter : option obligatoire absente : --date=AAAA-MM-JJ (aide : cotation coter --help)",
                "coter", f);
        assertUsage("cotation coter : option inconnue : --dat (aide : cotation coter --help)", "coter", "--dat", DATE, f);
        assertUsage("cotation coter : fichier de demandes absent : nommez au moins un fichier (.json, .csv, .xml) ou - "
                + "pour l'entrée standard (aide : cotation coter --help)", "coter", "--date", DATE);
        assertUsage("cotation coter : --date : date attendue au format AAAA-MM-JJ, par exemple 2025-06-30 : « 30/06/2025 » "
                + "(aide : cotation coter --help)", "coter", "--date", "30/06/2025", f);
        assertUsage("cotation coter : --commune : code INSEE de commune attendu (5 caractères, par exemple 06088) : « 6088 » "
                + "(aide : cotation coter --help)", "coter", "--date", DATE, "--commune", "6088", f);
        assertUsage("cotation coter : --format : format de sortie inconnu « xml » (possibles : table, json, csv) "
                + "(aide : cotation coter --help)", "coter", "--date", DATE, "--format", "xml", f);
        assertUsage("cotation coter : --typologie : typologie inconnue « T9 » (possibles : C, T1, T2, T3, T4, T5, T6P) "
                + "(aide : cotation coter --help)", "coter", "--date", DATE, "-t", "T9", f);
        assertUsage("cotation : argument inattendu : noter (aide : cotation --help)", "noter");
    }

    private static void assertUsage(String message, String... args) {
        var r = cotation(args);
        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertEquals(List.of(message), r.lignesErr());
        assertEquals("", r.out());
    }
}
