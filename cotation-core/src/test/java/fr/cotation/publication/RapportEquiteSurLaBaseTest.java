package fr.cotation.publication;

import fr.cotation.equite.RapportEquite;
import fr.cotation.equite.SuiteEquite;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fairness report of a territory that applies a base alone: its verdict and properties, and a link to the base's. */
class RapportEquiteSurLaBaseTest {

    @Test
    void the_short_report_keeps_the_verdict_and_the_properties_and_links_to_the_base_s_report() {
        RapportEquite r = SuiteEquite.builder(Moteurs.packs("motifs")).pack("test-motifs-discriminante", "1").cas(60)
                .build().verifier();
        RapportEquitePublie page = RapportEquitePublie.de(r);

        String court = page.markdownSurLaBase("socle-test", "socle-test.md");

        assertTrue(court.startsWith("# Rapport d'équité — " + r.nom() + "\n"), court);
        assertTrue(court.contains("sur 60 demandes fictives tirées au sort dans les communes du territoire"), court);
        assertTrue(court.contains("applique le socle commun `socle-test` sans critère propre"), court);
        assertTrue(court.contains("[le rapport du socle](socle-test.md)"), court);
        assertTrue(court.contains("| 1. Déterminisme |"), court);
        // the details, statistics and counterfactuals are the base's: not repeated
        assertFalse(court.contains("Ce que ce rapport ne prouve pas"), court);
        assertTrue(page.markdown().contains("Ce que ce rapport ne prouve pas"));
        assertTrue(court.length() < page.markdown().length() / 2, court);
        assertTrue(page.htmlSurLaBase("socle-test", "socle-test.html")
                .contains("<a href=\"socle-test.html\">le rapport du socle</a>"));
    }
}
