package fr.cotation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Months counted as délais are (art. 641 code de procédure civile): the ancienneté of a demande, the wait of a past
 * attribution. Date arithmetic shared by the derivation and the classement, not a derived fact.
 */
public final class Mois {
    private Mois() {
    }

    /**
     * Whole months from {@code debut} to {@code fin}: a month from the 31st ends on the last day of a shorter month,
     * so 31 January to 28 February is one month.
     */
    public static int entiers(LocalDate debut, LocalDate fin) {
        long n = ChronoUnit.MONTHS.between(debut, fin);
        while (!debut.plusMonths(n + 1).isAfter(fin)) {
            n++;
        }
        return (int) n;
    }
}
