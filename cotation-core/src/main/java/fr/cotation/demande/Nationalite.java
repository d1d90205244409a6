package fr.cotation.demande;

/**
 * Nationalité (code list {@code nationalite}). Protected: never read by a score (code pénal art. 225-1).
 */
public enum Nationalite implements CodeNational {
    /** Française ({@code 1}). */
    FRANCAISE("1", "Française"),
    /** Union européenne ({@code 2}). */
    UNION_EUROPEENNE("2", "Union européenne"),
    /** Hors Union européenne ({@code 3}). */
    HORS_UNION_EUROPEENNE("3", "Hors Union européenne");

    private final String code;
    private final String libelle;

    Nationalite(String code, String libelle) {
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
    public static Nationalite fromCode(String code) {
        return CodeNational.fromCode(Nationalite.class, code);
    }
}
