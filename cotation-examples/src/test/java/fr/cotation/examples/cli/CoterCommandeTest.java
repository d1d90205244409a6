package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cotation.examples.EchantillonSne;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cotation coter} through the tool's entry point: arguments in, output, messages and exit code checked. */
class CoterCommandeTest {
    static final String DATE = "2025-06-30";
    static final String NUMERO = "0060622091500001A0601";
    /** The table rows of une-demande.json, as every format must give them. */
    static final List<String> LIGNES_UNE_DEMANDE = List.of(
            "0060622091500001A0601  Nice (06088)                     Métropole Nice Côte d'Azur                71  nice-cote-azur 2023.1, principale (provisoire)",
            "0060622091500001A0601  Saint-Laurent-du-Var (06123)     Métropole Nice Côte d'Azur                71  nice-cote-azur 2023.1, principale (provisoire)",
            "0060622091500001A0601  Antibes (06004)                  CA de Sophia Antipolis                    61  sophia-antipolis 2022.1, principale (provisoire)",
            "0060622091500001A0601  Contes (06048)                   CC du Pays des Paillons                    -  pas de grille : aucune grille de cotation pour "
                    + "Contes (06048), CC du Pays des Paillons au 2025-06-30");

    @TempDir
    Path dossier;

    private Path ecrire(String nom, String contenu) throws IOException {
        return Files.writeString(dossier.resolve(nom), contenu, StandardCharsets.UTF_8);
    }

    static String json(String fichier) throws IOException {
        return Files.readString(Path.of(fixture(fichier)), StandardCharsets.UTF_8);
    }

    static List<String> lignesDe(String sortie, String numero) {
        return sortie.lines().filter(l -> l.startsWith(numero)).toList();
    }

    /** No Java exception, no stack trace: what a user sees without --debug. */
    static void sansTrace(Lancement.Resultat r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.out().contains("Exception"), r.toString());
    }

    // ---- formats in

    @Test
    void one_json_demande_gives_a_table_row_per_wished_commune() {
        var r = cotation("coter", "--date", DATE, fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("%-22s %-32s %-36s %7s  %s\n".formatted("Demande", "Commune", "EPCI", "Points", "Grille")), r.out());
        assertEquals(LIGNES_UNE_DEMANDE, lignesDe(r.out(), NUMERO));
        assertEquals(List.of("lues: 1, cotées: 1, rejetées: 0"), r.lignesErr());
    }

    @Test
    void the_same_demande_in_json_csv_and_national_xml_scores_the_same() {
        var csv = cotation("coter", "--date", DATE, fixture("cli/demandes.csv"));
        assertEquals(CodeSortie.OK, csv.code(), csv.toString());
        assertEquals(LIGNES_UNE_DEMANDE, lignesDe(csv.out(), NUMERO));
        assertEquals(List.of("lues: 3, cotées: 3, rejetées: 0"), csv.lignesErr());
        assertEquals(List.of("0060621042800004A0601  Nice (06088)                     Métropole Nice Côte d'Azur                90  nice-cote-azur 2023.1, "
                + "mutation (provisoire)"), lignesDe(csv.out(), "0060621042800004A0601"));

        var xml = cotation("coter", "--date", DATE, "--commune", "06088", fixture("sne/deux-demandes.xml"));
        assertEquals(CodeSortie.OK, xml.code(), xml.toString());
        assertEquals(LIGNES_UNE_DEMANDE, lignesDe(xml.out(), NUMERO));
        assertEquals(1, lignesDe(xml.out(), "0060621042800009A0601").size(), "scored in the --commune");
        assertTrue(lignesDe(xml.out(), "0060621042800009A0601").get(0).contains("Nice (06088)"));
    }

    @Test
    void a_json_array_is_scored_and_the_invalid_demande_listed_with_every_problem() {
        var r = cotation("coter", "--date", DATE, fixture("demandes-nice.json"));
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertTrue(r.out().contains("0060622091500001A0601  Nice (06088)                     Métropole Nice Côte d'Azur                71  nice-cote-azur"));
        String f = fixture("demandes-nice.json");
        assertTrue(r.lignesErr().contains(f + ":157:3: demande 0060625010700007A0601 : logementActuel.loyerMensuel = -450 : "
                + "montant négatif"), r.err());
        assertEquals(5, r.lignesErr().size(), r.err());
        assertEquals("lues: 8, cotées: 7, rejetées: 1", r.lignesErr().get(4));
        sansTrace(r);
    }

    @Test
    void the_standard_input_is_read_with_a_dash() throws IOException {
        var r = Lancement.avecEntree(json("cli/une-demande.json"), false, "coter", "--date", DATE, "-");
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals(LIGNES_UNE_DEMANDE, lignesDe(r.out(), NUMERO));
    }

    @Test
    void a_directory_is_read_file_by_file() throws IOException {
        Files.copy(Path.of(fixture("cli/une-demande.json")), dossier.resolve("a.json"));
        Files.copy(Path.of(fixture("cli/demandes.csv")), dossier.resolve("b.csv"));
        Files.writeString(dossier.resolve("notes.txt"), "ignoré");
        var r = cotation("coter", "--date", DATE, dossier.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals("lues: 4, cotées: 4, rejetées: 0", r.lignesErr().get(0));
    }

    // ---- formats out

    @Test
    void json_output_is_the_documented_result_form_with_the_lines() throws IOException {
        var r = cotation("coter", "--date", DATE, "--format", "json", fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        JsonNode n = CotationJson.mapper().readTree(r.out());
        assertEquals(1, n.size());
        assertEquals(NUMERO, n.get(0).get("numeroUnique").asText());
        JsonNode nice = n.get(0).get("cotations").get(0);
        assertEquals("06088", nice.get("commune").asText());
        assertEquals(71, nice.get("total").asInt());
        int somme = 0;
        for (JsonNode l : nice.get("lignes")) {
            somme += l.get("points").asInt();
        }
        assertEquals(71, somme);
        assertEquals("SANS_GRILLE", n.get(0).get("cotations").get(3).get("statut").asText());
    }

    @Test
    void csv_output_has_a_row_per_demande_and_commune() {
        var r = cotation("coter", "--date", DATE, "-f", "csv", fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        List<String> lignes = r.out().lines().toList();
        assertEquals(String.join(",", Sortie.Csv.COLONNES), lignes.get(0));
        assertEquals("0060622091500001A0601,06088,Nice,200030195,Métropole Nice Côte d'Azur,COTEE,71,true,"
                + "nice-cote-azur,2023.1,principale,", lignes.get(1));
        assertEquals("0060622091500001A0601,06048,Contes,240600593,CC du Pays des Paillons,SANS_GRILLE,,,,,,"
                + "\"aucune grille de cotation pour Contes (06048), CC du Pays des Paillons au 2025-06-30\"", lignes.get(4));
        assertEquals(5, lignes.size());
    }

    @Test
    void output_goes_to_the_file_of_output() throws IOException {
        Path sortie = dossier.resolve("cotations.csv");
        var r = cotation("coter", "--date", DATE, "--format", "csv", "--sortie", sortie.toString(),
                fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals("", r.out());
        assertEquals(5, Files.readAllLines(sortie).size());
    }

    // ---- communes

    @Test
    void a_demande_without_wished_commune_needs_commune_and_the_tool_says_so() {
        var r = cotation("coter", "--date", DATE, fixture("sne/deux-demandes.xml"));
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertEquals(LIGNES_UNE_DEMANDE, lignesDe(r.out(), NUMERO), "the other demande is scored");
        String f = fixture("sne/deux-demandes.xml");
        assertTrue(r.lignesErr().get(0).matches(java.util.regex.Pattern.quote(f) + ":\\d+:\\d+: demande 0060621042800009A0601 : "
                + "communesSouhaitees = \\[\\] : aucune commune souhaitée dans la demande : indiquez où la coter avec "
                + "--commune CODE_INSEE.*"), r.err());
        assertEquals("1 demande(s) sans commune souhaitée : indiquez où les coter avec --commune CODE_INSEE (répétable)",
                r.lignesErr().get(1));
        assertEquals("lues: 2, cotées: 1, rejetées: 1", r.lignesErr().get(2));
    }

    @Test
    void the_real_sample_needs_commune_and_typologie_then_scores() {
        Path echantillon = EchantillonSne.chemin();
        org.junit.jupiter.api.Assumptions.assumeTrue(EchantillonSne.present(), "document réel absent : " + echantillon);
        var sans = cotation("coter", "--date", DATE, echantillon.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, sans.code(), sans.toString());
        assertTrue(sans.err().contains("--commune CODE_INSEE") && sans.err().contains("--typologie"), sans.err());
        var avec = cotation("coter", "--date", DATE, "--commune", "06088", "--typologie", "T4", echantillon.toString());
        assertEquals(CodeSortie.OK, avec.code(), avec.toString());
        List<String> lignes = lignesDe(avec.out(), "1110318016982G1104");
        assertEquals(1, lignes.size(), avec.out());
        assertTrue(lignes.get(0).matches("1110318016982G1104 +Nice \\(06088\\) +Métropole Nice Côte d'Azur +\\d+  nice-cote-azur 2023\\.1, principale.*"),
                lignes.get(0));
    }

    // ---- bad inputs: one line naming file, position and field; documented exit code; no stack trace

    @Test
    void truncated_xml_scores_what_came_before_and_exits_3() throws IOException {
        String xml = Files.readString(Path.of(fixture("sne/deux-demandes.xml")));
        Path f = ecrire("tronque.xml", xml.substring(0, xml.indexOf("<n:listeCotitulaire>") + 10));
        var r = cotation("coter", "--date", DATE, f.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, r.code(), r.toString());
        assertEquals(LIGNES_UNE_DEMANDE, lignesDe(r.out(), NUMERO), "the complete demande is scored");
        assertTrue(r.lignesErr().get(0).matches(java.util.regex.Pattern.quote(f.toString())
                + ":\\d+:\\d+: XML mal formé \\(fichier tronqué \\?\\) : .+"), r.err());
        assertEquals("lues: 1, cotées: 1, rejetées: 0, fichiers illisibles: 1", r.lignesErr().get(1));
        sansTrace(r);
    }

    @Test
    void debug_adds_the_stack_trace() throws IOException {
        Path f = ecrire("tronque.xml", "<interfaceNuu><demande><demandeLogement><numUnique>X");
        var r = cotation("coter", "--date", DATE, "--trace", f.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, r.code(), r.toString());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void a_wrong_json_type_rejects_that_demande_only_and_the_errors_file_lists_it() throws IOException {
        String une = json("cli/une-demande.json");
        Path f = ecrire("lot.json", "[\n" + une + ",\n{ \"numeroUnique\": \"X2\",\n  \"menage\": \"Dupont\" },\n"
                + une.replace(NUMERO, "0060622091500003A0601") + "\n]\n");
        Path erreurs = dossier.resolve("rejets.csv");
        var r = cotation("coter", "--date", DATE, "--erreurs", erreurs.toString(), f.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertEquals(4, lignesDe(r.out(), NUMERO).size());
        assertEquals(4, lignesDe(r.out(), "0060622091500003A0601").size());
        assertEquals(List.of("lues: 3, cotées: 2, rejetées: 1 (rejets dans " + erreurs + ")"), r.lignesErr());
        List<String> rejets = Files.readAllLines(erreurs);
        assertEquals(String.join(",", JournalRejets.COLONNES), rejets.get(0));
        int ligne = (int) (une.lines().count() + 4); // "[", the demande, ",", then the line of "menage"
        assertEquals(f + "," + ligne + ",13,n° 2,menage,,\"type incorrect : objet { … } attendu, texte trouvé\"",
                rejets.get(1));
        assertEquals(2, rejets.size());
        sansTrace(r);
    }

    @Test
    void json_is_read_strictly_a_date_as_a_number_or_a_number_as_text_is_a_wrong_type() throws IOException {
        String une = json("cli/une-demande.json");
        Path f = ecrire("types.json", "[" + une.replace("\"2022-09-15\"", "20220915") + ","
                + une.replace("\"loyerMensuel\": 760", "\"loyerMensuel\": \"760\"") + "]");
        var r = cotation("coter", "--date", DATE, f.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertEquals(f + ":3:16: demande n° 1 : dateDepot : type incorrect : date \"AAAA-MM-JJ\" attendu", r.lignesErr().get(0));
        assertTrue(r.lignesErr().get(1).startsWith(f + ":50:70: demande n° 2 : logementActuel.loyerMensuel : type incorrect : nombre attendu"),
                r.err());
        assertEquals("lues: 2, cotées: 0, rejetées: 2", r.lignesErr().get(2));
        sansTrace(r);
    }

    @Test
    void an_unknown_code_is_rejected_with_its_place_in_every_format() throws IOException {
        Path json = ecrire("code.json", json("cli/une-demande.json").replace("\"typologies\": [ \"T3\" ]",
                "\"typologies\": [ \"T9\" ]"));
        var j = cotation("coter", "--date", DATE, json.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, j.code(), j.toString());
        assertEquals(json + ":26:19: demande n° 1 : typologies[0] = T9 : code inconnu pour Typologie (valeurs possibles : "
                + "CHAMBRE, T1, T2, T3, T4, T5, T6_ET_PLUS)", j.lignesErr().get(0));

        Path csv = ecrire("code.csv", Files.readString(Path.of(fixture("cli/demandes.csv"))).replace("SANS_ABRI", "CARAVANE"));
        var c = cotation("coter", "--date", DATE, csv.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, c.code(), c.toString());
        assertTrue(c.lignesErr().get(0).startsWith(csv + ":5: demande 0060624011000002A0601 : logement = CARAVANE : "
                + "code inconnu pour ModeleLogement (valeurs possibles : LOCATAIRE_HLM ou HLM, "), c.err());
        assertEquals("lues: 3, cotées: 2, rejetées: 1", c.lignesErr().get(1));

        String texte = Files.readString(Path.of(fixture("sne/deux-demandes.xml"))).replace("<n:civilite code=\"2\"/>",
                "<n:civilite code=\"9\"/>");
        Path xml = ecrire("code.xml", texte);
        var x = cotation("coter", "--date", DATE, "--commune", "06088", xml.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, x.code(), x.toString());
        int ligne = (int) texte.substring(0, texte.indexOf("code=\"9\"")).lines().count();
        assertTrue(x.lignesErr().get(0).startsWith(xml + ":" + ligne + ":"), x.err());
        assertTrue(x.lignesErr().get(0).endsWith(": demande 0060622091500001A0601 : /interfaceNuu/demande[1]/demandeLogement/"
                + "personnePhysique/demandeur/civilite/@code = 9 : code inconnu '9' pour Civilite (codes connus : 1, 2, 3)"),
                x.err());
        sansTrace(j);
        sansTrace(c);
        sansTrace(x);
    }

    @Test
    void an_impossible_date_is_rejected_in_every_format_and_in_the_option() throws IOException {
        Path json = ecrire("date.json", json("cli/une-demande.json").replace("2022-09-15", "2023-02-30"));
        var j = cotation("coter", "--date", DATE, json.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, j.code(), j.toString());
        assertEquals(json + ":3:16: demande n° 1 : dateDepot = 2023-02-30 : date impossible (ce jour n'existe pas dans le "
                + "calendrier)", j.lignesErr().get(0));

        Path csv = ecrire("date.csv", Files.readString(Path.of(fixture("cli/demandes.csv"))).replace("2021-04-28", "2021-04-31"));
        var c = cotation("coter", "--date", DATE, csv.toString());
        assertEquals(csv + ":6: demande 0060621042800004A0601 : dateDepot = 2021-04-31 : date impossible (ce jour n'existe "
                + "pas dans le calendrier)", c.lignesErr().get(0));

        Path xml = ecrire("date.xml", Files.readString(Path.of(fixture("sne/deux-demandes.xml"))).replace("1988-05-12",
                "1988-13-12"));
        var x = cotation("coter", "--date", DATE, "-c", "06088", xml.toString());
        assertTrue(x.lignesErr().get(0).endsWith("/demandeur/dateNaissance = 1988-13-12 : date impossible (ce jour n'existe "
                + "pas dans le calendrier)"), x.err());

        var option = cotation("coter", "--date", "2023-02-30", json.toString());
        assertEquals(CodeSortie.USAGE, option.code());
        assertEquals(List.of("cotation coter : --date : date impossible « 2023-02-30 » (ce jour n'existe pas dans le "
                + "calendrier) (aide : cotation coter --help)"), option.lignesErr());
        sansTrace(j);
        sansTrace(c);
        sansTrace(x);
    }

    @Test
    void an_empty_file_exits_3_in_every_format() throws IOException {
        for (String nom : List.of("vide.json", "vide.csv", "vide.xml", "blanc.json")) {
            Path f = ecrire(nom, nom.startsWith("blanc") ? " \n\n  " : "");
            var r = cotation("coter", "--date", DATE, f.toString());
            assertEquals(CodeSortie.FICHIER_ILLISIBLE, r.code(), r.toString());
            assertEquals(f + ": fichier vide : aucune demande à lire", r.lignesErr().get(0));
            assertEquals("lues: 0, cotées: 0, rejetées: 0, fichiers illisibles: 1", r.lignesErr().get(1));
        }
    }

    @Test
    void malformed_json_csv_and_wrong_top_level_exit_3_with_the_position() throws IOException {
        String une = json("cli/une-demande.json");
        Path tronque = ecrire("tronque.json", "[\n" + une + ",\n" + une.substring(0, 200));
        var t = cotation("coter", "--date", DATE, tronque.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, t.code(), t.toString());
        assertEquals(4, lignesDe(t.out(), NUMERO).size(), "the first demande is scored");
        assertTrue(t.lignesErr().get(0).matches(java.util.regex.Pattern.quote(tronque.toString())
                + ":\\d+:\\d+: JSON tronqué : le fichier finit au milieu d'un .+"), t.err());
        assertEquals("lues: 1, cotées: 1, rejetées: 0, fichiers illisibles: 1", t.lignesErr().get(1));

        Path scalaire = ecrire("nombre.json", "42");
        var s = cotation("coter", "--date", DATE, "--entree", "json", scalaire.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, s.code(), s.toString());
        assertEquals(scalaire + ":1:1: un tableau de demandes [ … ] ou une demande { … } est attendu (docs/json.md), le "
                + "fichier commence par « 4 »", s.lignesErr().get(0));

        Path colonne = ecrire("colonne.csv", "numeroUnique,dateDepot,dateNaissance,logement,nationalite\nX,2020-01-01,1980-01-01,LP,1\n");
        var c = cotation("coter", "--date", DATE, colonne.toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, c.code(), c.toString());
        assertTrue(c.lignesErr().get(0).startsWith(colonne + ":1:5: colonne inconnue « nationalite » (colonnes possibles : "),
                c.err());

        Path cellules = ecrire("cellules.csv", "numeroUnique,dateDepot,dateNaissance,logement,communes,typologies\n"
                + "X1,2020-01-01,1980-01-01,LP,06088,T2\nX2,2020-01-01,1980-01-01\n");
        var n = cotation("coter", "--date", DATE, cellules.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, n.code(), n.toString());
        assertEquals(cellules + ":3: demande X2 : 3 cellules pour 6 colonnes d'en-tête", n.lignesErr().get(0));
        sansTrace(t);
        sansTrace(s);
        sansTrace(c);
        sansTrace(n);
    }

    @Test
    void a_missing_input_file_exits_3_before_anything_is_scored() {
        var r = cotation("coter", "--date", DATE, fixture("cli/une-demande.json"), dossier.resolve("absent.json").toString());
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, r.code(), r.toString());
        assertEquals(List.of(dossier.resolve("absent.json") + ": fichier introuvable"), r.lignesErr());
        assertEquals("", r.out());
    }

    @Test
    void an_output_that_cannot_be_written_exits_3() {
        Path sortie = dossier.resolve("absent/cotations.txt");
        var r = cotation("coter", "--date", DATE, "-o", sortie.toString(), fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.FICHIER_ILLISIBLE, r.code(), r.toString());
        assertEquals(List.of(sortie + ": impossible d'écrire les cotations : dossier introuvable"), r.lignesErr());
    }

    // ---- packs

    @Test
    void a_pack_directory_without_descriptor_or_missing_exits_4() throws IOException {
        Path vide = Files.createDirectories(dossier.resolve("packs/regles"));
        Files.writeString(vide.resolve("grille.drl"), "rule \"x\" when then end");
        var r = cotation("coter", "--date", DATE, "--packs", dossier.resolve("packs").toString(), fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.PACKS, r.code(), r.toString());
        assertEquals(List.of(dossier.resolve("packs") + ": aucun descripteur pack.yaml dans ce dossier ni ses sous-dossiers "
                + "(--packs) : un pack est un dossier avec un pack.yaml et ses fichiers DRL"), r.lignesErr());
        assertEquals("", r.out());

        var absent = cotation("coter", "--date", DATE, "--packs", dossier.resolve("nulle-part").toString(),
                fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.PACKS, absent.code(), absent.toString());
        assertEquals(List.of(dossier.resolve("nulle-part") + ": dossier de packs introuvable (--packs)"), absent.lignesErr());
    }

    @Test
    void a_pack_that_does_not_load_is_reported_like_a_compiler_error_and_nothing_is_scored() throws IOException {
        Path pack = Files.createDirectories(dossier.resolve("packs/casse"));
        Files.writeString(pack.resolve("pack.yaml"), """
                id: casse
                nom: Pack cassé
                epci: "200030195"
                version: "1"
                statut: modele
                enVigueurDu: 2020-01-01
                rubriques:
                  - {code: R, libelle: "R", mode: CUMUL}
                grilles:
                  principale: [grille.drl]
                """);
        Files.writeString(pack.resolve("grille.drl"), """
                import fr.cotation.regles.*;
                global fr.cotation.regles.Note note;

                rule "Ancienneté"
                    @critere("A") @libelle("A") @rubrique("R") @points(1)
                when
                    Dossier( ancienneteMois > )
                then
                    note.retenir(kcontext);
                end
                """);
        // The engine of this run holds only the pack under test: compiling the 25 embedded packs again would
        // only slow the test; how the tool reports the engine's problems is the same.
        var resultat = new java.io.ByteArrayOutputStream();
        var erreurs = new java.io.ByteArrayOutputStream();
        int code = new CotationCli(d -> {
            var b = fr.cotation.CotationEngine.builder().withoutClasspathPacks();
            d.forEach(b::packDirectory);
            return b.build();
        }, java.io.InputStream.nullInputStream(), () -> false).executer(new String[] {"coter", "--date", DATE, "--packs",
                dossier.resolve("packs").toString(), fixture("cli/une-demande.json")},
                new java.io.PrintStream(resultat, true, StandardCharsets.UTF_8), new java.io.PrintStream(erreurs, true,
                        StandardCharsets.UTF_8));
        String err = erreurs.toString(StandardCharsets.UTF_8);
        assertEquals(CodeSortie.PACKS, code, err);
        List<String> lignes = err.lines().toList();
        assertTrue(lignes.get(0).startsWith("casse/grille.drl:7: règle \"Ancienneté\": "), err);
        assertTrue(lignes.get(0).endsWith("[pack casse]"), err);
        assertEquals("1 problème(s) de pack de cotation : rien n'est coté", lignes.get(lignes.size() - 1));
        assertEquals("", resultat.toString(StandardCharsets.UTF_8));
    }

    // ---- progress

    @Test
    void progress_is_drawn_on_a_terminal_only_and_erased() throws IOException {
        Path sortie = dossier.resolve("t.txt");
        var terminal = Lancement.avecEntree("", true, "coter", "--date", DATE, "-o", sortie.toString(),
                fixture("cli/une-demande.json"));
        assertTrue(terminal.err().startsWith("\rchargement des grilles de cotation…\r"), terminal.err());
        assertTrue(terminal.err().endsWith("\rlues: 1, cotées: 1, rejetées: 0\n"), terminal.err());
        var redirige = Lancement.avecEntree("", false, "coter", "--date", DATE, "-o", sortie.toString(),
                fixture("cli/une-demande.json"));
        assertEquals("lues: 1, cotées: 1, rejetées: 0\n", redirige.err());
    }

    @Test
    void the_progress_line_says_count_rate_and_time_left() {
        assertEquals("12 400 demandes lues · 6 200 /s · reste ~ 6 s", Progression.texte(12_400, 2_000_000_000L, 250, 1000));
        assertEquals("120 demandes lues · 1 /s · reste ~ 5 min 00 s", Progression.texte(120, 100_000_000_000L, 250, 1000));
        assertEquals("3 demandes lues · 3 /s", Progression.texte(3, 1_000_000_000L, 10, -1), "standard input: size unknown");
    }
}
