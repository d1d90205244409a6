package fr.cotation.paca.publication;

import fr.cotation.CotationEngine;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.paca.MoteurPaca;
import fr.cotation.publication.GrillePubliee;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.cotation.pack.Grille;
import fr.cotation.pack.Statut;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * Every file of the folder, by name, as generated from the engine's packs: the full grille of a pack with rules of
     * its own; for a pack that applies its base alone, a short page (its identity, dates, communes and sources) that
     * links to the base's page, written once.
     */
    static Map<String, String> generer(CotationEngine engine) {
        Map<String, String> fichiers = new TreeMap<>();
        List<GrillePubliee> publiees = new ArrayList<>();
        Map<String, GrillePubliee> bases = new TreeMap<>();
        for (PackDescriptor p : engine.packs()) {
            GrillePubliee g = GrillePubliee.de(engine, p.id(), p.version()).orElseThrow();
            publiees.add(g);
            boolean seul = g.appliqueSaBaseSeule();
            if (seul) {
                bases.putIfAbsent(p.base(), g);
            }
            if (fichiers.put(p.id() + ".md", seul ? g.markdownSurLaBase(p.base() + ".md") : g.markdown()) != null) {
                fail("deux versions du pack " + p.id() + " sont chargées : nommer les pages par version");
            }
            fichiers.put(p.id() + ".html", seul ? g.htmlSurLaBase(p.base() + ".html") : g.html());
        }
        StringBuilder socles = new StringBuilder();
        bases.forEach((id, territoire) -> {
            GrillePubliee base = base(id, territoire, engine);
            fichiers.put(id + ".md", base.markdown());
            fichiers.put(id + ".html", base.html());
            long n = publiees.stream().filter(g -> g.appliqueSaBaseSeule() && id.equals(g.pack().base())).count();
            socles.append("\n## ").append(base.pack().nom()).append("\n\nLa grille du socle commun `").append(id)
                    .append("` : [page](").append(id).append(".md) · [HTML](").append(id).append(".html). Les ")
                    .append(n).append(" territoires marqués « aucun : socle commun seul » l'appliquent sans critère"
                            + " propre : leur page dit ce qui leur est propre (identité, dates, statut, communes, sources)"
                            + " et renvoie à celle du socle, écrite une fois.\n");
        });
        fichiers.put("README.md", GrillePubliee.index(publiees) + socles + """

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

    /**
     * The published grille of a base: the grille of a territory that applies it alone (the same rubriques and criteria,
     * with the same points), under the base's own identity, version, dates and sources read from its
     * {@code pack.yaml}; a base has no commune.
     */
    static GrillePubliee base(String id, GrillePubliee territoire, CotationEngine engine) {
        JsonNode y;
        try (InputStream in = GrillesPublieesTest.class.getClassLoader()
                .getResourceAsStream("cotation/packs/" + id + "/pack.yaml")) {
            y = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PackDescriptor t = territoire.pack();
        List<String> sources = new ArrayList<>();
        y.path("sources").forEach(s -> sources.add(s.asText()));
        Map<String, List<String>> grilles = new TreeMap<>();
        y.path("grilles").fields().forEachRemaining(e -> {
            List<String> drl = new ArrayList<>();
            e.getValue().forEach(f -> drl.add(f.asText()));
            grilles.put(e.getKey(), drl);
        });
        PackDescriptor d = new PackDescriptor(id, y.path("nom").asText(), null, null, y.path("version").asText(),
                Statut.valueOf(y.path("statut").asText().toUpperCase(java.util.Locale.ROOT)),
                LocalDate.parse(y.path("enVigueurDu").asText()), null, sources, t.analogie(), List.of(), t.rubriques(),
                grilles, y.path("remarque").asText(null), t.justifications(), t.effetsDesRefus(),
                t.exceptionsMonotonie(), t.difficultesFinancieres(), t.motifsLegitimesDeRefus());
        Grille g = territoire.grilles().get(0);
        return GrillePubliee.de(new Grille(d, g.nom(), g.rubriques(), g.criteres()), null, engine.referentiel());
    }

    @Test
    void the_committed_grilles_are_those_the_rules_give() throws IOException {
        CotationEngine engine = MoteurPaca.engine();
        assertEquals(List.of(), engine.problemesPacks());
        Map<String, String> attendus = generer(engine);
        assertEquals(26 * 2 + 1, attendus.size(), "25 packs and their base, two pages each, and the index");
        // written once: 23 territories apply paca-base alone, their pages link to its page instead of copying it
        List<String> courtes = attendus.entrySet().stream().filter(e -> e.getKey().endsWith(".md") && !e.getKey().equals("README.md")
                && e.getValue().contains("](paca-base.md)") && !e.getValue().contains("## La grille\n\n|")).map(Map.Entry::getKey)
                .toList();
        assertEquals(23, courtes.size(), courtes.toString());
        for (String page : courtes) {
            assertTrue(!attendus.get(page).contains("| Critère") && attendus.get(page).length() < 6000, page);
        }
        FichiersPublies.verifierOuEcrire(DOSSIER, attendus, "cotation.grilles.ecrire", "les grilles publiées",
                COMMANDE);
    }
}
