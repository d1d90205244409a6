package fr.cotation.examples.bench;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.demande.Demande;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.regles.FaitsDerives;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmarks' plain-Java reference of {@code paca-base}, fed with the facts of the public view
 * {@link CotationEngine#faits}, gives the engine's total on the benchmark stock moved to Marseille (whose pack is the
 * base alone): the reference measures the same grille.
 */
class ReferencePacaBaseTest {

    @Test
    void theReferenceGivesTheEngineTotalOnTheRegionalBase() {
        CotationEngine engine = MoteurPartage.embarque();
        List<Demande> demandes = DemandesGenerees.generer(DemandesGenerees.GRAINE, 300);
        int points = 0;
        for (Demande d : demandes) {
            FaitsDerives f = engine.faits(d, DemandesGenerees.DATE).orElseThrow();
            Demande marseille = new Demande(d.numeroUnique(), d.dateDepot(), d.dateRenouvellement(), d.menage(),
                    d.logementActuel(), d.motifs(), d.typologies(), List.of("13055"), d.dalo(), d.labelPdalhpd(),
                    d.handicap(), d.refus(), false, d.situations());
            Cotation c = engine.coter(marseille, DemandesGenerees.DATE).cotations().get(0);
            assertEquals("aix-marseille-provence", c.pack());
            int reference = ReferencePacaBase.coter(f).total();
            assertEquals(c.total().intValueExact(), reference, d.numeroUnique() + " : " + c.lignes());
            points += reference;
        }
        assertTrue(points > 300 * 10, "the stock meets criteria: " + points);
        ScoringBenchmark.verifierReference(engine, demandes, demandes.stream()
                .map(d -> engine.faits(d, DemandesGenerees.DATE).orElseThrow()).toList());
    }
}
