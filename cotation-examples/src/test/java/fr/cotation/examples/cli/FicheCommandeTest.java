package fr.cotation.examples.cli;

import fr.cotation.classement.Classement;
import fr.cotation.classement.Position;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Demande;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.cotation.examples.cli.Lancement.avecEntree;
import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static fr.cotation.examples.cli.CoterCommandeTest.DATE;
import static fr.cotation.examples.cli.CoterCommandeTest.NUMERO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cotation fiche} through the tool's entry point. */
class FicheCommandeTest {
    private static final String STOCK = "demandes-nice.json";

    @TempDir
    Path dossier;

    @Test
    void the_fiche_gives_the_same_notes_as_score() {
        var fiche = cotation("fiche", "--date", DATE, fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.OK, fiche.code(), fiche.toString());
        assertTrue(fiche.out().startsWith("Fiche cotation de la demande " + NUMERO + "\n"), fiche.out());
        // score says 71 in Nice, 71 in Saint-Laurent, 61 in Antibes, no grille in Contes, each with provisional points
        var score = cotation("coter", "--date", DATE, fixture("cli/une-demande.json"));
        for (String ligne : CoterCommandeTest.LIGNES_UNE_DEMANDE) {
            String points = ligne.split(" {2,}")[3]; // numero, commune, EPCI, points
            if (!points.equals("-")) {
                assertTrue(fiche.out().contains("\nVotre note : " + points + " points, dont "), points + "\n" + fiche.out());
            }
        }
        assertEquals(CoterCommandeTest.LIGNES_UNE_DEMANDE, CoterCommandeTest.lignesDe(score.out(), NUMERO));
        assertTrue(fiche.out().contains("\nContes (CC du Pays des Paillons)\n"));
        assertTrue(fiche.out().contains("\nPas de note dans cette commune : aucune grille de cotation pour Contes"));
    }

    @Test
    void a_file_of_several_demandes_needs_a_numero() {
        var r = cotation("fiche", "--date", DATE, fixture(STOCK));
        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertTrue(r.err().matches("(?s).*: [0-9]+ demandes : choisissez-en une avec --numero \\(par exemple --numero "
                + NUMERO + "\\)\n"), r.err());
        var absent = cotation("fiche", "--date", DATE, "--numero", "0060000000000000X0000", fixture(STOCK));
        assertEquals(CodeSortie.USAGE, absent.code(), absent.toString());
        assertTrue(absent.err().contains("aucune demande de numéro 0060000000000000X0000"), absent.err());
    }

    @Test
    void html_and_json_formats_to_a_file() throws IOException {
        Path html = dossier.resolve("fiche.html");
        var r = cotation("fiche", "--date", DATE, "--numero", NUMERO, "--format", "html", "-o", html.toString(),
                fixture(STOCK));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals("", r.out());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"fr\""), page);
        assertTrue(page.contains("<h2 id=\"nice-métropole-nice-côte-dazur\">Nice (Métropole Nice Côte d'Azur)</h2>"));

        var json = avecEntree(Files.readString(Path.of(fixture("cli/une-demande.json"))), false,
                "fiche", "--date", DATE, "--format", "json", "-");
        assertEquals(CodeSortie.OK, json.code(), json.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> f = CotationJson.mapper().readValue(json.out(), Map.class);
        assertEquals(NUMERO, f.get("numeroUnique"));
        assertEquals(List.of("06088", "06123", "06004", "06048"),
                ((List<Map<String, Object>>) f.get("communes")).stream().map(c -> c.get("commune")).toList());
    }

    @Test
    void with_classer_the_file_is_the_stock_and_the_fiche_gives_the_positions() throws IOException {
        String numero = "0060623061200003A0601";
        var r = cotation("fiche", "--date", DATE, "--numero", numero, "--classer", fixture(STOCK));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        // the library's classement of the same demandes, with the same engine
        List<Demande> stock;
        try (var in = Files.newInputStream(Path.of(fixture(STOCK)))) {
            stock = CotationJson.lireDemandes(in);
        }
        ClassementResult attendu = Classement.builder(MoteurPartage.pour(List.of(), FabriqueMoteur.PAR_DEFAUT::construire))
                .dateEvaluation(LocalDate.parse(DATE)).build().classer(stock);
        List<Position> positions = attendu.positions(numero);
        assertTrue(positions.stream().anyMatch(p -> p.taille() > 1), positions.toString());
        String plat = r.out().replaceAll("\\s+", " ");
        for (Position p : positions) {
            String nom = p.groupe().nomTerritoire();
            String phrase = p.taille() == 1 ? "Votre demande est la seule demande de " + p.typologie().libelle() + " à " + nom
                    : "Votre demande est " + (p.rang() == 1 ? "1re" : p.rang() + "e") + " sur " + p.taille()
                    + " demandes de " + p.typologie().libelle() + " à " + nom + " ; ";
            assertTrue(plat.contains(phrase), phrase + "\n" + r.out());
        }
        assertTrue(plat.contains("aucune attribution connue"), "no history: no waiting time");
    }

    @Test
    void an_unknown_format_is_a_usage_error_naming_the_possible_ones() {
        var r = cotation("fiche", "--date", DATE, "--format", "pdf", fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("format de fiche inconnu « pdf » (possibles : texte, html, json)"), r.err());
    }

    @Test
    void an_invalid_demande_gives_a_fiche_of_its_problems_and_exit_code_1() throws IOException {
        String demande = Files.readString(Path.of(fixture("cli/une-demande.json")), StandardCharsets.UTF_8)
                .replace("\"1988-05-12\"", "\"2031-05-12\"");
        var r = avecEntree(demande, false, "fiche", "--date", DATE, "-");
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertTrue(r.out().contains("Votre demande ne peut pas être cotée en l'état"), r.out());
        assertTrue(r.err().contains(NUMERO + " : menage.demandeur.dateNaissance : "), r.err());
        assertTrue(!r.out().contains("2031"), "no value in the fiche");
    }
}
