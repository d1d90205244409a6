package fr.cotation.demande;

/**
 * Nature d'une ressource mensuelle (code lists {@code ressourceRecue} and {@code ressourceVersee}).
 */
public enum NatureRessource implements CodeNational {
    /** Salaire ou revenu d'activité ({@code SAL}). */
    SALAIRE("SAL", "Salaire ou revenu d'activité"),
    /** Retraite ({@code RET}). */
    RETRAITE("RET", "Retraite"),
    /** Allocation chômage / indemnités ({@code CHO}). */
    CHOMAGE("CHO", "Allocation chômage / indemnités"),
    /** Pension alimentaire reçue ({@code PAR}). */
    PENSION_ALIMENTAIRE_RECUE("PAR", "Pension alimentaire reçue"),
    /** Pension d'invalidité ({@code PINV}). */
    PENSION_INVALIDITE("PINV", "Pension d'invalidité"),
    /** Allocations familiales ({@code AF}). */
    ALLOCATIONS_FAMILIALES("AF", "Allocations familiales"),
    /** Allocation aux adultes handicapés ({@code AAH}). */
    AAH("AAH", "Allocation aux adultes handicapés"),
    /** Allocation d'éducation de l'enfant handicapé ({@code AEEH}). */
    AEEH("AEEH", "Allocation d'éducation de l'enfant handicapé"),
    /** Allocation journalière de présence parentale ({@code AJPP}). */
    AJPP("AJPP", "Allocation journalière de présence parentale"),
    /** Revenu de solidarité active ({@code RSA}). */
    RSA("RSA", "Revenu de solidarité active"),
    /** Minimum vieillesse ({@code AMV}). */
    MINIMUM_VIEILLESSE("AMV", "Minimum vieillesse"),
    /** Prestation d'accueil du jeune enfant ({@code PAJE}). */
    PAJE("PAJE", "Prestation d'accueil du jeune enfant"),
    /** Bourse étudiant ({@code BE}). */
    BOURSE_ETUDIANT("BE", "Bourse étudiant"),
    /** Autres (hors APL ou AL) ({@code AUT}). */
    AUTRE("AUT", "Autres (hors APL ou AL)"),
    /** Pension alimentaire versée (deducted from resources) ({@code PAV}). */
    PENSION_ALIMENTAIRE_VERSEE("PAV", "Pension alimentaire versée (deducted from resources)");

    private final String code;
    private final String libelle;

    NatureRessource(String code, String libelle) {
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
    public static NatureRessource fromCode(String code) {
        return CodeNational.fromCode(NatureRessource.class, code);
    }
}
