package fr.cotation.demande;

/**
 * Typologie d'un logement (code list {@code typeLogement}).
 */
public enum Typologie implements CodeNational {
    /** Chambre ({@code C}). */
    CHAMBRE("C", "Chambre"),
    /** T1 ({@code T1}). */
    T1("T1", "T1"),
    /** T2 ({@code T2}). */
    T2("T2", "T2"),
    /** T3 ({@code T3}). */
    T3("T3", "T3"),
    /** T4 ({@code T4}). */
    T4("T4", "T4"),
    /** T5 ({@code T5}). */
    T5("T5", "T5"),
    /** T6 et plus ({@code T6P}). */
    T6_ET_PLUS("T6P", "T6 et plus");

    private final String code;
    private final String libelle;

    Typologie(String code, String libelle) {
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
    public static Typologie fromCode(String code) {
        return CodeNational.fromCode(Typologie.class, code);
    }
}
