package fr.cotation.csv;

/**
 * Why a record of a CSV file could not be read: a cell that is not a date, a number or a known code, a missing
 * required cell, a line that is not well-formed CSV. The other records of the file are still read.
 *
 * @param ligne   line of the record in the file, from 1
 * @param colonne the column at fault, as the header names it; {@code null} when the whole record is at fault
 * @param valeur  the cell read, {@code null} when none
 * @param message what is wrong, in French
 */
public record ErreurCsv(long ligne, String colonne, String valeur, String message) {

    /** {@code ligne: colonne = valeur : message}, without what is unknown. */
    @Override
    public String toString() {
        return ligne + ": " + (colonne == null ? "" : colonne + (valeur == null ? "" : " = " + valeur) + " : ")
                + message;
    }
}
