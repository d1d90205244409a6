package fr.cotation.examples.cli;

import fr.cotation.demande.Bornes;

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
 * @param cause   the exception behind it, printed with {@code --trace}; {@code null} when none
 */
record Rejet(String fichier, long ligne, long colonne, String demande, String champ, String valeur, String message,
             Throwable cause) {

    /** {@code fichier:ligne:colonne: demande X : champ = valeur : message}, without what is unknown. */
    String enLigne() {
        StringBuilder b = new StringBuilder(Bornes.echapper(fichier));
        if (ligne > 0) {
            b.append(':').append(ligne);
            if (colonne > 0) {
                b.append(':').append(colonne);
            }
        }
        b.append(": ");
        if (demande != null) {
            b.append("demande ").append(Bornes.citer(demande)).append(" : ");
        }
        if (champ != null) {
            b.append(Bornes.echapper(champ));
            if (valeur != null) {
                b.append(" = ").append(Bornes.citer(valeur));
            }
            b.append(" : ");
        }
        // values read from a file are shown, never obeyed: no escape sequence reaches the terminal, no forged line
        return Bornes.echapper(b.append(message).toString().replaceAll("\\s*\\R\\s*", " "));
    }
}
