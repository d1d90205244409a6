package fr.cotation.demande;

import java.math.BigDecimal;

/**
 * The bounds a number of a demande must keep before any arithmetic is done with it. A {@link BigDecimal} written
 * {@code 1e400000000} takes a few bytes but 400 million digits once added to another amount or written in plain
 * text: its size is read from its {@linkplain BigDecimal#precision() precision} and {@linkplain BigDecimal#scale()
 * scale} (cheap, no digit is expanded), and the value is refused before it reaches the engine.
 *
 * <p>Two levels: {@link #lisible} is the syntactic bound (a number a reader may hand to the model at all), the
 * plausible ranges of the validation of a demande are the semantic one (a rent of 10 million euros a month is a typing
 * error, not a demande).
 */
public final class Bornes {
    /** Digits before the decimal point a number of a demande may have: up to 10^15, far above any amount. */
    public static final int CHIFFRES_ENTIERS_MAX = 15;
    /** Digits after the decimal point: cents need 2; 10 leave room for computed values, not for a 10^9 scale. */
    public static final int DECIMALES_MAX = 10;
    /** Characters of a value quoted in a message: enough to recognise it, never the 1 GB of a hostile one. */
    public static final int CITATION_MAX = 40;

    private Bornes() {
    }

    /**
     * Whether {@code n} has at most {@value #CHIFFRES_ENTIERS_MAX} integer digits and {@value #DECIMALES_MAX}
     * decimals, read without expanding it.
     */
    public static boolean lisible(BigDecimal n) {
        // precision - scale is the number of integer digits (0 or negative for 0.00x); longs: no overflow
        long entiers = (long) n.precision() - n.scale();
        return entiers <= CHIFFRES_ENTIERS_MAX && n.scale() <= DECIMALES_MAX;
    }

    /**
     * Why {@code n} is not {@linkplain #lisible readable}, in French, or {@code null} when it is.
     */
    public static String pourquoiIllisible(BigDecimal n) {
        if ((long) n.precision() - n.scale() > CHIFFRES_ENTIERS_MAX) {
            return "nombre démesuré (plus de " + CHIFFRES_ENTIERS_MAX + " chiffres avant la virgule)";
        }
        if (n.scale() > DECIMALES_MAX) {
            return "trop de décimales (" + DECIMALES_MAX + " au plus)";
        }
        return null;
    }

    /** {@code n} as a message quotes it: in plain digits when short, else in scientific notation, shortened. */
    public static String citer(BigDecimal n) {
        if (n == null) {
            return "null";
        }
        long entiers = (long) n.precision() - n.scale();
        String s = entiers <= CHIFFRES_ENTIERS_MAX && n.scale() <= DECIMALES_MAX && n.scale() >= -CHIFFRES_ENTIERS_MAX
                ? n.toPlainString() : n.toString(); // toString: 1E+400000000, never 400 million zeros
        return citer(s);
    }

    /** {@code s} cut to {@value #CITATION_MAX} characters (an ellipsis and the full length after), control characters escaped. */
    public static String citer(String s) {
        if (s == null) {
            return "null";
        }
        String court = s.length() <= CITATION_MAX ? s
                : s.substring(0, CITATION_MAX) + "… (" + s.length() + " caractères)";
        return echapper(court);
    }

    /**
     * {@code s} with its control characters (C0, DEL, C1, and the line and paragraph separators) written as
     * {@code \n}, {@code \t}, {@code \r} or {@code \\u001b}: a value read from a file reaches a terminal or a log
     * without moving the cursor, clearing the screen or forging a line.
     */
    public static String echapper(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !controle(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!controle(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /** C0 and C1 controls, DEL, and the Unicode line and paragraph separators and bidi overrides. */
    static boolean controle(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069;
    }
}
