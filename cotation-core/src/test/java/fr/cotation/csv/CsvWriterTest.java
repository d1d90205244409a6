package fr.cotation.csv;

import fr.cotation.classement.Attribution;
import fr.cotation.demande.Typologie;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 4: every CSV the library and the tool write is, by default, what a French spreadsheet opens in
 * columns ({@code ;}, decimal comma, UTF-8 byte order mark), its cells inert; what is written reads back the same.
 */
class CsvWriterTest {

    private static byte[] ecrire(FormatCsv format, List<?>... lignes) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (CsvWriter w = new CsvWriter(o, format)) {
            for (List<?> l : lignes) {
                w.ligne(l);
            }
        }
        return o.toByteArray();
    }

    @Test
    void theFrenchDefaultStartsWithTheByteOrderMarkAndWritesSemicolonsAndDecimalCommas() throws IOException {
        byte[] b = ecrire(FormatCsv.FRANCAIS, List.of("numeroUnique", "note", "part", "rang"),
                Arrays.asList("0060622091500001A0601", new BigDecimal("12.5"), 0.25, 3),
                Arrays.asList("Nice; Côte d'Azur", null, -1.5, 12L));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3), "BOM first");
        String texte = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertEquals("numeroUnique;note;part;rang\n"
                + "0060622091500001A0601;12,5;0,25;3\n"
                + "\"Nice; Côte d'Azur\";;-1,5;12\n", texte);
        // the accent is UTF-8 (C3 B4), which the byte order mark tells the spreadsheet
        String hex = java.util.HexFormat.of().formatHex(b);
        assertTrue(hex.contains("c3b4"), hex);
    }

    @Test
    void theInternationalFormIsCommasPointsAndNoMark() throws IOException {
        byte[] b = ecrire(FormatCsv.INTERNATIONAL, List.of("a", "b"), List.of(new BigDecimal("12.50"), "x,y"));
        assertEquals("a,b\n12.50,\"x,y\"\n", new String(b, StandardCharsets.UTF_8));
        assertEquals('a', b[0]);
    }

    @Test
    void aTextThatStartsLikeAFormulaIsMadeInertAndANumberIsNot() throws IOException {
        byte[] b = ecrire(FormatCsv.FRANCAIS, List.of("=1+2", "+33 6", "-1+HYPERLINK(\"x\")", "\tx", "-12,5", "06088",
                "@SUM(A1)", "a\u001bb"));
        assertEquals("'=1+2;'+33 6;\"'-1+HYPERLINK(\"\"x\"\")\";'\\tx;-12,5;06088;'@SUM(A1);a\\u001bb\n",
                new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void aFormatWhoseSeparatorIsItsDecimalMarkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FormatCsv(',', ',', true));
        assertThrows(IllegalArgumentException.class, () -> new FormatCsv('\t', '.', false));
    }

    @Test
    void anAttributionHistoryWrittenInEitherFormReadsBackTheSame() throws IOException {
        List<Attribution> attributions = List.of(
                new Attribution(LocalDate.of(2023, 1, 10), LocalDate.of(2025, 2, 1), Typologie.T3, "06088", false),
                new Attribution(LocalDate.of(2022, 5, 3), LocalDate.of(2025, 3, 12), Typologie.T5, "06004", true));
        for (FormatCsv f : List.of(FormatCsv.FRANCAIS, FormatCsv.INTERNATIONAL)) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            AttributionsCsv.ecrire(attributions.stream(), new CsvWriter(o, f));
            String texte = o.toString(StandardCharsets.UTF_8);
            assertTrue(texte.contains("2023-01-10" + f.separateur() + "2025-02-01" + f.separateur() + "T3"), texte);
            AttributionsCsv.Lecture l = AttributionsCsv.lire(new ByteArrayInputStream(o.toByteArray()));
            assertEquals(List.of(), l.erreurs());
            assertEquals(attributions, l.attributions());
        }
    }

    @Test
    void aBadHistoryRecordIsAnErrorNamingItsColumnAndTheGoodOnesAreKept() throws IOException {
        String csv = "dateDepot;dateAttribution;typologie;commune;mutation\n"
                + "10/01/2023;01/02/2025;T3;06088;FAUX\n"
                + "2023-01-10;2025-02-01;T9;06088;false\n"
                + "2023-01-10;2025-02-01;T2;06088;peut-être\n"
                + "2023-01-10;2025-02-01;T2\n";
        AttributionsCsv.Lecture l = AttributionsCsv.lire(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Attribution(LocalDate.of(2023, 1, 10), LocalDate.of(2025, 2, 1), Typologie.T3, "06088",
                false)), l.attributions());
        assertEquals(List.of("3: typologie = T9 : typologie inconnue (C, T1 … T5, T6P)",
                "4: mutation = peut-être : true ou false attendu", "5: 3 cellules pour 5 colonnes d'en-tête"),
                l.erreurs().stream().map(ErreurCsv::toString).toList());
    }

    @Test
    void whatTheWriterWritesTheRecordReaderReadsBackCellForCell() throws IOException {
        List<Object> cellules = Arrays.asList("Nice; Côte d'Azur", "il a dit \"non\"", "deux\nlignes", "", null,
                new BigDecimal("760.50"), 12, "06088");
        for (FormatCsv f : List.of(FormatCsv.FRANCAIS, FormatCsv.INTERNATIONAL)) {
            byte[] b = ecrire(f, List.of("a", "b", "c", "d", "e", "f", "g", "h"), cellules);
            try (RangeesCsv r = new RangeesCsv(new java.io.InputStreamReader(new ByteArrayInputStream(b),
                    StandardCharsets.UTF_8))) {
                assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), r.rangee().cellules());
                assertEquals(f.separateur(), r.separateur(), "separator found on the header");
                // a line break is a control character: written escaped (inert cells), it reads back as the text \n
                assertEquals(List.of("Nice; Côte d'Azur", "il a dit \"non\"", "deux\\nlignes", "", "",
                        "760" + f.decimale() + "50", "12", "06088"), r.rangee().cellules());
            }
        }
    }

    @Test
    void aDemandeWrittenInEitherFormReadsBackAsTheSameDemande() throws IOException {
        List<String> colonnes = List.of("numeroUnique", "dateDepot", "dateNaissance", "ressources", "logement",
                "loyer", "surface", "typologies", "communes");
        List<fr.cotation.demande.Demande> lues = new java.util.ArrayList<>();
        for (FormatCsv f : List.of(FormatCsv.FRANCAIS, FormatCsv.INTERNATIONAL)) {
            byte[] b = ecrire(f, colonnes, Arrays.asList("0060622091500001A0601", LocalDate.of(2022, 9, 15),
                    LocalDate.of(1988, 5, 12), "SAL=1250" + f.decimale() + "50 AF=150", "LP", new BigDecimal("760.50"),
                    new BigDecimal("38.5"), "T3", "06088 06123"));
            try (DemandeCsvReader r = DemandeCsvReader.ouvrir(new ByteArrayInputStream(b))) {
                LectureCsv l = r.suivante();
                assertTrue(l.lue(), l.erreurs().toString());
                lues.add(l.demande());
            }
        }
        assertEquals(lues.get(0), lues.get(1));
        assertEquals(new BigDecimal("760.50"), lues.get(0).logementActuel().loyerMensuel());
        assertEquals(new BigDecimal("1250.50"), lues.get(0).menage().demandeur().ressources().get(0).montantMensuel());
    }
}
