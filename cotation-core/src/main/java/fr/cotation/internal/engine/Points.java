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

    /** "1 pt", "2 pts", "-10 pts", "0,5 pt". */
    static String pts(BigDecimal b) {
        String n = format(b).replace('.', ',');
        return n + (b.abs().compareTo(BigDecimal.ONE) > 0 ? " pts" : " pt");
    }
}
