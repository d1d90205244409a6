package fr.cotation.publication;

import fr.cotation.CotationEngine;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.packDecrit;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A territory that applies its base alone is published as a short page linking to the base's, not a copy of it. */
class GrillePublieeSurLaBaseTest {

    @Test
    void a_territory_on_its_base_alone_gets_a_short_page_that_links_to_the_base(@TempDir Path dir) throws IOException {
        packDecrit(dir, "socle", "version: \"1\"\nenVigueurDu: 2019-01-01\n", regle("Fixe", "FIXE", "Dossier( )"));
        Path terr = dir.resolve("terr");
        Files.createDirectories(terr);
        Files.writeString(terr.resolve("pack.yaml"), """
                id: terr
                nom: Territoire de test
                epci: "%s"
                base: socle
                version: "3"
                statut: adoptee
                enVigueurDu: 2021-03-01
                sources: ["Délibération n° 12 du 1er février 2021"]
                grilles:
                  principale: []
                """.formatted(SIREN_NCA));
        pack(dir, "propre", SIREN_CASA, regle("Autre", "AUTRE", "Dossier( )"));
        CotationEngine engine = Moteurs.depuis(dir);

        GrillePubliee t = GrillePubliee.de(engine, "terr", "3").orElseThrow();
        assertTrue(t.appliqueSaBaseSeule());
        String md = t.markdownSurLaBase("socle.md");
        // what is the territory's own: identity, version, dates, status, communes, sources
        assertTrue(md.startsWith("# Grille de cotation — Territoire de test\n"), md);
        assertTrue(md.contains("version 3 · en vigueur depuis le 1er mars 2021"), md);
        assertTrue(md.contains("**Statut** : grille adoptée par l'EPCI"), md);
        assertTrue(md.contains("Nice (06088)") && md.contains("Cagnes-sur-Mer (06027)"), md);
        assertTrue(md.contains("Délibération n° 12 du 1er février 2021"), md);
        // the base's criteria are not copied: a link to the base's page instead
        assertTrue(md.contains("[la grille du socle](socle.md)"), md);
        assertFalse(md.contains("FIXE") || md.contains("| Critère"), md);
        assertTrue(t.markdown().contains("FIXE"), "the full page still has the criteria");
        assertTrue(t.htmlSurLaBase("socle.html").contains("<a href=\"socle.html\">la grille du socle</a>"));

        GrillePubliee p = GrillePubliee.de(engine, "propre", "1").orElseThrow();
        assertFalse(p.appliqueSaBaseSeule());
        assertThrows(IllegalStateException.class, () -> p.markdownSurLaBase("socle.md"));
    }
}
