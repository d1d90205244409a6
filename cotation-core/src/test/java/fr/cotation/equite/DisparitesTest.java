package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.conformite.Gravite;
import fr.cotation.publication.RapportEquitePublie;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 3: a disparity flag is a warning, or an error when the criterion that drives it treats a protected
 * ground unfavourably (C020 of the same pack). On the pack of the issue, 3,000 demandes: the malus for an expected birth
 * (C020, grossesse) keeps households expecting a child out of the best notes: an error; the couple bonus (C021, a
 * neutral use without a need, not unfavourable) keeps single households out: a warning.
 */
class DisparitesTest {

    private static final RapportEquite R = SuiteEquite.builder(Moteurs.packs("motifs"))
            .pack("test-motifs-discriminante", "1").cas(3000).proprietes(Propriete.DONNEES_PROTEGEES).build().verifier();

    private static Disparite groupe(String attribut, String groupe) {
        return R.disparites().stream().filter(x -> x.attribut().equals(attribut) && x.groupe().equals(groupe))
                .findFirst().orElseThrow();
    }

    @Test
    void aGapDrivenByACriterionUnfavourableToAProtectedGroundIsAnError() {
        Disparite naissance = groupe("Naissance attendue", "oui");
        assertTrue(naissance.signalee(), naissance.toString());
        assertEquals(List.of("NAISSANCE"), naissance.defavorables(), naissance.toString());
        assertEquals(Gravite.ERREUR, naissance.gravite());
        assertTrue(R.disparitesEnErreur().contains(naissance));
    }

    @Test
    void aGapDrivenByACriterionThatIsNotUnfavourableStaysAWarning() {
        Disparite seuls = groupe("Situation de famille", "seul(e), sans enfant");
        assertTrue(seuls.signalee(), seuls.toString());
        assertTrue(seuls.criteres().get(0).startsWith("COUPLE ("), seuls.toString());
        assertEquals(List.of(), seuls.defavorables(), "COUPLE is C021, not C020: " + seuls);
        assertEquals(Gravite.AVERTISSEMENT, seuls.gravite());
        assertTrue(R.disparitesEnErreur().stream().noneMatch(x -> x.attribut().equals("Situation de famille")));
    }

    @Test
    void aC020CriterionThatOnlyNudgesAGroupDoesNotMakeItsFlagAnError() {
        // without NAISSANCE the oldest households gain a little, but only the couple bonus brings them back over 0.8
        List<Disparite> pousses = R.disparitesSignalees().stream().filter(x -> x.criteres().stream()
                .anyMatch(c -> c.startsWith("NAISSANCE (")) && !x.criteres().get(0).startsWith("NAISSANCE (")).toList();
        assertTrue(!pousses.isEmpty(), R.disparitesSignalees().toString());
        pousses.forEach(x -> assertEquals(Gravite.AVERTISSEMENT, x.gravite(), x.toString()));
    }

    @Test
    void notFlaggedGroupsHaveNoGravity() {
        Disparite francais = groupe("Nationalité du demandeur", "Française");
        assertEquals(null, francais.gravite(), francais.toString());
    }

    @Test
    void thePublishedReportSaysWhichFlagIsAnError() {
        String md = RapportEquitePublie.de(R).markdown();
        assertTrue(md.contains("un critère défavorable à un motif protégé écarte un groupe des meilleures notes"), md);
        assertTrue(md.contains(" : erreur**"), md);
        assertTrue(md.contains(" : avertissement**"), md);
    }
}
