package fr.cotation.examples.cli;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Demande;
import fr.cotation.examples.HotSwapExample;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.dossiersFiges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cotation comparer}: the shipped Nice grille (A) against a copy where "travaille dans la commune demandée"
 * ({@code NCA_TRAVAILLE_COMMUNE}, rubrique without cap) brings 30 points instead of 5 (B), on the seeded stock of
 * the {@code generate} example of docs/cli-exemples.md. The pack folders do not change once written: their engines are built once
 * ({@link Lancement#dossiersFiges}).
 */
class ComparerCommandeTest {
    private static final String DATE = "2025-06-30";
    private static final String CRITERE = "NCA_TRAVAILLE_COMMUNE";
    private static final Pattern MOUVEMENT = Pattern.compile(
            "  (entre|sort) +(\\S+)  rang (\\d+|non classée) → (\\d+|non classée)  note (\\S+) → (\\S+)");

    @TempDir
    static Path dossier;
    private static Path stock;
    private static Path a;
    private static Path b;
    private static Lancement.Resultat changee;

    @BeforeAll
    static void preparer() throws Exception {
        stock = dossier.resolve("stock.json");
        cotation("generer", "--date", DATE, "--nombre", "300", "--graine", "11", "--epci", "200030195", "-o",
                stock.toString());
        a = HotSwapExample.copierPackEmbarque("nice-cote-azur", dossier.resolve("grille-2023"));
        b = HotSwapExample.copierPackEmbarque("nice-cote-azur", dossier.resolve("grille-2026"));
        // the test raises a criterion of a rubrique without cap: the territory link's cap of 5 is lifted in both copies
        for (Path p : List.of(a, b)) {
            Path y = p.resolve("pack.yaml");
            String plafonnee = "{code: LIEN_TERRITOIRE, libelle: \"Lien avec le territoire\", mode: CUMUL, plafond: 5}";
            assertTrue(Files.readString(y).contains(plafonnee), "la rubrique du critère a changé : adapter le test");
            Files.writeString(y, Files.readString(y).replace(plafonnee, plafonnee.replace(", plafond: 5", "")));
        }
        Path drl = b.resolve("regles/criteres-locaux.drl");
        String regles = Files.readString(drl);
        String avant = "@points(5)\n    @proposition(\"absent des critères publiés par la Métropole : rapprochement"
                + " domicile-travail proposé par le projet\")\nwhen\n    Commune( travaille )";
        assertTrue(regles.contains(avant), "la règle du critère a changé : adapter le test");
        Files.writeString(drl, regles.replace(avant, avant.replace("@points(5)", "@points(30)")));
        Path yaml = b.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("version: \"2023.1\"", "version: \"2026.1\""));
        changee = dossiersFiges("comparer", "--date", DATE, "--stock", stock.toString(), a.toString(), b.toString());
    }

    private static List<Demande> demandes() throws Exception {
        try (InputStream in = Files.newInputStream(stock)) {
            return CotationJson.lireDemandes(in);
        }
    }

    /** The line of the criterion in the per-criterion table, split on blanks. */
    private static String[] contribution(String sortie, String critere) {
        return sortie.lines().filter(l -> l.startsWith("  " + critere + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("critère absent : " + critere + "\n" + sortie)).trim()
                .split("\\s+");
    }

    @Test
    void identical_packs_move_nobody_and_keep_every_contribution() {
        var r = dossiersFiges("comparer", "--date", DATE, "--stock", stock.toString(), a.toString(), a.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        List<String> lignes = r.out().lines().toList();
        Matcher m = Pattern.compile("  0 demandes sur (\\d+) changent de rang .*").matcher(lignes.stream()
                .filter(l -> l.contains("changent de rang (")).findFirst().orElseThrow());
        assertTrue(m.matches(), r.out());
        assertTrue(Integer.parseInt(m.group(1)) > 250, r.out());
        assertTrue(lignes.contains(String.format("  %-9s  %9s", "0", m.group(1))), r.out());
        assertTrue(r.out().contains(" : 0 groupe(s) sur "), r.out());
        int criteres = 0;
        boolean tableau = false;
        for (String l : lignes) {
            if (l.startsWith("  critère ")) {
                tableau = true;
            } else if (tableau) {
                String[] c = l.trim().split("\\s+");
                assertEquals(c[1], c[3], l);
                assertEquals(c[2], c[4], l);
                assertEquals("0", c[5], l);
                criteres++;
            }
        }
        assertTrue(criteres > 5, r.out());
        for (String l : lignes) {
            if (l.endsWith(" pts")) {
                assertTrue(l.endsWith(" +0,0 pts"), l);
            }
        }
    }

    @Test
    void the_raised_criterion_adds_25_points_per_line_and_nothing_else_changes() throws Exception {
        assertEquals(CodeSortie.OK, changee.code(), changee.toString());
        CotationEngine moteurB = Lancement.moteurFige(b);
        long lignes = 0;
        for (Demande d : demandes()) {
            CotationResult r = moteurB.coter(d, LocalDate.parse(DATE));
            if (!r.valide()) {
                continue;
            }
            for (Cotation c : r.cotations()) {
                if (c.statut() == Cotation.Statut.COTEE) {
                    lignes += c.lignes().stream().filter(l -> l.critere().equals(CRITERE)).count();
                }
            }
        }
        assertTrue(lignes > 10, "trop peu de lignes pour que le test dise quelque chose : " + lignes);
        String[] c = contribution(changee.out(), CRITERE);
        assertEquals(List.of(CRITERE, String.valueOf(lignes), String.valueOf(5 * lignes), String.valueOf(lignes),
                String.valueOf(30 * lignes), "+" + 25 * lignes), List.of(c));
        boolean tableau = false;
        for (String l : changee.out().lines().toList()) {
            if (l.startsWith("  critère ")) {
                tableau = true;
            } else if (tableau && !l.startsWith("  " + CRITERE + " ")) {
                assertEquals("0", l.trim().split("\\s+")[5], "rubrique sans plafond : aucun autre critère ne bouge : " + l);
            }
        }
    }

    @Test
    void only_demandes_with_the_criterion_enter_the_top_and_only_others_leave_it() throws Exception {
        CotationEngine moteurB = Lancement.moteurFige(b);
        Set<String> avecCritere = new HashSet<>();   // "numéro commune" where the line is
        for (Demande d : demandes()) {
            CotationResult r = moteurB.coter(d, LocalDate.parse(DATE));
            for (Cotation c : r.valide() ? r.cotations() : List.<Cotation>of()) {
                if (c.lignes().stream().map(Ligne::critere).anyMatch(CRITERE::equals)) {
                    avecCritere.add(d.numeroUnique() + " " + c.commune());
                }
            }
        }
        String commune = null;
        int entrees = 0;
        for (String l : changee.out().lines().toList()) {
            Matcher g = Pattern.compile("^.* \\((\\d{5})\\) : \\d+ demandes sous A.*").matcher(l);
            if (g.matches()) {
                commune = g.group(1);
                continue;
            }
            Matcher m = MOUVEMENT.matcher(l);
            if (!m.matches()) {
                continue;
            }
            boolean a = avecCritere.contains(m.group(2) + " " + commune);
            BigDecimal avant = new BigDecimal(m.group(5));
            BigDecimal apres = new BigDecimal(m.group(6));
            if (m.group(1).equals("entre")) {
                entrees++;
                // a demande without the criterion keeps its note and everyone ahead of it stays ahead
                assertTrue(a, "entre sans le critère : " + l);
                assertEquals(avant.add(BigDecimal.valueOf(25)), apres, l);
                assertTrue(Integer.parseInt(m.group(4)) < Integer.parseInt(m.group(3)), l);
            } else {
                assertFalse(a, "sort avec le critère : " + l);
                assertEquals(avant, apres, l);
                assertTrue(Integer.parseInt(m.group(4)) > Integer.parseInt(m.group(3)), l);
            }
        }
        assertTrue(entrees > 0, "le changement doit faire entrer quelqu'un dans une tête de groupe\n" + changee.out());
        assertTrue(changee.out().lines().anyMatch(l -> l.startsWith("  ") && l.contains(" demandes sur ")
                && !l.startsWith("  0 demandes")), changee.out());
    }

    @Test
    void the_html_report_is_well_formed_with_titled_charts_and_their_figures() throws Exception {
        Path page = dossier.resolve("impact.html");
        var r = dossiersFiges("comparer", "-d", DATE, "-s", stock.toString(), "-f", "html", "-o", page.toString(),
                a.toString(), b.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals("", r.out());
        String html = Files.readString(page);
        assertTrue(html.contains("<svg"), html);
        assertFalse(html.toLowerCase().contains("<script"), html);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(page.toFile());
        assertEquals("fr", doc.getDocumentElement().getAttribute("lang"));
        NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertEquals(3, svgs.getLength(), "histogramme, parts du premier décile, écarts de points");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            assertEquals("img", svg.getAttribute("role"));
            String titre = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
            assertEquals(titre, svg.getAttribute("aria-label"));
        }
        // the histogram's table holds the text report's figures
        for (int i = 0; i < Comparaison.TRANCHES.size(); i++) {
            String t = Comparaison.TRANCHES.get(i);
            String ligneTexte = changee.out().lines().filter(l -> l.startsWith(String.format("  %-9s  ", t)))
                    .findFirst().orElseThrow();
            String n = ligneTexte.trim().substring(t.length()).trim();
            assertTrue(html.contains("<tr><th scope=\"row\">" + RapportComparaison.x(t) + "</th><td class=\"n\">" + n
                    + "</td></tr>"), t + " : " + n);
        }
    }

    @Test
    void a_grille_ranking_by_epci_shares_no_group_with_one_ranking_by_commune() throws Exception {
        Path epci = HotSwapExample.copierPackEmbarque("nice-cote-azur", dossier.resolve("grille-epci"));
        Path yaml = epci.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("analogie: TYPOLOGIE_COMMUNE", "analogie: TYPOLOGIE_EPCI"));
        var r = dossiersFiges("comparer", "--date", DATE, "--stock", stock.toString(), a.toString(), epci.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        Matcher classees = Pattern.compile("300 demandes lues ; classées : (\\d+) sous A, (\\d+) sous B ; .*")
                .matcher(r.out().lines().toList().get(1));
        assertTrue(classees.matches(), r.out());
        assertEquals(classees.group(1), classees.group(2), "mêmes notes, mêmes demandes classées");
        assertTrue(r.out().contains("\n  0 demandes sur 0 changent de rang"), r.out());
        assertTrue(r.out().contains("\n  classées sous A seulement : 0, sous B seulement : 0, sous les deux sans groupe "
                + "commun : " + classees.group(1) + "\n"), r.out());
        // one group per typology under B: every demande of A's heads that is not first of the EPCI leaves
        assertTrue(r.out().contains(" dans Métropole Nice Côte d'Azur (200030195) : 0 demandes sous A, "), r.out());
    }

    @Test
    void an_unreadable_record_is_said_once_and_the_other_demandes_are_compared() throws Exception {
        Path mele = dossier.resolve("mele.json");
        String json = Files.readString(stock);
        Files.writeString(mele, "[{\"numeroUnique\": \"0060625010700007A0601\", \"dateDepot\": \"2025-13-45\"},"
                + json.substring(json.indexOf('[') + 1));
        var r = dossiersFiges("comparer", "--date", DATE, "--stock", mele.toString(), a.toString(), b.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertEquals(1, r.lignesErr().stream().filter(l -> l.startsWith(mele + ":")).count(),
                "le stock est lu deux fois, le rejet dit une fois\n" + r.err());
        assertTrue(r.lignesErr().get(r.lignesErr().size() - 1).endsWith(", illisibles: 1"), r.err());
        assertEquals(changee.out(), r.out(), "les 300 autres demandes, comparées comme sans l'enregistrement illisible");
    }

    @Test
    void a_pack_not_in_force_at_the_date_is_a_usage_error_naming_it() {
        var r = dossiersFiges("comparer", "--date", "2022-06-30", "--stock", stock.toString(), a.toString(), b.toString());
        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("le pack nice-cote-azur 2023.1 n'est pas en vigueur le 2022-06-30 (en vigueur du "
                + "2023-01-01)"), r.err());
    }

    @Test
    void missing_folders_files_and_options_have_their_exit_codes() {
        var sansPack = dossiersFiges("comparer", "--date", DATE, "--stock", stock.toString(), a.toString(),
                dossier.resolve("absent").toString());
        assertEquals(CodeSortie.PACKS, sansPack.code(), sansPack.toString());
        assertTrue(sansPack.err().contains("absent: dossier de packs introuvable"), sansPack.err());
        var sansStock = dossiersFiges("comparer", "--date", DATE, "--stock", dossier.resolve("rien.json").toString(),
                a.toString(), b.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, sansStock.code(), sansStock.toString());
        assertTrue(sansStock.err().contains("rien.json: fichier introuvable"), sansStock.err());
        var sansOption = dossiersFiges("comparer", "--date", DATE, a.toString(), b.toString());
        assertEquals(CodeSortie.USAGE, sansOption.code(), sansOption.toString());
        assertTrue(sansOption.err().contains("--stock"), sansOption.err());
        var premiers = dossiersFiges("comparer", "--date", DATE, "--premiers", "0", "--stock", stock.toString(),
                a.toString(), b.toString());
        assertEquals(CodeSortie.USAGE, premiers.code(), premiers.toString());
    }

    @Test
    void the_readme_shows_the_real_compare_output() throws Exception {
        String readme = ReadmeTest.readme();
        assertTrue(readme.contains("\n$ cotation comparer --date 2025-06-30 --stock stock.json grille-2023 grille-2026\n"),
                "README : commande de compare absente");
        List<String> lignes = changee.out().lines().toList();
        List<String> montrees = new ArrayList<>();
        int tetes = lignes.indexOf(lignes.stream().filter(l -> l.startsWith("Entrées et sorties")).findFirst()
                .orElseThrow());
        montrees.addAll(lignes.subList(0, tetes + 1));
        int nice = lignes.indexOf("T2 à Nice (06088) : 141 demandes sous A, 141 sous B");
        assertTrue(nice > tetes, changee.out());
        for (int i = nice; i == nice || lignes.get(i).startsWith("  "); i++) {
            montrees.add(lignes.get(i));
        }
        int points = lignes.indexOf(lignes.stream().filter(l -> l.startsWith("Points par critère")).findFirst()
                .orElseThrow());
        montrees.addAll(lignes.subList(points, points + 2));
        montrees.add(lignes.stream().filter(l -> l.startsWith("  " + CRITERE + " ")).findFirst().orElseThrow());
        montrees.add(changee.lignesErr().get(changee.lignesErr().size() - 1));
        for (String l : montrees) {
            assertTrue(readme.contains("\n" + l + "\n"), "README : ligne absente ou périmée : " + l);
        }
    }
}
