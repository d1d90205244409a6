package fr.cotation.demande;

/**
 * Logement actuel (code list {@code modeleLogement}).
 */
public enum ModeleLogement implements CodeNational {
    /** Locataire HLM ({@code HLM}). */
    LOCATAIRE_HLM("HLM", "Locataire HLM"),
    /** Locataire du parc privé ({@code LP}). */
    LOCATAIRE_PRIVE("LP", "Locataire du parc privé"),
    /** Résidence sociale, foyer ou pension de famille ({@code RS}). */
    RESIDENCE_SOCIALE("RS", "Résidence sociale, foyer ou pension de famille"),
    /** Résidence hôtelière à vocation sociale ({@code RHVS}). */
    RESIDENCE_HOTELIERE_SOCIALE("RHVS", "Résidence hôtelière à vocation sociale"),
    /** Résidence étudiant ({@code RE}). */
    RESIDENCE_ETUDIANT("RE", "Résidence étudiant"),
    /** Sous-locataire ou hébergé à titre temporaire ({@code SLHT}). */
    SOUS_LOCATAIRE_OU_HEBERGE_TEMPORAIRE("SLHT", "Sous-locataire ou hébergé à titre temporaire"),
    /** Structure d'hébergement ({@code SH}). */
    STRUCTURE_HEBERGEMENT("SH", "Structure d'hébergement"),
    /** Centre départemental de l'enfance et de la famille ou centre maternel ({@code CDEFCM}). */
    CENTRE_ENFANCE_FAMILLE("CDEFCM", "Centre départemental de l'enfance et de la famille ou centre maternel"),
    /** Chez ses parents ou ses enfants ({@code CPE}). */
    CHEZ_PARENTS_OU_ENFANTS("CPE", "Chez ses parents ou ses enfants"),
    /** Chez un particulier ({@code CP}). */
    CHEZ_PARTICULIER("CP", "Chez un particulier"),
    /** Logé à titre gratuit ({@code LTG}). */
    LOGE_A_TITRE_GRATUIT("LTG", "Logé à titre gratuit"),
    /** Logement de fonction ({@code FONC}). */
    LOGEMENT_DE_FONCTION("FONC", "Logement de fonction"),
    /** Propriétaire occupant ({@code POCC}). */
    PROPRIETAIRE_OCCUPANT("POCC", "Propriétaire occupant"),
    /** Camping, caravaning ({@code CAMCAR}). */
    CAMPING_CARAVANING("CAMCAR", "Camping, caravaning"),
    /** Hôtel ({@code HOT}). */
    HOTEL("HOT", "Hôtel"),
    /** Sans abri ou abri de fortune ({@code SD}). */
    SANS_ABRI("SD", "Sans abri ou abri de fortune"),
    /** Squat ({@code SQUAT}). */
    SQUAT("SQUAT", "Squat");

    private final String code;
    private final String libelle;

    ModeleLogement(String code, String libelle) {
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
    public static ModeleLogement fromCode(String code) {
        return CodeNational.fromCode(ModeleLogement.class, code);
    }
}
