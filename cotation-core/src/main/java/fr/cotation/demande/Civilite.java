package fr.cotation.demande;

/**
 * Civilité (code list {@code civilite}). Protected: never read by a score.
 */
public enum Civilite implements CodeNational {
    /** Monsieur ({@code 1}). */
    MONSIEUR("1", "Monsieur"),
    /** Madame ({@code 2}). */
    MADAME("2", "Madame"),
    /** Mademoiselle ({@code 3}). */
    MADEMOISELLE("3", "Mademoiselle");

    private final String code;
    private final String libelle;

    Civilite(String code, String libelle) {
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
    public static Civilite fromCode(String code) {
        return CodeNational.fromCode(Civilite.class, code);
    }
}
