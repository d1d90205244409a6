package fr.cotation.examples.bench;

import fr.cotation.CotationEngine;
import fr.cotation.demande.Demande;
import fr.cotation.examples.http.ServeurCotation;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.json.CotationJson;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load of the HTTP service ({@code cotation servir}, docs/http.md) on this machine, written as the Markdown rows of
 * cotation-examples/BENCHMARKS.md: requests per second and latency percentiles of one-demande scoring
 * ({@code POST /api/cotation}, the demo's first demande, 4 wished communes) for 1 and 4 concurrent clients, then the
 * batch endpoint ({@code POST /api/cotations}, a seeded generated stock) against the library's own
 * {@link CotationEngine#coterToutes} on the same demandes, with and without writing their JSON.
 *
 * <p>Client and server run in this one JVM (loopback, JDK HttpClient over HTTP/1.1, one client per thread): the figures
 * include the client's own cost. Arguments (optional): seconds measured per case (default 20), batch size (default
 * 2000). Run: {@code java -cp <runtime class path> fr.cotation.examples.bench.ChargeHttp 20 2000} (BENCHMARKS.md).
 */
public final class ChargeHttp {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);

    private ChargeHttp() {
    }

    public static void main(String[] args) throws Exception {
        int secondes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int taille = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        CotationEngine engine = CotationEngine.builder().build();
        engine.problemesPacks(); // every grille compiled before measuring
        ServeurCotation serveur = new ServeurCotation(ServeurCotation.Configuration.parDefaut(0), ligne -> {
        }).demarrer();
        serveur.pret(engine);
        String base = "http://127.0.0.1:" + serveur.port();
        byte[] demande;
        try (InputStream in = ChargeHttp.class.getResourceAsStream("/fr/cotation/examples/demandes-nice.json")) {
            List<Demande> demo = CotationJson.lireDemandes(in);
            demande = CotationJson.writer().with((com.fasterxml.jackson.core.PrettyPrinter) null).writeValueAsBytes(demo.get(0));
        }
        System.out.printf(Locale.ROOT, "| case | clients | requests | requests/s | p50 | p99 | max |%n|---|---:|---:|---:|---:|---:|---:|%n");
        for (int clients : new int[] {1, 4}) {
            mesurer(base + "/api/cotation?date=" + DATE, demande, clients, Math.max(5, secondes / 4), false);
            mesurer(base + "/api/cotation?date=" + DATE, demande, clients, secondes, true);
        }

        List<Demande> stock = GenerateurDemandes.builder().graine(2025L).dateEvaluation(DATE)
                .communes(engine.referentiel(), List.of("200030195", "240600585", "200039915")).build().liste(taille);
        byte[] lot = CotationJson.writer().with((com.fasterxml.jackson.core.PrettyPrinter) null).writeValueAsBytes(stock);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest requete = HttpRequest.newBuilder(URI.create(base + "/api/cotations?date=" + DATE))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(lot)).build();
        System.out.printf(Locale.ROOT, "%n| batch of %d demandes (%d KB) | run 1 | run 2 | run 3 |%n|---|---:|---:|---:|%n",
                taille, lot.length / 1024);
        double[] http = new double[3];
        double[] direct = new double[3];
        double[] directJson = new double[3];
        for (int i = -1; i < 3; i++) { // one warm-up round
            long t0 = System.nanoTime();
            HttpResponse<InputStream> r = client.send(requete, HttpResponse.BodyHandlers.ofInputStream());
            long lignes;
            try (InputStream in = r.body()) {
                lignes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count();
            }
            long t1 = System.nanoTime();
            if (lignes != taille) {
                throw new IllegalStateException(lignes + " lignes pour " + taille + " demandes");
            }
            // every result consumed (count() alone may skip the scoring of a sized stream)
            long n = engine.coterToutes(stock, DATE).mapToLong(x -> x.cotations().size() > 0 ? 1 : 1).sum();
            long t2 = System.nanoTime();
            var w = CotationJson.writer().with((com.fasterxml.jackson.core.PrettyPrinter) null);
            long octets = engine.coterToutes(stock, DATE).mapToLong(x -> {
                try {
                    return w.writeValueAsBytes(x).length;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sum();
            long t3 = System.nanoTime();
            if (i >= 0) {
                http[i] = n * 1e9 / (t1 - t0);
                direct[i] = n * 1e9 / (t2 - t1);
                directJson[i] = n * 1e9 / (t3 - t2);
            }
            if (octets == 0) {
                throw new IllegalStateException();
            }
        }
        ligne("`POST /api/cotations` (NDJSON read whole), demandes/s", http);
        ligne("`engine.scoreAll` (library, no JSON), demandes/s", direct);
        ligne("`engine.scoreAll` + writing each result's JSON, demandes/s", directJson);
        serveur.close();
        System.exit(0);
    }

    private static void ligne(String nom, double[] v) {
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f |%n", nom, v[0], v[1], v[2]);
    }

    /** {@code clients} threads posting the same demande for {@code secondes}; prints a row unless warming up. */
    private static void mesurer(String url, byte[] corps, int clients, int secondes, boolean imprimer)
            throws Exception {
        AtomicBoolean fin = new AtomicBoolean();
        List<long[]> latences = new ArrayList<>();
        List<Thread> fils = new ArrayList<>();
        int[] comptes = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] l = new long[2_000_000];
            latences.add(l);
            int k = c;
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(corps)).build();
                int n = 0;
                while (!fin.get() && n < l.length) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> x = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        if (x.statusCode() != 200) {
                            throw new IllegalStateException("statut " + x.statusCode());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    l[n++] = System.nanoTime() - t0;
                }
                comptes[k] = n;
            });
            fils.add(t);
        }
        long debut = System.nanoTime();
        fils.forEach(Thread::start);
        Thread.sleep(secondes * 1000L);
        fin.set(true);
        for (Thread t : fils) {
            t.join();
        }
        double duree = (System.nanoTime() - debut) / 1e9;
        if (!imprimer) {
            return;
        }
        int total = Arrays.stream(comptes).sum();
        long[] toutes = new long[total];
        int i = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latences.get(c), 0, toutes, i, comptes[c]);
            i += comptes[c];
        }
        Arrays.sort(toutes);
        System.out.printf(Locale.ROOT, "| `POST /api/cotation`, demo demande, 4 communes | %d | %,d | %,.0f | %.2f ms | %.2f ms | %.1f ms |%n",
                clients, total, total / duree, toutes[total / 2] / 1e6, toutes[(int) (total * 0.99)] / 1e6,
                toutes[total - 1] / 1e6);
    }
}
