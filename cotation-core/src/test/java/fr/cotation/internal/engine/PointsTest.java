package fr.cotation.internal.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"1;1 pt", "0.5;0,5 pt", "1.5;1,5 pt", "2;2 pts", "2.5;2,5 pts", "-1;-1 pt",
            "-10;-10 pts", "0;0 pt", "100.00;100 pts"})
    void points_are_written_the_french_way(String points, String texte) {
        assertEquals(texte, Points.pts(new BigDecimal(points)));
    }

    /** The sum is exact whatever the values: whole numbers in a long, decimals and overflow in BigDecimal. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"'';0", "3 -2 10;11", "1.5 2 0.5;4", "0.1 0.2;0.3", "-2.5;-2.5",
            "9223372036854775807 1;9223372036854775808", "-9223372036854775808 -1;-9223372036854775809",
            "99999999999999999999 1;100000000000000000000"})
    void a_total_is_the_exact_sum_of_the_lines(String points, String total) {
        java.util.List<fr.cotation.Ligne> lignes = java.util.Arrays.stream(points.split(" ")).filter(p -> !p.isEmpty())
                .map(p -> new fr.cotation.Ligne("C", "C", "R", new BigDecimal(p), new BigDecimal(p), null, "r", null, "",
                        false)).toList();
        assertEquals(new BigDecimal(total), Points.somme(lignes));
    }
}
