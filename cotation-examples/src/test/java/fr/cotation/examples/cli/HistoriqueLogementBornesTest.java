package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 4, for the tool's two other input files: the attribution history of {@code classement --historique}
 * is split into records by the reader of the CSV demandes ({@code fr.cotation.csv}), so a bad line is an error of that line
 * and the next ones are read. The logement file of {@code candidats --logement} is one record, read with the
 * library's JSON mapper ({@code CotationJson.readerFor}), so it already keeps the bounds of a demande's numbers and
 * duplicate keys: the last test keeps it so.
 */
class HistoriqueLogementBornesTest {
    private static final String ENTETE = "dateDepot,dateAttribution,typologie,commune,mutation\n";
    private static final String BONNE = "2023-01-10,2025-02-01,T3,06088,false\n";

    @Test
    void a_broken_history_line_is_an_error_of_that_line_and_the_next_ones_are_read(@TempDir Path tmp)
            throws Exception {
        Path f = tmp.resolve("attributions.csv");
        Files.writeString(f, ENTETE
                + BONNE                                                // line 2
                + "2023-01-10,\"2025-02-01,T3,06088,false\n"           // line 3: a quote left open
                + BONNE                                                // line 4
                + "2023-01-10,2025-02-01,T3,06088,false,en trop\n"     // line 5: one cell too many
                + "2023-01-10,2025-02-01,T3," + "0".repeat(fr.cotation.csv.DemandeCsvReader.LIGNE_MAX) + ",false\n" // line 6: too long
                + "# une ligne de commentaire\n"                       // line 7
                + "2023-01-10,2025-13-01,T3,06088,false\n"             // line 8: impossible date
                + BONNE, StandardCharsets.UTF_8);                      // line 9

        FichierAttributions.Lecture l = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FichierAttributions.lire(f));

        assertEquals(3, l.attributions().size(), l.toString());
        List<String> rejets = l.rejets();
        assertEquals(4, rejets.size(), rejets.toString());
        assertEquals(f + ":3: CSV mal formé : guillemet non fermé sur cette ligne ; lecture reprise à la ligne suivante",
                rejets.get(0));
        assertEquals(f + ":5: 6 cellules pour 5 colonnes d'en-tête", rejets.get(1));
        assertEquals(f + ":6: ligne de plus de 100000 caractères : non lue", rejets.get(2));
        assertTrue(rejets.get(3).startsWith(f + ":8: dateAttribution = 2025-13-01 : "), rejets.get(3));
    }

    @Test
    void a_history_without_its_header_is_unreadable_and_says_what_it_read(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("attributions.csv");
        Files.writeString(f, "date;typo\n" + BONNE, StandardCharsets.UTF_8);

        FichierIllisible e = org.junit.jupiter.api.Assertions.assertThrows(FichierIllisible.class,
                () -> FichierAttributions.lire(f));

        assertTrue(e.getMessage().contains("en-tête attendu : dateDepot,dateAttribution,typologie,commune,mutation ;"
                + " lu : date;typo"), e.getMessage());
    }

    @Test
    void a_logement_number_of_unbounded_size_is_refused_naming_its_field(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("logement.json");
        Files.writeString(f, "{\"reference\": \"NICE-T3\", \"commune\": \"06088\", \"typologie\": \"T3\", "
                + "\"surface\": 1e400000000, \"loyer\": 520, \"charges\": 80}", StandardCharsets.UTF_8);

        Lancement.Resultat r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cotation("candidats", "--date",
                "2025-06-30", "--logement", f.toString(), fixture("demandes-nice.json")));

        assertEquals(CodeSortie.FICHIER_ILLISIBLE, r.code(), r.toString());
        assertTrue(r.err().startsWith(f + ": logement illisible : nombre démesuré (plus de 15 chiffres avant la virgule)"),
                r.err());
        assertTrue(r.err().contains("Logement[\"surface\"]"), "the field is named: " + r.err());
        assertFalse(r.err().contains("erreur interne"), r.err());
        assertEquals("", r.out());
    }
}
