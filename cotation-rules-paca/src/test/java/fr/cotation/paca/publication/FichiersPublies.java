package fr.cotation.paca.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder of generated pages committed in the repository (published grilles, fairness reports): checked to be what
 * the code generates now, or rewritten when the system property that asks for it is set.
 */
public final class FichiersPublies {
    private FichiersPublies() {
    }

    /**
     * Fails when a file of {@code dossier} (relative to the module) is missing, out of date or left over; with
     * {@code -D<ecrire>=true}, writes the files and deletes the ones left over instead.
     *
     * @param quoi     what the pages are, for the message ("les grilles publiées")
     * @param commande the command that regenerates them, from the repository root
     */
    public static void verifierOuEcrire(String dossierModule, Map<String, String> attendus, String ecrire, String quoi,
                                        String commande) throws IOException {
        Path dossier = Path.of(System.getProperty("basedir", ".")).resolve(dossierModule);
        if (Boolean.getBoolean(ecrire)) {
            Files.createDirectories(dossier);
            try (Stream<Path> s = Files.list(dossier)) {
                for (Path p : s.toList()) {
                    if (!attendus.containsKey(p.getFileName().toString())) {
                        Files.delete(p);
                    }
                }
            }
            for (var e : attendus.entrySet()) {
                Files.writeString(dossier.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        Set<String> presents = new TreeSet<>();
        if (Files.isDirectory(dossier)) {
            try (Stream<Path> s = Files.list(dossier)) {
                s.forEach(p -> presents.add(p.getFileName().toString()));
            }
        }
        List<String> ecarts = new ArrayList<>();
        for (var e : attendus.entrySet()) {
            Path f = dossier.resolve(e.getKey());
            if (!presents.contains(e.getKey())) {
                ecarts.add(e.getKey() + " : absent");
            } else if (!Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue())) {
                ecarts.add(e.getKey() + " : pas à jour");
            }
        }
        presents.stream().filter(n -> !attendus.containsKey(n)).forEach(n -> ecarts.add(n + " : en trop"));
        assertTrue(ecarts.isEmpty(), () -> quoi + " de " + dossier + " ne sont plus celles du code :\n  "
                + String.join("\n  ", ecarts) + "\nles régénérer depuis la racine du dépôt avec :\n  " + commande);
    }
}
