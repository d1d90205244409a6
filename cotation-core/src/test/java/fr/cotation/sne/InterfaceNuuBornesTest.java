package fr.cotation.sne;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static fr.cotation.sne.InterfaceNuuReaderTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 4, for the national XML: element, attribute and text sizes are bounded, a demande out of
 * bounds is an error of that demande, and what held (XXE, billion laughs, external DTD) keeps holding. The
 * 200 MB inputs are generated as they are read, never held nor committed.
 */
class InterfaceNuuBornesTest {
    private static final String N1 = "0060622091500001A0601";

    /** {@code avant}, then {@code n} bytes {@code x}, then {@code apres}, generated as read. */
    private static InputStream flux(String avant, long n, String apres) {
        InputStream x = new InputStream() {
            private long lus;

            @Override
            public int read() {
                return lus++ < n ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int o, int l) {
                if (lus >= n) {
                    return -1;
                }
                int k = (int) Math.min(l, n - lus);
                Arrays.fill(b, o, o + k, (byte) 'x');
                lus += k;
                return k;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(avant.getBytes(StandardCharsets.UTF_8)),
                new SequenceInputStream(x, new ByteArrayInputStream(apres.getBytes(StandardCharsets.UTF_8))));
    }

    /** The document with {@code n} bytes inserted at the end of the first occurrence of {@code apres}. */
    private static InputStream insere(String apres, long n) {
        String xml = fixture();
        int i = xml.indexOf(apres) + apres.length();
        return flux(xml.substring(0, i), n, xml.substring(i));
    }

    private static List<LectureNuu> toutes(InputStream in) throws IOException {
        try (InterfaceNuuReader r = InterfaceNuuReader.ouvrir(in)) {
            return r.toutes();
        }
    }

    @Test
    void aTwoHundredMegabyteTextRejectsItsDemandeAndTheNextIsRead() throws IOException {
        List<LectureNuu> l = toutes(insere("<n:nom>Garnier", 200_000_000L));

        assertEquals(2, l.size());
        assertFalse(l.get(0).importee());
        ErreurNuu e = l.get(0).erreurs().get(0);
        assertTrue(e.chemin().endsWith("/nom"), e.chemin());
        assertEquals("texte de plus de 10000 caractères : demande non lue", e.message());
        assertEquals(N1, l.get(0).numeroUnique());
        assertTrue(l.get(1).importee(), l.get(1).erreurs().toString());
    }

    @Test
    void aTwoHundredMegabyteAttributeIsRefusedWithoutExhaustingMemory() {
        String xml = fixture();
        int deuxieme = xml.indexOf("<n:demandeLogement>", xml.indexOf("</n:demandeLogement>"));
        String avant = xml.substring(0, deuxieme) + "<n:demandeLogement a=\"";
        String apres = "\">" + xml.substring(deuxieme + "<n:demandeLogement>".length());
        List<LectureNuu> lues = new ArrayList<>();

        DocumentNuuIllisible e = assertThrows(DocumentNuuIllisible.class, () -> {
            try (InterfaceNuuReader r = InterfaceNuuReader.ouvrir(flux(avant, 200_000_000L, apres))) {
                for (LectureNuu x = r.suivante(); x != null; x = r.suivante()) {
                    lues.add(x);
                }
            }
        });

        assertEquals(1, lues.size(), "the demande before the attribute is read");
        assertTrue(lues.get(0).importee());
        assertTrue(e.getMessage().startsWith("XML refusé : balise, attribut, commentaire ou section CDATA de plus de "
                + "100000 octets ouvert ligne "), e.getMessage());
    }

    @Test
    void aDemandeOfTooManyElementsIsAnErrorOfThatDemande() throws IOException {
        String xml = fixture().replaceFirst("<n:numUnique>", "<n:vide>" + "<n:x/>".repeat(20_000) + "</n:vide><n:numUnique>");

        List<LectureNuu> l = InterfaceNuuReaderTest.lire(xml);

        assertEquals(2, l.size());
        assertTrue(l.get(0).erreurs().get(0).message().startsWith("demande de plus de 10000 éléments"));
        assertTrue(l.get(1).importee());
    }

    @Test
    void deepNestingOutsideADemandeIsRefusedByTheParserNotByTheStack() {
        String xml = fixture().replaceFirst("<n:demande>", "<n:autre>" + "<a>".repeat(50_000) + "</a>".repeat(50_000)
                + "</n:autre><n:demande>");

        DocumentNuuIllisible e = assertThrows(DocumentNuuIllisible.class, () -> InterfaceNuuReaderTest.lire(xml));

        assertTrue(e.getMessage().startsWith("XML refusé : limite du lecteur dépassée : ")
                && e.getMessage().contains("\"maxElementDepth\""), e.getMessage());
    }

    @Test
    void aCutDocumentSaysWhichDemandeWasNotRead() throws IOException {
        String xml = fixture();
        String coupe = xml.substring(0, xml.lastIndexOf("<n:listeCotitulaire>"));
        try (InterfaceNuuReader r = InterfaceNuuReader.ouvrir(new ByteArrayInputStream(coupe.getBytes(StandardCharsets.UTF_8)))) {
            assertTrue(r.suivante().importee());
            DocumentNuuIllisible e = assertThrows(DocumentNuuIllisible.class, r::suivante);
            assertTrue(e.getMessage().contains("la demande /interfaceNuu/demande[2]/demandeLogement ouverte ligne "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith(" n'est pas lue, ni rien après elle"), e.getMessage());
            assertNull(r.suivante());
        }
    }

    @Test
    void billionLaughsAndExternalEntitiesAreStillRefusedAndNoFileIsRead(@TempDir Path dossier) throws IOException {
        Path secret = Files.writeString(dossier.resolve("secret.txt"), "SECRET-42");
        String rires = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"ha\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<interfaceNuu><demande><demandeLogement><numUnique>&e;&e;&e;&e;</numUnique></demandeLogement>"
                + "</demande></interfaceNuu>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<interfaceNuu><demande><demandeLogement><numUnique>&s;</numUnique></demandeLogement>"
                + "</demande></interfaceNuu>";
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE interfaceNuu SYSTEM \"" + secret.toUri() + "\">"
                + "<interfaceNuu><demande><demandeLogement><numUnique>X</numUnique></demandeLogement>"
                + "</demande></interfaceNuu>";
        for (String doc : List.of(rires, xxe, dtd)) {
            try {
                List<LectureNuu> l = InterfaceNuuReaderTest.lire(doc);
                l.forEach(x -> {
                    assertFalse(x.importee(), x.toString());
                    assertFalse(x.toString().contains("SECRET") || x.toString().contains("haha"), x.toString());
                });
            } catch (DocumentNuuIllisible e) {
                assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
            }
        }
    }
}
