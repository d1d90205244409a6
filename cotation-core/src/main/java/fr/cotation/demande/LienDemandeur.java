package fr.cotation.demande;

/**
 * Lien du cotitulaire avec le demandeur (code list {@code lienDemandeur}).
 */
public enum LienDemandeur implements CodeNational {
    /** Conjoint ({@code M}). */
    CONJOINT("M", "Conjoint"),
    /** Pacsé(e) ({@code P}). */
    PACSE("P", "Pacsé(e)"),
    /** Concubin(e) ({@code C}). */
    CONCUBIN("C", "Concubin(e)"),
    /** Co-locataire ({@code L}). */
    COLOCATAIRE("L", "Co-locataire");

    private final String code;
    private final String libelle;

    LienDemandeur(String code, String libelle) {
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
    public static LienDemandeur fromCode(String code) {
        return CodeNational.fromCode(LienDemandeur.class, code);
    }
}
