package fr.cotation.demande;

/**
 * Type de contrat de travail (code list {@code typeContratTravail}).
 */
public enum TypeContrat implements CodeNational {
    /** CDI ou fonctionnaire ({@code CDI}). */
    CDI("CDI", "CDI ou fonctionnaire"),
    /** CDD, stage, intérim ({@code CDD}). */
    CDD("CDD", "CDD, stage, intérim"),
    /** Artisan, commerçant, profession libérale ({@code ART}). */
    ARTISAN("ART", "Artisan, commerçant, profession libérale"),
    /** Chômage ({@code CHO}). */
    CHOMAGE("CHO", "Chômage"),
    /** Apprenti ({@code APP}). */
    APPRENTI("APP", "Apprenti"),
    /** Étudiant ({@code ETU}). */
    ETUDIANT("ETU", "Étudiant"),
    /** Retraité ({@code RET}). */
    RETRAITE("RET", "Retraité"),
    /** Autre ({@code AUT}). */
    AUTRE("AUT", "Autre");

    private final String code;
    private final String libelle;

    TypeContrat(String code, String libelle) {
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
    public static TypeContrat fromCode(String code) {
        return CodeNational.fromCode(TypeContrat.class, code);
    }
}
