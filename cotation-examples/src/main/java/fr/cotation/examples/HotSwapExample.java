package fr.cotation.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.json.CotationJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An application that serves cotations while one EPCI's staff edit their grille in a folder, and takes each new
 * version without restarting: the embedded pack of that EPCI is left out ({@code withoutClasspathPack}) and the
 * folder's copy loaded instead; a reload builds a whole new engine beside the running one and swaps it in only when the
 * edited pack compiled, passed its checks and its smoke scoring. A broken edit is reported (file, line, rule) and the
 * previous grille keeps scoring. Scorings in flight finish on the engine they started with: an engine is immutable.
 */
public final class HotSwapExample {
    private final String packId;
    private final Path dossier;
    private final AtomicReference<CotationEngine> engine = new AtomicReference<>();

    /**
     * Serves the embedded PACA packs, except {@code packId}, which is read from {@code dossier}.
     *
     * @throws IllegalStateException when the folder's pack does not load: there is nothing to fall back to yet
     */
    public HotSwapExample(String packId, Path dossier) {
        this.packId = Objects.requireNonNull(packId);
        this.dossier = Objects.requireNonNull(dossier);
        List<ProblemePack> problemes = recharger();
        if (!problemes.isEmpty()) {
            throw new IllegalStateException("le pack " + packId + " du dossier " + dossier + " ne se charge pas : " + problemes);
        }
    }

    /** Scores with the grille in service at the time of the call. */
    public CotationResult coter(Demande demande, LocalDate dateEvaluation) {
        return engine.get().coter(demande, dateEvaluation);
    }

    /** The version of the folder's pack in service. */
    public String versionEnService() {
        return engine.get().packs().stream().filter(p -> p.id().equals(packId)).findFirst().orElseThrow().version();
    }

    /**
     * Reads the folder again. Returns the problems of the new version (empty when it was swapped in); on any problem
     * the grille in service is kept.
     */
    public List<ProblemePack> recharger() {
        CotationEngine nouveau = CotationEngine.builder().withoutClasspathPack(packId).packDirectory(dossier).build();
        List<ProblemePack> problemes = new ArrayList<>(nouveau.problemesPacks());
        if (problemes.isEmpty() && nouveau.packs().stream().noneMatch(p -> p.id().equals(packId))) {
            problemes.add(new ProblemePack(packId, dossier.toString(), 0, null, "aucun pack " + packId + " dans ce dossier"));
        }
        if (problemes.isEmpty()) {
            engine.set(nouveau);
        }
        return List.copyOf(problemes);
    }

    /**
     * Copies an embedded pack (its {@code pack.yaml} and the DRL files its grilles list) into {@code cible}: the
     * starting point of an EPCI that edits its own grille.
     */
    public static Path copierPackEmbarque(String packId, Path cible) {
        String racine = "cotation/packs/" + packId + "/";
        ClassLoader cl = HotSwapExample.class.getClassLoader();
        try {
            JsonNode descripteur = new ObjectMapper(new YAMLFactory()).readTree(ressource(cl, racine + "pack.yaml"));
            List<String> fichiers = new ArrayList<>(List.of("pack.yaml"));
            descripteur.path("grilles").forEach(g -> g.forEach(f -> {
                if (!fichiers.contains(f.asText())) {
                    fichiers.add(f.asText());
                }
            }));
            for (String f : fichiers) {
                Path p = cible.resolve(f);
                Files.createDirectories(p.getParent());
                try (InputStream in = ressource(cl, racine + f)) {
                    Files.copy(in, p);
                }
            }
            return cible;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream ressource(ClassLoader cl, String chemin) throws IOException {
        InputStream in = cl.getResourceAsStream(chemin);
        if (in == null) {
            throw new IOException("ressource absente du classpath : " + chemin);
        }
        return in;
    }

    /** Copies Nice's pack to a temporary folder, scores, raises one criterion, reloads, scores again. */
    public static void main(String[] args) throws IOException {
        LocalDate date = LocalDate.of(2025, 6, 30);
        Path dossier = copierPackEmbarque("nice-cote-azur", Files.createTempDirectory("nice-cote-azur"));
        HotSwapExample app = new HotSwapExample("nice-cote-azur", dossier);
        Demande demande;
        try (InputStream in = Demo.class.getResourceAsStream("demandes-nice.json")) {
            demande = CotationJson.lireDemandes(in).get(0);
        }
        System.out.println("version " + app.versionEnService() + " : " + app.coter(demande, date).commune("06088").orElseThrow().total() + " points à Nice");

        Path drl = dossier.resolve("regles/criteres-locaux.drl");
        // the EPCI raises "travaille dans la commune demandée" from 5 to 8 points and numbers its new version
        Files.writeString(drl, Files.readString(drl).replace("@points(5)", "@points(8)"));
        Path yaml = dossier.resolve("pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("version: \"2023.1\"", "version: \"2023.2\""));
        List<ProblemePack> problemes = app.recharger();
        problemes.forEach(p -> System.out.println("refusé : " + p));
        System.out.println("version " + app.versionEnService() + " : " + app.coter(demande, date).commune("06088").orElseThrow().total() + " points à Nice");
    }
}
