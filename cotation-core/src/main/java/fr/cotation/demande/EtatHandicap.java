package fr.cotation.demande;

/**
 * État du handicap (code list {@code etat}).
 */
public enum EtatHandicap implements CodeNational {
    /** Stabilisé ({@code STA}). */
    STABILISE("STA", "Stabilisé"),
    /** Évolutif ({@code EVO}). */
    EVOLUTIF("EVO", "Évolutif");

    private final String code;
    private final String libelle;

    EtatHandicap(String code, String libelle) {
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
    public static EtatHandicap fromCode(String code) {
        return CodeNational.fromCode(EtatHandicap.class, code);
    }
}
