package fr.cotation.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Schemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas of the formats (docs/schemas) are well-formed draft 2020-12 schemas, shipped in the jar, and every
 * example of the docs and of the repository, and every document the library writes, follows them.
 */
class SchemasTest {
    private static final Path RACINE = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOCS = RACINE.resolve("docs");
    private static final Pattern BLOC = Pattern.compile("(?m)^ *```(json|yaml)\\n(.*?)^ *```", Pattern.DOTALL);
    /** The keys of pack.yaml, as the schema lists them. */
    private static final Set<String> CLES_PACK = Set.of("id", "nom", "epci", "base", "version", "statut", "enVigueurDu",
            "enVigueurAu", "sources", "analogie", "communes", "rubriques", "grilles", "remarque", "justifications",
            "effetsDesRefus", "exceptionsMonotonie", "difficultesFinancieres", "motifsLegitimesDeRefus");

    @Test
    void everySchemaIsADraft202012SchemaWithItsIdAndFrenchTitle() throws IOException {
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String nom : Schemas.NOMS) {
            JsonNode s = Schemas.json(Files.readString(DOCS.resolve("schemas/" + nom + ".schema.json")));
            assertEquals("https://json-schema.org/draft/2020-12/schema", s.path("$schema").asText(), nom);
            assertEquals(Schemas.BASE + nom + ".schema.json", s.path("$id").asText(), nom);
            assertFalse(s.path("title").asText().isBlank(), nom + " : title");
            assertTrue(s.path("description").asText().length() > 40, nom + " : description");
            assertEquals(Set.of(), meta.validate(s), nom + " : not a valid 2020-12 schema");
        }
    }

    @Test
    void theJarCarriesTheSchemasOfTheDocs() throws IOException {
        for (String nom : Schemas.NOMS) {
            try (InputStream in = CotationJson.class.getResourceAsStream("/fr/cotation/schemas/" + nom + ".schema.json")) {
                assertNotNull(in, nom + " absent du jar");
                assertArrayEquals(Files.readAllBytes(DOCS.resolve("schemas/" + nom + ".schema.json")), in.readAllBytes(), nom);
            }
        }
    }

    /**
     * Every JSON and YAML block of docs/*.md is a document of one of the formats (or a fragment of pack.yaml or of a
     * scenario) and follows its schema; the blocks of other formats are named here, so a new example is never left
     * unchecked.
     */
    @Test
    void everyExampleOfTheDocsFollowsItsSchema() throws IOException {
        int verifies = 0;
        List<String> autres = new ArrayList<>();
        try (Stream<Path> pages = Files.list(DOCS)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String texte = Files.readString(page);
                Matcher m = BLOC.matcher(texte);
                while (m.find()) {
                    int ligne = texte.substring(0, m.start()).split("\n", -1).length;
                    String ou = DOCS.relativize(page) + ":" + ligne;
                    JsonNode n = m.group(1).equals("json") ? Schemas.json(m.group(2)) : Schemas.yaml(m.group(2));
                    String format = format(n);
                    if (format == null) {
                        autres.add(page.getFileName() + ":" + (n.fieldNames().hasNext() ? n.fieldNames().next() : ""));
                    } else if (format.equals("pack-fragment")) {
                        n.fieldNames().forEachRemaining(cle -> Schemas.valider("pack#/properties/" + cle, n.get(cle),
                                ou + " (" + cle + ")"));
                        verifies++;
                    } else if (format.equals("scenario-fragment")) {
                        Schemas.valider("demande", n.get("demande"), ou);
                        verifies++;
                    } else {
                        Schemas.valider(format, n, ou);
                        verifies++;
                    }
                }
            }
        }
        // the blocks of another format: a dwelling of the CALEOL proposal, an editor's settings
        assertEquals(List.of("caleol.md:reference", "ecrire-une-grille.md:yaml.schemas"), autres,
                "blocks of no known format");
        assertTrue(verifies >= 14, "blocks checked: " + verifies);
    }

    /** Which format a block of the docs is, from its keys; null when it is none of them. */
    private static String format(JsonNode n) {
        if (n.has("cotations")) {
            return "cotation";
        }
        if (n.has("communes") && n.has("priorites")) {
            return "fiche";
        }
        if (n.has("menage") || n.has("dateDepot") || n.has("communesSouhaitees")) {
            return "demande";
        }
        if (n.has("scenarios")) {
            return "scenario";
        }
        if (n.size() == 1 && n.has("demande")) {
            return "scenario-fragment";
        }
        List<String> cles = new ArrayList<>();
        n.fieldNames().forEachRemaining(cles::add);
        if (!cles.isEmpty() && CLES_PACK.containsAll(cles)) {
            return cles.containsAll(List.of("id", "nom", "version", "statut", "enVigueurDu", "grilles")) ? "pack"
                    : "pack-fragment";
        }
        return null;
    }

    /** The demo's demandes, the packs and scenarios shipped and those of the examples follow their schemas. */
    @Test
    void everyExampleFileOfTheRepositoryFollowsItsSchema() throws IOException {
        List<Path> demandes = fichiers(RACINE.resolve("cotation-examples/src/main/resources"), ".json");
        assertTrue(demandes.stream().anyMatch(p -> p.endsWith("demandes-nice.json")), demandes.toString());
        for (Path f : demandes) {
            JsonNode n = Schemas.json(Files.readString(f));
            for (JsonNode d : n.isArray() ? n : List.of(n)) {
                Schemas.valider("demande", d, RACINE.relativize(f).toString());
            }
        }
        List<Path> packs = new ArrayList<>();
        List<Path> scenarios = new ArrayList<>();
        for (String racine : List.of("cotation-rules-paca/src/main/resources/cotation/packs",
                "cotation-examples/src/test/resources/fr/cotation/examples/hors-paca",
                "cotation-examples/src/test/resources/fr/cotation/examples/cli/packs")) {
            for (Path f : fichiers(RACINE.resolve(racine), ".yaml")) {
                (f.getFileName().toString().equals("pack.yaml") ? packs : scenarios).add(f);
            }
        }
        assertTrue(packs.size() >= 28, "pack.yaml : " + packs.size());
        // the base's scenarios are written once (paca-base) and played in every territory that applies it alone
        assertTrue(scenarios.size() >= 7, "scenarios : " + scenarios.size());
        assertTrue(scenarios.stream().anyMatch(p -> p.endsWith("paca-base/scenarios/socle.yaml")), scenarios.toString());
        for (Path f : packs) {
            Schemas.valider("pack", Schemas.yaml(Files.readString(f)), RACINE.relativize(f).toString());
        }
        for (Path f : scenarios) {
            assertTrue(f.getParent().getFileName().toString().equals("scenarios"), f.toString());
            Schemas.valider("scenario", Schemas.yaml(Files.readString(f)), RACINE.relativize(f).toString());
        }
    }

    private static List<Path> fichiers(Path dossier, String fin) throws IOException {
        try (Stream<Path> s = Files.walk(dossier)) {
            return s.filter(p -> p.toString().endsWith(fin) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** What the library writes: generated demandes and their results, valid or not, follow their schemas. */
    @Test
    void generatedDemandesAndTheirResultsFollowTheirSchemas() {
        CotationEngine engine = Moteurs.packs("territoires");
        LocalDate date = LocalDate.of(2025, 6, 30);
        GenerateurDemandes g = GenerateurDemandes.builder().graine(7).dateEvaluation(date)
                .communes(engine.referentiel(), List.of("200030195")).build();
        int problemes = 0;
        for (var d : g.liste(60)) {
            String json = CotationJson.enTexte(d);
            Schemas.valider("demande", json, "demande générée " + d.numeroUnique());
            CotationResult r = engine.coter(d, date);
            problemes += r.problemes().size();
            Schemas.valider("cotation", CotationJson.enTexte(r), "résultat de " + d.numeroUnique());
        }
        // an invalid demande, a commune without grille and one unknown: problems and other statuses follow it too
        var invalide = g.demande(0).toBuilder().deposeeLe(null).communesSouhaitees("83137", "06999").build();
        Schemas.valider("cotation", CotationJson.enTexte(engine.coter(invalide, date)), "résultat invalide");
        var sansGrille = g.demande(1).toBuilder().communesSouhaitees("83137").build();
        CotationResult r = engine.coter(sansGrille, date);
        assertTrue(r.cotations().stream().anyMatch(c -> c.statut() != fr.cotation.Cotation.Statut.COTEE), r.toString());
        Schemas.valider("cotation", CotationJson.enTexte(r), "résultat sans grille");
    }
}
