package fr.cotation.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cotation.demande.Demande;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON endpoints of {@link ServeurCotation}, through real HTTP on a free port, against the library's results. */
class ServeurCotationTest {
    /** Trees only: the library's own JSON is written by CotationJson. */
    private static final ObjectMapper M = new ObjectMapper();
    private static Service service;

    @BeforeAll
    static void demarrer() throws Exception {
        service = Service.paca();
    }

    @AfterAll
    static void arreter() throws Exception {
        service.close();
    }

    /** A value as the JSON text of the library (the same numbers' types as a text read back). */
    static JsonNode arbre(Object valeur) {
        try {
            return M.readTree(CotationJson.enTexte(valeur));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return M.readTree(r.body());
    }

    private static void probleme(HttpResponse<String> r, int statut) {
        assertEquals(statut, r.statusCode(), r.body());
        assertEquals("application/problem+json;charset=utf-8", r.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase(), r.body());
    }

    static String demandeDemo(int i) throws Exception {
        ArrayNode toutes = (ArrayNode) M.readTree(Service.demandesDemo());
        return M.writeValueAsString(toutes.get(i));
    }

    @Test
    void uneDemandeCoteeCommeLaBibliotheque() throws Exception {
        Demande d = Service.demandesDemoLues().get(0);
        HttpResponse<String> r = service.postJson("/api/cotation?date=2025-06-30", demandeDemo(0));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(arbre(MoteurPartage.embarque().coter(d, Service.DATE)), json(r));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void jsonMalFormeEstUnProbleme() throws Exception {
        HttpResponse<String> r = service.postJson("/api/cotation?date=2025-06-30", "{\"numeroUnique\": \"X\",");
        probleme(r, 400);
        JsonNode p = json(r);
        assertEquals("urn:cotation:probleme:json-mal-forme", p.get("type").asText());
        assertEquals("/api/cotation", p.get("instance").asText());
        assertTrue(p.get("erreurs").get(0).get("message").asText().startsWith("JSON mal formé (ligne 1"), r.body());
    }

    @Test
    void champInconnuEtDateImpossibleNommentChampEtValeur() throws Exception {
        ObjectNode d = (ObjectNode) M.readTree(demandeDemo(0));
        ((ObjectNode) d.get("menage").get("demandeur")).put("dateNaissance", "1988-02-30");
        HttpResponse<String> r = service.postJson("/api/cotation?date=2025-06-30", M.writeValueAsString(d));
        probleme(r, 400);
        JsonNode e = json(r).get("erreurs").get(0);
        assertEquals("menage.demandeur.dateNaissance", e.get("champ").asText());
        assertEquals("1988-02-30", e.get("valeur").asText());
        assertTrue(e.get("message").asText().contains("date impossible"), r.body());

        HttpResponse<String> q = service.postJson("/api/cotation?date=2025-13-01", demandeDemo(0));
        probleme(q, 400);
        assertEquals("date", json(q).get("erreurs").get(0).get("champ").asText());
        assertEquals("2025-13-01", json(q).get("erreurs").get(0).get("valeur").asText());
        probleme(service.postJson("/api/cotation", demandeDemo(0)), 400);
    }

    @Test
    void communeInconnueEstUnProblemeQuiLaNomme() throws Exception {
        ObjectNode d = (ObjectNode) M.readTree(demandeDemo(0));
        d.putArray("communesSouhaitees").add("06088").add("06999");
        HttpResponse<String> r = service.postJson("/api/cotation?date=2025-06-30", M.writeValueAsString(d));
        probleme(r, 422);
        JsonNode p = json(r);
        assertEquals("urn:cotation:probleme:demande-invalide", p.get("type").asText());
        JsonNode e = p.get("erreurs").get(0);
        assertEquals("communesSouhaitees[1]", e.get("champ").asText());
        assertEquals("06999", e.get("valeur").asText());
        assertTrue(e.get("message").asText().startsWith("commune inconnue"), r.body());
        assertTrue(p.get("detail").asText().contains("06999"), r.body());

        HttpResponse<String> v = service.postJson("/api/validation?date=2025-06-30", M.writeValueAsString(d));
        assertEquals(200, v.statusCode());
        assertFalse(json(v).get("valide").asBoolean());
        assertEquals("communesSouhaitees[1]", json(v).get("problemes").get(0).get("champ").asText());
        HttpResponse<String> ok = service.postJson("/api/validation?date=2025-06-30", demandeDemo(0));
        assertTrue(json(ok).get("valide").asBoolean(), ok.body());
    }

    @Test
    void corpsTropGrosEst413() throws Exception {
        try (Service petit = Service.avec(Service.configuration().avecCorpsMax(500), MoteurPartage.embarque())) {
            HttpResponse<String> r = petit.postJson("/api/cotation?date=2025-06-30", demandeDemo(0));
            probleme(r, 413);
            assertEquals("urn:cotation:probleme:corps-trop-gros", json(r).get("type").asText());
            // without Content-Length (chunked): the bound is checked as the body is read
            HttpResponse<String> c = petit.client.send(java.net.http.HttpRequest.newBuilder(
                            petit.uri("/api/cotation?date=2025-06-30")).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            demandeDemoOctets()))).build(), HttpResponse.BodyHandlers.ofString());
            probleme(c, 413);
        }
    }

    private static byte[] demandeDemoOctets() {
        try {
            return demandeDemo(0).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void lotAvecUneDemandeIllisibleCoteLesAutresEtSignaleLaMauvaise() throws Exception {
        List<Demande> demo = Service.demandesDemoLues();
        ArrayNode lot = M.createArrayNode();
        lot.add(M.readTree(demandeDemo(0)));
        ObjectNode mauvaise = (ObjectNode) M.readTree(demandeDemo(1));
        ((ObjectNode) mauvaise.get("menage").get("demandeur")).put("dateNaissance", "1990-02-31");
        lot.add(mauvaise);
        lot.add(M.readTree(demandeDemo(2)));
        HttpResponse<String> r = service.postJson("/api/cotations?date=2025-06-30", M.writeValueAsString(lot));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<String> lignes = r.body().lines().toList();
        assertEquals(3, lignes.size(), r.body());
        assertEquals(arbre(MoteurPartage.embarque().coter(demo.get(0), Service.DATE)), M.readTree(lignes.get(0)));
        JsonNode p = M.readTree(lignes.get(1));
        assertEquals(2, p.get("rang").asInt());
        assertEquals(400, p.get("status").asInt());
        assertEquals("menage.demandeur.dateNaissance", p.get("erreurs").get(0).get("champ").asText());
        assertEquals("1990-02-31", p.get("erreurs").get(0).get("valeur").asText());
        assertEquals(arbre(MoteurPartage.embarque().coter(demo.get(2), Service.DATE)), M.readTree(lignes.get(2)));
    }

    @Test
    void lotEntierCommeLeLotDeLaBibliotheque() throws Exception {
        List<Demande> demo = Service.demandesDemoLues();
        HttpResponse<String> r = service.postJson("/api/cotations?date=2025-06-30", Service.demandesDemo());
        assertEquals(200, r.statusCode(), r.body());
        // each demande as the library scores it; the one naming a commune that does not exist (06999) is refused
        List<JsonNode> attendu = new java.util.ArrayList<>();
        int rang = 0;
        boolean refusee = false;
        for (Demande d : demo) {
            rang++;
            if (Routeur.communesInconnues(MoteurPartage.embarque(), d).isEmpty()) {
                attendu.add(arbre(MoteurPartage.embarque().coter(d, Service.DATE)));
            } else {
                refusee = true;
                ObjectNode p = M.createObjectNode();
                p.put("type", "urn:cotation:probleme:demande-invalide").put("rang", rang);
                attendu.add(p);
            }
        }
        assertTrue(refusee, "the demo has a demande with an unknown commune");
        List<JsonNode> lu = r.body().lines().map(l -> {
            try {
                return M.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(n -> n.has("rang") ? M.createObjectNode().put("type", n.get("type").asText())
                .put("rang", n.get("rang").asInt()) : n).toList();
        assertEquals(attendu, lu);
    }

    @Test
    void santeEtDisponibilite() throws Exception {
        assertEquals(200, service.get("/sante").statusCode());
        HttpResponse<String> pret = service.get("/pret");
        assertEquals(200, pret.statusCode(), pret.body());
        assertEquals(MoteurPartage.embarque().packs().size(), json(pret).get("packs").asInt());
        try (Service demarrage = Service.avec(Service.configuration(), null)) {
            assertEquals(200, demarrage.get("/sante").statusCode());
            HttpResponse<String> r = demarrage.get("/pret");
            probleme(r, 503);
            assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
            probleme(demarrage.postJson("/api/cotation?date=2025-06-30", demandeDemo(0)), 503);
            demarrage.serveur.pret(MoteurPartage.embarque());
            assertEquals(200, demarrage.get("/pret").statusCode());
        }
    }

    @Test
    void packsGrilleCommunesEtFiche() throws Exception {
        JsonNode packs = json(service.get("/api/packs"));
        assertEquals(MoteurPartage.embarque().packs().size(), packs.size());
        JsonNode nice = null;
        for (JsonNode p : packs) {
            if (p.get("id").asText().equals("nice-cote-azur")) {
                nice = p;
            }
        }
        assertTrue(nice != null, packs.toString());
        HttpResponse<String> g = service.get(nice.get("grille").asText());
        assertEquals(200, g.statusCode(), g.body());
        assertEquals("nice-cote-azur", json(g).get("pack").get("id").asText());
        assertTrue(json(g).get("grilles").get(0).get("criteres").size() > 0);
        HttpResponse<String> gh = service.get(nice.get("grille").asText(), "Accept", "text/html");
        assertTrue(gh.body().startsWith("<!DOCTYPE html>"), gh.body());
        probleme(service.get("/api/packs/nice-cote-azur/1999.9/grille"), 404);

        JsonNode communes = json(service.get("/api/communes?departement=06"));
        assertTrue(communes.size() > 100);
        for (JsonNode c : communes) {
            assertEquals("06", c.get("departement").asText());
        }

        Demande d = Service.demandesDemoLues().get(0);
        HttpResponse<String> f = service.postJson("/api/fiche?date=2025-06-30", demandeDemo(0));
        assertEquals(200, f.statusCode(), f.body());
        String attendu = fr.cotation.fiche.Fiches.builder(MoteurPartage.embarque()).dateEvaluation(Service.DATE).build()
                .fiche(d).json();
        assertEquals(M.readTree(attendu), json(f));
        HttpResponse<String> fh = service.post("/api/fiche?date=2025-06-30", "application/json", demandeDemo(0),
                "Accept", "text/html");
        assertEquals(fr.cotation.fiche.Fiches.builder(MoteurPartage.embarque()).dateEvaluation(Service.DATE).build()
                .fiche(d).html(), fh.body());
    }

    @Test
    void erreursDeRoutageEnProbleme() throws Exception {
        probleme(service.get("/api/inconnu"), 404);
        probleme(service.get("/api/cotation"), 405);
        probleme(service.post("/api/cotation?date=2025-06-30", "text/plain", demandeDemo(0)), 415);
    }

    @Test
    void openApiServiEstCeluiDeDocs() throws Exception {
        HttpResponse<String> r = service.get("/openapi.yaml");
        assertEquals(200, r.statusCode());
        assertEquals(Files.readString(OpenApiTest.document()), r.body());
    }

    @Test
    void journalDAccesSansDonneesPersonnelles() throws Exception {
        ObjectNode d = (ObjectNode) M.readTree(demandeDemo(0));
        ObjectNode demandeur = (ObjectNode) d.get("menage").get("demandeur");
        demandeur.putObject("identite").put("nom", "Zebulonesque").put("prenom", "Anatolia");
        ((ObjectNode) demandeur.get("ressources").get(0)).put("montantMensuel", new java.math.BigDecimal("8765.43"));
        service.journal.clear();
        HttpResponse<String> r = service.postJson("/api/cotation?date=2025-06-30", M.writeValueAsString(d));
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> f = service.post("/", "application/x-www-form-urlencoded",
                "dateDepot=15%2F09%2F2022&demandeurNaissance=12%2F05%2F1988&ressource_SALAIRE=8765%2C43"
                        + "&logementModele=LOCATAIRE_PRIVE&typologie=T3&commune1=Zebulonesque");
        assertEquals(200, f.statusCode());
        // the log line is written when the exchange completes: wait for both
        long fin = System.nanoTime() + 5_000_000_000L;
        while (service.journal.size() < 2 && System.nanoTime() < fin) {
            Thread.sleep(20);
        }
        List<String> lignes = List.copyOf(service.journal);
        assertEquals(2, lignes.size(), lignes.toString());
        assertTrue(lignes.get(0).contains("\"POST /api/cotation\" 200 "), lignes.toString());
        assertTrue(lignes.get(1).contains("\"POST /\" 200 "), lignes.toString());
        for (String l : lignes) {
            for (String interdit : List.of("Zebulonesque", "Anatolia", "8765.43", "8765,43", "8765%2C43",
                    "2025-06-30", "date=", "127.0.0.1", "15/09/2022")) {
                assertFalse(l.contains(interdit), "« " + interdit + " » dans le journal : " + l);
            }
        }
    }

    @Test
    void arretGracieuxFinitLesRequetesEnCours() throws Exception {
        Service s = Service.avec(Service.configuration(), MoteurPartage.embarque());
        int port = s.serveur.port();
        ArrayNode lot = (ArrayNode) M.readTree(Service.demandesDemo());
        byte[] texte = M.writeValueAsBytes(lot);
        int moitie = texte.length / 2;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/cotations?date=2025-06-30 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + texte.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(texte, 0, moitie);
            out.flush();
            Thread.sleep(500); // the request is in flight: the server reads its body
            var arret = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    s.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(arret.isDone(), "the server stopped before the request in flight finished");
            out.write(texte, moitie, texte.length - moitie);
            out.flush();
            String reponse = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(reponse.startsWith("HTTP/1.1 200 "), reponse);
            List<Demande> demo = Service.demandesDemoLues();
            long valides = demo.stream().filter(d -> Routeur.communesInconnues(MoteurPartage.embarque(), d).isEmpty())
                    .count();
            assertEquals(valides, reponse.split("\"dateEvaluation\":\"2025-06-30\"", -1).length - 1, reponse);
            assertEquals(demo.size() - valides, reponse.split("\"rang\":", -1).length - 1, reponse);
            arret.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        // stopped: no new connection
        org.junit.jupiter.api.Assertions.assertThrows(java.net.ConnectException.class,
                () -> new java.net.Socket("127.0.0.1", port).close());
    }

    static Path racine() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docs/openapi.yaml"))) {
            p = p.getParent();
        }
        return p;
    }
}
