package fr.cotation.paca.publication;

import fr.cotation.CotationEngine;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.paca.MoteurPaca;
import fr.cotation.publication.GrillePubliee;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(List.of(), engine.problemesPacks());
        Map<String, String> attendus = generer(engine);
        assertEquals(25 * 2 + 1, attendus.size(), "25 packs, two pages each, and the index");
        FichiersPublies.verifierOuEcrire(DOSSIER, attendus, "cotation.grilles.ecrire", "les grilles publiées",
                COMMANDE);
    }
}
