package fr.cotation.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 20, item 4, "the CSV opens in columns in a French spreadsheet": a file of {@link CsvWriter} opened by a real
 * spreadsheet, LibreOffice Calc without its window ({@code soffice --headless}, Debian package
 * {@code libreoffice-calc-nogui}), set as a French user's is: {@code ;} separator, UTF-8, French (fr-FR, 1036)
 * numbers. The {@link FormatCsv#FRANCAIS} file opens in its columns, its accents whole and its decimal comma a number;
 * the {@link FormatCsv#INTERNATIONAL} one opens in one column, which is why it is not the default. Skipped where
 * LibreOffice is not installed (the build does not need it).
 *
 * <p>Headless, LibreOffice takes its import settings from the command line, not from the locale (its window asks
 * them, remembering the last ones; Excel in a French locale takes the system's list separator, {@code ;}): the
 * settings below are those a French user's spreadsheet has.
 */
class TableurFrancaisTest {
    /** Filter options of LibreOffice's CSV import: separator 59 ({@code ;}), quote 34, UTF-8 (76), line 1, fr-FR. */
    private static final String FILTRE = "Text - txt - csv (StarCalc):59,34,76,1,,1036";
    private static final Pattern CELLULE = Pattern.compile("<table:table-cell([^>]*)>(.*?)</table:table-cell>");
    private static final Pattern RANGEE = Pattern.compile("<table:table-row.*?</table:table-row>", Pattern.DOTALL);

    @TempDir
    Path dossier;

    private static String soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    /** The rows of the sheet LibreOffice makes of {@code csv}: each cell as "type:text" ({@code float:12.5}). */
    private List<List<String>> ouvrir(Path csv) throws IOException, InterruptedException {
        Path sortie = Files.createDirectories(dossier.resolve("ods"));
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dossier.resolve("profil").toUri(),
                "--headless", "--norestore", "--infilter=" + FILTRE, "--convert-to", "ods", "--outdir",
                sortie.toString(), csv.toString()).redirectErrorStream(true).redirectOutput(dossier.resolve("lo.log")
                .toFile()).start();
        assumeTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not answer");
        Path ods = sortie.resolve(csv.getFileName().toString().replace(".csv", ".ods"));
        assertEquals(true, Files.exists(ods), Files.readString(dossier.resolve("lo.log")));
        String contenu;
        try (ZipFile z = new ZipFile(ods.toFile()); InputStream in = z.getInputStream(z.getEntry("content.xml"))) {
            contenu = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> lignes = new ArrayList<>();
        Matcher r = RANGEE.matcher(contenu);
        while (r.find()) {
            List<String> l = new ArrayList<>();
            Matcher c = CELLULE.matcher(r.group());
            while (c.find()) {
                Matcher valeur = Pattern.compile("office:value=\"([^\"]*)\"").matcher(c.group(1));
                Matcher type = Pattern.compile("office:value-type=\"([^\"]*)\"").matcher(c.group(1));
                l.add((type.find() ? type.group(1) : "?") + ":" + (valeur.find() ? valeur.group(1)
                        : c.group(2).replaceAll("<[^>]+>", "").replace("&apos;", "'").replace("&quot;", "\"")));
            }
            lignes.add(l);
        }
        return lignes;
    }

    private Path ecrire(String nom, FormatCsv format) throws IOException {
        Path f = dossier.resolve(nom);
        try (OutputStream o = Files.newOutputStream(f); CsvWriter w = new CsvWriter(o, format)) {
            w.ligne("numeroUnique", "commune", "note", "message");
            w.ligne(Arrays.asList("0060622091500001A0601", "Nice", new BigDecimal("12.5"), "Côte d'Azur; nord, sud"));
        }
        return f;
    }

    @Test
    void theFrenchFileOpensInColumnsWithItsAccentsAndItsNumbers() throws Exception {
        // skipped where LibreOffice is absent, except in CI (.ci/run installs it and sets COTATION_TABLEUR_REQUIS=1)
        if ("1".equals(System.getenv("COTATION_TABLEUR_REQUIS"))) {
            org.junit.jupiter.api.Assertions.assertNotNull(soffice(), "LibreOffice absent alors que COTATION_TABLEUR_REQUIS=1");
        }
        assumeTrue(soffice() != null, "LibreOffice absent (apt-get install libreoffice-calc-nogui)");

        List<List<String>> francais = ouvrir(ecrire("francais.csv", FormatCsv.FRANCAIS));
        assertEquals(List.of("string:numeroUnique", "string:commune", "string:note", "string:message"),
                francais.get(0));
        assertEquals(List.of("string:0060622091500001A0601", "string:Nice", "float:12.5", "string:Côte d'Azur; nord, sud"),
                francais.get(1));

        List<List<String>> international = ouvrir(ecrire("international.csv", FormatCsv.INTERNATIONAL));
        assertEquals(List.of("string:numeroUnique,commune,note,message"), international.get(0), "one column");
    }
}
