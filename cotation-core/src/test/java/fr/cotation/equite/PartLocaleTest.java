package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.publication.RapportEquitePublie;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 2: the share of the note that comes from local criteria, for the median priority and non-priority
 * household, on a pack computed by hand (packs/part-locale): every household has 10 local points, a priority household
 * 30 more from a criterion that scores priority households only. Priority: 10 of 40 points, 25 %; non-priority: 10 of
 * 10, 100 %.
 */
class PartLocaleTest {

    private static final RapportEquite R = SuiteEquite.builder(Moteurs.packs("part-locale"))
            .pack("test-part-locale", "1").cas(200).proprietes(Propriete.DETERMINISME).build().verifier();

    @Test
    void theMedianHouseholdsLocalShareIsTheOneComputedByHand() {
        List<Statistiques.PartLocale> p = R.statistiques().partsLocales();
        assertEquals(2, p.size(), p.toString());
        Statistiques.PartLocale prioritaire = p.get(0);
        assertEquals(Descriptives.PRIORITAIRE, prioritaire.libelle());
        assertEquals(0, new BigDecimal("40").compareTo(prioritaire.note()), prioritaire.toString());
        assertEquals(0, new BigDecimal("10").compareTo(prioritaire.pointsLocaux()), prioritaire.toString());
        assertEquals(0.25, prioritaire.part(), 1e-9);
        Statistiques.PartLocale autre = p.get(1);
        assertEquals(Descriptives.NON_PRIORITAIRE, autre.libelle());
        assertEquals(0, new BigDecimal("10").compareTo(autre.note()), autre.toString());
        assertEquals(1.0, autre.part(), 1e-9);
        assertEquals(R.statistiques().notes(), prioritaire.effectif() + autre.effectif());
        assertTrue(prioritaire.effectif() > 0 && autre.effectif() > 0, p.toString());
    }

    @Test
    void aPriorityCutToOnePointLeavesTheLocalCriteriaMostOfThePriorityHouseholdsNote() {
        RapportEquite affamee = SuiteEquite.builder(Moteurs.packs("part-locale-affamee"))
                .pack("test-part-locale-affamee", "1").cas(200).proprietes(Propriete.DETERMINISME).build().verifier();
        Statistiques.PartLocale prioritaire = affamee.statistiques().partsLocales().get(0);
        assertEquals(0, new BigDecimal("11").compareTo(prioritaire.note()), prioritaire.toString());
        assertEquals(10.0 / 11, prioritaire.part(), 1e-9);
    }

    @Test
    void thePublishedReportShowsTheLocalShares() {
        String md = RapportEquitePublie.de(R).markdown();
        assertTrue(md.contains("Part des critères locaux dans la note"), md);
        assertTrue(md.contains("| 40 | 10 | 25,0\u202f%"), md);
        assertTrue(md.contains("| 10 | 10 | 100,0\u202f%"), md);
    }
}
