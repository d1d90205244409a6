package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the tool writes follows the schemas the core jar carries (fr/cotation/schemas, the files of docs/schemas):
 * the JSON results of the demo's demandes, a generated stock, a fiche with its positions.
 */
class SchemasSortiesTest {
    private static final String BASE = "https://cotation.example/schemas/";
    private static final JsonSchemaFactory FABRIQUE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:fr/cotation/schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATE = "2025-06-30";
    private static final Path DEMO = Path.of("src/main/resources/fr/cotation/examples/demandes-nice.json");

    @TempDir
    Path dossier;

    private static void valider(String schema, JsonNode document, String ou) {
        JsonSchema s = FABRIQUE.getSchema(SchemaLocation.of(BASE + schema + ".schema.json"), CONFIG);
        List<String> erreurs = s.validate(document).stream().map(ValidationMessage::getMessage).toList();
        assertEquals(List.of(), erreurs, ou + " ne suit pas " + schema + ".schema.json");
    }

    @Test
    void theResultsOfTheDemoFollowTheResultSchema() throws IOException {
        var r = cotation("score", "--date", DATE, "--format", "json", DEMO.toString());
        JsonNode resultats = JSON.readTree(r.out());
        assertTrue(resultats.isArray() && resultats.size() >= 5, r.toString());
        for (JsonNode resultat : resultats) {
            assertEquals("1.0", resultat.path("versionFormat").asText(), resultat.toString());
            valider("cotation", resultat, "résultat de " + resultat.path("numeroUnique").asText());
        }
    }

    @Test
    void aGeneratedStockFollowsTheDemandeSchema() throws IOException {
        Path stock = dossier.resolve("stock.json");
        var r = cotation("generate", "--date", DATE, "--nombre", "40", "--graine", "5", "--epci", "200030195",
                "-o", stock.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        JsonNode demandes = JSON.readTree(Files.readString(stock));
        assertEquals(40, demandes.size());
        for (JsonNode d : demandes) {
            assertEquals("1.0", d.path("versionFormat").asText());
            valider("demande", d, "demande générée " + d.path("numeroUnique").asText());
        }
        // and the tool reads back what it wrote, version included
        var relu = cotation("score", "--date", DATE, "--format", "json", stock.toString());
        assertEquals(CodeSortie.OK, relu.code(), relu.err());
    }

    @Test
    void aFicheWithItsPositionsFollowsTheFicheSchema() throws IOException {
        Path fiche = dossier.resolve("fiche.json");
        var r = cotation("fiche", "--date", DATE, "--numero", "0060623061200003A0601", "--classer", "--format", "json",
                "-o", fiche.toString(), DEMO.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        JsonNode f = JSON.readTree(Files.readString(fiche));
        assertTrue(f.path("classementDisponible").asBoolean(), f.toString());
        valider("fiche", f, "fiche");
    }

    @Test
    void aDemandeOfAnotherMajorVersionIsRejectedNamingTheVersion() throws IOException {
        String une = Files.readString(Path.of(fixture("cli/une-demande.json"))).strip();
        String v1 = "{\"versionFormat\": \"1.0\"," + une.substring(1);
        String v2 = "{\"versionFormat\": \"2.0\"," + une.substring(1).replace("0060622091500001A0601", "0060622091500002A0601");
        Path f = Files.writeString(dossier.resolve("versions.json"), "[" + v2 + ",\n" + v1 + "]");
        var r = cotation("score", "--date", DATE, f.toString());
        assertTrue(r.err().contains("versionFormat = \"2.0\" : version de format inconnue"), r.err());
        assertTrue(r.out().contains("0060622091500001A0601"), "the demande of version 1.0 is scored: " + r.out());
        assertTrue(!r.out().contains("0060622091500002A0601"), r.out());
    }
}
