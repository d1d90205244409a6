package fr.cotation.publication;

import fr.cotation.equite.RapportEquite;
import fr.cotation.equite.SuiteEquite;
import fr.cotation.testing.Moteurs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 6: the published fairness report is readable by an EPCI and accessible. The HTML of the report of the
 * pack of issue 16 (every section: properties, statistics, counterfactuals, disparities, local share) is parsed
 * (jsoup) and checked against the rules of RGAA 4 / WCAG 2.1 that a static page can break: language, text
 * alternatives, table headers, heading order, contrast of the colours used, decorative bars hidden from screen
 * readers; and its figures are written the French way.
 */
class RapportEquiteAccessibleTest {

    private static final RapportEquite R = SuiteEquite.builder(Moteurs.packs("motifs"))
            .pack("test-motifs-discriminante", "1").cas(200).build().verifier();
    private static final String HTML = RapportEquitePublie.de(R).html();
    private static final org.jsoup.nodes.Document DOC = Jsoup.parse(HTML);

    @Test
    void thePageIsInFrenchWithATitle() {
        assertEquals("fr", DOC.selectFirst("html").attr("lang"));
        assertFalse(DOC.title().isBlank());
    }

    @Test
    void everyImageAndSvgHasATextAlternative() {
        for (Element img : DOC.select("img")) {
            assertTrue(img.hasAttr("alt"), img.outerHtml());
        }
        for (Element svg : DOC.select("svg")) {
            assertTrue(svg.attr("aria-hidden").equals("true") || !svg.attr("aria-label").isBlank()
                    || svg.selectFirst("title") != null, svg.outerHtml());
        }
    }

    @Test
    void everyTableHasACaptionAndHeadersWithAScopeAndAText() {
        assertTrue(DOC.select("table").size() >= 5, "the report's tables");
        for (Element t : DOC.select("table")) {
            assertFalse(t.select("caption").text().isBlank(), t.outerHtml());
            for (Element th : t.select("th")) {
                assertTrue(th.attr("scope").equals("col") || th.attr("scope").equals("row"), th.outerHtml());
            }
            for (Element th : t.select("thead th")) {
                assertFalse(th.text().isBlank(), "a column header says what its column holds: " + t.select("caption"));
            }
        }
    }

    @Test
    void headingsComeInOrderUnderOneTitle() {
        List<Element> titres = DOC.select("h1, h2, h3, h4, h5, h6");
        assertEquals(1, DOC.select("h1").size());
        assertEquals("h1", titres.get(0).tagName());
        int avant = 1;
        for (Element h : titres) {
            int niveau = h.tagName().charAt(1) - '0';
            assertTrue(niveau <= avant + 1, "heading level skipped before: " + h.outerHtml());
            avant = niveau;
        }
    }

    @Test
    void theHistogramBarsAreHiddenFromScreenReadersWithTheFiguresInText() {
        Element t = DOC.select("table").stream().filter(x -> x.select("caption").text().equals("Distribution des notes"))
                .findFirst().orElseThrow();
        List<Element> lignes = t.select("tbody tr");
        assertFalse(lignes.isEmpty());
        for (Element tr : lignes) {
            Element barre = tr.select("td").last();
            for (org.jsoup.nodes.TextNode n : barre.textNodes()) {
                assertTrue(n.isBlank(), "a bar outside aria-hidden: " + barre.outerHtml());
            }
            barre.select("span").forEach(s -> assertEquals("true", s.attr("aria-hidden"), barre.outerHtml()));
            assertTrue(tr.select("td").get(0).text().matches("\\d[\\d\u202f]*"), tr.outerHtml());
            assertTrue(tr.select("td").get(1).text().matches("\\d[\\d\u202f]*,\\d\u202f%"), tr.outerHtml());
        }
        // no bar character anywhere else in the page
        DOC.select("span[aria-hidden=true]").remove();
        assertFalse(DOC.body().text().contains("█"));
    }

    @Test
    void theColoursUsedContrastAtLeastFourAndAHalfToOne() {
        String css = DOC.select("style").html();
        List<String> textes = couleurs(css, "(?<![-\\w])color");
        List<String> fonds = couleurs(css, "background(?:-color)?");
        fonds.add("#ffffff");
        assertTrue(textes.size() >= 2 && fonds.size() >= 3, css);
        for (String t : textes) {
            for (String f : fonds) {
                double c = contraste(t, f);
                assertTrue(c >= 4.5, t + " on " + f + ": " + c);
            }
        }
        // the test computes what it claims: black on white is 21:1, #767676 on white about 4.54:1
        assertEquals(21.0, contraste("#000", "#fff"), 1e-9);
        assertEquals(4.54, contraste("#767676", "#ffffff"), 0.01);
        assertTrue(contraste("#777777", "#ffffff") < 4.5);
    }

    @Test
    void noInternalNamesInTheText() {
        String texte = Jsoup.parse(HTML).body().text();
        assertFalse(texte.contains("fr.cotation"), texte);
        assertFalse(texte.contains("graine"), "the seed is a 'tirage n°'");
        assertTrue(DOC.select("code").isEmpty() || DOC.select("p code, td code, li code").isEmpty(),
                "no code in the text: " + DOC.select("p code, td code, li code"));
        assertTrue(texte.contains("Grille de cotation « " + R.nom() + " », version 1 : "), texte);
        assertTrue(texte.contains("Ce que ce rapport ne prouve pas"), texte);
    }

    @Test
    void figuresAreWrittenTheFrenchWay() {
        // in the tables: no hyphen-minus before a digit, no decimal point, no ungrouped thousands
        for (Element td : DOC.select("td, tbody th")) {
            String t = td.text();
            assertFalse(t.matches(".*(^|\\s)-\\d.*"), "minus sign: " + t);
            assertFalse(t.matches(".*\\d\\.\\d.*"), "decimal comma: " + t);
            assertFalse(t.matches(".*\\d{4,}.*"), "thousands: " + t);
        }
        assertTrue(HTML.contains("\u221230"), "a real minus sign: −30");
        assertEquals("1\u202f000", RapportEquitePublie.entier(1000));
        assertEquals("\u221249", RapportEquitePublie.nombre(new BigDecimal("-49")));
        assertEquals("\u22121\u202f234,5", RapportEquitePublie.nombre(new BigDecimal("-1234.50")));
        assertEquals("+12\u202f345", RapportEquitePublie.signe(new BigDecimal("12345")));
        assertEquals("12,5\u202f%", RapportEquitePublie.pct(0.125));
        assertEquals("100,0\u202f%", RapportEquitePublie.pct(1));
    }

    private static List<String> couleurs(String css, String propriete) {
        List<String> l = new ArrayList<>();
        Matcher m = Pattern.compile(propriete + "\\s*:\\s*(#[0-9a-fA-F]{3,6})\\b").matcher(css);
        while (m.find()) {
            l.add(m.group(1).toLowerCase());
        }
        return l;
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours (#rgb or #rrggbb). */
    static double contraste(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
