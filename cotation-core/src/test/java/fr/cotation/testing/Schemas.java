package fr.cotation.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The JSON Schemas of the formats ({@code docs/schemas}, in the jar under {@code fr/cotation/schemas/}) as a test
 * validates with them: {@code $id}s resolved from the class path (never fetched), formats ({@code date}) asserted.
 */
public final class Schemas {
    /** The base of every schema's {@code $id}. */
    public static final String BASE = "https://cotation.example/schemas/";
    /** The five schemas, by short name. */
    public static final List<String> NOMS = List.of("demande", "cotation", "fiche", "pack", "scenario");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FABRIQUE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:fr/cotation/schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The schema {@code nom} ("demande"...), or a part of it: {@code "pack#/properties/rubriques"}. */
    public static JsonSchema schema(String nom) {
        return CACHE.computeIfAbsent(nom, n -> {
            int diese = n.indexOf('#');
            String fichier = (diese < 0 ? n : n.substring(0, diese)) + ".schema.json";
            JsonSchema s = FABRIQUE.getSchema(SchemaLocation.of(BASE + fichier + (diese < 0 ? "" : n.substring(diese))),
                    CONFIG);
            s.initializeValidators();
            return s;
        });
    }

    /** What is wrong with {@code document} according to the schema, empty when it is valid. */
    public static List<String> erreurs(String nom, JsonNode document) {
        return schema(nom).validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Fails, naming {@code ou} and each error, unless {@code document} is valid. */
    public static void valider(String nom, JsonNode document, String ou) {
        List<String> e = erreurs(nom, document);
        if (!e.isEmpty()) {
            fail(ou + " ne suit pas " + nom + ".schema.json :\n  " + String.join("\n  ", e));
        }
    }

    /** The same, for a JSON text. */
    public static void valider(String nom, String json, String ou) {
        valider(nom, json(json), ou);
    }

    public static JsonNode json(String texte) {
        try {
            return JSON.readTree(texte);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML text as the pack and scenario readers see it (Jackson YAML: dates and codes stay texts). */
    public static JsonNode yaml(String texte) {
        try {
            return YAML.readTree(texte);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
