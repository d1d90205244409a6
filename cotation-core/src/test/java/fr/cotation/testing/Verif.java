package fr.cotation.testing;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions shared by the tests. */
public final class Verif {
    private Verif() {
    }

    /** The only cotation of a valid result (one wished commune), checked for total = sum of the lines. */
    public static Cotation seule(CotationResult r) {
        assertTrue(r.valide(), () -> "demande invalide : " + r.problemes());
        assertEquals(1, r.cotations().size(), () -> "une seule commune attendue : " + r.cotations());
        return verifiee(r.cotations().get(0));
    }

    /** The cotation of one commune, checked for total = sum of the lines. */
    public static Cotation commune(CotationResult r, String code) {
        assertTrue(r.valide(), () -> "demande invalide : " + r.problemes());
        return verifiee(r.commune(code).orElseGet(() -> fail("pas de cotation pour " + code + " : " + r.cotations())));
    }

    /** Checks that the total is the exact sum of the lines, and zero with no line unless scored. */
    public static Cotation verifiee(Cotation c) {
        BigDecimal somme = c.lignes().stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, somme.compareTo(c.total()), () -> "total " + c.total() + " ≠ somme des lignes " + somme + " : " + c);
        if (c.statut() != Cotation.Statut.COTEE) {
            assertEquals(0, c.total().signum(), "pas de points sans cotation");
            assertTrue(c.lignes().isEmpty(), "pas de ligne sans cotation");
        }
        assertEquals(c.lignes().stream().anyMatch(Ligne::provisoire), c.provisoire(), "drapeau provisoire");
        return c;
    }

    /** The only line of one criterion. */
    public static Ligne ligne(Cotation c, String critere) {
        List<Ligne> l = c.lignes().stream().filter(x -> x.critere().equals(critere)).toList();
        assertEquals(1, l.size(), () -> "une ligne " + critere + " attendue : " + c.lignes());
        return l.get(0);
    }

    /** Every line of one criterion, in the explanation's order. */
    public static List<Ligne> lignes(Cotation c, String critere) {
        return c.lignes().stream().filter(x -> x.critere().equals(critere)).toList();
    }

    /** The criterion codes of the lines, in order. */
    public static List<String> criteres(Cotation c) {
        return c.lignes().stream().map(Ligne::critere).toList();
    }

    /** Compares a number of points exactly, whatever the scale ("24" and "24.0" are the same). */
    public static void points(String attendu, BigDecimal reel) {
        assertEquals(0, new BigDecimal(attendu).compareTo(reel), () -> "attendu " + attendu + ", obtenu " + reel);
    }
}
