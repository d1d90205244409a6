package fr.cotation.demande;

/**
 * Coparentalité d'un enfant en garde (code list {@code coParentalite}).
 */
public enum Coparentalite implements CodeNational {
    /** Garde alternée ({@code G}). */
    GARDE_ALTERNEE("G", "Garde alternée"),
    /** Droit de visite ({@code D}). */
    DROIT_DE_VISITE("D", "Droit de visite");

    private final String code;
    private final String libelle;

    Coparentalite(String code, String libelle) {
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
    public static Coparentalite fromCode(String code) {
        return CodeNational.fromCode(Coparentalite.class, code);
    }
}
