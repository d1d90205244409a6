package fr.cotation.demande;

/**
 * Sexe. Protected: never read by a score (code pénal art. 225-1).
 */
public enum Sexe implements CodeNational {
    /** Féminin ({@code F}). */
    FEMININ("F", "Féminin"),
    /** Masculin ({@code M}). */
    MASCULIN("M", "Masculin");

    private final String code;
    private final String libelle;

    Sexe(String code, String libelle) {
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
    public static Sexe fromCode(String code) {
        return CodeNational.fromCode(Sexe.class, code);
    }
}
