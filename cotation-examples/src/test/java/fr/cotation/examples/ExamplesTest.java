package fr.cotation.examples;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamplesTest {
    /** Building an engine compiles every PACA pack: do it once for the tests that share the example. */
    private static CotationResult exemple;

    @org.junit.jupiter.api.BeforeAll
    static void runTheExampleOnce() {
        exemple = EmbeddingExample.run();
    }

    @Test
    void the_embedding_example_scores_nice_and_saint_laurent() {
        CotationResult r = exemple;
        // 47.5 % taux d'effort 13 + 33 months 33 = 46 in both communes (no local criterion met)
        assertEquals(new BigDecimal("46"), r.commune("06088").orElseThrow().total());
        assertEquals(new BigDecimal("46"), r.commune("06123").orElseThrow().total());
    }

    @Test
    void the_bundled_demandes_read_write_and_read_back_identical() throws IOException {
        List<Demande> demandes = bundled();
        assertEquals(8, demandes.size());
        String json = CotationJson.enTexte(demandes);
        List<Demande> again = CotationJson.lireDemandes(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(demandes, again);
    }

    @Test
    void a_result_round_trips_through_json() throws IOException {
        CotationResult r = exemple;
        String json = CotationJson.enTexte(r);
        assertTrue(json.contains("\"explication\" : \"Ancienneté de la demande : 33 mois × 1 pt = 33 pts\""), json);
        CotationResult back = CotationJson.readerFor(CotationResult.class).readValue(json);
        assertEquals(r, back);
    }

    @Test
    void an_unknown_key_or_code_is_an_error_naming_it() {
        var key = assertThrows(UnrecognizedPropertyException.class, () -> CotationJson.lireDemande(
                stream("{\"numeroUnique\":\"X\",\"nationalitee\":\"1\"}")));
        assertTrue(key.getMessage().contains("nationalitee"), key.getMessage());
        var code = assertThrows(InvalidFormatException.class, () -> CotationJson.lireDemande(
                stream("{\"numeroUnique\":\"X\",\"typologies\":[\"T9\"]}")));
        assertTrue(code.getMessage().contains("T9") && code.getPathReference().contains("typologies"), code.getMessage());
    }

    @Test
    void the_library_reads_dates_numbers_and_booleans_strictly() {
        var date = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class, () -> CotationJson.lireDemande(
                stream("{\"numeroUnique\":\"X\",\"dateDepot\":20220915}")));
        assertTrue(date.getPathReference().contains("dateDepot"), date.getMessage());
        var nombre = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class, () -> CotationJson.lireDemande(
                stream("{\"numeroUnique\":\"X\",\"logementActuel\":{\"loyerMensuel\":\"760\"}}")));
        assertTrue(nombre.getPathReference().contains("loyerMensuel"), nombre.getMessage());
        var booleen = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class, () -> CotationJson.lireDemande(
                stream("{\"numeroUnique\":\"X\",\"mutation\":\"true\"}")));
        assertTrue(booleen.getPathReference().contains("mutation"), booleen.getMessage());
    }

    @Test
    void the_demo_prints_real_cotations_and_reports_the_invalid_demande() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"2025-06-30"});
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Nice (06088)                           71 points"), out);
        assertTrue(out.contains("Contes (06048)                      pas de grille"), out);
        // one demande, three EPCI, three totals
        assertTrue(out.contains("Antibes (06004)                        98 points   [sophia-antipolis"), out);
        assertTrue(out.contains("Nice (06088)                           78 points   [nice-cote-azur"), out);
        assertTrue(out.contains("Cannes (06029)                         68 points   [cannes-pays-de-lerins"), out);
        assertTrue(out.contains("logementActuel.loyerMensuel = -450 : montant négatif"), out);
        assertTrue(out.contains("grille mutation"), out);
        // then a ranking of a generated stock and three fiches, as docs/demo.md shows them
        assertEquals(3, out.lines().filter(l -> l.startsWith("Fiche cotation de la demande ")).count(), out);
        List<String> lignes = out.lines().toList();
        String readme = Files.readString(racine().resolve("docs/demo.md"), StandardCharsets.UTF_8);
        int debut = readme.indexOf("```\nClassement d'un stock fictif");
        assertTrue(debut > 0, "docs/demo.md : extrait de la démo absent");
        String extrait = readme.substring(debut + 4, readme.indexOf("```", debut + 4));
        for (String l : extrait.lines().toList()) {
            if (!l.isBlank() && !l.strip().equals("...")) {
                assertTrue(lignes.contains(l), "docs/demo.md : ligne de la démo absente ou périmée : " + l);
            }
        }
    }

    private static Path racine() {
        Path module = Path.of("").toAbsolutePath();
        return Files.exists(module.resolve("README.md")) ? module : module.getParent();
    }

    static List<Demande> bundled() throws IOException {
        try (InputStream in = Demo.class.getResourceAsStream("demandes-nice.json")) {
            return CotationJson.lireDemandes(in);
        }
    }

    static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
