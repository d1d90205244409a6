package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.cotation.CotationEngine;
import fr.cotation.classement.Classement;
import fr.cotation.classement.Departage;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Demande;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.cotation.examples.cli.Lancement.cotation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cotation generer} then {@code cotation classement}, through the tool's entry point. */
class ClassementGenererCommandeTest {
    private static final String DATE = "2025-06-30";
    private static final String NICE = "200030195";

    @TempDir
    static Path dossier;
    private static Path stock;
    private static Path historique;
    private static Lancement.Resultat generation;

    @BeforeAll
    static void generer() {
        stock = dossier.resolve("stock.json");
        historique = dossier.resolve("attributions.csv");
        generation = cotation("generer", "--date", DATE, "--nombre", "300", "--graine", "11", "--epci", NICE,
                "-o", stock.toString(), "--attributions", "400", "--historique", historique.toString());
    }

    private static List<Demande> lireStock(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return CotationJson.lireDemandes(in);
        }
    }

    private static List<Map<String, String>> csv(String texte) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(texte)) {
            return it.readAll();
        }
    }

    @Test
    void generate_writes_the_seeded_stock_and_a_history_the_classement_reads() throws IOException {
        assertEquals(CodeSortie.OK, generation.code(), generation.toString());
        assertEquals(List.of("demandes: 300, attributions: 400, graine: 11, EPCI: " + NICE), generation.lignesErr());
        List<Demande> demandes = lireStock(stock);
        assertEquals(300, demandes.size());
        assertTrue(demandes.stream().allMatch(d -> d.communesSouhaitees().stream().allMatch(c -> c.startsWith("06"))));
        List<String> lignes = Files.readAllLines(historique, StandardCharsets.UTF_8);
        assertEquals(401, lignes.size());
        assertEquals("dateDepot,dateAttribution,typologie,commune,mutation", lignes.get(0));

        Path encore = dossier.resolve("encore.json");
        Path autre = dossier.resolve("autre.json");
        cotation("generer", "--date", DATE, "--nombre", "300", "--graine", "11", "--epci", NICE, "-o", encore.toString());
        cotation("generer", "--date", DATE, "--nombre", "300", "--graine", "12", "--epci", NICE, "-o", autre.toString());
        assertEquals(Files.readString(stock), Files.readString(encore), "same seed, same stock, byte for byte");
        assertNotEquals(demandes, lireStock(autre));
    }

    @Test
    void generate_refuses_attributions_without_a_file_and_an_unknown_epci() {
        var sansFichier = cotation("generer", "--date", DATE, "--attributions", "10");
        assertEquals(CodeSortie.USAGE, sansFichier.code(), sansFichier.toString());
        assertTrue(sansFichier.err().contains("--attributions 10 demande --historique FICHIER"), sansFichier.err());
        var inconnu = cotation("generer", "--date", DATE, "--epci", "123456789");
        assertEquals(CodeSortie.USAGE, inconnu.code(), inconnu.toString());
        assertTrue(inconnu.err().contains("--epci 123456789 : EPCI inconnu"), inconnu.err());
    }

    @Test
    void the_csv_ranking_is_the_librarys_in_stated_order() throws IOException {
        var r = cotation("classement", "--date", DATE, "--format", "csv", stock.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        List<Map<String, String>> lignes = csv(r.out());

        CotationEngine engine = MoteurPartage.pour(List.of(), FabriqueMoteur.PAR_DEFAUT::construire);
        ClassementResult attendu = Classement.builder(engine).dateEvaluation(LocalDate.parse(DATE)).build()
                .classer(lireStock(stock));
        assertEquals(attendu.nombrePositions(), lignes.size());
        assertTrue(r.err().contains("lues: 300, classées: " + attendu.demandesClassees() + ", positions: "
                + attendu.nombrePositions()), r.err());
        // within a group, ranks run 1, 2, 3... and notes never increase
        for (int i = 1; i < lignes.size(); i++) {
            Map<String, String> a = lignes.get(i - 1);
            Map<String, String> b = lignes.get(i);
            if (a.get("territoire").equals(b.get("territoire")) && a.get("typologie").equals(b.get("typologie"))) {
                assertEquals(Integer.parseInt(a.get("rang")) + 1, Integer.parseInt(b.get("rang")), b.toString());
                assertTrue(new BigDecimal(a.get("note")).compareTo(new BigDecimal(b.get("note"))) >= 0, b.toString());
            } else {
                assertEquals("1", b.get("rang"), "a new group starts at rank 1: " + b);
            }
        }
        // one demande's rows are its positions in the library's result
        String numero = lignes.get(0).get("numeroUnique");
        assertEquals(attendu.positions(numero).size(),
                lignes.stream().filter(l -> l.get("numeroUnique").equals(numero)).count());
    }

    @Test
    void the_table_states_the_tie_rule_and_the_waiting_time_of_each_group() {
        var r = cotation("classement", "--date", DATE, "--historique", historique.toString(), "--territoire", "06088",
                "--premiers", "3", stock.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertTrue(r.out().contains(Departage.REGLE), r.out());
        assertTrue(r.out().contains("\nT3 à Nice (06088) : "), r.out());
        assertTrue(r.out().lines().filter(l -> l.startsWith("  délai d'attente : ")).allMatch(l -> l.contains(" mois en "
                + "moyenne, médiane ") || l.contains("trop peu d'attributions")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("(06004)") || l.contains("Cagnes")), "only Nice's groups");
        assertTrue(r.out().contains("      1  "), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("      4  ")), "three first of each group");
    }

    @Test
    void a_bad_history_line_is_rejected_with_its_line_and_the_rest_is_ranked() throws IOException {
        Path h = dossier.resolve("mauvais.csv");
        Files.writeString(h, "dateDepot,dateAttribution,typologie,commune,mutation\n"
                + "2023-01-10,2025-01-10,T3,06088,false\n"
                + "2023-01-10,2022-01-10,T3,06088,false\n"
                + "2023-01-10,2025-01-10,T9,06088,non\n");
        var r = cotation("classement", "--date", DATE, "--historique", h.toString(), "--premiers", "0", stock.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertTrue(r.err().contains(h + ":3: dateAttribution = 2022-01-10 : attribution antérieure au premier dépôt"),
                r.err());
        assertTrue(r.err().contains(h + ":4: typologie = T9 : typologie inconnue"), r.err());
        assertTrue(r.err().contains(h + ":4: mutation = non : true ou false attendu"), r.err());
        assertTrue(r.err().contains("lues: 300"), r.err());
    }

    @Test
    void the_fiche_gives_the_position_in_the_stock_and_the_waiting_time_of_the_history() throws IOException {
        String numero = lireStock(stock).get(0).numeroUnique();
        var r = cotation("fiche", "--date", DATE, "--numero", numero, "--stock", stock.toString(), "--historique",
                historique.toString(), stock.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertTrue(r.out().contains("Délai d'attente constaté pour "), r.out());
        assertTrue(r.out().contains(" en moyenne, "), "400 attributions over one EPCI give a figure somewhere: " + r.out());
        assertTrue(r.out().contains("au moins égale à celle de "), r.out());

        var sansStock = cotation("fiche", "--date", DATE, "--numero", numero, "--historique", historique.toString(),
                stock.toString());
        assertEquals(CodeSortie.USAGE, sansStock.code(), sansStock.toString());
        assertTrue(sansStock.err().contains("--historique sert au classement"), sansStock.err());
    }

    @Test
    void the_readme_shows_the_real_generate_and_classement_output() throws IOException {
        String readme = ReadmeTest.readme();
        assertTrue(readme.contains("$ cotation generer --date 2025-06-30 --nombre 300 --graine 11 --epci 200030195 -o "
                + "stock.json \\\n      --attributions 400 --historique attributions.csv\n" + generation.err()), readme);
        var r = cotation("classement", "--date", DATE, "--historique", historique.toString(), "--territoire", "06088",
                "--premiers", "3", stock.toString());
        List<String> lignes = r.out().lines().toList();
        for (String groupe : List.of("T3 à Nice (06088)", "T5 à Nice (06088)")) {
            int debut = lignes.indexOf(lignes.stream().filter(l -> l.startsWith(groupe)).findFirst().orElseThrow());
            for (String l : lignes.subList(debut, debut + 6)) {
                assertTrue(readme.contains("\n" + l + "\n"), "README : ligne absente ou périmée : " + l);
            }
        }
        for (String l : lignes.subList(0, 2)) {
            assertTrue(readme.contains("\n" + l + "\n"), "README : ligne absente ou périmée : " + l);
        }
        assertTrue(readme.contains("\n" + r.lignesErr().get(r.lignesErr().size() - 1) + "\n"), r.err());
    }
}
