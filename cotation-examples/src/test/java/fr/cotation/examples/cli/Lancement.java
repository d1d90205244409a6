package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.examples.MoteurPartage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the tool through its entry point, {@link CotationCli#executer}, with captured streams. The engines are
 * built by the tool's own factory and kept between runs (building one takes seconds): a run differs from
 * {@code java -jar} only by that cache, by not being a terminal and by its standard input.
 */
final class Lancement {
    private static final FabriqueMoteur PARTAGEE = dossiers -> MoteurPartage.pour(dossiers,
            FabriqueMoteur.PAR_DEFAUT::construire);

    /** The exit code and what the tool wrote. */
    record Resultat(int code, String out, String err) {
        /** The error stream's lines. */
        List<String> lignesErr() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "code " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Lancement() {
    }

    static Resultat cotation(String... args) {
        return avecEntree("", false, args);
    }

    static Resultat avecEntree(String entree, boolean terminal, String... args) {
        return avec(PARTAGEE, entree, terminal, args);
    }

    /**
     * Runs the tool with engines of pack folders kept between runs too: for a test whose folders do not change once
     * written (building one takes seconds).
     */
    static Resultat dossiersFiges(String... args) {
        return avec(DOSSIERS_FIGES, "", false, args);
    }

    /** As {@link #dossiersFiges(String...)}, {@code entree} on the standard input. */
    static Resultat dossiersFigesAvecEntree(String entree, String... args) {
        return avec(DOSSIERS_FIGES, entree, false, args);
    }

    private static final Map<Path, CotationEngine> MOTEURS_DES_DOSSIERS = new ConcurrentHashMap<>();
    private static final FabriqueMoteur DOSSIERS_FIGES = new FabriqueMoteur() {
        @Override
        public CotationEngine construire(List<Path> dossiers) {
            return PARTAGEE.construire(dossiers);
        }

        @Override
        public CotationEngine pourDossier(Path dossier, boolean confiance) {
            return confiance ? PacksDuDossier.moteur(dossier, true) : moteurFige(dossier);
        }
    };

    /** The engine {@link #dossiersFiges} runs with for a folder: its packs and the embedded bases they extend. */
    static CotationEngine moteurFige(Path dossier) {
        return MOTEURS_DES_DOSSIERS.computeIfAbsent(dossier.toAbsolutePath(), d -> PacksDuDossier.moteur(d, false));
    }

    private static Resultat avec(FabriqueMoteur fabrique, String entree, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CotationCli(fabrique, new ByteArrayInputStream(entree.getBytes(StandardCharsets.UTF_8)),
                () -> terminal).executer(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Resultat(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A test resource as a file path. */
    static String fixture(String chemin) {
        try {
            return Path.of(Lancement.class.getResource("/fr/cotation/examples/" + chemin).toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("fixture introuvable : " + chemin, e);
        }
    }
}
