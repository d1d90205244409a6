package fr.cotation.demande;

/**
 * Lien de parenté d'une personne à charge (code list {@code lienParente}).
 */
public enum LienParente implements CodeNational {
    /** Parent ({@code P}). */
    PARENT("P", "Parent"),
    /** Enfant ({@code E}). */
    ENFANT("E", "Enfant"),
    /** Autre ({@code A}). */
    AUTRE("A", "Autre");

    private final String code;
    private final String libelle;

    LienParente(String code, String libelle) {
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
    public static LienParente fromCode(String code) {
        return CodeNational.fromCode(LienParente.class, code);
    }
}
