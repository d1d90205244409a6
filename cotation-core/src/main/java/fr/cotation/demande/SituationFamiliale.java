package fr.cotation.demande;

/**
 * Situation familiale (code list {@code situationFamiliale}).
 */
public enum SituationFamiliale implements CodeNational {
    /** Célibataire ({@code C}). */
    CELIBATAIRE("C", "Célibataire"),
    /** Marié(e) ({@code M}). */
    MARIE("M", "Marié(e)"),
    /** Divorcé(e) ({@code D}). */
    DIVORCE("D", "Divorcé(e)"),
    /** Séparé(e) ({@code S}). */
    SEPARE("S", "Séparé(e)"),
    /** Pacsé(e) ({@code P}). */
    PACSE("P", "Pacsé(e)"),
    /** Concubin(e) ({@code U}). */
    CONCUBIN("U", "Concubin(e)"),
    /** Veuf(ve) ({@code V}). */
    VEUF("V", "Veuf(ve)");

    private final String code;
    private final String libelle;

    SituationFamiliale(String code, String libelle) {
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
    public static SituationFamiliale fromCode(String code) {
        return CodeNational.fromCode(SituationFamiliale.class, code);
    }
}
