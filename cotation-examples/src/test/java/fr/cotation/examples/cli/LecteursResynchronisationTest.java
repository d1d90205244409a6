package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 4: a bad record is an error of that record; the reader starts again at the next one, and a
 * file cut short says which records were not read.
 */
class LecteursResynchronisationTest {
    private static final String N1 = "0060622091500001A0601";
    private static final String N2 = "0060622091500002A0601";
    private static final String N3 = "0060622091500003A0601";

    /** What a reader gave: numéros read, rejets as "ligne: champ: message", and the error that ended it. */
    record Lecture(List<String> lues, List<Rejet> rejets, List<Integer> rangsRejetes, FichierIllisible fin) {
        String rejet(int i) {
            Rejet r = rejets.get(i);
            return r.ligne() + ": " + r.champ() + " = " + r.valeur() + ": " + r.message();
        }
    }

    static Lecture lire(String nom, String contenu) throws IOException {
        List<String> lues = new ArrayList<>();
        List<Rejet> rejets = new ArrayList<>();
        List<Integer> rangs = new ArrayList<>();
        FichierIllisible fin = null;
        byte[] octets = contenu.getBytes(StandardCharsets.UTF_8);
        try (LecteurDemandes l = FormatEntree.ouvrir(nom, new ByteArrayInputStream(octets), null)) {
            for (Lu lu = l.suivant(); lu != null; lu = l.suivant()) {
                if (lu.demande() != null) {
                    lues.add(lu.demande().numeroUnique());
                } else {
                    rejets.addAll(lu.rejets());
                    rangs.add(lu.rang());
                }
            }
        } catch (FichierIllisible e) {
            fin = e;
        }
        return new Lecture(lues, rejets, rangs, fin);
    }

    static String une() throws IOException {
        return CoterCommandeTest.json("cli/une-demande.json");
    }

    /** Three demandes in an array, the second changed by {@code deuxieme}. */
    private static String trois(java.util.function.UnaryOperator<String> deuxieme) throws IOException {
        String une = une();
        return "[\n" + une + ",\n" + deuxieme.apply(une.replace(N1, N2)) + ",\n" + une.replace(N1, N3) + "\n]\n";
    }

    @Test
    void anIntegerTooLargeInDemandeTwoOfThreeRejectsThatDemandeOnly() throws IOException {
        Lecture l = lire("lot.json", trois(d -> d.replace("\"nombreOccupants\": 3", "\"nombreOccupants\": 99999999999")));

        assertEquals(List.of(N1, N3), l.lues(), "demande 3 is read after the overflow in demande 2");
        assertNull(l.fin());
        assertEquals(List.of(2), l.rangsRejetes());
        assertTrue(l.rejet(0).contains("nombreOccupants = null: nombre hors limites : nombre entier attendu"), l.rejet(0));
    }

    @Test
    void aHugeAmountIsAnErrorOfItsFieldQuotedShort() throws IOException {
        Lecture l = lire("lot.json", trois(d -> d.replace("\"loyerMensuel\": 760", "\"loyerMensuel\": -1e999999999")));

        assertEquals(List.of(N1, N3), l.lues());
        assertEquals("logementActuel.loyerMensuel", l.rejets().get(0).champ());
        assertEquals("-1E+999999999", l.rejets().get(0).valeur());
        assertTrue(l.rejets().get(0).message().startsWith("nombre démesuré"), l.rejet(0));
    }

    @Test
    void aDuplicateKeyRejectsItsDemande() throws IOException {
        Lecture l = lire("lot.json", trois(d -> d.replace("\"loyerMensuel\": 760", "\"loyerMensuel\": 760, \"loyerMensuel\": 7600")));

        assertEquals(List.of(N1, N3), l.lues());
        assertTrue(l.rejet(0).contains("Duplicate field 'loyerMensuel'"), l.rejet(0));
    }

    @Test
    void aSyntaxErrorInsideBalancedBracketsRejectsThatDemandeOnly() throws IOException {
        Lecture l = lire("lot.json", trois(d -> d.replace("\"dateDepot\": \"2022-09-15\",", "\"dateDepot\": \"2022-09-15\"")));

        assertEquals(List.of(N1, N3), l.lues());
        int ligne = (int) (une().lines().count() + 2 + 4); // "[", demande 1, then line 4 of demande 2
        assertTrue(l.rejet(0).startsWith(ligne + ": null = null: JSON mal formé : "), l.rejet(0));
    }

    @Test
    void aMissingBraceOrQuoteRejectsThatDemandeAndTheReadingStartsAgainAtTheNext() throws IOException {
        String sansAccolade = trois(d -> d.substring(0, d.lastIndexOf('}')));
        Lecture accolade = lire("lot.json", sansAccolade);
        assertEquals(List.of(N1, N3), accolade.lues(), accolade.rejets().toString());
        assertEquals(1, accolade.rejets().size());
        // the line of demande 3's "{", just above its numéro
        long ligne3 = sansAccolade.substring(0, sansAccolade.indexOf(N3)).lines().count() - 1;
        assertTrue(accolade.rejet(0).contains("lecture reprise ligne " + ligne3 + ", à la demande suivante"),
                accolade.rejet(0));

        Lecture guillemet = lire("lot.json", trois(d -> d.replace("\"T2\"", "\"T2")));
        assertEquals(List.of(N1, N3), guillemet.lues(), guillemet.rejets().toString());
        assertEquals(List.of(2), guillemet.rangsRejetes());

        // one demande a line, and Jackson's pretty printer "}, {": the next demande is found in both layouts
        String ligne = une().replaceAll("\\s*\\n\\s*", " ");
        Lecture compact = lire("lot.json", "[" + ligne + ",\n" + ligne.replace(N1, N2).replace("\"T3\" ]", "\"T3\" ")
                + ",\n" + ligne.replace(N1, N3) + "]\n");
        assertEquals(List.of(N1, N3), compact.lues(), compact.rejets().toString());
        Lecture jackson = lire("lot.json", "[ " + une().replace("\n}", "\n}, ") + une().replace(N1, N2)
                .replace("\"T3\" ]", "\"T3\" ").replace("\n}", "\n}, ") + une().replace(N1, N3) + " ]");
        assertEquals(List.of(N1, N3), jackson.lues(), jackson.rejets().toString());
    }

    @Test
    void aFileCutInADemandeSaysWhichDemandeWasNotRead() throws IOException {
        String une = une();
        Lecture l = lire("tronque.json", "[\n" + une + ",\n" + une.replace(N1, N2) + ",\n"
                + une.replace(N1, N3).substring(0, 300));

        assertEquals(List.of(N1, N2), l.lues());
        assertNotNull(l.fin());
        assertTrue(l.fin().getMessage().endsWith("(demande n° 3) : 1 demande non lue"), l.fin().getMessage());

        Lecture entre = lire("tronque.json", "[\n" + une + ",\n" + une.replace(N1, N2) + ",\n");
        assertEquals(List.of(N1, N2), entre.lues());
        assertTrue(entre.fin().getMessage().contains("les 2 demandes qui précèdent sont lues"), entre.fin().getMessage());
    }

    // ---- CSV

    private static final String C2 = "0060624011000002A0601";
    private static final String C3 = "0060621042800004A0601";

    static String csv() throws IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of(fixture("cli/demandes.csv")));
    }

    /** The fixture's three records, the second changed by {@code deuxieme}. */
    private static String troisCsv(java.util.function.UnaryOperator<String> deuxieme) throws IOException {
        List<String> lignes = new ArrayList<>(csv().lines().toList());
        int i = lignes.indexOf(lignes.stream().filter(l -> l.startsWith(C2)).findFirst().orElseThrow());
        lignes.set(i, deuxieme.apply(lignes.get(i)));
        return String.join("\n", lignes) + "\n";
    }

    @Test
    void anUnclosedQuoteInACsvRecordRejectsThatLineAndTheNextIsRead() throws IOException {
        Lecture l = lire("lot.csv", troisCsv(s -> s.replace("RSA=880", "\"RSA=880")));

        assertEquals(List.of(N1, C3), l.lues(), l.rejets().toString());
        assertNull(l.fin());
        assertEquals("5: null = null: CSV mal formé : guillemet non fermé sur cette ligne ; lecture reprise à la ligne "
                + "suivante", l.rejet(0));
    }

    @Test
    void aQuotedCellMayStillHoldALineBreak() throws IOException {
        Lecture l = lire("lot.csv", troisCsv(s -> s.replace("06088 06027", "\"06088\n06027\"")));

        assertEquals(List.of(N1, C2, C3), l.lues(), l.rejets().toString());
    }

    @Test
    void csvNumbersAreBoundedBeforeTheyAreParsedAndAnOverflowIsAnErrorOfItsRecord() throws IOException {
        Lecture enorme = lire("lot.csv", troisCsv(s -> s.replace("RSA=880", "RSA=1e400000000")));
        assertEquals(List.of(N1, C3), enorme.lues());
        assertEquals("5: ressources = 1e400000000: nombre démesuré (plus de 15 chiffres avant la virgule)", enorme.rejet(0));

        Lecture long_ = lire("lot.csv", troisCsv(s -> s.replace("RSA=880", "RSA=" + "9".repeat(5000))));
        assertEquals(List.of(N1, C3), long_.lues());
        assertTrue(long_.rejet(0).endsWith(": nombre de plus de 50 caractères"), long_.rejet(0));
        assertTrue(long_.rejets().get(0).valeur().length() == 5000, "the rejet keeps the value; the outputs shorten it");

        Lecture debord = lire("lot.csv", troisCsv(s -> s.replace("SANS_ABRI,06088,,", "SANS_ABRI,06088,,99999999999")));
        assertEquals(List.of(N1, C3), debord.lues());
        assertEquals("5: occupants = 99999999999: nombre entier hors limites", debord.rejet(0));
    }

    @Test
    void anOverlongCsvLineIsAnErrorOfThatLine() throws IOException {
        Lecture l = lire("lot.csv", troisCsv(s -> s + "x".repeat(LecteurCsv.LIGNE_MAX + 10)));

        assertEquals(List.of(N1, C3), l.lues());
        assertEquals("5: null = null: ligne de plus de 100000 caractères : non lue", l.rejet(0));
    }
}
