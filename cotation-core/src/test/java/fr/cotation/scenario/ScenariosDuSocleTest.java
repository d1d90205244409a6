package fr.cotation.scenario;

import fr.cotation.CotationEngine;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.packDecrit;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.CAGNES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SAINT_LAURENT;
import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenarios of a base (socle), written once with the territory's values as placeholders, are played in each
 * territory that applies the base without rules of its own; a territory's own file may not repeat them.
 */
class ScenariosDuSocleTest {

    /** A base scenario file: one point everywhere from the territory's first day, nothing the day before. */
    static final String SOCLE = """
            pack: socle
            scenarios:
              - nom: "Un point dès le premier jour"
                date: $debut
                commune: $chaqueCommune
                demande:
                  menage: {demandeur: {dateNaissance: 1985-03-15}}
                  logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: $chaqueCommune}
                total: 1
                lignes: {FIXE: 1}
              - nom: "Pas de grille la veille"
                date: $veille
                commune: $commune
                statut: SANS_GRILLE
                message: "($commune), $territoire au $veille"
                demande:
                  menage: {demandeur: {dateNaissance: 1985-03-15}}
                  logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: $commune}
              - nom: "Dans la deuxième commune"
                date: 2025-06-30
                commune: $commune2
                demande:
                  menage: {demandeur: {dateNaissance: 1985-03-15}}
                  logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: $commune2}
                total: 1
                lignes: {FIXE: 1}
            """;

    /** A base {@code socle} with one rule, its scenario file, and the territory {@code terr} (NCA) applying it alone. */
    static Path socle(Path dir) throws IOException {
        Path socle = packDecrit(dir, "socle", "version: \"1\"\nenVigueurDu: 2019-01-01\n",
                regle("Fixe", "FIXE", "Dossier( )"));
        Files.createDirectories(socle.resolve("scenarios"));
        Files.writeString(socle.resolve("scenarios/socle.yaml"), SOCLE);
        Path terr = dir.resolve("terr");
        Files.createDirectories(terr);
        Files.writeString(terr.resolve("pack.yaml"), """
                id: terr
                nom: Territoire de test
                epci: "%s"
                base: socle
                version: "1"
                statut: adoptee
                enVigueurDu: 2021-03-01
                grilles:
                  principale: []
                """.formatted(SIREN_NCA));
        return terr;
    }

    @Test
    void a_territory_with_only_its_pack_yaml_plays_the_scenarios_of_its_base(@TempDir Path dir) throws IOException {
        socle(dir);
        // a territory with a rule of its own does not play them: the base's totals could not hold there
        pack(dir, "propre", SIREN_CASA, regle("Autre", "AUTRE", "Dossier( )"));

        List<DynamicTest> tests = TestsScenarios.tests(Moteurs.depuis(dir), dir).toList();

        assertEquals(List.of("les packs de " + dir + " se chargent",
                        "socle/scenarios/socle.yaml › terr › Un point dès le premier jour (" + NICE + ")",
                        "socle/scenarios/socle.yaml › terr › Un point dès le premier jour (" + CAGNES + ")",
                        "socle/scenarios/socle.yaml › terr › Un point dès le premier jour (" + SAINT_LAURENT + ")",
                        "socle/scenarios/socle.yaml › terr › Pas de grille la veille",
                        "socle/scenarios/socle.yaml › terr › Dans la deuxième commune",
                        "aucun scénario d'un pack ne répète un scénario de son socle ou d'un autre pack"),
                tests.stream().map(DynamicTest::getDisplayName).toList());
        for (DynamicTest t : tests) {
            assertDoesNotThrow(() -> t.getExecutable().execute(), t.getDisplayName());
        }
    }

    @Test
    void the_placeholders_take_the_territory_s_values(@TempDir Path dir) throws IOException {
        socle(dir);
        CotationEngine engine = Moteurs.depuis(dir);
        PackDescriptor terr = engine.packs().stream().filter(p -> p.id().equals("terr")).findFirst().orElseThrow();
        assertEquals(List.of(terr), Scenarios.territories(engine, "socle"));
        assertTrue(Scenarios.isBase(engine, "socle"));

        ScenarioFile f = Scenarios.readFor("socle.yaml", SOCLE, terr, engine.referentiel());

        assertEquals("terr", f.pack());
        // $chaqueCommune: every commune, the most populous first (Nice, Cagnes-sur-Mer, Saint-Laurent-du-Var)
        assertEquals(List.of(NICE, CAGNES, SAINT_LAURENT, NICE, CAGNES),
                f.scenarios().stream().map(Scenario::commune).toList());
        Scenario veille = f.scenarios().get(3);
        assertEquals(LocalDate.of(2021, 2, 28), veille.date());
        assertEquals("terr", veille.pack());
        assertEquals("(" + NICE + "), " + engine.referentiel().nomEpci(SIREN_NCA).orElseThrow() + " au 2021-02-28",
                veille.message());
        assertEquals(LocalDate.of(2021, 3, 1), f.scenarios().get(0).date());
        assertEquals(CAGNES, f.scenarios().get(4).demande().logementActuel().commune());
        // read as a base's file with this engine: once per territory that applies the base
        assertEquals(List.of(f.scenarios().stream().map(Scenario::nom).toList()),
                Scenarios.readAll("socle.yaml", SOCLE, engine, t -> true).stream()
                        .map(x -> x.scenarios().stream().map(Scenario::nom).toList()).toList());
    }

    @Test
    void a_scenario_dated_before_the_territory_s_first_day_is_played_whole_years_later(@TempDir Path dir)
            throws IOException {
        Path terr = socle(dir);
        Files.writeString(terr.resolve("pack.yaml"), Files.readString(terr.resolve("pack.yaml"))
                .replace("enVigueurDu: 2021-03-01", "enVigueurDu: 2027-01-01"));
        CotationEngine engine = Moteurs.depuis(dir);
        PackDescriptor t = Scenarios.territories(engine, "socle").get(0);
        String fixe = SOCLE + """
                  - nom: "Ancienneté datée"
                    date: 2025-06-30
                    commune: $commune
                    demande:
                      dateDepot: 2024-02-29
                      menage: {demandeur: {dateNaissance: 1985-03-15}}
                      logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: $commune}
                    total: 1
                    lignes: {FIXE: 1}
                """;

        ScenarioFile f = Scenarios.readFor("socle.yaml", fixe, t, engine.referentiel());

        Scenario s = f.scenarios().get(f.scenarios().size() - 1);
        assertEquals(LocalDate.of(2027, 6, 30), s.date());
        assertEquals(LocalDate.of(2026, 2, 28), s.demande().dateDepot());
        assertEquals(LocalDate.of(1987, 3, 15), s.demande().menage().demandeur().dateNaissance());
        assertEquals("terr › Ancienneté datée [dates + 2 ans : grille en vigueur du 2027-01-01]", s.nom());
        // $debut and $veille are the territory's already: never moved
        assertEquals(LocalDate.of(2026, 12, 31), f.scenarios().stream().filter(x -> x.nom().contains("veille"))
                .findFirst().orElseThrow().date());
        for (ScenarioFile x : Scenarios.readAll("socle.yaml", fixe, engine, p -> true)) {
            x.scenarios().forEach(y -> assertTrue(Scenarios.run(y, engine).passed(), Scenarios.run(y, engine).report()));
        }
    }

    @Test
    void a_placeholder_in_a_territory_s_own_file_is_an_error() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.read("terr.yaml",
                SOCLE.replace("pack: socle", "pack: terr")));
        assertTrue(e.getMessage().contains("terr.yaml:4 : scénario « Un point dès le premier jour » : « $debut » est"
                + " une valeur du territoire"), e.getMessage());
    }

    @Test
    void an_unknown_placeholder_is_an_error_with_a_suggestion(@TempDir Path dir) throws IOException {
        socle(dir);
        CotationEngine engine = Moteurs.depuis(dir);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.readAll("socle.yaml",
                SOCLE.replace("commune: $commune2", "commune: $comune2"), engine, t -> true));
        assertTrue(e.getMessage().contains("scénario « Dans la deuxième commune » : valeur du territoire « $comune2 »"
                + " inconnue (voulez-vous dire « $commune » ?)"), e.getMessage());
    }

    /** The scenario file of a pack, with one case at a date in one commune. */
    static void propre(Path pack, String id, String commune) throws IOException {
        Files.createDirectories(pack.resolve("scenarios"));
        Files.writeString(pack.resolve("scenarios/" + id + ".yaml"), """
                pack: %s
                scenarios:
                  - nom: "Un cas au 31 juillet"
                    date: 2025-07-31
                    commune: "%2$s"
                    demande:
                      menage: {demandeur: {dateNaissance: 1985-03-15}}
                      logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "%2$s"}
                    total: 1
                    lignes: {FIXE: 1}
                """.formatted(id, commune));
    }

    @Test
    void two_territories_that_apply_the_base_alone_may_not_share_a_case_but_packs_with_own_rules_may(@TempDir Path dir)
            throws IOException {
        propre(socle(dir), "terr", NICE);
        Path jumeau = dir.resolve("jumeau");
        Files.createDirectories(jumeau);
        Files.writeString(jumeau.resolve("pack.yaml"), Files.readString(dir.resolve("terr/pack.yaml"))
                .replace("id: terr", "id: jumeau").replace(SIREN_NCA, SIREN_CASA));
        propre(jumeau, "jumeau", "06004");
        // a pack with a rule of its own checks the same case for its own rules: not a repetition
        propre(pack(dir, "autonome", fr.cotation.testing.Registre.SIREN_CARF, regle("Fixe", "FIXE", "Dossier( )")),
                "autonome", fr.cotation.testing.Registre.MENTON);

        List<DynamicTest> tests = TestsScenarios.tests(Moteurs.depuis(dir), dir).toList();

        for (DynamicTest t : tests.subList(0, tests.size() - 1)) {
            assertDoesNotThrow(() -> t.getExecutable().execute(), t.getDisplayName());
        }
        AssertionError e = assertThrows(AssertionError.class, () -> tests.get(tests.size() - 1).getExecutable().execute());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("jumeau.yaml:3 : le scénario « Un cas au 31 juillet » répète « Un cas au 31"
                + " juillet » ("), e.getMessage());
        assertTrue(e.getMessage().contains("terr.yaml:3) : un cas commun à plusieurs territoires s'écrit une fois"),
                e.getMessage());
    }

    @Test
    void a_territory_s_file_that_repeats_a_base_scenario_fails(@TempDir Path dir) throws IOException {
        Path terr = socle(dir);
        Files.createDirectories(terr.resolve("scenarios"));
        // the third base scenario, copied with another commune and a new name: the same case
        Files.writeString(terr.resolve("scenarios/terr.yaml"), """
                pack: terr
                scenarios:
                  - nom: "Copie à Saint-Laurent-du-Var"
                    date: 2025-06-30
                    commune: "%1$s"
                    demande:
                      menage: {demandeur: {dateNaissance: 1985-03-15}}
                      logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "%1$s"}
                    total: 1
                    lignes: {FIXE: 1}
                  - nom: "Propre : une autre date"
                    date: 2025-07-31
                    commune: "%1$s"
                    demande:
                      menage: {demandeur: {dateNaissance: 1985-03-15}}
                      logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "%1$s"}
                    total: 1
                    lignes: {FIXE: 1}
                """.formatted(SAINT_LAURENT));

        List<DynamicTest> tests = TestsScenarios.tests(Moteurs.depuis(dir), dir).toList();

        DynamicTest dernier = tests.get(tests.size() - 1);
        AssertionError e = assertThrows(AssertionError.class, () -> dernier.getExecutable().execute());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("terr.yaml:3 : le scénario « Copie à Saint-Laurent-du-Var » répète"
                + " « terr › Dans la deuxième commune » du socle ("), e.getMessage());
        assertTrue(e.getMessage().contains("socle.yaml:19), déjà joué dans terr"), e.getMessage());
    }
}
