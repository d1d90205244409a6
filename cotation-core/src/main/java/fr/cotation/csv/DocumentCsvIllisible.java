package fr.cotation.csv;

import java.io.IOException;

/**
 * The CSV file cannot be read (any further): empty, no header, an unknown, doubled or missing column, or a fault of
 * the stream under it. The records read before stay valid.
 */
public final class DocumentCsvIllisible extends IOException {
    private final long ligne;
    private final long colonne;

    public DocumentCsvIllisible(String message, long ligne, long colonne, Throwable cause) {
        super(message, cause);
        this.ligne = ligne;
        this.colonne = colonne;
    }

    /** Line of the fault, 0 when unknown. */
    public long ligne() {
        return ligne;
    }

    /** Column of the fault (its rank in the header, from 1), 0 when unknown. */
    public long colonne() {
        return colonne;
    }
}
