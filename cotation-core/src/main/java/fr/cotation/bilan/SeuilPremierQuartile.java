package fr.cotation.bilan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The first-quartile threshold of a territory (art. L.441-1 CCH): the highest yearly resources per consumption unit
 * of the quarter of demandeurs with the lowest resources, set each year by arrêté. A demandeur whose resources per
 * unit are <em>below</em> it ("inférieur") belongs to the first quartile. The library ships no value: the value of
 * the arrêté in force is an input, with its source.
 *
 * <p>The constructor throws {@code IllegalArgumentException} naming the field when one is missing or the amount is not above zero.
 *
 * @param epci      SIREN of the EPCI
 * @param dateEffet first day the value applies; it applies until the next value of the same EPCI
 * @param montant   the threshold, euros per consumption unit per year, above zero
 * @param source    where the value comes from (the arrêté, its date), as the report prints it
 */
public record SeuilPremierQuartile(String epci, LocalDate dateEffet, BigDecimal montant, String source) {

    public SeuilPremierQuartile {
        epci = Champs.requis("epci", epci);
        if (dateEffet == null) {
            throw new IllegalArgumentException("dateEffet absente (seuil de l'EPCI " + epci + ")");
        }
        if (montant == null || montant.signum() <= 0) {
            throw new IllegalArgumentException("montant du seuil de l'EPCI " + epci + " : positif attendu, lu "
                    + (montant == null ? "rien" : montant.toPlainString()));
        }
        source = Champs.requis("source", source);
    }
}
