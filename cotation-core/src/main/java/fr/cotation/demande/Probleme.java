package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One problem found in a demande: the field path, the value found and what is wrong, in French.
 * For example {@code menage.personnesACharge[1].dateNaissance = 2031-02-01 : date de naissance dans le futur}.
 *
 * @param champ   path of the field, for example {@code logementActuel.loyerMensuel}
 * @param valeur  the value found, as text ({@code "null"} when missing)
 * @param message what is wrong
 */
@JsonPropertyOrder({"champ", "valeur", "message"})
public record Probleme(@JsonProperty("champ") String champ,
                       @JsonProperty("valeur") String valeur,
                       @JsonProperty("message") String message) {

    @Override
    public String toString() {
        return champ + " = " + valeur + " : " + message;
    }
}
