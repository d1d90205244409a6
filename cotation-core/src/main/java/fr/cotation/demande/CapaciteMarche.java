package fr.cotation.demande;

/**
 * Capacité de marche (code list {@code capaciteMarche}).
 */
public enum CapaciteMarche implements CodeNational {
    /** Impossible ({@code 1}). */
    IMPOSSIBLE("1", "Impossible"),
    /** 1 à 3 marches ({@code 2}). */
    UNE_A_TROIS_MARCHES("2", "1 à 3 marches"),
    /** 1er étage ({@code 3}). */
    PREMIER_ETAGE("3", "1er étage"),
    /** Plus d'un étage ({@code 4}). */
    PLUS_D_UN_ETAGE("4", "Plus d'un étage");

    private final String code;
    private final String libelle;

    CapaciteMarche(String code, String libelle) {
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
    public static CapaciteMarche fromCode(String code) {
        return CodeNational.fromCode(CapaciteMarche.class, code);
    }
}
