package fr.cotation.demande;

/**
 * One problem found in a demande: the field path, the value found and what is wrong, in French.
 * For example {@code menage.personnesACharge[1].dateNaissance = 2031-02-01 : date de naissance dans le futur}.
 *
 * @param champ   path of the field, for example {@code logementActuel.loyerMensuel}
 * @param valeur  the value found, as text ({@code "null"} when missing)
 * @param message what is wrong
 */
public record Probleme(String champ, String valeur, String message) {

    @Override
    public String toString() {
        return champ + " = " + valeur + " : " + message;
    }
}
