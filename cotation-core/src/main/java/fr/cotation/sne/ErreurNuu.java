package fr.cotation.sne;

/**
 * Why a demande of an interfaceNuu document could not be imported: an unknown code, a missing required
 * element, a value that is not a date or a number. The other demandes of the document are still read.
 *
 * @param chemin  path of the element or attribute at fault, for example
 *                {@code /interfaceNuu/demande[1]/demandeLogement/personnePhysique/demandeur/civilite/@code}
 * @param ligne   line of that element in the document (of its parent when the element is missing)
 * @param colonne column, 0 when not known
 * @param valeur  the value read, {@code null} when the element is missing
 * @param message what is wrong, in French
 */
public record ErreurNuu(String chemin, int ligne, int colonne, String valeur, String message) {

    /** {@code ligne:colonne: chemin = valeur : message}, on one line. */
    @Override
    public String toString() {
        return ligne + ":" + colonne + ": " + chemin + (valeur == null ? "" : " = " + valeur) + " : " + message;
    }
}
