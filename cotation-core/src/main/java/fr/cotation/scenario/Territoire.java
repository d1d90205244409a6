package fr.cotation.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * The values a base's scenario takes in one territory that applies the base (the placeholders of
 * {@link Scenarios}): the territory's pack, its name, its first day in force and its communes, the main commune first.
 *
 * @param id       id of the territory's pack, the pack expected to score
 * @param nom      name of the EPCI, as the cotation's messages give it
 * @param debut    first day the territory's grille is in force
 * @param communes INSEE codes of its communes, most populous first (code order when the population is unknown)
 */
record Territoire(String id, String nom, LocalDate debut, List<String> communes) {

    Territoire {
        communes = List.copyOf(communes);
    }
}
