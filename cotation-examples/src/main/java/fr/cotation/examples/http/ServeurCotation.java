package fr.cotation.examples.http;

import fr.cotation.CotationEngine;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The HTTP service of {@code cotation servir} on an embedded Jetty (docs/http.md): {@link #demarrer()} listens at
 * once, so that {@code /sante} answers while the packs load; {@link #pret(CotationEngine)} gives it the engine, and
 * from then {@code /pret} answers 200 and the endpoints score. One engine serves every request ({@link CotationEngine}
 * is thread-safe); nothing typed is kept between requests.
 *
 * <p>{@link #close()} stops gracefully: the connector stops accepting, the requests in flight finish (up to
 * {@link Configuration#arretMax()}), then the server stops. {@code cotation servir} calls it from a shutdown hook, so
 * SIGTERM does the same.
 */
public final class ServeurCotation implements AutoCloseable {

    /** One route of the service: what docs/openapi.yaml must document (OpenApiTest). */
    public record Route(String methode, String chemin) {
    }

    /** Every route the service answers, path templates as OpenAPI writes them. */
    public static final List<Route> ROUTES = List.of(
            new Route("GET", "/"),
            new Route("POST", "/"),
            new Route("GET", "/sante"),
            new Route("GET", "/pret"),
            new Route("GET", "/openapi.yaml"),
            new Route("GET", "/schemas/{fichier}"),
            new Route("GET", "/api/packs"),
            new Route("GET", "/api/packs/{pack}/{version}/grille"),
            new Route("GET", "/api/communes"),
            new Route("POST", "/api/cotation"),
            new Route("POST", "/api/cotations"),
            new Route("POST", "/api/validation"),
            new Route("POST", "/api/fiche"));

    /**
     * The service's settings.
     *
     * @param hote          the address to listen on ({@code null}: every interface)
     * @param port          the port; 0 picks a free one ({@link #port()} says which)
     * @param corpsMax      the largest body of one demande, the form's or a validation's, in bytes (413 beyond)
     * @param lotMax        the largest body of a batch ({@code /api/cotations}), in bytes
     * @param inactiviteMax how long a connection may stay idle (also a slow body: the read times out)
     * @param arretMax      how long a graceful stop waits for the requests in flight
     * @param horloge       gives the date the simulator's form proposes, shown in the form and on the result;
     *                      never read by a score (each request names its evaluation date)
     */
    public record Configuration(String hote, int port, long corpsMax, long lotMax, Duration inactiviteMax,
                                Duration arretMax, Clock horloge) {
        public Configuration {
            Objects.requireNonNull(inactiviteMax, "inactiviteMax");
            Objects.requireNonNull(arretMax, "arretMax");
            Objects.requireNonNull(horloge, "horloge");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port impossible : " + port);
            }
        }

        /** 1 MB for a demande, 32 MB for a batch, 30 s idle, 20 s to stop, the system's clock for the form. */
        public static Configuration parDefaut(int port) {
            return new Configuration(null, port, 1L << 20, 32L << 20, Duration.ofSeconds(30), Duration.ofSeconds(20),
                    Clock.systemDefaultZone());
        }

        public Configuration avecHorloge(Clock h) {
            return new Configuration(hote, port, corpsMax, lotMax, inactiviteMax, arretMax, h);
        }

        public Configuration avecCorpsMax(long max) {
            return new Configuration(hote, port, max, lotMax, inactiviteMax, arretMax, horloge);
        }
    }

    /**
     * What the access log writes for each request: the time (UTC), the method, the path WITHOUT its query, the status,
     * the bytes sent and the duration. No body, no query value, no client address, no header: nothing a person typed.
     */
    static final String FORMAT_JOURNAL = "%{yyyy-MM-dd'T'HH:mm:ss.SSS'Z'|UTC}t \"%m %U\" %s %O %{ms}Tms";

    private final Server server;
    private final ServerConnector connecteur;
    private final AtomicReference<CotationEngine> moteur = new AtomicReference<>();
    private final Configuration configuration;

    /**
     * @param configuration the settings
     * @param journalAcces  receives one access-log line per request (see {@link #FORMAT_JOURNAL})
     */
    public ServeurCotation(Configuration configuration, Consumer<String> journalAcces) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        QueuedThreadPool fils = new QueuedThreadPool(64, 4);
        fils.setName("cotation-http");
        server = new Server(fils);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        connecteur = new ServerConnector(server, new HttpConnectionFactory(http));
        connecteur.setHost(configuration.hote());
        connecteur.setPort(configuration.port());
        connecteur.setIdleTimeout(configuration.inactiviteMax().toMillis());
        server.addConnector(connecteur);
        Routeur routeur = new Routeur(moteur::get, configuration);
        server.setHandler(new GracefulHandler(routeur));
        server.setRequestLog(new CustomRequestLog(journalAcces::accept, FORMAT_JOURNAL));
        server.setStopTimeout(configuration.arretMax().toMillis());
        server.setStopAtShutdown(false);
    }

    /** Starts listening. */
    public ServeurCotation demarrer() throws Exception {
        server.start();
        return this;
    }

    /** The engine is loaded: the service is ready ({@code /pret}) and scores. */
    public void pret(CotationEngine engine) {
        moteur.set(Objects.requireNonNull(engine, "engine"));
    }

    /** The port listened on. */
    public int port() {
        return connecteur.getLocalPort();
    }

    /** Waits until the server stops. */
    public void attendre() throws InterruptedException {
        server.join();
    }

    /** Stops gracefully: no new connection, the requests in flight finish (up to {@link Configuration#arretMax()}). */
    @Override
    public void close() throws Exception {
        server.stop();
    }

    Configuration configuration() {
        return configuration;
    }
}
