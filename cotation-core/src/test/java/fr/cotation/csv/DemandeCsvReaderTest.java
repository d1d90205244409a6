package fr.cotation.csv;

import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV form of demandes (issue 19 item 4, issue 20 item 4): a bad record is an error of that record, naming its
 * line, column and value, and the reader starts again at the next one; the French spreadsheets' form ({@code ;},
 * decimal comma, byte order mark, {@code JJ/MM/AAAA}) reads as the {@code ,}/{@code .} one.
 */
class DemandeCsvReaderTest {
    static final String N1 = "0060622091500001A0601";
    static final String C2 = "0060624011000002A0601";
    static final String C3 = "0060621042800004A0601";

    /** What a file gave: numéros read, errors as "line: column = value: message". */
    record Lecture(List<String> lues, List<ErreurCsv> erreurs, List<Demande> demandes) {
        String erreur(int i) {
            ErreurCsv e = erreurs.get(i);
            return e.ligne() + ": " + e.colonne() + " = " + e.valeur() + ": " + e.message();
        }
    }

    static String csv() {
        try (InputStream in = DemandeCsvReaderTest.class.getResourceAsStream("demandes.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lecture lire(byte[] octets) throws IOException {
        List<String> lues = new ArrayList<>();
        List<ErreurCsv> erreurs = new ArrayList<>();
        List<Demande> demandes = new ArrayList<>();
        try (DemandeCsvReader r = DemandeCsvReader.ouvrir(new ByteArrayInputStream(octets))) {
            for (LectureCsv l = r.suivante(); l != null; l = r.suivante()) {
                if (l.lue()) {
                    lues.add(l.demande().numeroUnique());
                    demandes.add(l.demande());
                } else {
                    erreurs.addAll(l.erreurs());
                }
            }
        }
        return new Lecture(lues, erreurs, demandes);
    }

    static Lecture lire(String texte) throws IOException {
        return lire(texte.getBytes(StandardCharsets.UTF_8));
    }

    /** The fixture's three records, the second changed by {@code deuxieme}. */
    private static String troisCsv(UnaryOperator<String> deuxieme) {
        List<String> lignes = new ArrayList<>(csv().lines().toList());
        int i = lignes.indexOf(lignes.stream().filter(l -> l.startsWith(C2)).findFirst().orElseThrow());
        lignes.set(i, deuxieme.apply(lignes.get(i)));
        return String.join("\n", lignes) + "\n";
    }

    /**
     * The fixture as a French spreadsheet saves it: {@code ;} between cells, decimal comma, dates JJ/MM/AAAA, the
     * byte order mark first. The fixture has no {@code ;} nor decimal of its own: the commas are the separators.
     */
    static byte[] enFrancais(String csv) {
        String t = csv.replace(',', ';').replaceAll("(\\d{4})-(\\d{2})-(\\d{2})",
                "$3/$2/$1").replace(";760;", ";760,50;");
        byte[] texte = t.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[texte.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(texte, 0, b, 3, texte.length);
        return b;
    }

    @Test
    void theFixtureReadsEveryRecord() throws IOException {
        Lecture l = lire(csv());
        assertEquals(List.of(N1, C2, C3), l.lues(), l.erreurs().toString());
        Demande d = l.demandes().get(0);
        assertEquals(new BigDecimal("760"), d.logementActuel().loyerMensuel());
        assertEquals(ModeleLogement.LOCATAIRE_PRIVE, d.logementActuel().modele());
    }

    @Test
    void theFrenchSpreadsheetFormReadsAsTheCommaFormSeparatorFoundOnTheHeader() throws IOException {
        byte[] francais = enFrancais(csv());
        assertEquals((byte) 0xEF, francais[0]);
        Lecture fr = lire(francais);
        Lecture en = lire(csv());
        assertEquals(en.lues(), fr.lues(), fr.erreurs().toString());
        // the same demandes, but for the rent written 760,50
        assertEquals(new BigDecimal("760.50"), fr.demandes().get(0).logementActuel().loyerMensuel());
        assertEquals(LocalDate.of(2022, 9, 15), fr.demandes().get(0).dateDepot());
        for (int i = 1; i < 3; i++) {
            assertEquals(en.demandes().get(i), fr.demandes().get(i));
        }
        try (DemandeCsvReader r = DemandeCsvReader.ouvrir(new ByteArrayInputStream(francais))) {
            assertEquals(';', r.separateur());
        }
    }

    @Test
    void aNumberTakesEitherDecimalMarkButNeitherThousandsSeparatorsNorTwoMarks() throws IOException {
        Lecture point = lire(troisCsv(s -> s.replace("RSA=880", "RSA=880.25")));
        assertEquals(new BigDecimal("880.25"), point.demandes().get(1).menage().demandeur().ressources().get(0).montantMensuel());
        Lecture virgule = lire(troisCsv(s -> s.replace("RSA=880", "\"RSA=880,25\"")));
        assertEquals(new BigDecimal("880.25"), virgule.demandes().get(1).menage().demandeur().ressources().get(0).montantMensuel());

        Lecture deux = lire(troisCsv(s -> s.replace("RSA=880", "\"RSA=1.880,25\"")));
        assertEquals(List.of(N1, C3), deux.lues());
        assertEquals("5: ressources = 1.880,25: nombre attendu, avec une virgule ou un point décimal (par exemple 760, "
                + "760,50 ou 760.50)", deux.erreur(0));
    }

    @Test
    void aDateTakesTheIsoOrTheFrenchFormAndAnImpossibleDayIsAnErrorNamingItsColumn() throws IOException {
        Lecture l = lire(troisCsv(s -> s.replace("2024-01-10", "31/04/2024")));
        assertEquals(List.of(N1, C3), l.lues());
        assertEquals("5: dateDepot = 31/04/2024: date impossible (ce jour n'existe pas dans le calendrier)", l.erreur(0));
        Lecture forme = lire(troisCsv(s -> s.replace("2024-01-10", "01-10-2024")));
        assertEquals("5: dateDepot = 01-10-2024: date attendue au format AAAA-MM-JJ ou JJ/MM/AAAA", forme.erreur(0));
    }

    @Test
    void anUnclosedQuoteInARecordRejectsThatLineAndTheNextIsRead() throws IOException {
        Lecture l = lire(troisCsv(s -> s.replace("RSA=880", "\"RSA=880")));

        assertEquals(List.of(N1, C3), l.lues(), l.erreurs().toString());
        assertEquals("5: null = null: CSV mal formé : guillemet non fermé sur cette ligne ; lecture reprise à la ligne "
                + "suivante", l.erreur(0));
    }

    @Test
    void aQuotedCellMayStillHoldALineBreak() throws IOException {
        Lecture l = lire(troisCsv(s -> s.replace("06088 06027", "\"06088\n06027\"")));

        assertEquals(List.of(N1, C2, C3), l.lues(), l.erreurs().toString());
    }

    @Test
    void numbersAreBoundedBeforeTheyAreParsedAndAnOverflowIsAnErrorOfItsRecord() throws IOException {
        Lecture enorme = lire(troisCsv(s -> s.replace("RSA=880", "RSA=1e400000000")));
        assertEquals(List.of(N1, C3), enorme.lues());
        assertEquals("5: ressources = 1e400000000: nombre démesuré (plus de 15 chiffres avant la virgule)",
                enorme.erreur(0));

        Lecture long_ = lire(troisCsv(s -> s.replace("RSA=880", "RSA=" + "9".repeat(5000))));
        assertEquals(List.of(N1, C3), long_.lues());
        assertTrue(long_.erreur(0).endsWith(": nombre de plus de 50 caractères"), long_.erreur(0));
        assertEquals(5000, long_.erreurs().get(0).valeur().length(), "the error keeps the value; outputs shorten it");

        Lecture debord = lire(troisCsv(s -> s.replace("SANS_ABRI,06088,,", "SANS_ABRI,06088,,99999999999")));
        assertEquals(List.of(N1, C3), debord.lues());
        assertEquals("5: occupants = 99999999999: nombre entier hors limites", debord.erreur(0));
    }

    @Test
    void anOverlongLineIsAnErrorOfThatLine() throws IOException {
        Lecture l = lire(troisCsv(s -> s + "x".repeat(DemandeCsvReader.LIGNE_MAX + 10)));

        assertEquals(List.of(N1, C3), l.lues());
        assertEquals("5: null = null: ligne de plus de 100000 caractères : non lue", l.erreur(0));
    }

    @Test
    void everyFaultyCellOfARecordIsReportedAtOnceWithItsNumero() throws IOException {
        try (DemandeCsvReader r = DemandeCsvReader.ouvrir(new ByteArrayInputStream(troisCsv(s -> s
                .replace("SANS_ABRI", "CHATEAU").replace(",T2,", ",T9,")).getBytes(StandardCharsets.UTF_8)))) {
            r.suivante();
            LectureCsv l = r.suivante();
            assertEquals(C2, l.numeroUnique());
            assertEquals(2, l.rang());
            assertNull(l.demande());
            assertEquals(List.of("logement", "typologies"), l.erreurs().stream().map(ErreurCsv::colonne).toList());
            assertEquals("CHATEAU", l.erreurs().get(0).valeur());
            assertTrue(r.suivante().lue());
            assertNull(r.suivante());
        }
    }

    @Test
    void aHeaderWithAnUnknownDoubledOrMissingColumnMakesTheFileUnreadable() {
        DocumentCsvIllisible inconnue = assertThrows(DocumentCsvIllisible.class, () -> lire("numeroUnique;dateDepot;"
                + "dateNaissance;logement;loyers\n"));
        assertEquals(5, inconnue.colonne());
        assertTrue(inconnue.getMessage().startsWith("colonne inconnue « loyers »"), inconnue.getMessage());
        DocumentCsvIllisible double_ = assertThrows(DocumentCsvIllisible.class, () -> lire("numeroUnique,dateDepot,"
                + "dateNaissance,logement,logement\n"));
        assertEquals("colonne « logement » en double", double_.getMessage());
        DocumentCsvIllisible absente = assertThrows(DocumentCsvIllisible.class, () -> lire("numeroUnique,dateDepot,"
                + "logement\n"));
        assertEquals("colonne obligatoire absente de l'en-tête : dateNaissance", absente.getMessage());
        DocumentCsvIllisible vide = assertThrows(DocumentCsvIllisible.class, () -> lire("# rien\n\n"));
        assertTrue(vide.getMessage().startsWith("fichier vide"), vide.getMessage());
    }
}
