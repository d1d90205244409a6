package fr.cotation.examples.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/openapi.yaml is a valid OpenAPI 3.1 document (read by swagger-parser, which reports what does not conform) and
 * documents exactly the routes the service answers ({@link ServeurCotation#ROUTES}). The JSON Schemas it refers to
 * (docs/schemas/*.schema.json) are resolved when they are present in the repository, and then must resolve.
 */
class OpenApiTest {
    static final List<String> SCHEMAS = List.of("demande.schema.json", "cotation.schema.json", "fiche.schema.json");

    static Path document() {
        return ServeurCotationTest.racine().resolve("docs/openapi.yaml");
    }

    private static boolean schemasPresents() {
        Path dossier = document().resolveSibling("schemas");
        return SCHEMAS.stream().allMatch(s -> Files.isRegularFile(dossier.resolve(s)));
    }

    private static SwaggerParseResult lire() {
        ParseOptions o = new ParseOptions();
        // the $refs to docs/schemas/ are followed when those files are in the repository (they are written apart)
        o.setResolve(schemasPresents());
        return new OpenAPIV3Parser().readLocation(document().toUri().toString(), null, o);
    }

    @Test
    void documentOpenApi31Valide() {
        SwaggerParseResult r = lire();
        assertNotNull(r.getOpenAPI(), String.valueOf(r.getMessages()));
        assertEquals(List.of(), r.getMessages());
        assertEquals(SpecVersion.V31, r.getOpenAPI().getSpecVersion());
        assertEquals("3.1.0", r.getOpenAPI().getOpenapi());
    }

    @Test
    void chaqueRouteDuServiceEstDocumenteeEtRienDePlus() {
        OpenAPI api = lire().getOpenAPI();
        Set<String> documentees = new TreeSet<>();
        api.getPaths().forEach((chemin, item) -> item.readOperationsMap().keySet()
                .forEach(m -> documentees.add(m.name() + " " + chemin)));
        Set<String> servies = new TreeSet<>();
        for (ServeurCotation.Route r : ServeurCotation.ROUTES) {
            servies.add(r.methode() + " " + r.chemin());
        }
        assertEquals(servies, documentees);
    }

    @Test
    void corpsDesDemandesEtResultatsRenvoientAuxSchemasJson() {
        OpenAPI api = lire().getOpenAPI();
        if (schemasPresents()) {
            // resolved: the bodies are the schemas' content, not references left dangling
            PathItem p = api.getPaths().get("/api/cotation");
            assertNotNull(p.getPost().getRequestBody().getContent().get("application/json").getSchema());
            return;
        }
        String texte = api.getPaths().get("/api/cotation").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref();
        assertTrue(texte.endsWith("schemas/demande.schema.json"), texte);
        assertTrue(api.getPaths().get("/api/fiche").getPost().getResponses().get("200").getContent()
                .get("application/json").getSchema().get$ref().endsWith("schemas/fiche.schema.json"));
    }
}
