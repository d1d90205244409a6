package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.pack.Rubrique;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Caps and rubriques on lines given in the order rules fire, which is not the order of the rubriques. */
class BaremeTest {
    private static final Rubrique URGENCE = new Rubrique("URGENCE", "Urgence", Rubrique.Mode.MEILLEUR, null);
    private static final Rubrique LOGEMENT = new Rubrique("LOGEMENT", "Logement", Rubrique.Mode.CUMUL, 10.0);

    private static Critere critere(String code, String rubrique, BigDecimal plafond) {
        return new Critere(code, code, rubrique, null, null, plafond, null, null, null, null, null);
    }

    private static LigneBrute ligne(Critere c, String regle, int points) {
        return new LigneBrute(c, regle, BigDecimal.valueOf(points), regle, null, false, List.of(), List.of());
    }

    @Test
    void linesOfOneRubriqueFiredApartAreJudgedTogether() {
        Critere a = critere("A", "URGENCE", null);
        Critere b = critere("B", "URGENCE", null);
        Critere c = critere("C", "LOGEMENT", null);
        Critere d = critere("D", "LOGEMENT", null);
        // fired in this order: the rubriques interleaved, criterion A on two lines (3 + 1 = 4, more than B's 2)
        List<Ligne> lignes = new Bareme(List.of(URGENCE, LOGEMENT)).appliquer(List.of(
                ligne(c, "c", 6), ligne(a, "a1", 3), ligne(d, "d", 7), ligne(b, "b", 2), ligne(a, "a2", 1)));

        assertEquals(List.of("a1", "a2", "b", "c", "d"), lignes.stream().map(Ligne::regle).toList(),
                "rubriques in display order, then criterion and rule");
        assertEquals(List.of(3, 1, 0, 6, 4), lignes.stream().map(l -> l.points().intValueExact()).toList(),
                "B is not the best criterion of Urgence; Logement is capped at 10 after C's 6");
        assertEquals("b (non retenu : dans la rubrique Urgence, seul le meilleur critère compte)", lignes.get(2).explication());
        assertEquals("d (rubrique Logement plafonnée à 10 pts)", lignes.get(4).explication());
        assertEquals(List.of(6, 7), List.of(lignes.get(3).pointsCalcules().intValueExact(),
                lignes.get(4).pointsCalcules().intValueExact()));
    }

    @Test
    void aCriterionCapCountsItsLinesInEveryRubrique() {
        // one criterion code in two rubriques, capped at 5 in absolute value: its running total goes through both
        Critere dansUrgence = critere("X", "URGENCE", new BigDecimal("5"));
        Critere dansLogement = critere("X", "LOGEMENT", new BigDecimal("5"));
        List<Ligne> lignes = new Bareme(List.of(URGENCE, LOGEMENT)).appliquer(List.of(
                ligne(dansLogement, "l", 4), ligne(dansUrgence, "u", 3)));

        assertEquals(List.of("u", "l"), lignes.stream().map(Ligne::regle).toList());
        assertEquals(List.of(3, 2), lignes.stream().map(l -> l.points().intValueExact()).toList(),
                "3 in Urgence first, then 2 of Logement's 4 up to the cap of 5");
        assertEquals("l (critère plafonné à 5 pts)", lignes.get(1).explication());
    }

    /** A raw line reused by another demande (a rule that shows no situation) is judged again, not served stale. */
    @Test
    void aRawLineUsedAgainGetsThePointsOfEachCall() {
        Critere c = critere("C", "LOGEMENT", null);
        Critere d = critere("D", "LOGEMENT", null);
        LigneBrute sept = ligne(d, "d", 7);
        Bareme bareme = new Bareme(List.of(URGENCE, LOGEMENT));
        for (int tour = 0; tour < 2; tour++) {
            List<Ligne> seule = bareme.appliquer(List.of(sept));
            assertEquals(7, seule.get(0).points().intValueExact());
            assertEquals("d", seule.get(0).explication());
            List<Ligne> apres6 = bareme.appliquer(List.of(sept, ligne(c, "c", 6)));
            assertEquals(4, apres6.get(1).points().intValueExact());
            assertEquals("d (rubrique Logement plafonnée à 10 pts)", apres6.get(1).explication());
            List<Ligne> apres8 = bareme.appliquer(List.of(ligne(c, "c", 8), sept));
            assertEquals(2, apres8.get(1).points().intValueExact(), "the cap leaves 2 after 8, not the 4 of before");
            assertEquals(7, apres8.get(1).pointsCalcules().intValueExact());
        }
    }

    /** The lines come out in one order whatever the order the rules fired in. */
    @Test
    void theOrderOfTheLinesDoesNotDependOnTheOrderTheyCameIn() {
        List<LigneBrute> brutes = new java.util.ArrayList<>();
        String[] rubriques = {"URGENCE", "LOGEMENT", "AUTRE", null};
        for (int i = 0; i < 40; i++) {
            Critere c = critere("K" + (i % 7), rubriques[i % 4] == null ? "LOGEMENT" : rubriques[i % 4],
                    i % 5 == 0 ? new BigDecimal("4") : null);
            brutes.add(new LigneBrute(c, "r" + (i % 3), BigDecimal.valueOf(i % 6 - 1), "e" + (i % 2), null, i % 2 == 0,
                    List.of(), List.of()));
        }
        Bareme bareme = new Bareme(List.of(URGENCE, LOGEMENT));
        List<Ligne> attendu = bareme.appliquer(brutes);
        java.util.Random hasard = new java.util.Random(2026);
        for (int k = 0; k < 50; k++) {
            List<LigneBrute> melange = new java.util.ArrayList<>(brutes);
            java.util.Collections.shuffle(melange, hasard);
            assertEquals(attendu, bareme.appliquer(melange), "permutation " + k);
        }
        // rubriques in display order, then the undeclared one last; and, within each, criterion codes in order
        List<String> vus = attendu.stream().map(Ligne::rubrique).distinct().toList();
        assertEquals(List.of("URGENCE", "LOGEMENT", "AUTRE"), vus);
    }
}
