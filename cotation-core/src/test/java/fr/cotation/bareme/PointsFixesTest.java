package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.Ligne;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.StatutDalo;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.CAGNES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SAINT_LAURENT;
import static fr.cotation.testing.Verif.criteres;
import static fr.cotation.testing.Verif.ligne;
import static fr.cotation.testing.Verif.points;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pack {@code packs/fixes}: fixed points for a situation, and the provisional flag of declared situations. */
class PointsFixesTest {
    private static final CotationEngine ENGINE = Moteurs.packs("fixes");

    private static Cotation coter(Preuve preuveExpulsion) {
        return seule(ENGINE.coter(Demandes.base()
                .dalo(StatutDalo.ACTIF, LocalDate.of(2024, 11, 5), Preuve.VALIDEE)
                .motif(MotifDemande.PROCEDURE_EXPULSION, preuveExpulsion)
                .situation("VIOLENCES_CONJUGALES", Preuve.JUSTIFIEE)
                .build(), EVALUATION));
    }

    @Test
    void fixedPointsAddUpLineByLine() {
        Cotation c = coter(Preuve.DECLAREE);

        assertEquals(Cotation.Statut.COTEE, c.statut());
        assertEquals(List.of("DALO", "EXPULSION", "VIOLENCES"), criteres(c));
        points("170.5", c.total()); // 100 + 30 + 40.5
        Ligne dalo = ligne(c, "DALO");
        assertEquals(new Ligne("DALO", "Ménage reconnu DALO", "PRIORITES", dalo.points(), dalo.pointsCalcules(),
                Preuve.VALIDEE, "DALO", "art. L.441-2-3 CCH", "Ménage reconnu DALO : 100 pts", false,
                List.of("DALO"), List.of()), dalo);
        points("100", dalo.points());
        points("100", dalo.pointsCalcules());
        Ligne expulsion = ligne(c, "EXPULSION");
        points("30", expulsion.points());
        assertEquals(Preuve.DECLAREE, expulsion.preuve(), "category l rests on the declared motif");
        assertEquals(List.of("l"), expulsion.categoriesL4411(), "the rule matched category l, not a situation");
        assertEquals(List.of(), expulsion.situations());
        assertEquals("Menacé d'expulsion sans relogement", expulsion.regle());
        assertEquals("art. L.441-1 l) CCH", expulsion.reference());
        Ligne violences = ligne(c, "VIOLENCES");
        points("40.5", violences.points());
        assertEquals("Violences au sein du couple : 40,5 pts", violences.explication());
        assertEquals(Preuve.JUSTIFIEE, violences.preuve());
        assertEquals("art. L.441-1 g) CCH", violences.reference());
    }

    @Test
    void aCotationIsProvisionalWhenALineRestsOnADeclaredSituation() {
        Cotation declaree = coter(Preuve.DECLAREE);
        assertTrue(declaree.provisoire());
        assertEquals(List.of(false, true, false), declaree.lignes().stream().map(Ligne::provisoire).toList());

        Cotation validee = coter(Preuve.VALIDEE);
        assertFalse(validee.provisoire(), "every situation relied on is justified or validated");
        assertEquals(Preuve.VALIDEE, ligne(validee, "EXPULSION").preuve());
        assertEquals(declaree.total(), validee.total(), "the proof changes the flag, not the points");
    }

    @Test
    void aDemandeMeetingNoCriterionIsScoredZeroNotLeftWithoutGrille() {
        Cotation c = seule(ENGINE.coter(Demandes.base().build(), EVALUATION));

        assertEquals(Cotation.Statut.COTEE, c.statut());
        points("0", c.total());
        assertEquals(List.of(), c.lignes());
        assertFalse(c.provisoire());
        assertEquals("test-fixes", c.pack());
        assertEquals("1", c.version());
        assertEquals("principale", c.grille());
        assertEquals("Nice", c.nomCommune());
        assertEquals("200030195", c.epci());
        assertEquals("Métropole Nice Côte d'Azur", c.nomEpci());
        assertEquals(List.of(), c.avertissements(), "an adopted grille, a demande renewed within the year");
        assertNull(c.message());
    }

    @Test
    void theTerritoryOfAPackComesFromTheRegistryByEpci() {
        PackDescriptor d = ENGINE.packs().get(0);
        assertEquals(List.of(CAGNES, NICE, SAINT_LAURENT), d.communes());
        assertEquals("test-fixes", ENGINE.packPour(SAINT_LAURENT, EVALUATION).map(PackDescriptor::id).orElseThrow());
        assertTrue(ENGINE.packPour(NICE, LocalDate.of(2019, 12, 31)).isEmpty(), "not yet in force");
        assertTrue(ENGINE.packPour("06004", EVALUATION).isEmpty(), "Antibes is not in the Métropole");
        assertEquals(List.of(), ENGINE.problemesPacks());
    }
}
