package fr.cotation.examples.cli;

import fr.cotation.bilan.Bilan;
import fr.cotation.bilan.BilanAttributions;
import fr.cotation.bilan.Compte;
import fr.cotation.bilan.FluxConvention;
import fr.cotation.bilan.Indicateur;
import fr.cotation.generation.GenerateurBilan;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.cotation.examples.cli.Lancement.cotation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cotation bilan}: the worked example of the docs, a generated territory against the library, bad input. */
class BilanCommandeTest {
    private static final Pattern BLOC = Pattern.compile("```csv\\n# (\\w+\\.csv)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dossier;

    private static Path racine() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        return Files.isRegularFile(module.resolve("cotation-core/pom.xml")) ? module : module.getParent();
    }

    /** Writes the five files of the worked example of docs/bilan-attributions.md into {@code dossier}. */
    private static String exempleDeLaDoc(Path dossier) throws IOException {
        String page = Files.readString(racine().resolve("docs/bilan-attributions.md"), StandardCharsets.UTF_8);
        Matcher m = BLOC.matcher(page);
        List<String> fichiers = new ArrayList<>();
        while (m.find()) {
            Files.writeString(dossier.resolve(m.group(1)), "# " + m.group(1) + "\n" + m.group(2), StandardCharsets.UTF_8);
            fichiers.add(m.group(1));
        }
        assertEquals(List.of("conventions.csv", "logements.csv", "demandes.csv", "attributions.csv", "seuils.csv"),
                fichiers);
        return page;
    }

    @Test
    void theWorkedExampleOfTheDocsIsWhatTheToolPrints() throws IOException {
        String page = exempleDeLaDoc(dossier);
        String attendu = page.substring(page.indexOf("<!-- exemple:debut -->"), page.indexOf("<!-- exemple:fin -->"));
        List<String> lignes = attendu.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Convention |")
                && !l.startsWith("| Compte |") && !l.startsWith("| Attribution |")).toList();
        assertTrue(lignes.size() >= 18, "lignes de l'exemple : " + lignes);
        var r = cotation("bilan", "--annee", "2025", "--donnees", dossier.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), "two anomalies: " + r);
        List<String> imprimees = r.out().lines().toList();
        for (String l : lignes) {
            assertTrue(imprimees.contains(l), "absente de la sortie : " + l + "\n" + r.out());
        }
        // the hand-computed figures the page states in words
        assertTrue(imprimees.contains("| C-COM | Commune X | Commune | Bailleur A | 999999999 | 60 | 3 | 5,0 % | 5 "
                + "| 20,0 % | 0,00 (plancher) | 0 |"));
        assertTrue(imprimees.contains("| 999999999 | EPCI | 9 | Autres quartiles en QPV | 3 | 1 | 0 | 33,3 % "
                + "| 50,0 % | 2 | -1 | non atteint |"));
        assertTrue(r.err().contains("anomalie : attribution A10, logement L99"), r.err());
        assertTrue(r.err().contains("anomalie : attribution A11, date 2024-12-20"), r.err());

        // the territory's own QPV objective, 30 %: ⌈0.9⌉ = 1 required, met
        var qpv = cotation("bilan", "--annee", "2025", "--donnees", dossier.toString(), "--objectif-qpv",
                "999999999=0.30");
        assertTrue(qpv.out().contains("| 999999999 | EPCI | 9 | Autres quartiles en QPV | 3 | 1 | 0 | 33,3 % "
                + "| 30,0 % | 1 | 0 | atteint |"), qpv.out());
    }

    @Test
    void aGeneratedTerritorysFiguresAreTheLibrarys() throws IOException {
        Path csv = dossier.resolve("bilan.csv");
        Path donnees = dossier.resolve("annee");
        var r = cotation("bilan", "--annee", "2025", "--generer", "--graine", "5", "--donnees", donnees.toString(),
                "-f", "csv", "-o", csv.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        List<String> communes = Referentiel.fromClasspath(getClass().getClassLoader()).communesDe("200030195")
                .stream().map(CommuneRef::code).sorted().toList();
        Bilan attendu = BilanAttributions.calculer(GenerateurBilan.generer(5, 2025, "200030195", communes));

        byte[] octets = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(octets[0], octets[1], octets[2]), "BOM");
        List<String> lignes = new String(octets, 3, octets.length - 3, StandardCharsets.UTF_8).lines().toList();
        List<String> entete = List.of(lignes.get(0).split(";", -1));
        assertEquals(RapportBilan.COLONNES_CSV, entete);
        Map<String, Map<String, String>> parCle = new HashMap<>();
        for (String l : lignes.subList(1, lignes.size())) {
            String[] c = l.split(";", -1);
            assertEquals(entete.size(), c.length, l);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < c.length; i++) {
                m.put(entete.get(i), c[i]);
            }
            parCle.put(c[0] + "|" + c[1] + "|" + c[12], m);
        }
        assertEquals(attendu.conventions().size() + attendu.comptes().size() * 3, lignes.size() - 1);
        for (FluxConvention f : attendu.conventions()) {
            Map<String, String> m = parCle.get("convention|" + f.convention().identifiant() + "|");
            assertEquals(f.convention().fluxAnnuel().toPlainString().replace('.', ','), m.get("flux_annuel"));
            assertEquals(String.valueOf(f.attributions()), m.get("attributions"));
            assertEquals(f.convention().rotation().toPlainString().replace('.', ','), m.get("rotation"));
        }
        int verifies = 0;
        for (Compte c : attendu.comptes()) {
            for (Indicateur i : c.indicateurs()) {
                Map<String, String> m = parCle.get(c.niveau().name().toLowerCase() + "|" + c.cle() + "|"
                        + RapportBilan.objectif(i.objectif()));
                assertEquals(List.of(i.base(), i.nombre(), i.requis(), i.ecart()).toString(), List.of(m.get("base"),
                        m.get("comptees"), m.get("requis"), m.get("ecart")).toString().replace("'", ""), c.cle());
                assertEquals(i.part() == null ? "" : i.part().toPlainString().replace('.', ','), m.get("part"));
                assertEquals(RapportBilan.etat(i.etat()), m.get("etat"));
                verifies++;
            }
        }
        assertTrue(verifies >= 15, "indicateurs vérifiés : " + verifies);
        assertTrue(r.err().contains("bilan 2025 : " + attendu.attributions() + " attributions comptées"), r.err());

        // the same files read again give the same report; HTML holds the chart, accessible, without external asset
        Path html = dossier.resolve("bilan.html");
        var h = cotation("bilan", "--annee", "2025", "--donnees", donnees.toString(), "-f", "html", "-o",
                html.toString());
        assertEquals(CodeSortie.OK, h.code(), h.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("<svg") && page.contains("role=\"img\"")
                && page.contains("aria-labelledby=\"graphique-titre graphique-desc\"")
                && page.contains("<title id=\"graphique-titre\">"), "graphique accessible");
        assertFalse(page.contains("src=") || page.contains("href=") || page.contains("@import"), "aucune ressource externe");
    }

    @Test
    void aBadLineIsRejectedWithItsLineAndTheOthersAreCounted() throws IOException {
        exempleDeLaDoc(dossier);
        Path c = dossier.resolve("conventions.csv");
        Files.writeString(c, Files.readString(c).replace("C-COM,COMMUNE,Commune X,Bailleur A,999999999,60,3,5,0.20",
                "C-COM,COMMUNE,Commune X,Bailleur A,999999999,60,3,5,1.20"));
        var r = cotation("bilan", "--annee", "2025", "--donnees", dossier.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertTrue(r.err().contains("conventions.csv:ligne 5 : part hors de ]0, 1] : 1.20"), r.err());
        assertTrue(r.out().contains("| Préfet | État | 4 | DALO ou prioritaires | 4 | 2 |"), r.out());
    }

    @Test
    void frenchSpreadsheetFilesAndJsonAreRead() throws IOException {
        exempleDeLaDoc(dossier);
        Path c = dossier.resolve("conventions.csv");
        Files.writeString(c, "\uFEFF" + Files.readString(c).replace(',', ';').replace("0.25", "0,25")
                .replace("0.30", "0,30").replace("0.20", "0,20"));
        Path d = dossier.resolve("demandes.csv");
        Files.delete(d);
        Files.writeString(dossier.resolve("demandes.json"), """
                [{"numero": "D1", "dalo": true, "prioritaire": false, "ressourcesParUc": 6000},
                 {"numero": "D2", "dalo": false, "prioritaire": true, "ressourcesParUc": 12000},
                 {"numero": "D3", "dalo": false, "prioritaire": false, "ressourcesParUc": 9000},
                 {"numero": "D4", "dalo": false, "prioritaire": false, "ressourcesParUc": 15000},
                 {"numero": "D5", "dalo": false, "prioritaire": false, "ressourcesParUc": 8000},
                 {"numero": "D6", "dalo": false, "prioritaire": false, "ressourcesParUc": 20000},
                 {"numero": "D7", "dalo": false, "prioritaire": false, "ressourcesParUc": 7000},
                 {"numero": "D8", "dalo": false, "prioritaire": false, "ressourcesParUc": 8500},
                 {"numero": "D9", "dalo": true, "prioritaire": false, "ressourcesParUc": 5000}]
                """);
        var r = cotation("bilan", "--annee", "2025", "--donnees", dossier.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), "the two anomalies of the example: " + r);
        assertTrue(r.out().contains("| 999999999 | EPCI | 9 | 1er quartile hors QPV | 5 | 3 | 0 | 60,0 % | 25,0 % | 2 "
                + "| +1 | atteint |"), r.out());
        assertTrue(r.out().contains("| C-ETAT | Préfet | État | Bailleur A | 999999999 | 400 | 30 | 7,5 % | 2 "
                + "| 25,0 % | 7,00 | 4 |"), r.out());
    }

    @Test
    void whatASpreadsheetOrABrowserWouldObeyIsMadeInert() throws IOException {
        exempleDeLaDoc(dossier);
        Path c = dossier.resolve("conventions.csv");
        Files.writeString(c, Files.readString(c).replace("Action Logement,Bailleur A",
                "\"=HYPERLINK(\"\"http://x\"\")\",<script>alert(1)</script>"));
        Path csv = dossier.resolve("b.csv");
        cotation("bilan", "--annee", "2025", "--donnees", dossier.toString(), "-f", "csv", "-o", csv.toString());
        String tableur = Files.readString(csv);
        assertTrue(tableur.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"), tableur);
        assertFalse(tableur.contains(";=HYPERLINK"), tableur);
        Path html = dossier.resolve("b.html");
        cotation("bilan", "--annee", "2025", "--donnees", dossier.toString(), "-f", "html", "-o", html.toString());
        String page = Files.readString(html);
        assertFalse(page.contains("<script>"), "balise neutralisée");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        var md = cotation("bilan", "--annee", "2025", "--donnees", dossier.toString());
        assertTrue(md.out().contains("\\<script\\>alert(1)\\</script\\>"), md.out());
    }

    @Test
    void exitCodesForAMissingFileABadHeaderAndBadUsage() throws IOException {
        exempleDeLaDoc(dossier);
        Files.delete(dossier.resolve("attributions.csv"));
        var absent = cotation("bilan", "--annee", "2025", "--donnees", dossier.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, absent.code(), absent.toString());
        assertTrue(absent.err().contains("attributions.csv : fichier absent"), absent.err());
        assertEquals("", absent.out(), "no bilan from missing data");

        exempleDeLaDoc(dossier);
        Path l = dossier.resolve("logements.csv");
        Files.writeString(l, Files.readString(l).replace(",qpv,", ",qpvv,"));
        var entete = cotation("bilan", "--annee", "2025", "--donnees", dossier.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, entete.code(), entete.toString());
        assertTrue(entete.err().contains("colonnes absentes : qpv") && entete.err().contains("colonnes inconnues : qpvv"),
                entete.err());

        assertEquals(CodeSortie.USAGE, cotation("bilan", "--annee", "2025", "--donnees", dossier.toString(), "-f",
                "pdf").code());
        var aide = cotation("bilan", "--help");
        assertEquals(CodeSortie.OK, aide.code());
        assertTrue(aide.out().contains("(0.40 pour 40 %) ;") && !aide.out().contains("%%"), "help formatted: " + aide);
        assertTrue(aide.out().contains("3    fichier absent"), aide.out());
        assertEquals(CodeSortie.USAGE, cotation("bilan", "--donnees", dossier.toString()).code());
        assertEquals(CodeSortie.USAGE, cotation("bilan", "--annee", "2025", "--donnees", dossier.toString(),
                "--objectif-qpv", "999999999=1.5").code());
        assertEquals(CodeSortie.USAGE, cotation("bilan", "--annee", "2025", "--generer", "--epci", "123456789",
                "--donnees", dossier.resolve("g").toString()).code());
    }
}
