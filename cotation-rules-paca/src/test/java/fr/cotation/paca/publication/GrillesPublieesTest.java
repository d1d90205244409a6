package fr.cotation.paca.publication;

import fr.cotation.CotationEngine;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.paca.MoteurPaca;
import fr.cotation.publication.GrillePubliee;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The published grilles of the PACA packs, committed under {@code cotation-rules-paca/docs/grilles} so that anyone
 * can read them on the repository: one Markdown page and one HTML page per pack, and an index. This test
 * regenerates them in memory and fails when a committed file is out of date, missing or left over; with
 * {@code -Dcotation.grilles.ecrire=true} it writes them instead.
 */
class GrillesPublieesTest {
    /** The command that regenerates the committed grilles, from the repository root. */
    static final String COMMANDE = "mvn -B -pl cotation-rules-paca -am test -Dtest=GrillesPublieesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcotation.grilles.ecrire=true";
    static final String DOSSIER = "docs/grilles";

    /** Every file of the folder, by name, as generated from the engine's packs. */
    static Map<String, String> generer(CotationEngine engine) {
        Map<String, String> fichiers = new TreeMap<>();
        List<GrillePubliee> publiees = new ArrayList<>();
        for (PackDescriptor p : engine.packs()) {
            GrillePubliee g = GrillePubliee.de(engine, p.id(), p.version()).orElseThrow();
            publiees.add(g);
            if (fichiers.put(p.id() + ".md", g.markdown()) != null) {
                fail("deux versions du pack " + p.id() + " sont chargées : nommer les pages par version");
            }
            fichiers.put(p.id() + ".html", g.html());
        }
        fichiers.put("README.md", GrillePubliee.index(publiees) + """

                ## Régénérer ces pages

                Ces pages sont générées à partir des règles de `cotation-rules-paca/src/main/resources/cotation/packs` :
                ne pas les modifier à la main. Après une modification des règles ou des descripteurs, depuis la racine
                du dépôt :

                ```
                %s
                ```

                `mvn -B verify` échoue tant qu'une page n'est pas à jour (`GrillesPublieesTest`). Le test
                `GrilleEgaleMoteurTest` vérifie, pour chaque critère de chaque grille, que le moteur donne les points
                que la page annonce.
                """.formatted(COMMANDE));
        return fichiers;
    }

    @Test
    void the_committed_grilles_are_those_the_rules_give() throws IOException {
        CotationEngine engine = MoteurPaca.engine();
        assertEquals(List.of(), engine.problems());
        Map<String, String> attendus = generer(engine);
        assertEquals(25 * 2 + 1, attendus.size(), "25 packs, two pages each, and the index");
        Path dossier = Path.of(System.getProperty("basedir", ".")).resolve(DOSSIER);
        if (Boolean.getBoolean("cotation.grilles.ecrire")) {
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
        assertTrue(ecarts.isEmpty(), () -> "les grilles publiées de " + dossier + " ne sont plus celles des règles :\n  "
                + String.join("\n  ", ecarts) + "\nles régénérer depuis la racine du dépôt avec :\n  " + COMMANDE);
    }
}
