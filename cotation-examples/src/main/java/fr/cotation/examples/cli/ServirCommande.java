package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.examples.http.ServeurCotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code cotation servir}: the HTTP service and its simulator page ({@link ServeurCotation}, docs/http.md). Listens at
 * once (health at {@code /sante}), loads every pack, then is ready ({@code /pret}); SIGTERM or Ctrl-C stops it
 * gracefully (the requests in flight finish). The access log goes to the standard output, one line per request,
 * without any personal data.
 */
@Command(name = "servir",
        sortOptions = false,
        usageHelpWidth = 100,
        description = {"Sert la cotation en HTTP : API JSON et page de simulation (docs/http.md).",
                "",
                "API JSON (coter une demande ou un lot, fiche, grille publiée, packs, "
                + "communes, validation ; erreurs application/problem+json), page de simulation en français à /, "
                + "description OpenAPI à /openapi.yaml, santé à /sante et disponibilité à /pret (docs/http.md). "
                + "Le journal d'accès (sortie standard) n'écrit ni corps, ni valeur de paramètre, ni adresse du client. "
                + "SIGTERM ou Ctrl-C arrête le service après les requêtes en cours."})
final class ServirCommande implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port d'écoute (par défaut 8080 ; 0 : un port libre, annoncé au démarrage).")
    private int port;

    @Option(names = "--adresse", paramLabel = "ADRESSE", defaultValue = "127.0.0.1",
            description = "Adresse d'écoute (par défaut 127.0.0.1, cette machine seule ; 0.0.0.0 : toutes ses "
                    + "interfaces).")
    private String adresse;

    @Option(names = "--packs", paramLabel = "DOSSIER",
            description = "Dossier de packs de cotation à charger en plus des packs embarqués (répétable).")
    private List<Path> packs = new ArrayList<>();

    private final FabriqueMoteur fabrique;
    private final PrintStream out;
    private final PrintStream err;

    ServirCommande(FabriqueMoteur fabrique, PrintStream out, PrintStream err) {
        this.fabrique = fabrique;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            err.println("servir : --port : " + port + " n'est pas un port (0 à 65535)");
            return CodeSortie.USAGE;
        }
        if (!packsLisibles()) {
            return CodeSortie.PACKS;
        }
        ServeurCotation.Configuration c = ServeurCotation.Configuration.parDefaut(port);
        c = new ServeurCotation.Configuration(adresse, c.port(), c.corpsMax(), c.lotMax(), c.inactiviteMax(),
                c.arretMax(), c.horloge());
        ServeurCotation serveur = new ServeurCotation(c, ligne -> {
            synchronized (out) {
                out.println(ligne);
                out.flush();
            }
        });
        try {
            serveur.demarrer();
        } catch (IOException e) {
            serveur.close();
            boolean pris = e instanceof java.net.BindException || e.getCause() instanceof java.net.BindException;
            err.println("servir : impossible d'écouter sur " + adresse + ":" + port + " : "
                    + (pris ? "port déjà utilisé ou adresse absente de cette machine" : e.getMessage()));
            return CodeSortie.USAGE;
        }
        Thread arret = new Thread(() -> {
            err.println("servir : arrêt demandé, fin des requêtes en cours…");
            try {
                serveur.close();
            } catch (Exception e) {
                err.println("servir : arrêt : " + e);
            }
        }, "cotation-arret");
        Runtime.getRuntime().addShutdownHook(arret);
        String ici = "http://" + (adresse.contains(":") ? "[" + adresse + "]" : adresse) + ":" + serveur.port() + "/";
        err.println("servir : écoute sur " + ici + " ; chargement des grilles de cotation…");
        CotationEngine engine = fabrique.construire(packs);
        // compiles every pack now (they are compiled on first use otherwise): ready means every grille answers at once
        List<ProblemePack> problemes = engine.problemesPacks();
        for (ProblemePack p : problemes) {
            err.println(p);
        }
        serveur.pret(engine);
        err.println("servir : prêt, " + engine.packs().size() + " pack(s) chargé(s)"
                + (problemes.isEmpty() ? "" : ", " + problemes.size() + " problème(s) de pack") + " ; simulateur : " + ici
                + " ; API : " + ici + "openapi.yaml");
        serveur.attendre();
        return CodeSortie.OK;
    }

    /** Every {@code --packs} directory exists and holds at least one descriptor; else a message each. */
    private boolean packsLisibles() throws IOException {
        boolean ok = true;
        for (Path d : packs) {
            if (!Files.isDirectory(d)) {
                err.println(d + ": dossier de packs introuvable (--packs)");
                ok = false;
                continue;
            }
            boolean descripteur;
            try (Stream<Path> w = Files.walk(d)) {
                descripteur = w.anyMatch(p -> p.getFileName().toString().equals("pack.yaml"));
            }
            if (!descripteur) {
                err.println(d + ": aucun descripteur pack.yaml dans ce dossier ni ses sous-dossiers (--packs)");
                ok = false;
            }
        }
        return ok;
    }
}
