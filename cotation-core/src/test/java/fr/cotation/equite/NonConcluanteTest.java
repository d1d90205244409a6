package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.publication.RapportEquitePublie;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, item 5: a property is "vérifiée" only when enough demandes applied; otherwise "non concluante". */
class NonConcluanteTest {

    @Test
    void aPropertyAppliedToFewerThanTheMinimumIsNotConclusiveAFailureStaysAFailure() {
        ProprieteResult peu = new ProprieteResult(Propriete.MONOTONIE, 100, 0, 0, 0, null, List.of(), 29, null);
        ProprieteResult assez = new ProprieteResult(Propriete.MONOTONIE, 100, 0, 0, 0, null, List.of(), 30, null);
        ProprieteResult echec = new ProprieteResult(Propriete.MONOTONIE, 10, 0, 0, 1, null, List.of(), 5, null);

        assertEquals(ProprieteResult.Statut.NON_CONCLUANTE, peu.statut());
        assertEquals("29 demande(s) sur 100 concernée(s), moins que le minimum de 30", peu.nonConcluante());
        assertEquals(ProprieteResult.Statut.VERIFIEE, assez.statut());
        assertNull(assez.nonConcluante());
        assertEquals(ProprieteResult.Statut.ECHEC, echec.statut());
    }

    @Test
    void tenCasesProveNothingInTheConsoleSummaryAndThePublishedReport() {
        CotationEngine e = Moteurs.packs("fixes");
        var p = e.packs().get(0);
        RapportEquite r = SuiteEquite.builder(e).pack(p.id(), p.version()).cas(10).build().verifier();

        assertTrue(r.reussi(), "nothing fails");
        assertFalse(r.concluant());
        for (ProprieteResult x : r.proprietes()) {
            assertEquals(ProprieteResult.Statut.NON_CONCLUANTE, x.statut(), x.toString());
        }
        assertTrue(r.resume().get(0).startsWith("1. Déterminisme : NON CONCLUANTE (10 cas)"), r.resume().get(0));
        String md = RapportEquitePublie.de(r).markdown();
        assertTrue(md.contains("**des propriétés ne sont pas concluantes (trop peu de demandes concernées)**"), md);
        assertTrue(md.contains("les demandes sont fictives"), md);
        assertFalse(md.contains("| vérifiée |"), md);
    }
}
