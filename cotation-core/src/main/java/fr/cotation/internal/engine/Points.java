package fr.cotation.internal.engine;

import java.math.BigDecimal;

/** Points as exact decimals with no trailing zeros, so that totals are exact sums of lines. */
final class Points {
    private Points() {
    }

    static BigDecimal of(double d) {
        return norm(BigDecimal.valueOf(d));
    }

    static BigDecimal norm(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String format(BigDecimal b) {
        return norm(b).toPlainString();
    }

    /** A number as French text: "31", "15,5". */
    static String nombre(BigDecimal b) {
        return format(b).replace('.', ',');
    }

    /** "1 pt", "1,5 pt", "2 pts", "-10 pts", "0,5 pt". */
    static String pts(BigDecimal b) {
        String n = nombre(b);
        return n + (b.abs().compareTo(BigDecimal.valueOf(2)) >= 0 ? " pts" : " pt"); // French: singular below 2
    }
}
