package fr.cotation.classement;

import fr.cotation.demande.Probleme;

import java.util.List;

/**
 * A demande left out of a classement because it cannot be scored, with every problem found.
 *
 * @param numeroUnique its numéro unique as given, {@code null} when missing
 * @param problemes    the problems, each naming the field and the value
 */
public record DemandeInvalide(String numeroUnique, List<Probleme> problemes) {
    public DemandeInvalide {
        problemes = List.copyOf(problemes);
    }
}
