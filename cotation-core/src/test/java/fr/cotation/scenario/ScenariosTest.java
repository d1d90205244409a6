package fr.cotation.scenario;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario format and runner, on the test pack {@code packs/rubriques} (Nice's EPCI, in force from 2020):
 * SEPARATION 2 and HEBERGE 1 in a MEILLEUR rubrique, MONOPARENTAL 3, SUROCCUPATION 4 and NON_DECENT 3 in a rubrique
 * capped at 5, TROUBLES -1 when INCIVILITES is proven.
 */
class ScenariosTest {
    static CotationEngine engine;

    @BeforeAll
    static void load() {
        engine = Moteurs.packs("rubriques");
        assertEquals(List.of(), engine.problemesPacks());
    }

    /** A file with one scenario: hosted by her parents and separated, so SEPARATION 2 beats HEBERGE 1. */
    static String fichier(String total, String lignes, String extra) {
        return """
                pack: test-rubriques
                scenarios:
                  - nom: "Séparée, hébergée chez ses parents"
                    date: 2025-06-30
                    commune: "06088"
                %s    demande:
                      menage: {demandeur: {dateNaissance: 1990-04-01}}
                      logementActuel: {modele: CHEZ_PARENTS_OU_ENFANTS, commune: "06088"}
                      motifs: [{code: DIVORCE_SEPARATION}]
                    total: %s
                    lignes: %s
                """.formatted(extra, total, lignes);
    }

    @Test
    void a_file_is_read_with_the_documented_defaults() {
        ScenarioFile f = Scenarios.read("test.yaml", fichier("2", "{SEPARATION: 2, HEBERGE: 0}", ""));
        assertEquals("test-rubriques", f.pack());
        Scenario s = f.scenarios().get(0);
        assertEquals("test.yaml:3", s.source());
        assertEquals("test-rubriques", s.pack());
        assertEquals(Cotation.Statut.COTEE, s.statut());
        assertNull(s.grille());
        assertEquals(Map.of("SEPARATION", new BigDecimal("2"), "HEBERGE", BigDecimal.ZERO), s.lignes());
        assertEquals("separee-hebergee-chez-ses-parents", s.demande().numeroUnique());
        assertEquals(List.of("06088"), s.demande().communesSouhaitees());
        assertEquals(List.of(Typologie.T2), s.demande().typologies());
        assertEquals(LocalDate.of(2025, 6, 30), s.demande().dateDepot());
        assertEquals(Preuve.DECLAREE, s.demande().motifs().get(0).preuve());
    }

    @Test
    void a_right_scenario_passes_and_its_report_shows_both_columns() {
        ScenarioResult r = run(fichier("2", "{SEPARATION: 2, HEBERGE: 0}", ""));
        assertTrue(r.passed(), r::report);
        assertTrue(r.report().contains("RÉUSSI"), r.report());
        assertTrue(r.report().contains("critère"), r.report());
        assertFalse(r.report().contains("<-- écart"), r.report());
    }

    @Test
    void a_wrong_scenario_fails_with_expected_and_actual_side_by_side() {
        // the author thought both criteria of the MEILLEUR rubrique count: 2 + 1 = 3
        ScenarioResult r = run(fichier("3", "{SEPARATION: 2, HEBERGE: 1}", ""));
        assertFalse(r.passed());
        assertEquals(List.of("total : attendu 3, obtenu 2", "HEBERGE : attendu 1, obtenu 0"), r.ecarts());
        String report = r.report();
        assertTrue(report.contains("ÉCHEC, 2 écarts"), report);
        assertTrue(report.contains("test.yaml:3"), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("\\s*HEBERGE\\s+1\\s+0\\s+<-- écart")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("\\s*SEPARATION\\s+2\\s+2")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("\\s*total\\s+3\\s+2\\s+<-- écart")), report);
        assertTrue(report.contains("seul le meilleur critère compte"), "the actual lines' explanations follow: " + report);
    }

    @Test
    void a_criterion_not_listed_must_be_zero_and_one_listed_with_zero_must_appear() {
        ScenarioResult oubli = run(fichier("0", "{HEBERGE: 0}", ""));
        assertEquals(List.of("total : attendu 0, obtenu 2", "SEPARATION : non attendu, obtenu 2"), oubli.ecarts());
        assertTrue(oubli.report().lines().anyMatch(l -> l.matches("\\s*SEPARATION\\s+—\\s+2\\s+<-- écart \\(non attendu\\)")),
                oubli.report());

        ScenarioResult absent = run(fichier("2", "{SEPARATION: 2, HEBERGE: 0, MONOPARENTAL: 0}", ""));
        assertEquals(List.of("MONOPARENTAL : attendu 0, absent"), absent.ecarts());

        ScenarioResult zeroNonListe = run(fichier("2", "{SEPARATION: 2}", ""));
        assertTrue(zeroNonListe.passed(), zeroNonListe::report);
    }

    @Test
    void a_total_that_is_not_the_sum_of_the_lines_fails_and_shows_the_engine_lines() {
        ScenarioResult r = run(fichier("3", "{SEPARATION: 2}", ""));
        assertEquals(List.of("total attendu 3 mais la somme des lignes attendues est 2 : le total est toujours la somme"
                + " des lignes, l'un des deux est faux", "total : attendu 3, obtenu 2"), r.ecarts());
        assertTrue(r.report().lines().anyMatch(l -> l.matches("\\s*SEPARATION\\s+2\\s+2")), r.report());
    }

    @Test
    void grille_statut_and_pack_are_checked() {
        assertEquals(List.of("grille : attendue mutation, obtenue principale"),
                run(fichier("2", "{SEPARATION: 2}", "    grille: mutation\n")).ecarts());
        ScenarioResult autrePack = Scenarios.run(Scenarios.read("t.yaml",
                fichier("2", "{SEPARATION: 2}", "").replace("pack: test-rubriques", "pack: nice-cote-azur"))
                .scenarios().get(0), engine);
        assertEquals(List.of("pack : attendu nice-cote-azur, obtenu test-rubriques"), autrePack.ecarts());
        assertTrue(autrePack.report().lines().anyMatch(l -> l.matches("\\s*pack\\s+nice-cote-azur\\s+test-rubriques\\s+<-- écart")),
                autrePack.report());
    }

    @Test
    void a_scenario_without_grille_is_checked_with_its_message() {
        String yaml = """
                pack: test-rubriques
                scenarios:
                  - nom: Antibes n'a pas de grille dans ce moteur
                    date: 2025-06-30
                    commune: "06004"
                    statut: SANS_GRILLE
                    message: "aucune grille de cotation pour Antibes"
                    demande:
                      menage: {demandeur: {dateNaissance: 1990-04-01}}
                      logementActuel: {modele: CHEZ_PARENTS_OU_ENFANTS, commune: "06088"}
                """;
        ScenarioResult r = run(yaml);
        assertTrue(r.passed(), r::report);
        ScenarioResult faux = run(yaml.replace("statut: SANS_GRILLE\n    message: \"aucune grille de cotation pour Antibes\"\n",
                "total: 0\n    lignes: {}\n"));
        assertEquals("statut : attendu COTEE, obtenu SANS_GRILLE", faux.ecarts().get(0).replaceAll(" \\(.*", ""));
    }

    @Test
    void an_error_scenario_is_checked_with_its_message(@TempDir Path dir) {
        // a rule that doubles the taux d'effort after 120 months fails when there is no rent (tauxEffort is null)
        PackEcrit.pack(dir, "fragile", Registre.SIREN_CASA, PackEcrit.regle("Toujours", "TOUJOURS", "Dossier( )")
                + PackEcrit.regle("Fragile", "@critere(\"F\") @libelle(\"F\") @rubrique(\"R\")",
                "$d : Dossier( ancienneteMois >= 120 )", "note.retenir(kcontext, $d.getTauxEffort() * 2, \"double\");"));
        CotationEngine fragile = Moteurs.depuis(dir);
        String yaml = """
                pack: fragile
                scenarios:
                  - nom: Dix ans sans loyer
                    date: 2025-06-30
                    commune: "06004"
                    statut: ERREUR
                    message: "règle \\"Fragile\\": échec dans la conséquence"
                    demande:
                      dateDepot: 2015-01-01
                      menage: {demandeur: {dateNaissance: 1960-01-01}}
                      logementActuel: {modele: CHEZ_PARTICULIER, commune: "06004"}
                """;
        ScenarioResult r = Scenarios.run(Scenarios.read("e.yaml", yaml).scenarios().get(0), fragile);
        assertTrue(r.passed(), r::report);
        ScenarioResult autre = Scenarios.run(Scenarios.read("e.yaml", yaml.replace("Fragile", "Solide"))
                .scenarios().get(0), fragile);
        assertEquals(1, autre.ecarts().size(), autre::report);
        assertTrue(autre.ecarts().get(0).startsWith("message : attendu « règle \"Solide\": échec dans la conséquence »,"
                + " obtenu « fragile/regles.drl:15: règle \"Fragile\""), autre::report);
        assertTrue(autre.report().contains("Message attendu (extrait) : « règle \"Solide\": échec dans la conséquence »  <-- écart"),
                autre::report);
    }

    @Test
    void an_invalid_demande_fails_with_its_problems() {
        ScenarioResult r = run(fichier("2", "{SEPARATION: 2}", "").replace("1990-04-01", "2031-01-01"));
        assertFalse(r.passed());
        assertTrue(r.report().contains("menage.demandeur.dateNaissance = 2031-01-01 : date de naissance dans le futur"),
                r.report());
    }

    @Test
    void an_unknown_key_names_the_file_the_line_the_scenario_and_the_key() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.read("nice/scenarios/nice.yaml",
                fichier("2", "{SEPARATION: 2}", "    totale: 3\n")));
        assertEquals(List.of("nice/scenarios/nice.yaml:6 : scénario « Séparée, hébergée chez ses parents » : clé inconnue"
                + " « totale » (voulez-vous dire « total » ?) (clés permises : nom, description, date, commune, grille,"
                + " statut, message, demande, total, lignes)"), e.problemes());
    }

    @Test
    void an_unknown_key_in_the_demande_names_its_path() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.read("f.yaml",
                fichier("2", "{SEPARATION: 2}", "").replace("commune: \"06088\"}", "commune: \"06088\", loyer: 500}")));
        String m = e.getMessage();
        assertTrue(m.startsWith("f.yaml:6 : scénario « Séparée, hébergée chez ses parents » : clé inconnue « loyer »"
                + " dans demande.logementActuel"), m);
        assertTrue(m.contains("loyerMensuel"), "the permitted keys are listed: " + m);
    }

    @Test
    void an_unknown_code_lists_the_permitted_values() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.read("f.yaml",
                fichier("2", "{SEPARATION: 2}", "").replace("DIVORCE_SEPARATION", "DIVORCE")));
        assertTrue(e.getMessage().contains("demande.motifs[0].code : valeur inconnue « DIVORCE »"), e.getMessage());
        assertTrue(e.getMessage().contains("DIVORCE_SEPARATION"), e.getMessage());
    }

    @Test
    void every_problem_of_a_file_is_reported_at_once() {
        String yaml = """
                pack: test-rubriques
                auteur: moi
                scenarios:
                  - nom: Un
                    date: 30/06/2025
                    commune: 06004
                    demande: {menage: {demandeur: {dateNaissance: 1990-04-01}}, logementActuel: {modele: SANS_ABRI}}
                    total: 5
                    lignes: {A: 2, B: 2}
                  - nom: Deux
                    date: 2025-06-30
                    commune: "06088"
                    demande:
                      menage: {demandeur: {dateNaissance: 1990-04-01}}
                      logementActuel: {modele: SANS_ABRI, commune: 06004}
                    total: 0
                  - nom: Deux
                    date: 2025-06-30
                    commune: "06088"
                    demande: {menage: {demandeur: {dateNaissance: 1990-04-01}}, logementActuel: {modele: SANS_ABRI}}
                    total: 0
                    lignes: {}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.read("f.yaml", yaml));
        assertEquals(List.of(
                "f.yaml:2 : clé inconnue « auteur » (clés permises au début du fichier : pack, description, scenarios)",
                "f.yaml:5 : scénario « Un » : date « 30/06/2025 » illisible (format AAAA-MM-JJ, par exemple 2025-06-30)",
                "f.yaml:6 : scénario « Un » : commune : écrire le code INSEE entre guillemets, par exemple \"06088\""
                        + " (sans guillemets, YAML le lit comme un nombre)",
                "f.yaml:10 : scénario « Deux » : clé « lignes » absente (les points attendus par critère ; « lignes: {} »"
                        + " quand aucun critère ne compte)",
                "f.yaml:13 : scénario « Deux » : demande.logementActuel.commune : écrire le code INSEE entre guillemets,"
                        + " par exemple \"06088\" (sans guillemets, YAML le lit comme un nombre)",
                "f.yaml:17 : scénario « Deux » : nom déjà utilisé dans ce fichier (chaque scénario a un nom unique)"),
                e.problemes());
        assertTrue(e.getMessage().startsWith("6 problèmes dans f.yaml :"), e.getMessage());
    }

    @Test
    void malformed_files_give_a_scenario_exception_and_nothing_else() {
        String un = fichier("2", "{SEPARATION: 2}", "");
        for (String yaml : List.of("", "- nom: x\n", "pack: [a]\nscenarios: 3\n", "pack: p\nscenarios:\n",
                "pack: p\nscenarios:\n  - 3\n", "pack: p\nscenarios:\n  - nom:\n    date:\n    commune:\n",
                un.replace("    date: 2025-06-30\n", "    date: 2025-06-30\n    grille:\n    statut:\n    total: 1\n"),
                un.replace("    total: 2\n", "    total: deux\n"), un.replace("{SEPARATION: 2}", "[SEPARATION]"),
                un.replace("{SEPARATION: 2}", "{SEPARATION: }"), un.replace("    demande:\n", "    demande: oui\n    x:\n"),
                un.replace("dateNaissance: 1990-04-01", "dateNaissance: 1990-13-01"),
                un.replace("{modele: CHEZ_PARENTS_OU_ENFANTS, commune: \"06088\"}", "{modele: [1]}"),
                "pack: p\n\tscenarios: x\n", "pack: p\npack: q\nscenarios:\n  - {nom: a}\n  - {nom: a}\n")) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.read("m.yaml", yaml), yaml);
            assertTrue(e.getMessage().startsWith("m.yaml") || e.getMessage().contains("problèmes dans m.yaml"),
                    e.getMessage());
            e.problemes().forEach(m -> assertTrue(m.startsWith("m.yaml"), m));
        }
    }

    @Test
    void files_are_found_in_the_scenarios_folders_of_a_tree(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mon-epci/scenarios"));
        Files.createDirectories(dir.resolve("mon-epci/regles"));
        Files.writeString(dir.resolve("mon-epci/scenarios/b.yaml"), "pack: x\n");
        Files.writeString(dir.resolve("mon-epci/scenarios/a.yml"), "pack: x\n");
        Files.writeString(dir.resolve("mon-epci/scenarios/notes.txt"), "");
        Files.writeString(dir.resolve("mon-epci/pack.yaml"), "id: x\n");
        Files.writeString(dir.resolve("mon-epci/regles/c.yaml"), "");
        assertEquals(List.of(dir.resolve("mon-epci/scenarios/a.yml"), dir.resolve("mon-epci/scenarios/b.yaml")),
                Scenarios.find(dir));
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.read(Scenarios.find(dir).get(0)));
        assertTrue(e.getMessage().endsWith("a.yml:1 : clé « scenarios » absente : la liste des scénarios"), e.getMessage());
    }

    @Test
    void slugs_are_plain_ascii() {
        assertEquals("mere-isolee-qui-travaille-a-nice", Lecteur.slug("Mère isolée qui travaille à Nice"));
        assertEquals("taux-d-effort-29-99", Lecteur.slug("Taux d'effort : 29,99 %"));
    }

    static ScenarioResult run(String yaml) {
        return Scenarios.run(Scenarios.read("test.yaml", yaml).scenarios().get(0), engine);
    }
}
