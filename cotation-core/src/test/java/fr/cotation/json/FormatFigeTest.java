package fr.cotation.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.fiche.FicheCotation;
import fr.cotation.testing.Schemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The formats are fixed by annotations and by the schemas, not by Java names. Walking each schema and the Java types
 * it describes side by side, from the document down: every record reachable names each of its components with
 * {@code @JsonProperty} and orders them with {@code @JsonPropertyOrder} (a renamed component keeps its key), every
 * object of the schema has exactly the keys Jackson reads and writes for its type, every code list exactly the
 * constants of its enum, every scalar a schema type that fits the Java type.
 */
class FormatFigeTest {
    private static final Path SCHEMAS = Path.of("..", "docs", "schemas");
    private final Map<String, JsonNode> fichiers = new HashMap<>();
    private final Set<Class<?>> records = new LinkedHashSet<>();
    private final List<String> ecarts = new ArrayList<>();

    private JsonNode fichier(String nom) {
        return fichiers.computeIfAbsent(nom, n -> {
            try {
                return Schemas.json(Files.readString(SCHEMAS.resolve(n)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A node and the file it is in. */
    private record Noeud(String fichier, JsonNode n) {
    }

    /** Follows $ref, and drops the "null" alternative of an anyOf (an absent value); keeps the code list. */
    private Noeud resoudre(Noeud x) {
        JsonNode n = x.n();
        if (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            int diese = ref.indexOf('#');
            String f = diese == 0 ? x.fichier() : diese < 0 ? ref : ref.substring(0, diese);
            JsonNode cible = fichier(f);
            if (diese >= 0) {
                cible = cible.at(ref.substring(diese + 1));
            }
            return resoudre(new Noeud(f, cible));
        }
        if (n.has("anyOf")) {
            JsonNode retenue = null;
            for (JsonNode alt : n.get("anyOf")) {
                if (alt.has("enum") || retenue == null && !"null".equals(alt.path("type").asText())) {
                    retenue = alt;
                }
            }
            return resoudre(new Noeud(x.fichier(), retenue));
        }
        return x;
    }

    private static Set<String> types(JsonNode n) {
        Set<String> t = new TreeSet<>();
        if (n.path("type").isArray()) {
            n.get("type").forEach(v -> t.add(v.asText()));
        } else if (n.has("type")) {
            t.add(n.get("type").asText());
        }
        return t;
    }

    private void comparer(DeserializationConfig mapper, JavaType type, Noeud schema, String chemin) {
        Noeud s = resoudre(schema);
        JsonNode n = s.n();
        Class<?> c = type.getRawClass();
        if (type.isCollectionLikeType()) {
            if (!types(n).contains("array")) {
                ecarts.add(chemin + " : liste en Java, " + types(n) + " dans le schéma");
                return;
            }
            comparer(mapper, type.getContentType(), new Noeud(s.fichier(), n.get("items")), chemin + "[]");
        } else if (type.isMapLikeType()) {
            if (!types(n).contains("object")) {
                ecarts.add(chemin + " : table en Java, " + types(n) + " dans le schéma");
            }
        } else if (c.isEnum()) {
            Set<String> java = new TreeSet<>();
            Arrays.stream(c.getEnumConstants()).forEach(e -> java.add(((Enum<?>) e).name()));
            Set<String> schema2 = new TreeSet<>();
            n.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    schema2.add(v.asText().toUpperCase(Locale.ROOT));
                }
            });
            if (!java.equals(schema2)) {
                ecarts.add(chemin + " : codes " + java + " en Java, " + schema2 + " dans le schéma");
            }
        } else if (c == String.class) {
            attendre(chemin, n, "string");
        } else if (c == LocalDate.class) {
            attendre(chemin, n, "string");
            if (!n.path("pattern").asText().contains("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                ecarts.add(chemin + " : date sans motif AAAA-MM-JJ");
            }
        } else if (c == boolean.class || c == Boolean.class) {
            attendre(chemin, n, "boolean");
        } else if (c == int.class || c == Integer.class) {
            if (!types(n).contains("integer") && !types(n).contains("number")) {
                ecarts.add(chemin + " : entier en Java, " + types(n) + " dans le schéma");
            }
        } else if (c == BigDecimal.class || c == double.class || c == Double.class) {
            attendre(chemin, n, "number");
        } else {
            objet(mapper, type, s, chemin);
        }
    }

    private void attendre(String chemin, JsonNode n, String type) {
        boolean listeDeTextes = n.has("enum") && "string".equals(type);
        for (JsonNode v : n.path("enum")) {
            listeDeTextes &= v.isNull() || v.isTextual();
        }
        if (!types(n).contains(type) && !listeDeTextes) {
            ecarts.add(chemin + " : " + type + " attendu, " + types(n) + " dans le schéma");
        }
    }

    private void objet(DeserializationConfig mapper, JavaType type, Noeud s, String chemin) {
        Class<?> c = type.getRawClass();
        if (c.isRecord() && !records.add(c)) {
            return; // already walked (DelaiAttente.repli)
        }
        if (c.isRecord()) {
            annotations(c);
        }
        BeanDescription d = mapper.introspect(type);
        Map<String, BeanPropertyDefinition> proprietes = new HashMap<>();
        for (BeanPropertyDefinition p : d.findProperties()) {
            proprietes.put(p.getName(), p);
        }
        Set<String> java = new TreeSet<>(proprietes.keySet());
        Set<String> schema = new TreeSet<>();
        s.n().path("properties").fieldNames().forEachRemaining(schema::add);
        schema.remove(CotationJson.CHAMP_VERSION);
        if (!java.equals(schema)) {
            ecarts.add(chemin + " (" + c.getSimpleName() + ") : clés " + java + " en Java, " + schema + " dans le schéma");
        }
        if (!s.n().path("additionalProperties").isBoolean() || s.n().path("additionalProperties").asBoolean()) {
            ecarts.add(chemin + " : additionalProperties false attendu (le lecteur refuse une clé inconnue)");
        }
        for (String nom : java) {
            if (schema.contains(nom)) {
                BeanPropertyDefinition p = proprietes.get(nom);
                JavaType t = p.getField() != null ? p.getField().getType() : p.getPrimaryType();
                comparer(mapper, t, new Noeud(s.fichier(), s.n().get("properties").get(nom)), chemin + "." + nom);
            }
        }
    }

    /** Each component named by @JsonProperty, the order by @JsonPropertyOrder. */
    private void annotations(Class<?> c) {
        List<String> noms = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
            if (p == null || p.value().isEmpty()) {
                ecarts.add(c.getName() + "." + rc.getName() + " : sans @JsonProperty(\"clé\")");
            } else {
                noms.add(p.value());
            }
        }
        JsonPropertyOrder ordre = c.getAnnotation(JsonPropertyOrder.class);
        if (ordre == null || !List.of(ordre.value()).equals(noms)) {
            ecarts.add(c.getName() + " : @JsonPropertyOrder " + (ordre == null ? "absent" : List.of(ordre.value()))
                    + ", clés " + noms);
        }
    }

    @Test
    void everyDocumentAgreesWithItsSchemaAndIsFixedByAnnotations() throws Exception {
        DeserializationConfig json = CotationJson.reader().getConfig();
        comparer(json, json.constructType(Demande.class), new Noeud("demande.schema.json", fichier("demande.schema.json")), "demande");
        comparer(json, json.constructType(CotationResult.class), new Noeud("cotation.schema.json", fichier("cotation.schema.json")), "cotation");
        comparer(json, json.constructType(FicheCotation.class), new Noeud("fiche.schema.json", fichier("fiche.schema.json")), "fiche");
        DeserializationConfig yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).getDeserializationConfig();
        Class<?> descripteur = Class.forName("fr.cotation.internal.pack.DescriptorYaml");
        comparer(yaml, yaml.constructType(descripteur), new Noeud("pack.schema.json", fichier("pack.schema.json")), "pack");
        assertEquals(List.of(), ecarts, () -> String.join("\n", ecarts));
        // every record of the four documents was walked: the nested ones of the demande, the result, the fiche, the pack
        assertTrue(records.size() >= 30, records.toString());
    }

    @Test
    void aRecordWithoutAnnotationsIsCaught() {
        record SansCle(String a, int b) {
        }
        annotations(SansCle.class);
        assertEquals(3, ecarts.size(), ecarts.toString());
    }
}
