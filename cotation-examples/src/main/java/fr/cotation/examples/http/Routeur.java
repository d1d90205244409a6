package fr.cotation.examples.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.fiche.FicheCotation;
import fr.cotation.fiche.Fiches;
import fr.cotation.json.CotationJson;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.publication.GrillePubliee;
import fr.cotation.territoire.CommuneRef;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes the requests of {@link ServeurCotation}: every answer is written here, errors as {@link ProblemeHttp}.
 * Blocking (Jetty runs it on a pool thread); stateless but for the engine it reads.
 */
final class Routeur extends Handler.Abstract {
    /** A batch's demandes read one by one as trees, decimals exact (1250.10 stays 1250.10). */
    private static final ObjectReader ARBRE = CotationJson.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(JsonNodeFactory.withExactBigDecimals(true));
    private static final ObjectWriter LIGNE = CotationJson.writer().with((com.fasterxml.jackson.core.PrettyPrinter) null);
    private static final ObjectWriter INDENTE = CotationJson.writer();
    private static final Pattern GRILLE = Pattern.compile("/api/packs/([A-Za-z0-9._-]+)/([A-Za-z0-9._-]+)/grille");
    private static final Pattern SCHEMA = Pattern.compile("/schemas/([a-z0-9-]+\\.schema\\.json)");
    private static final String JSON = "application/json; charset=utf-8";
    private static final String NDJSON = "application/x-ndjson; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    private final Supplier<CotationEngine> moteur;
    private final ServeurCotation.Configuration configuration;
    private final Simulateur simulateur;

    Routeur(Supplier<CotationEngine> moteur, ServeurCotation.Configuration configuration) {
        this.moteur = moteur;
        this.configuration = configuration;
        this.simulateur = new Simulateur(configuration.horloge());
    }

    /** An error answered as a problem. */
    static final class Refus extends Exception {
        final ProblemeHttp probleme;

        Refus(ProblemeHttp probleme) {
            super(probleme.title(), null, false, false);
            this.probleme = probleme;
        }
    }

    @Override
    public boolean handle(Request requete, Response reponse, Callback callback) {
        String chemin = Request.getPathInContext(requete);
        String methode = requete.getMethod();
        reponse.getHeaders().put("X-Content-Type-Options", "nosniff");
        reponse.getHeaders().put("Referrer-Policy", "no-referrer");
        try {
            router(requete, reponse, callback, chemin, methode);
        } catch (Refus r) {
            probleme(reponse, callback, r.probleme);
        } catch (Throwable t) {
            // never the exception's text: it may quote a value of the body
            probleme(reponse, callback, ProblemeHttp.de("interne", "Erreur interne", 500,
                    "erreur interne du service (" + t.getClass().getSimpleName() + ")", chemin, List.of()));
        }
        return true;
    }

    private void router(Request requete, Response reponse, Callback callback, String chemin, String methode)
            throws Exception {
        boolean get = methode.equals("GET") || methode.equals("HEAD");
        boolean post = methode.equals("POST");
        Matcher grille = GRILLE.matcher(chemin);
        Matcher schema = SCHEMA.matcher(chemin);
        switch (chemin) {
            case "/sante" -> {
                exiger(get, methode, chemin, "GET");
                json(reponse, callback, 200, Map.of("statut", "ok"));
            }
            case "/pret" -> {
                exiger(get, methode, chemin, "GET");
                pret(reponse, callback, chemin);
            }
            case "/openapi.yaml" -> {
                exiger(get, methode, chemin, "GET");
                ressource(reponse, callback, "openapi.yaml", "application/yaml; charset=utf-8", chemin);
            }
            case "/" -> {
                exiger(get || post, methode, chemin, "GET, POST");
                CotationEngine engine = engine(chemin);
                reponse.getHeaders().put("Cache-Control", "no-store");
                reponse.getHeaders().put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
                String page = post ? simulateur.resultat(engine, formulaire(requete, chemin))
                        : simulateur.formulaire(engine);
                ecrire(reponse, callback, 200, HTML, page.getBytes(StandardCharsets.UTF_8));
            }
            case "/api/packs" -> {
                exiger(get, methode, chemin, "GET");
                json(reponse, callback, 200, packs(engine(chemin)));
            }
            case "/api/communes" -> {
                exiger(get, methode, chemin, "GET");
                Fields q = Request.extractQueryParameters(requete);
                json(reponse, callback, 200, communes(engine(chemin), q.getValue("departement"), q.getValue("epci")));
            }
            case "/api/cotation" -> {
                exiger(post, methode, chemin, "POST");
                CotationEngine engine = engine(chemin);
                LocalDate date = date(requete, chemin);
                Demande d = demande(requete, chemin);
                List<Probleme> inconnues = communesInconnues(engine, d);
                if (!inconnues.isEmpty()) {
                    throw invalide(inconnues, chemin);
                }
                CotationResult r = engine.coter(d, date);
                if (!r.valide()) {
                    throw invalide(r.problemes(), chemin);
                }
                reponse.getHeaders().put("Cache-Control", "no-store");
                ecrire(reponse, callback, 200, JSON, INDENTE.writeValueAsBytes(r));
            }
            case "/api/validation" -> {
                exiger(post, methode, chemin, "POST");
                CotationEngine engine = engine(chemin);
                LocalDate date = date(requete, chemin);
                Demande d = demande(requete, chemin);
                List<Probleme> p = new ArrayList<>(engine.valider(d, date));
                p.addAll(communesInconnues(engine, d));
                Map<String, Object> corps = new LinkedHashMap<>();
                corps.put("valide", p.isEmpty());
                corps.put("problemes", p);
                reponse.getHeaders().put("Cache-Control", "no-store");
                json(reponse, callback, 200, corps);
            }
            case "/api/fiche" -> {
                exiger(post, methode, chemin, "POST");
                CotationEngine engine = engine(chemin);
                LocalDate date = date(requete, chemin);
                Demande d = demande(requete, chemin);
                List<Probleme> p = new ArrayList<>(engine.valider(d, date));
                p.addAll(communesInconnues(engine, d));
                if (!p.isEmpty()) {
                    throw invalide(p, chemin);
                }
                FicheCotation fiche = Fiches.builder(engine).dateEvaluation(date).build().fiche(d);
                reponse.getHeaders().put("Cache-Control", "no-store");
                if (veutHtml(requete)) {
                    ecrire(reponse, callback, 200, HTML, fiche.html().getBytes(StandardCharsets.UTF_8));
                } else {
                    ecrire(reponse, callback, 200, JSON, fiche.json().getBytes(StandardCharsets.UTF_8));
                }
            }
            case "/api/cotations" -> {
                exiger(post, methode, chemin, "POST");
                CotationEngine engine = engine(chemin);
                LocalDate date = date(requete, chemin);
                lot(requete, reponse, callback, engine, date, chemin);
            }
            default -> {
                if (grille.matches()) {
                    exiger(get, methode, chemin, "GET");
                    grille(requete, reponse, callback, engine(chemin), grille.group(1), grille.group(2), chemin);
                } else if (schema.matches()) {
                    exiger(get, methode, chemin, "GET");
                    ressource(reponse, callback, "schemas/" + schema.group(1), "application/schema+json", chemin);
                } else {
                    throw new Refus(ProblemeHttp.de("introuvable", "Ressource introuvable", 404,
                            "aucune ressource à cette adresse : voir /openapi.yaml", chemin, List.of()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ endpoints

    private void pret(Response reponse, Callback callback, String chemin) throws Exception {
        CotationEngine engine = moteur.get();
        if (engine == null) {
            reponse.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            throw new Refus(ProblemeHttp.de("en-demarrage", "Service en démarrage", 503,
                    "les packs de cotation sont en cours de chargement", chemin, List.of()));
        }
        if (engine.packs().isEmpty()) {
            throw new Refus(ProblemeHttp.de("packs", "Aucun pack de cotation", 503, "aucun pack de cotation chargé"
                    + (engine.problemesPacks().isEmpty() ? "" : " : " + engine.problemesPacks().size() + " problème(s)"), chemin,
                    engine.problemesPacks().stream().map(p -> new ProblemeHttp.Erreur(null, null, p.toString())).toList()));
        }
        // a broken pack does not take down the others: the service is ready, and says which did not load
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("statut", "pret");
        corps.put("packs", engine.packs().size());
        corps.put("problemes", engine.problemesPacks().stream().map(Object::toString).toList());
        json(reponse, callback, 200, corps);
    }

    private static List<Map<String, Object>> packs(CotationEngine engine) {
        List<Map<String, Object>> l = new ArrayList<>();
        engine.packs().stream().sorted(Comparator.comparing(PackDescriptor::id).thenComparing(PackDescriptor::version))
                .forEach(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", p.id());
                    m.put("version", p.version());
                    m.put("nom", p.nom());
                    m.put("epci", p.epci());
                    m.put("nomEpci", engine.referentiel().nomEpci(p.epci()).orElse(null));
                    m.put("statut", p.statut());
                    m.put("enVigueurDu", p.enVigueurDu());
                    m.put("enVigueurAu", p.enVigueurAu());
                    m.put("communes", p.communes().size());
                    m.put("grilles", p.grilles().keySet().stream().sorted().toList());
                    m.put("grille", "/api/packs/" + p.id() + "/" + p.version() + "/grille");
                    l.add(m);
                });
        return l;
    }

    /** The communes of the registry, by code; only those of one département or one EPCI when asked. */
    private static List<CommuneRef> communes(CotationEngine engine, String departement, String epci) {
        return engine.referentiel().communes().stream()
                .filter(c -> departement == null || departement.equals(c.departement()))
                .filter(c -> epci == null || epci.equals(c.epci()))
                .sorted(Comparator.comparing(CommuneRef::code)).toList();
    }

    /**
     * The wished communes the registry does not know (a code mistyped, a merged commune's former code): the service
     * refuses them rather than answer "no grille" for a commune that does not exist.
     */
    static List<Probleme> communesInconnues(CotationEngine engine, Demande d) {
        List<Probleme> p = new ArrayList<>();
        for (int i = 0; i < d.communesSouhaitees().size(); i++) {
            String code = d.communesSouhaitees().get(i);
            int rang = i;
            engine.referentiel().pourquoiInconnue(code).ifPresent(m -> p.add(new Probleme("communesSouhaitees["
                    + rang + "]", code, "commune inconnue : " + m)));
        }
        return p;
    }

    private void grille(Request requete, Response reponse, Callback callback, CotationEngine engine, String pack,
                        String version, String chemin) throws Exception {
        GrillePubliee g = GrillePubliee.de(engine, pack, version).orElseThrow(() -> new Refus(ProblemeHttp.de(
                "pack-inconnu", "Pack inconnu", 404, "aucun pack « " + pack + " » en version « " + version
                        + " » n'est chargé : voir /api/packs", chemin,
                List.of(new ProblemeHttp.Erreur("pack", pack + " " + version, "pack ou version inconnus")))));
        String accept = accept(requete);
        if (accept.contains("text/html")) {
            ecrire(reponse, callback, 200, HTML, g.html().getBytes(StandardCharsets.UTF_8));
        } else if (accept.contains("text/markdown")) {
            ecrire(reponse, callback, 200, "text/markdown; charset=utf-8", g.markdown().getBytes(StandardCharsets.UTF_8));
        } else {
            Map<String, Object> corps = new LinkedHashMap<>();
            corps.put("pack", g.pack());
            List<Map<String, Object>> grilles = new ArrayList<>();
            for (Grille x : g.grilles()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("nom", x.nom());
                m.put("rubriques", x.rubriques());
                m.put("criteres", x.criteres());
                grilles.add(m);
            }
            corps.put("grilles", grilles);
            json(reponse, callback, 200, corps);
        }
    }

    /**
     * The batch: a JSON array of demandes read one at a time and answered as it goes, one line each (NDJSON): the
     * result, or a problem with the demande's {@code rang} (from 1). A JSON text broken beyond one demande ends the
     * answer with a last problem line.
     */
    private void lot(Request requete, Response reponse, Callback callback, CotationEngine engine, LocalDate date,
                     String chemin) throws Exception {
        typeJson(requete, chemin);
        long annonce = requete.getLength();
        if (annonce > configuration.lotMax()) {
            throw tropGros(configuration.lotMax(), chemin);
        }
        InputStream in = new Borne(Content.Source.asInputStream(requete), configuration.lotMax());
        try (JsonParser p = CotationJson.reader().createParser(in)) {
            JsonToken t;
            try {
                t = p.nextToken();
            } catch (JsonProcessingException e) {
                throw new Refus(ProblemeHttp.de("json-mal-forme", "JSON mal formé", 400, "le corps n'est pas du JSON",
                        chemin, List.of(ErreursJson.malForme(e))));
            }
            if (t != JsonToken.START_ARRAY) {
                throw new Refus(ProblemeHttp.de("lot-attendu", "Tableau de demandes attendu", 400,
                        "le corps doit être un tableau JSON de demandes [ { … }, { … } ]", chemin, List.of()));
            }
            reponse.setStatus(200);
            reponse.getHeaders().put(HttpHeader.CONTENT_TYPE, NDJSON);
            reponse.getHeaders().put("Cache-Control", "no-store");
            try (OutputStream out = Content.Sink.asOutputStream(reponse)) {
                int rang = 0;
                while (true) {
                    JsonNode noeud;
                    try {
                        if (p.nextToken() == JsonToken.END_ARRAY || p.currentToken() == null) {
                            break;
                        }
                        rang++;
                        noeud = ARBRE.readTree(p);
                    } catch (Borne.Depasse e) {
                        ligne(out, tropGros(configuration.lotMax(), chemin).probleme.auRang(rang));
                        break;
                    } catch (JsonProcessingException e) {
                        ligne(out, ProblemeHttp.de("json-mal-forme", "JSON mal formé", 400, "le texte du lot ne se lit "
                                + "plus à partir de la demande n° " + rang + " : les suivantes ne sont pas lues", chemin,
                                List.of(ErreursJson.malForme(e))).auRang(rang));
                        break;
                    }
                    Object l;
                    try {
                        Demande d = noeud == null || noeud.isNull() ? null : CotationJson.readerFor(Demande.class).<Demande>readValue(noeud);
                        List<Probleme> inconnues = d == null ? List.of() : communesInconnues(engine, d);
                        l = d == null ? ProblemeHttp.de("demande-attendue", "Demande attendue", 400,
                                "une demande { … } est attendue", chemin, List.of()).auRang(rang)
                                : !inconnues.isEmpty() ? invalide(inconnues, chemin).probleme.auRang(rang)
                                : engine.coter(d, date);
                    } catch (JsonProcessingException e) {
                        l = ProblemeHttp.de("demande-illisible", "Demande illisible", 400, "la demande n° " + rang
                                + " n'est pas une demande du format JSON (docs/json.md)", chemin,
                                List.of(ErreursJson.champ(e))).auRang(rang);
                    }
                    ligne(out, l);
                }
            }
            callback.succeeded();
        }
    }

    private static void ligne(OutputStream out, Object valeur) throws IOException {
        out.write(LIGNE.writeValueAsBytes(valeur));
        out.write('\n');
        out.flush();
    }

    // ------------------------------------------------------------------ reading

    private CotationEngine engine(String chemin) throws Refus {
        CotationEngine e = moteur.get();
        if (e == null) {
            throw new Refus(ProblemeHttp.de("en-demarrage", "Service en démarrage", 503,
                    "les packs de cotation sont en cours de chargement : réessayez dans quelques secondes", chemin,
                    List.of()));
        }
        return e;
    }

    /** The evaluation date of the query ({@code ?date=yyyy-MM-dd}): required, no hidden clock. */
    private static LocalDate date(Request requete, String chemin) throws Refus {
        Fields q = Request.extractQueryParameters(requete);
        String v = q.getValue("date");
        if (v == null || v.isBlank()) {
            throw new Refus(ProblemeHttp.de("date-absente", "Date d'évaluation absente", 400,
                    "indiquez la date d'évaluation : ?date=AAAA-MM-JJ", chemin,
                    List.of(new ProblemeHttp.Erreur("date", null, "paramètre obligatoire absent"))));
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            String cite = v.length() > 40 ? v.substring(0, 40) + "…" : v;
            throw new Refus(ProblemeHttp.de("date-impossible", "Date d'évaluation impossible", 400,
                    "date : « " + cite + " » n'est pas une date AAAA-MM-JJ possible", chemin,
                    List.of(new ProblemeHttp.Erreur("date", cite, fr.cotation.examples.json.ErreurJson.formatInvalide(LocalDate.class, v)))));
        }
    }

    private Demande demande(Request requete, String chemin) throws Exception {
        typeJson(requete, chemin);
        byte[] corps = corps(requete, configuration.corpsMax(), chemin);
        try {
            Demande d = CotationJson.readerFor(Demande.class).<Demande>readValue(corps);
            if (d == null) {
                throw new Refus(ProblemeHttp.de("demande-attendue", "Demande attendue", 400,
                        "le corps doit être une demande { … } (docs/json.md)", chemin, List.of()));
            }
            return d;
        } catch (JsonProcessingException e) {
            if (ErreursJson.syntaxe(e)) {
                throw new Refus(ProblemeHttp.de("json-mal-forme", "JSON mal formé", 400,
                        "le corps n'est pas un texte JSON bien formé", chemin, List.of(ErreursJson.malForme(e))));
            }
            ProblemeHttp.Erreur err = ErreursJson.champ(e);
            throw new Refus(ProblemeHttp.de("demande-illisible", "Demande illisible", 400,
                    (err.champ() == null ? "" : err.champ() + " : ") + err.message(), chemin, List.of(err)));
        }
    }

    private static Refus invalide(List<Probleme> problemes, String chemin) {
        List<ProblemeHttp.Erreur> e = problemes.stream()
                .map(p -> new ProblemeHttp.Erreur(p.champ(), p.valeur(), p.message())).toList();
        String detail = problemes.stream().limit(3).map(p -> p.champ() + (p.valeur() == null ? "" : " « " + p.valeur()
                + " »") + " : " + p.message()).reduce((a, b) -> a + " ; " + b).orElse("");
        return new Refus(ProblemeHttp.de("demande-invalide", "Demande invalide", 422, detail, chemin, e));
    }

    private static void typeJson(Request requete, String chemin) throws Refus {
        String type = requete.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && !type.toLowerCase(Locale.ROOT).contains("json")) {
            throw new Refus(ProblemeHttp.de("type-media", "Type de contenu non pris en charge", 415,
                    "Content-Type « " + type + " » : application/json attendu", chemin,
                    List.of(new ProblemeHttp.Erreur("Content-Type", type, "application/json attendu"))));
        }
    }

    /** The body, at most {@code max} bytes (413 beyond, announced or read). */
    static byte[] corps(Request requete, long max, String chemin) throws Refus, IOException {
        if (requete.getLength() > max) {
            throw tropGros(max, chemin);
        }
        try (InputStream in = new Borne(Content.Source.asInputStream(requete), max)) {
            return in.readAllBytes();
        } catch (Borne.Depasse e) {
            throw tropGros(max, chemin);
        }
    }

    static Refus tropGros(long max, String chemin) {
        return new Refus(ProblemeHttp.de("corps-trop-gros", "Corps de requête trop gros", 413,
                "le corps dépasse " + max + " octets", chemin, List.of()));
    }

    private Map<String, List<String>> formulaire(Request requete, String chemin) throws Refus, IOException {
        String type = requete.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new Refus(ProblemeHttp.de("type-media", "Type de contenu non pris en charge", 415,
                    "le formulaire s'envoie en application/x-www-form-urlencoded", chemin, List.of()));
        }
        return Simulateur.champs(new String(corps(requete, configuration.corpsMax(), chemin), StandardCharsets.UTF_8));
    }

    private static String accept(Request requete) {
        String a = requete.getHeaders().get(HttpHeader.ACCEPT);
        return a == null ? "" : a.toLowerCase(Locale.ROOT);
    }

    private static boolean veutHtml(Request requete) {
        String a = accept(requete);
        return a.contains("text/html") && !a.startsWith("application/json");
    }

    private static void exiger(boolean ok, String methode, String chemin, String permises) throws Refus {
        if (!ok) {
            throw new Refus(ProblemeHttp.de("methode", "Méthode non permise", 405, "méthode " + methode
                    + " : " + permises + " attendu", chemin, List.of()));
        }
    }

    // ------------------------------------------------------------------ writing

    private static void json(Response reponse, Callback callback, int statut, Object corps) throws IOException {
        ecrire(reponse, callback, statut, JSON, INDENTE.writeValueAsBytes(corps));
    }

    private static void ecrire(Response reponse, Callback callback, int statut, String type, byte[] corps) {
        reponse.setStatus(statut);
        reponse.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        reponse.write(true, ByteBuffer.wrap(corps), callback);
    }

    private static void probleme(Response reponse, Callback callback, ProblemeHttp p) {
        if (reponse.isCommitted()) {
            callback.failed(new IOException(p.title()));
            return;
        }
        byte[] corps;
        try {
            corps = INDENTE.writeValueAsBytes(p);
        } catch (IOException e) {
            corps = "{\"status\":500}".getBytes(StandardCharsets.UTF_8);
        }
        if (p.status() == 405) {
            reponse.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
        }
        ecrire(reponse, callback, p.status(), ProblemeHttp.TYPE_MEDIA + "; charset=utf-8", corps);
    }

    private static void ressource(Response reponse, Callback callback, String nom, String type, String chemin)
            throws Exception {
        byte[] octets = lireRessource(nom).orElseThrow(() -> new Refus(ProblemeHttp.de("introuvable",
                "Ressource introuvable", 404, "ce document n'est pas livré avec ce serveur", chemin, List.of())));
        ecrire(reponse, callback, 200, type, octets);
    }

    static Optional<byte[]> lireRessource(String nom) throws IOException {
        try (InputStream in = Routeur.class.getResourceAsStream(nom)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** An input stream that refuses to read past {@code max} bytes. */
    static final class Borne extends FilterInputStream {
        /** Read past the bound. */
        static final class Depasse extends IOException {
            Depasse() {
                super("corps trop gros", null);
            }
        }

        private long reste;

        Borne(InputStream in, long max) {
            super(in);
            this.reste = max;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && --reste < 0) {
                throw new Depasse();
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                reste -= n;
                if (reste < 0) {
                    throw new Depasse();
                }
            }
            return n;
        }
    }

}
