package fr.cotation.demande;

/**
 * Statut DALO (code list {@code statutDalo}); a household recognised prioritaire et à loger d'urgence (art. L.441-2-3 CCH) is {@link #ACTIF}.
 */
public enum StatutDalo implements CodeNational {
    /** Non ({@code NON}). */
    NON("NON", "Non"),
    /** Actif ({@code ACTIF}). */
    ACTIF("ACTIF", "Actif"),
    /** Caduc ({@code CADUC}). */
    CADUC("CADUC", "Caduc"),
    /** Actif relogé ({@code ACTREL}). */
    ACTIF_RELOGE("ACTREL", "Actif relogé");

    private final String code;
    private final String libelle;

    StatutDalo(String code, String libelle) {
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
    public static StatutDalo fromCode(String code) {
        return CodeNational.fromCode(StatutDalo.class, code);
    }
}
