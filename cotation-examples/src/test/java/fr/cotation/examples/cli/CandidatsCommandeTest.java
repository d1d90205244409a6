package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cotation candidats} on the bundled demandes of Nice: a T3 in Nice at 520 € + 80 €. */
class CandidatsCommandeTest {
    private static final String[] T3_NICE = {"candidats", "--date", "2025-06-30", "--commune", "06088", "--typologie",
            "T3", "--loyer", "520", "--charges", "80", "--etage", "2", "--ascenseur"};

    private static String[] avec(String... suite) {
        List<String> a = new ArrayList<>(List.of(T3_NICE));
        a.addAll(List.of(suite));
        return a.toArray(String[]::new);
    }

    /** The note of a demande in Nice, as {@code cotation coter} gives it. */
    private static String noteDansNice(String numero) {
        var score = cotation("coter", "--date", "2025-06-30", fixture("demandes-nice.json"));
        return score.out().lines().filter(l -> l.startsWith(numero) && l.contains("Nice (06088)")).findFirst()
                .orElseThrow().replaceAll(".*\\(06088\\)\\s+Métropole Nice Côte d'Azur\\s+(\\S+).*", "$1"); // after the EPCI column
    }

    @Test
    void the_table_proposes_in_cotation_order_and_says_when_fewer_than_three() throws IOException {
        var r = cotation(avec("--format", "json", fixture("demandes-nice.json")));
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        JsonNode c = new ObjectMapper().readTree(r.out());
        JsonNode proposes = c.get("proposes");
        assertTrue(proposes.size() >= 1 && proposes.size() <= 3, r.out());
        for (JsonNode p : proposes) {
            assertEquals(noteDansNice(p.get("numeroUnique").asText()), p.get("note").asText(),
                    "la note proposée est la cotation de la demande à Nice");
        }
        assertEquals(8, c.get("examinees").asInt());
        assertEquals(1, c.get("rejetees").asInt() + 0, "la demande invalide du fichier est rejetée, les autres examinées");
        assertTrue(r.err().contains("rejetée : 0060625010700007A0601 : "), r.err());

        var table = cotation(avec(fixture("demandes-nice.json")));
        String premier = proposes.get(0).get("numeroUnique").asText();
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("1    " + premier)), table.out());
        if (proposes.size() < 3) {
            assertTrue(table.out().contains("moins des trois candidats que demande l'art. L.441-2 CCH"), table.out());
        }
    }

    @Test
    void the_html_page_has_no_script_and_is_accessible_and_printable() {
        var r = cotation(avec("--format", "html", fixture("demandes-nice.json")));
        String h = r.out();
        assertTrue(h.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), h);
        assertFalse(h.toLowerCase().contains("<script"));
        assertTrue(h.contains("<caption>") && h.contains("<th scope=\"col\">Rang</th>") && h.contains("@media print"));
        assertTrue(h.contains("la commission reste libre de son choix"));
    }

    @Test
    void the_dwelling_may_come_from_a_json_file(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("logement.json");
        Files.writeString(f, "{\"reference\": \"NICE-T3\", \"commune\": \"06088\", \"typologie\": \"T3\", "
                + "\"loyer\": 520, \"charges\": 80, \"etage\": 2, \"ascenseur\": true, \"financement\": \"PLUS\", "
                + "\"contingent\": \"PPRIOR\"}", StandardCharsets.UTF_8);
        var r = cotation("candidats", "--date", "2025-06-30", "--logement", f.toString(), fixture("demandes-nice.json"));
        var o = cotation(avec("--reference", "NICE-T3", "--contingent", "PPRIOR", fixture("demandes-nice.json")));
        assertEquals(o.out(), r.out());
        assertTrue(r.out().startsWith("Logement NICE-T3 : T3 à Nice (06088)"), r.out());
    }

    /** The command shown in docs/cli-exemples.md ("cotation candidats"), on a generated PACA stock. */
    static final String[] README = {"candidats", "--date", "2026-01-15", "--reference", "NICE-T3-0042", "--commune",
            "06088", "--typologie", "T3", "--surface", "64", "--loyer", "520", "--charges", "80", "--etage", "2",
            "--ascenseur", "--contingent", "PPRIOR", "--filtre-contingent", "--generees", "2000", "--graine", "2026"};

    @Test
    void the_readme_shows_the_real_shortlist_of_a_generated_paca_stock() throws IOException {
        var r = cotation(README);
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        String readme = ReadmeTest.readme();
        assertTrue(readme.contains("$ java -jar cotation-examples/target/cotation.jar " + String.join(" ", README)
                .replace(" --ascenseur ", " --ascenseur \\\n      ")), "README : commande absente ou modifiée");
        for (String ligne : (r.out() + r.err()).lines().toList()) {
            assertTrue(readme.contains("\n" + ligne + "\n"), "README : ligne absente ou périmée : " + ligne);
        }
    }

    @Test
    void a_bad_dwelling_or_no_stock_is_a_usage_error_naming_what() {
        var sansLoyer = cotation("candidats", "--date", "2025-06-30", "--commune", "06088", "--typologie", "T3",
                fixture("demandes-nice.json"));
        assertEquals(CodeSortie.USAGE, sansLoyer.code());
        assertTrue(sansLoyer.err().contains("logement : loyer = null"), sansLoyer.err());
        var sansStock = cotation(T3_NICE);
        assertEquals(CodeSortie.USAGE, sansStock.code());
        assertTrue(sansStock.err().contains("nommez des fichiers de demandes ou --generees N"), sansStock.err());
        var zero = cotation(avec("--nombre", "0", fixture("demandes-nice.json")));
        assertEquals(CodeSortie.USAGE, zero.code());
        assertTrue(zero.err().contains("--nombre doit valoir au moins 1"), zero.err());
        var contingent = cotation(avec("--contingent", "ETAT", fixture("demandes-nice.json")));
        assertEquals(CodeSortie.USAGE, contingent.code());
        assertTrue(contingent.err().contains("contingent inconnu « ETAT »"), contingent.err());
    }
}
