package fr.cotation.internal.derivation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The ratios of the derivation as doubles, exactly as {@code dividende.divide(diviseur, MathContext.DECIMAL64)
 * .doubleValue()} gives them (the decimal quotient rounded to 16 significant digits, half even, then the nearest
 * double), without {@code BigInteger} arithmetic nor a text round trip for the amounts a demande holds.
 */
final class Quotients {
    /** The powers of ten a double holds exactly: 10^0 to 10^22. */
    private static final double[] DOUBLES = new double[23];
    /** The powers of ten a long holds: 10^0 to 10^18. */
    private static final long[] LONGS = new long[19];
    /** DECIMAL64's precision: the digits the quotient is rounded to. */
    private static final int CHIFFRES = 16;

    static {
        double d = 1;
        for (int i = 0; i < DOUBLES.length; i++) {
            DOUBLES[i] = d;
            d *= 10;
        }
        long l = 1;
        for (int i = 0; i < LONGS.length; i++) {
            LONGS[i] = l;
            l *= 10;
        }
    }

    private Quotients() {
    }

    /** {@code dividende.divide(diviseur, MathContext.DECIMAL64).doubleValue()}, and the same exception for a zero divisor. */
    static double quotient(BigDecimal dividende, BigDecimal diviseur) {
        if (dividende.precision() <= 18 && diviseur.precision() <= 18 && diviseur.signum() != 0) {
            long n = nonEchelonne(dividende);
            long d = nonEchelonne(diviseur);
            double q = quotient(Math.abs(n), Math.abs(d), diviseur.scale() - (long) dividende.scale());
            if (!Double.isNaN(q)) {
                return q != 0 && (n < 0) != (d < 0) ? -q : q; // a zero quotient has no sign, as BigDecimal's
            }
        }
        return enDouble(dividende.divide(diviseur, MathContext.DECIMAL64));
    }

    /**
     * n ÷ d × 10^exposant (n ≥ 0, 0 < d < 10^18) rounded to 16 significant digits half even, as the nearest double;
     * NaN when the digits or the exponent leave the exact range (the caller then divides in BigDecimal).
     */
    private static double quotient(long n, long d, long exposant) {
        int pas = LONGS.length - 1 - chiffres(d); // d × 10^pas < 10^18: a remainder times 10^pas fits in a long
        long entier = n / d;
        long reste = n % d;
        int chiffres = entier == 0 ? 0 : chiffres(entier);
        if (chiffres > CHIFFRES || pas < 1) {
            return Double.NaN;
        }
        // the digits of the quotient, a few at a time, until 16 significant ones or an exact quotient
        while (chiffres < CHIFFRES && reste != 0) {
            int c = Math.min(pas, CHIFFRES - chiffres);
            reste *= LONGS[c];
            entier = entier * LONGS[c] + reste / d;
            reste %= d;
            exposant -= c;
            chiffres = entier == 0 ? 0 : chiffres(entier);
        }
        if (reste != 0) {
            int demi = Long.compare(2 * reste, d);
            if (demi > 0 || demi == 0 && (entier & 1) == 1) {
                entier++; // 9999999999999999 + 1 has 17 digits: the same value, still an exact long
            }
        }
        // an unscaled value below 2^53 and a power of ten up to 10^22 are exact doubles: one operation rounds once
        if (entier >= 1L << 53 || exposant < -22 || exposant > 22) {
            return exposant < Integer.MIN_VALUE + 1 || exposant > Integer.MAX_VALUE ? Double.NaN
                    : BigDecimal.valueOf(entier, (int) -exposant).doubleValue();
        }
        return exposant < 0 ? entier / DOUBLES[(int) -exposant] : entier * DOUBLES[(int) exposant];
    }

    /** The unscaled value of a decimal of at most 18 digits, without the BigInteger {@code unscaledValue} makes. */
    private static long nonEchelonne(BigDecimal v) {
        return v.scale() < 0 ? v.unscaledValue().longValue() : v.movePointRight(v.scale()).longValueExact();
    }

    /** The decimal digits of a positive long. */
    private static int chiffres(long v) {
        int c = 1;
        while (c < LONGS.length && v >= LONGS[c]) {
            c++;
        }
        return c;
    }

    /**
     * {@code v.doubleValue()}, without the text round trip {@code BigDecimal} makes (on Java 17) when the unscaled
     * value has more than 52 bits, as a 16-digit quotient does: an unscaled value below 2<sup>53</sup> and a power of
     * ten up to 10<sup>22</sup> are exact doubles, and one division rounds their quotient to the nearest double, ties
     * to even, as parsing the decimal text does. Other values go through {@code doubleValue}.
     */
    static double enDouble(BigDecimal v) {
        int echelle = v.scale();
        if (echelle >= 0 && echelle < DOUBLES.length && v.precision() <= CHIFFRES) {
            long entier = v.unscaledValue().longValue();
            if (Math.abs(entier) < 1L << 53) {
                return (double) entier / DOUBLES[echelle];
            }
        }
        return v.doubleValue();
    }
}
