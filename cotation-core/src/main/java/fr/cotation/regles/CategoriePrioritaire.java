package fr.cotation.regles;

import java.time.LocalDate;
import java.util.List;

/**
 * A priority category of art. L.441-1 CCH with the dates it is in force and the situations that
 * qualify a household for it.
 *
 * @param categorie   letter, for example {@code "g bis"}
 * @param libelle     French label
 * @param reference   legal reference
 * @param enVigueurDu first day in force, {@code null} if in force before any date the library handles
 * @param enVigueurAu last day in force, {@code null} if still in force
 * @param situations  codes of the situations that qualify (any one is enough)
 */
public record CategoriePrioritaire(String categorie, String libelle, String reference, LocalDate enVigueurDu,
                                   LocalDate enVigueurAu, List<String> situations) {

    public CategoriePrioritaire {
        situations = List.copyOf(situations);
    }

    /** Whether the category is in force on {@code date}. */
    public boolean enVigueurLe(LocalDate date) {
        return (enVigueurDu == null || !date.isBefore(enVigueurDu)) && (enVigueurAu == null || !date.isAfter(enVigueurAu));
    }
}
