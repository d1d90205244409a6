package fr.cotation.internal.derivation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The derivation's ratios computed without BigInteger arithmetic must be, bit for bit, the doubles of the DECIMAL64
 * quotients they replace: a taux d'effort of exactly 30 or 45 % stays on its boundary.
 */
class QuotientsTest {
    private static void memeDouble(BigDecimal dividende, BigDecimal diviseur) {
        double attendu = dividende.divide(diviseur, MathContext.DECIMAL64).doubleValue();
        assertEquals(Double.doubleToRawLongBits(attendu), Double.doubleToRawLongBits(Quotients.quotient(dividende, diviseur)),
                () -> dividende + " / " + diviseur + " = " + dividende.divide(diviseur, MathContext.DECIMAL64));
    }

    @Test
    void quotientsOfAmountsAreTheDoublesOfTheirDecimal64Quotients() {
        // rents × 100 over resources, and restes à vivre (negative too) over consumption units, in cents and in euros:
        // unscaled quotients on both sides of 2^52 and 2^53, exact ones, and ones that round up to a new digit
        int auDelaDe2p53 = 0;
        int exacts = 0;
        int essais = 0;
        for (long loyer = -150_000; loyer <= 300_000; loyer += 731) {
            for (long ressources = 50_000; ressources <= 400_000; ressources += 1_337) {
                List<BigDecimal[]> cas = List.of(
                        new BigDecimal[]{BigDecimal.valueOf(loyer, 2).multiply(BigDecimal.valueOf(100)), BigDecimal.valueOf(ressources, 2)},
                        new BigDecimal[]{BigDecimal.valueOf(loyer, 0), BigDecimal.valueOf(ressources, 3)},
                        new BigDecimal[]{BigDecimal.valueOf(ressources - loyer, 2), BigDecimal.valueOf(10 + ressources % 37, 1)});
                for (BigDecimal[] c : cas) {
                    memeDouble(c[0], c[1]);
                    BigDecimal q = c[0].divide(c[1], MathContext.DECIMAL64);
                    auDelaDe2p53 += q.precision() == 16 && Math.abs(q.unscaledValue().longValue()) >= 1L << 53 ? 1 : 0;
                    exacts += q.precision() < 16 ? 1 : 0;
                    essais++;
                }
            }
        }
        assertTrue(auDelaDe2p53 > essais / 100 && exacts > 100, auDelaDe2p53 + " past 2^53 and " + exacts
                + " exact of " + essais + " quotients");
    }

    @Test
    void boundariesSignsAndLimits() {
        for (String[] c : new String[][]{{"27090", "903"}, {"51255", "1139"}, {"45000", "1000.00"}, {"29990", "1000"},
                {"0", "-3"}, {"-0.00", "7"}, {"-1", "3"}, {"1", "-3"}, {"-2", "-3"}, {"1", "3E-40"}, {"1E-40", "3"},
                {"99999999999999995", "10"}, {"999999999999999950", "1"}, {"1234567890123456789", "7"},
                {"1", "999999999999999999"}, {"2", "3"}, {"1", "0.0000000000000000001"}, {"1", "9007199254740993"},
                {"9999999999999999.5", "1"}, {"0.00000000000000000000001", "1"}, {"12345678901234565", "10"},
                {"12345678901234575", "10"}, {"-12345678901234565", "10"}}) {
            memeDouble(new BigDecimal(c[0]), new BigDecimal(c[1]));
        }
        assertEquals(30.0, Quotients.quotient(new BigDecimal("27090"), new BigDecimal("903")), "270,90 € for 903 €");
        assertThrows(ArithmeticException.class, () -> Quotients.quotient(BigDecimal.ONE, new BigDecimal("0.0")),
                "a zero divisor fails as BigDecimal.divide does");
    }

    @Test
    void aDecimalBecomesTheDoubleItsTextGives() {
        for (String v : List.of("30", "45", "30.0", "44.99", "-1234.56", "0", "0.000", "1E+3", "123456789012345678901234.5",
                "0.00000000000000000000000001", "916.8958333333333", "-4503599627370497.5", "9007199254740993",
                "0.9007199254740993")) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(v)),
                    Double.doubleToRawLongBits(Quotients.enDouble(new BigDecimal(v))), v);
        }
    }
}
