package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.publication.RapportEquitePublie;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 4: counterfactuals through proxies. On the pack of the issue, property 2 holds (it never sees a
 * nationality), but changing the facts tied to a ground moves totals, by the criteria that read them.
 */
class ContrefactuelsTest {

    @Test
    void theFactsTiedToAGroundMoveTheTotalsOfThePackOfTheIssueByTheCriteriaThatReadThem() {
        CotationEngine e = Moteurs.packs("motifs");
        RapportEquite r = SuiteEquite.builder(e).pack("test-motifs-discriminante", "1").cas(200).build().verifier();

        assertTrue(r.propriete(Propriete.DONNEES_PROTEGEES).orElseThrow().reussie(), "nationality itself is never read");
        assertEquals(3, r.contrefactuels().size());
        Contrefactuel nationalite = r.contrefactuels().get(0);
        assertEquals(List.of("NATIONALITE", "ORIGINE"), nationalite.motifs());
        assertTrue(nationalite.demandes() >= 30, nationalite.toString());
        assertEquals(nationalite.demandes(), nationalite.modifiees(), "every household loses: " + nationalite);
        assertEquals(0, new BigDecimal("-30").compareTo(nationalite.ecartMax()), nationalite.toString());
        assertEquals(0, new BigDecimal("-30").compareTo(nationalite.ecartMoyen()), nationalite.toString());
        assertEquals(Map.of("REGROUPEMENT", nationalite.demandes(), "SANS_REGROUPEMENT", nationalite.demandes()),
                nationalite.criteres());
        Contrefactuel couple = r.contrefactuels().get(1);
        assertEquals(List.of("SITUATION_DE_FAMILLE"), couple.motifs());
        assertTrue(couple.criteres().containsKey("COUPLE"), couple.toString());
        assertTrue(couple.ecartMax().compareTo(new BigDecimal("15")) >= 0, couple.toString());
        Contrefactuel grossesse = r.contrefactuels().get(2);
        assertEquals(List.of("GROSSESSE"), grossesse.motifs());
        assertTrue(grossesse.criteres().containsKey("NAISSANCE"), grossesse.toString());
        assertTrue(grossesse.ecartMin().compareTo(new BigDecimal("-15")) <= 0, grossesse.toString());

        // item 3: the couple bonus keeps households without a partner out of the best notes, and removing it helps
        Disparite seuls = r.disparites().stream().filter(x -> x.attribut().equals("Situation de famille")
                && x.groupe().equals("seul(e), sans enfant")).findFirst().orElseThrow();
        assertTrue(seuls.signalee(), seuls.toString());
        assertTrue(seuls.criteres().stream().anyMatch(c -> c.startsWith("COUPLE (")), seuls.toString());

        String md = RapportEquitePublie.de(r).markdown();
        assertTrue(md.contains("Motifs protégés : ce qui change quand un seul fait change"), md);
        assertTrue(md.contains("| −30 |"), md);
        assertTrue(md.contains("Qui atteint les meilleures notes"), md);
    }
}
