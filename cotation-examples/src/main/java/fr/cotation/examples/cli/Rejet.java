package fr.cotation.examples.cli;

/**
 * A demande that could not be scored, or a file that could not be read further: where, which field, why.
 * {@link #enLigne()} is the one-line message of the tool; the errors file ({@code --erreurs}) has one CSV row
 * per rejet.
 *
 * @param fichier the file as given on the command line ({@code -} for the standard input)
 * @param ligne   line of the record or of the fault, 0 when unknown
 * @param colonne column, 0 when unknown
 * @param demande numéro unique of the demande, or {@code n° 3} (its rank in the file) when not known
 * @param champ   the field: JSON path, CSV column, XML element path, or a field of the demande; {@code null}
 *                for a file-level fault
 * @param valeur  the value at fault, {@code null} when none
 * @param message why, in French
 * @param cause   the exception behind it, printed with {@code --debug}; {@code null} when none
 */
record Rejet(String fichier, long ligne, long colonne, String demande, String champ, String valeur, String message,
             Throwable cause) {

    /** {@code fichier:ligne:colonne: demande X : champ = valeur : message}, without what is unknown. */
    String enLigne() {
        StringBuilder b = new StringBuilder(fichier);
        if (ligne > 0) {
            b.append(':').append(ligne);
            if (colonne > 0) {
                b.append(':').append(colonne);
            }
        }
        b.append(": ");
        if (demande != null) {
            b.append("demande ").append(demande).append(" : ");
        }
        if (champ != null) {
            b.append(champ);
            if (valeur != null) {
                b.append(" = ").append(valeur);
            }
            b.append(" : ");
        }
        return b.append(message).toString().replaceAll("\\s*\\R\\s*", " ");
    }
}
