package fr.cotation.demande;

/**
 * Catégorie de logement (code lists {@code categorieLogement}, {@code categorieLogementRecherche}).
 */
public enum CategorieLogement implements CodeNational {
    /** Appartement ({@code A}). */
    APPARTEMENT("A", "Appartement"),
    /** Maison ({@code M}). */
    MAISON("M", "Maison"),
    /** Indifférent ({@code I}). */
    INDIFFERENT("I", "Indifférent");

    private final String code;
    private final String libelle;

    CategorieLogement(String code, String libelle) {
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
    public static CategorieLogement fromCode(String code) {
        return CodeNational.fromCode(CategorieLogement.class, code);
    }
}
