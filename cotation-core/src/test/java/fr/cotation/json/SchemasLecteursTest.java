package fr.cotation.json;

import fr.cotation.ProblemePack;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.scenario.ScenarioException;
import fr.cotation.scenario.Scenarios;
import fr.cotation.testing.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The schemas and the readers agree, both ways: what a reader takes, its schema takes (a schema must never refuse a
 * file the library reads); and the usual mistakes a reader refuses, the schema refuses too (an editor shows them
 * before the library does).
 */
class SchemasLecteursTest {
    @TempDir
    Path dossier;

    // ------------------------------------------------------------------------------------------------ demande

    private static boolean lecteurDemande(String json) {
        try {
            CotationJson.lireDemande(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void demande(boolean lue, String json) {
        assertEquals(lue, lecteurDemande(json), () -> "lecteur, " + json);
        List<String> erreurs = Schemas.erreurs("demande", Schemas.json(json));
        assertEquals(lue, erreurs.isEmpty(), () -> "schéma, " + json + " : " + erreurs);
    }

    @Test
    void demandesBothTake() {
        demande(true, "{}");
        demande(true, "{\"versionFormat\": \"1.4\", \"numeroUnique\": \"0060622091500001A0601\"}");
        demande(true, "{\"numeroUnique\": null, \"dateRenouvellement\": null, \"menage\": {\"demandeur\": null,"
                + " \"naissancesAttendues\": null}, \"mutation\": null, \"labelPdalhpd\": null}");
        demande(true, "{\"logementActuel\": {\"modele\": \"LOCATAIRE_PRIVE\", \"commune\": \"06088\","
                + " \"loyerMensuel\": 450.5, \"nombreOccupants\": 3, \"type\": \"T2\", \"surface\": 38}}");
        demande(true, "{\"menage\": {\"demandeur\": {\"dateNaissance\": \"1988-05-12\", \"ressources\":"
                + " [{\"nature\": \"SALAIRE\", \"montantMensuel\": 1250}], \"revenusFiscaux\": [{\"annee\": 2023,"
                + " \"montant\": 15000}]}, \"cotitulaires\": [{\"personne\": {\"dateNaissance\": \"1990-01-01\"},"
                + " \"lien\": \"PACSE\"}]}, \"dalo\": {\"statut\": \"ACTIF\", \"dateDecision\": \"2024-05-01\","
                + " \"preuve\": \"VALIDEE\"}, \"situations\": [{\"code\": \"VIOLENCES_CONJUGALES\", \"preuve\": \"DECLAREE\"}]}");
    }

    @Test
    void demandesBothRefuse() {
        demande(false, "{\"numeroUniq\": \"X\"}");                                    // unknown key
        demande(false, "{\"menage\": {\"demandeur\": {\"age\": 40}}}");               // unknown key, deeper
        demande(false, "{\"typologies\": [\"T7\"]}");                                 // unknown code
        demande(false, "{\"logementActuel\": {\"modele\": \"locataire_prive\"}}");    // codes are upper case
        demande(false, "{\"dateDepot\": 20220915}");                                  // a date as a number
        demande(false, "{\"dateDepot\": \"15/09/2022\"}");                            // not AAAA-MM-JJ
        demande(false, "{\"dateDepot\": \"2022-02-30\"}");                            // no such day
        demande(false, "{\"menage\": {\"naissancesAttendues\": 1.5}}");               // a decimal count
        demande(false, "{\"logementActuel\": {\"loyerMensuel\": \"450\"}}");          // a number as text
        demande(false, "{\"communesSouhaitees\": [6088]}");                           // a text as a number
        demande(false, "{\"mutation\": \"oui\"}");                                    // a boolean as text
        demande(false, "{\"motifs\": {\"code\": \"HANDICAP\"}}");                     // one object for a list
        demande(false, "{\"versionFormat\": \"2.0\"}");                               // another major version
        demande(false, "{\"versionFormat\": 1}");                                     // a version as a number
    }

    // ------------------------------------------------------------------------------------------------ pack.yaml

    private static final String PACK = """
            id: essai
            nom: "Essai"
            epci: "200030195"
            version: "2026.1"
            statut: projet
            enVigueurDu: 2026-01-01
            grilles:
              principale: [regles/a.drl]
            """;

    private boolean lecteurPack(String yaml) throws IOException {
        Path p = Files.createTempDirectory(dossier, "pack");
        Files.createDirectories(p.resolve("essai/regles"));
        Files.writeString(p.resolve("essai/regles/a.drl"), "package essai;\n");
        Files.writeString(p.resolve("essai/pack.yaml"), yaml);
        List<ProblemePack> problemes = new ArrayList<>();
        int lus = PackReader.fromDirectory(p, problemes::add).size();
        return lus == 1 && problemes.isEmpty();
    }

    private void pack(boolean lu, String yaml) throws IOException {
        assertEquals(lu, lecteurPack(yaml), () -> "lecteur, " + yaml);
        List<String> erreurs = Schemas.erreurs("pack", Schemas.yaml(yaml));
        assertEquals(lu, erreurs.isEmpty(), () -> "schéma, " + yaml + " : " + erreurs);
    }

    @Test
    void packDescriptorsBothTake() throws IOException {
        pack(true, PACK);
        pack(true, PACK.replace("statut: projet", "statut: Adoptee"));                // codes in any case
        pack(true, PACK + "enVigueurAu:\nanalogie: typologie_commune\n");            // an empty key
        pack(true, PACK + "rubriques:\n  - {code: A, libelle: \"Rubrique A\", mode: meilleur, plafond: 10}\n");
        pack(true, PACK + "effetsDesRefus:\n  - {critere: REFUS, dureeMois: 12}\n");
        pack(true, PACK + "motifsLegitimesDeRefus:\n  reference: \"Plan 2023\"\n  motifs: [\"Loyer trop cher\"]\n");
        pack(true, PACK + "difficultesFinancieres:\n  - {enVigueurDu: 2025-01-01, reference: proposition,"
                + " plafondsMensuels: [1000, 1300, 1550, 1850, 2150, 2450]}\n");
        pack(true, PACK + "justifications:\n  A: \"Pourquoi\"\n");
    }

    @Test
    void packDescriptorsBothRefuse() throws IOException {
        pack(false, PACK + "versoin: \"2\"\n");                                        // unknown key
        pack(false, PACK.replace("statut: projet", "statut: vote"));                  // unknown code
        pack(false, PACK.replace("enVigueurDu: 2026-01-01", "enVigueurDu: 20260101")); // a date as a number
        pack(false, PACK.replace("nom: \"Essai\"\n", ""));                              // a required key
        pack(false, PACK.replace("epci: \"200030195\"", "epci: \"2000\""));           // not a SIREN
        pack(false, PACK + "  autre: [regles/a.drl]\n");                              // no such grille
        pack(false, PACK + "effetsDesRefus:\n  - {critere: REFUS}\n");                 // its duration missing
        pack(false, PACK + "rubriques:\n  - {code: A, mode: SOMME}\n");                // unknown mode
        pack(false, PACK + "exceptionsMonotonie:\n  - {rubrique: A, variation: age, justification: x}\n");
        pack(false, PACK + "difficultesFinancieres:\n  - {enVigueurDu: 2025-01-01, reference: proposition,"
                + " plafondsMensuels: [1000, 1300]}\n");                               // six amounts
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    private static final String SCENARIO = """
            pack: essai
            scenarios:
              - nom: "Un ménage"
                date: 2025-06-30
                commune: "06088"
                demande:
                  menage: {demandeur: {dateNaissance: 1980-01-01}}
                  logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "06088"}
                total: 10
                lignes: {ANCIENNETE: 10}
            """;

    private static boolean lecteurScenario(String yaml) {
        try {
            Scenarios.read("essai.yaml", yaml);
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    private static void scenario(boolean lu, String yaml) {
        assertEquals(lu, lecteurScenario(yaml), () -> "lecteur, " + yaml);
        List<String> erreurs = Schemas.erreurs("scenario", Schemas.yaml(yaml));
        assertEquals(lu, erreurs.isEmpty(), () -> "schéma, " + yaml + " : " + erreurs);
    }

    @Test
    void scenarioFilesBothTake() {
        scenario(true, SCENARIO);
        scenario(true, SCENARIO.replace("    total: 10\n    lignes: {ANCIENNETE: 10}\n",
                "    statut: sans_grille\n    message: \"pas de grille\"\n"));        // no note expected
        scenario(true, SCENARIO.replace("lignes: {ANCIENNETE: 10}", "lignes: {}").replace("total: 10", "total: 0"));
        scenario(true, SCENARIO.replace("pack: essai\n", "pack: essai\ndescription: \"Critères locaux\"\n")
                .replace("    date:", "    grille: mutation\n    description: x\n    date:"));
    }

    @Test
    void scenarioFilesBothRefuse() {
        scenario(false, SCENARIO.replace("commune: \"06088\"\n    demande", "commune: 6088\n    demande"));
        scenario(false, SCENARIO.replace("total: 10", "totale: 10"));                 // unknown key
        scenario(false, SCENARIO.replace("    date: 2025-06-30\n", ""));              // date missing
        scenario(false, SCENARIO.replace("    lignes: {ANCIENNETE: 10}\n", ""));      // a note without its lines
        scenario(false, SCENARIO.replace("    total: 10\n", "    statut: VALIDE\n    total: 10\n"));
        scenario(false, SCENARIO.replace("    date:", "    grille: secondaire\n    date:"));
        scenario(false, SCENARIO.replace("{modele: PROPRIETAIRE_OCCUPANT", "{modele: PROPRIETAIRE"));
        scenario(false, SCENARIO.replace("lignes: {ANCIENNETE: 10}", "lignes: {ANCIENNETE: dix}"));
        scenario(false, "pack: essai\nscenarios: []\n");
    }

    @Test
    void aDemandeOfAScenarioIsADemande() {
        // the scenario's demande is the demande schema, by reference: a key unknown to the one is unknown to the other
        String json = Schemas.schema("scenario").getSchemaNode().path("$defs").path("Scenario").path("properties")
                .path("demande").path("$ref").asText();
        assertEquals("demande.schema.json", json);
        if (lecteurScenario(SCENARIO.replace("menage: {", "menages: {"))) {
            fail("the scenario reader took an unknown key of the demande");
        }
        assertTrue(!Schemas.erreurs("scenario", Schemas.yaml(SCENARIO.replace("menage: {", "menages: {"))).isEmpty());
    }
}
