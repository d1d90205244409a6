package fr.cotation.demande;

/**
 * Proof status of a declared situation: declared by the applicant, justified by a checked document, or validated by a social worker or the instructing desk. Points resting on a merely declared situation are provisional (R.441-2-17 CCH: the applicant is told which).
 */
public enum Preuve implements CodeNational {
    /** Déclarée ({@code DECLAREE}). */
    DECLAREE("DECLAREE", "Déclarée"),
    /** Justifiée (pièce vérifiée) ({@code JUSTIFIEE}). */
    JUSTIFIEE("JUSTIFIEE", "Justifiée (pièce vérifiée)"),
    /** Validée (travailleur social ou service instructeur) ({@code VALIDEE}). */
    VALIDEE("VALIDEE", "Validée (travailleur social ou service instructeur)");

    private final String code;
    private final String libelle;

    Preuve(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /**
     * The constant for a code of the national exchange format.
     *
     * @throws IllegalArgumentException naming the code list and the value when the code is unknown
     */
    public static Preuve fromCode(String code) {
        return CodeNational.fromCode(Preuve.class, code);
    }
}
