package fr.cotation.internal.redaction;

import fr.cotation.pack.CritereDeGrille;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Numbers, points, dates and grille sentences written the French way, the same in the published grille and in
 * the applicant's fiche. Internal.
 */
public final class Francais {
    private static final String MOINS = "\u2212";
    private static final String[] MOIS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    private Francais() {
    }

    /** "1er janvier 2023", "31 décembre 2023". */
    public static String date(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " " + MOIS[d.getMonthValue() - 1]
                + " " + d.getYear();
    }

    /** A number the French way: "15,5", "−10" (minus sign). */
    public static String nombre(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        String n = s.abs().toPlainString().replace('.', ',');
        return s.signum() < 0 ? MOINS + n : n;
    }

    /** "1 point", "0,5 point", "2 points", "−10 points". */
    public static String points(BigDecimal b) {
        return nombre(b) + (b.abs().compareTo(BigDecimal.valueOf(2)) >= 0 ? " points" : " point");
    }

    /**
     * A malus criterion as the published grille states it: "<b>Refus sans motif légitime</b> : −15 points chaque
     * fois, 45 points retirés au plus ; ne compte que pendant 24 mois (art. R.441-2-10 11° CCH)."
     */
    public static Texte malus(CritereDeGrille c) {
        Texte t = Texte.vide().fort(c.libelle()).brut(" : " + (c.points() == null ? "points calculés" : points(c.points())));
        if (c.plafond() != null) {
            t.brut(" chaque fois, " + points(c.plafond().abs()) + " retirés au plus");
        }
        if (c.dureeMois() != null) {
            t.brut(" ; ne compte que pendant " + c.dureeMois() + " mois");
        }
        if (c.reference() != null) {
            t.brut(" (" + c.reference() + ")");
        }
        if (c.proposition() != null) {
            t.brut(" ; proposition du projet : " + c.proposition());
        }
        return t.brut(".");
    }
}
