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
}
