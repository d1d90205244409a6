package fr.cotation.examples.http;

import fr.cotation.CotationEngine;
import fr.cotation.demande.Demande;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.json.CotationJson;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A service started in the test's JVM on a free port, with its access log kept, and a client. */
final class Service implements AutoCloseable {
    /** The date of the demo (docs/demo.md): the results it shows are at that date. */
    static final LocalDate DATE = LocalDate.of(2025, 6, 30);
    /** The clock of the simulator's default date in tests: 30 June 2025, noon UTC. */
    static final Clock HORLOGE = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneOffset.UTC);

    final ServeurCotation serveur;
    final Queue<String> journal = new ConcurrentLinkedQueue<>();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Service(ServeurCotation.Configuration c, CotationEngine engine) throws Exception {
        serveur = new ServeurCotation(c, journal::add).demarrer();
        if (engine != null) {
            serveur.pret(engine);
        }
    }

    /** The service on the embedded PACA packs (the engine shared by this module's tests). */
    static Service paca() throws Exception {
        return new Service(configuration(), MoteurPartage.embarque());
    }

    static Service avec(ServeurCotation.Configuration c, CotationEngine engine) throws Exception {
        return new Service(c, engine);
    }

    static ServeurCotation.Configuration configuration() {
        return new ServeurCotation.Configuration("127.0.0.1", 0, 1L << 20, 32L << 20, Duration.ofSeconds(30),
                Duration.ofSeconds(20), HORLOGE);
    }

    URI uri(String chemin) {
        return URI.create("http://127.0.0.1:" + serveur.port() + chemin);
    }

    HttpResponse<String> get(String chemin, String... entetes) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(chemin)).timeout(Duration.ofSeconds(60)).GET();
        if (entetes.length > 0) {
            b.headers(entetes);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String chemin, String type, String corps, String... entetes)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(chemin)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(corps, StandardCharsets.UTF_8));
        if (entetes.length > 0) {
            b.headers(entetes);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String chemin, String corps) throws IOException, InterruptedException {
        return post(chemin, "application/json", corps);
    }

    /** The demo's bundled demandes (docs/demo.md), as text. */
    static String demandesDemo() throws IOException {
        try (InputStream in = fr.cotation.examples.Demo.class.getResourceAsStream("demandes-nice.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Demande> demandesDemoLues() throws IOException {
        try (InputStream in = fr.cotation.examples.Demo.class.getResourceAsStream("demandes-nice.json")) {
            return CotationJson.lireDemandes(in);
        }
    }

    @Override
    public void close() throws Exception {
        serveur.close();
    }
}
