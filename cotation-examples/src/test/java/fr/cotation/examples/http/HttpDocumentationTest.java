package fr.cotation.examples.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cotation.demande.Demande;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/http.md: its curl line for the demo's demande gives, run against the service with the same body file, the same
 * JSON as the library's {@code CotationJson} of the engine's result; and every route of the service has its curl
 * example.
 */
class HttpDocumentationTest {
    /** Trees only: the library's own JSON is written by CotationJson. */
    private static final ObjectMapper M = new ObjectMapper();
    /** A curl line of the page: its options, then the URL. */
    private static final Pattern CURL = Pattern.compile("^curl (.*)'http://127\\.0\\.0\\.1:8080(/[^'?]*)(\\?[^']*)?'",
            Pattern.MULTILINE);
    private static Service service;

    @BeforeAll
    static void demarrer() throws Exception {
        service = Service.paca();
    }

    @AfterAll
    static void arreter() throws Exception {
        service.close();
    }

    private static String page() throws Exception {
        return Files.readString(ServeurCotationTest.racine().resolve("docs/http.md"));
    }

    @Test
    void leCurlDeLaDemandeDeLaDemoDonneLeJsonDeLaBibliotheque() throws Exception {
        Matcher m = CURL.matcher(page());
        String options = null;
        String requete = null;
        while (m.find()) {
            if (m.group(2).equals("/api/cotation")) {
                options = m.group(1);
                requete = m.group(2) + m.group(3);
                break;
            }
        }
        assertTrue(requete != null, "no curl example of /api/cotation in docs/http.md");
        Matcher fichier = Pattern.compile("--data-binary @(\\S+)").matcher(options);
        assertTrue(fichier.find(), options);
        Path corps = ServeurCotationTest.racine().resolve(fichier.group(1));
        assertTrue(options.contains("-H 'Content-Type: application/json'"), options);
        // the file is the demo's first demande
        Demande d;
        try (InputStream in = Files.newInputStream(corps)) {
            d = CotationJson.lireDemande(in);
        }
        assertEquals(Service.demandesDemoLues().get(0), d);

        HttpResponse<String> r = service.postJson(requete, Files.readString(corps));
        assertEquals(200, r.statusCode(), r.body());
        LocalDate date = LocalDate.parse(requete.substring(requete.indexOf("date=") + 5));
        String bibliotheque = CotationJson.enTexte(MoteurPartage.embarque().coter(d, date));
        assertEquals(M.readTree(bibliotheque), M.readTree(r.body()));
        // the same text, byte for byte: the service writes with the library's writer
        assertEquals(bibliotheque, r.body());
    }

    @Test
    void chaqueRouteASonExempleCurl() throws Exception {
        String page = page();
        for (ServeurCotation.Route route : ServeurCotation.ROUTES) {
            String chemin = Pattern.quote(route.chemin()).replaceAll("\\{[a-z]+}", "\\\\E[^/'?]+\\\\Q");
            Matcher m = CURL.matcher(page);
            boolean trouve = false;
            while (m.find() && !trouve) {
                boolean post = m.group(1).contains("--data");
                trouve = m.group(2).matches(chemin) && post == route.methode().equals("POST");
            }
            assertTrue(trouve, "no curl example of " + route + " in docs/http.md");
        }
    }

    @Test
    void leLotDeLaPageAUneDemandeIllisibleEtDeuxCotees() throws Exception {
        String lot = Files.readString(ServeurCotationTest.racine().resolve("docs/http-lot.json"));
        HttpResponse<String> r = service.postJson("/api/cotations?date=2025-06-30", lot);
        List<String> lignes = r.body().lines().toList();
        assertEquals(3, lignes.size(), r.body());
        assertEquals(2, M.readTree(lignes.get(1)).get("rang").asInt());
        String exemple = page().lines().filter(l -> l.startsWith("{\"type\":\"urn:cotation:probleme:demande-illisible\""))
                .findFirst().orElseThrow();
        assertEquals(M.readTree(lignes.get(1)), M.readTree(exemple));
    }
}
