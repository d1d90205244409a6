package fr.cotation.sne;

import java.io.IOException;

/**
 * The document cannot be read any further: empty, not well-formed XML (a truncated file), or not an
 * interfaceNuu document. The demandes read before the fault stay valid.
 */
public final class DocumentNuuIllisible extends IOException {
    private final int ligne;
    private final int colonne;

    public DocumentNuuIllisible(String message, int ligne, int colonne, Throwable cause) {
        super(message, cause);
        this.ligne = ligne;
        this.colonne = colonne;
    }

    /** Line of the fault, 0 when unknown. */
    public int ligne() {
        return ligne;
    }

    /** Column of the fault, 0 when unknown. */
    public int colonne() {
        return colonne;
    }
}
