package fr.cotation.examples.cli;

/** A file that cannot be read from here on; the demandes read before stay valid. */
final class FichierIllisible extends Exception {
    private final transient Rejet rejet;

    FichierIllisible(String fichier, long ligne, long colonne, String message, Throwable cause) {
        super(message, cause);
        this.rejet = new Rejet(fichier, ligne, colonne, null, null, null, message, cause);
    }

    Rejet rejet() {
        return rejet;
    }
}
