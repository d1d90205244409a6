package fr.cotation.scenario;

import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JUnit entry point an EPCI's Maven project extends: one test per scenario, the report as a failure's message. */
class TestsScenariosTest {

    private static final String SCENARIO = """
              - nom: "%s"
                date: 2025-06-30
                commune: "06088"
                demande:
                  menage: {demandeur: {dateNaissance: 1985-03-15}}
                  logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "06088"}
                total: %d
                lignes: {FIXE: %d}
            """;

    @Test
    void every_scenario_is_a_test_that_fails_with_its_report(@TempDir Path dir) throws IOException {
        Path p = pack(dir, "fixe", SIREN_NCA, regle("Fixe", "FIXE", "Dossier( )"));
        Files.createDirectories(p.resolve("scenarios"));
        Files.writeString(p.resolve("scenarios/fixe.yaml"), "pack: fixe\nscenarios:\n"
                + SCENARIO.formatted("Un point pour tous", 1, 1) + SCENARIO.formatted("Deux points attendus", 2, 2));

        List<DynamicTest> tests = TestsScenarios.tests(Moteurs.depuis(dir), dir).toList();

        assertEquals(List.of("les packs de " + dir + " se chargent", "fixe/scenarios/fixe.yaml › Un point pour tous",
                "fixe/scenarios/fixe.yaml › Deux points attendus",
                "aucun scénario d'un pack ne répète un scénario de son socle ou d'un autre pack"), tests.stream().map(DynamicTest::getDisplayName).toList());
        assertDoesNotThrow(() -> tests.get(0).getExecutable().execute());
        assertDoesNotThrow(() -> tests.get(1).getExecutable().execute());
        AssertionError echec = assertThrows(AssertionError.class, () -> tests.get(2).getExecutable().execute());
        assertTrue(echec.getMessage().contains("FIXE") && echec.getMessage().contains("2"), echec.getMessage());
        assertTrue(tests.get(2).getTestSourceUri().orElseThrow().toString().endsWith("fixe.yaml?line=11"),
                tests.get(2).getTestSourceUri().toString());
    }

    @Test
    void a_pack_that_does_not_load_is_a_failing_test_with_its_problems(@TempDir Path dir) {
        pack(dir, "casse", SIREN_NCA, regle("Faute", "F", "Dossier( anciennete > 1 )"));
        List<DynamicTest> tests = TestsScenarios.tests(Moteurs.depuis(dir), dir).toList();
        AssertionError echec = assertThrows(AssertionError.class, () -> tests.get(0).getExecutable().execute());
        assertTrue(echec.getMessage().contains("`anciennete` n'existe pas sur Dossier"), echec.getMessage());
    }
}
