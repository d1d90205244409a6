package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shrinker keeps a demande valid and the property failing, and removes everything else, always the same way. */
class ReducteurTest {
    private static final LocalDate DATE = Demandes.EVALUATION;
    private final CotationEngine engine = Moteurs.packs("fixes");
    private final Predicate<Demande> valide = d -> engine.valider(d, DATE).isEmpty();

    /** A big household with a bit of everything. */
    private static Demande grande() {
        return Demandes.pour(Registre.NICE, Registre.CAGNES, Registre.ANTIBES)
                .cotitulaire(Demandes.adulte().avecRessource(NatureRessource.SALAIRE, 1500), LienDemandeur.CONJOINT)
                .enfant(LocalDate.of(2015, 3, 1))
                .enfant(LocalDate.of(2018, 9, 1))
                .naissancesAttendues(1)
                .motif(MotifDemande.LOGEMENT_TROP_PETIT)
                .motif(MotifDemande.RAPPROCHEMENT_TRAVAIL)
                .situation("REPRISE_ACTIVITE", Preuve.JUSTIFIEE)
                .labelPdalhpd(Preuve.VALIDEE)
                .refus(DATE.minusMonths(2), false)
                .renouveleeLe(DATE.minusMonths(1))
                .build();
    }

    @Test
    void a_property_that_needs_a_child_shrinks_to_one_adult_one_child_one_commune() {
        Demande d = grande();
        assertTrue(valide.test(d), engine.valider(d, DATE).toString());
        Reducteur.Reduction r = Reducteur.reduire(d, DATE, valide, x -> !x.menage().personnesACharge().isEmpty());
        Demande m = r.demande();
        assertEquals(1, m.menage().adultes().size());
        assertEquals(1, m.menage().personnesACharge().size());
        assertEquals(0, m.menage().naissancesAttendues());
        assertEquals(List.of(Registre.NICE), m.communesSouhaitees());
        assertEquals(List.of(), m.motifs());
        assertEquals(List.of(), m.situations());
        assertEquals(List.of(), m.refus());
        assertNull(m.labelPdalhpd());
        assertNull(m.dateRenouvellement());
        assertTrue(valide.test(m));
        assertTrue(r.etapes() >= 10, "at least one step per item removed: " + r.etapes());
    }

    @Test
    void amounts_are_lowered_and_the_filing_moves_toward_the_evaluation_date_while_the_property_still_fails() {
        Demande d = grande();
        BigDecimal avant = d.logementActuel().loyerMensuel();
        // fails while the rent is at least 100 € and the demande is at least 3 months old
        Reducteur.Reduction r = Reducteur.reduire(d, DATE, valide,
                x -> x.logementActuel().loyerMensuel().compareTo(BigDecimal.valueOf(100)) >= 0
                        && !x.dateDepot().isAfter(DATE.minusMonths(3)));
        Demande m = r.demande();
        // 600 halved while it stays at or above 100: 300, 150, then 75 fails
        assertEquals(0, BigDecimal.valueOf(150).compareTo(m.logementActuel().loyerMensuel()), "from " + avant);
        // 10 months old: halved once (5 months old), halving again (2.5 months) would make it pass
        long jours = java.time.temporal.ChronoUnit.DAYS.between(d.dateDepot(), DATE);
        assertEquals(d.dateDepot().plusDays(jours / 2), m.dateDepot());
        assertTrue(m.menage().demandeur().ressources().isEmpty(), "resources removed: nothing needs them");
    }

    @Test
    void shrinking_is_deterministic_and_never_keeps_an_invalid_demande() {
        Demande d = grande();
        Predicate<Demande> echoue = x -> x.menage().adultes().size() == 2;
        Reducteur.Reduction a = Reducteur.reduire(d, DATE, valide, echoue);
        Reducteur.Reduction b = Reducteur.reduire(d, DATE, valide, echoue);
        assertEquals(a, b);
        assertEquals(2, a.demande().menage().adultes().size());
        // every candidate kept along the way was checked valid: the result is
        assertTrue(valide.test(a.demande()));
        // a demande for which nothing can be removed comes back unchanged
        Reducteur.Reduction rien = Reducteur.reduire(d, DATE, valide, x -> x.equals(d));
        assertEquals(d, rien.demande());
        assertEquals(0, rien.etapes());
    }
}
