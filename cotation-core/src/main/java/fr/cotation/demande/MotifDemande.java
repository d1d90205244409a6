package fr.cotation.demande;

/**
 * Motif de la demande (code list {@code motifDemande}, the 23 reasons of the CERFA 14069 form).
 */
public enum MotifDemande implements CodeNational {
    /** Sans logement, hébergé ou en logement temporaire ({@code 01}). */
    SANS_LOGEMENT("01", "Sans logement, hébergé ou en logement temporaire"),
    /** Démolition ({@code 02}). */
    DEMOLITION("02", "Démolition"),
    /** Logement non décent, insalubre, dangereux ou local impropre à l'habitation ({@code 03}). */
    LOGEMENT_NON_DECENT("03", "Logement non décent, insalubre, dangereux ou local impropre à l'habitation"),
    /** Logement repris ou mis en vente par le propriétaire ({@code 04}). */
    LOGEMENT_REPRIS("04", "Logement repris ou mis en vente par le propriétaire"),
    /** Procédure d'expulsion ({@code 05}). */
    PROCEDURE_EXPULSION("05", "Procédure d'expulsion"),
    /** Violences familiales ({@code 06}). */
    VIOLENCES_FAMILIALES("06", "Violences familiales"),
    /** Handicap ({@code 07}). */
    HANDICAP("07", "Handicap"),
    /** Raisons de santé ({@code 08}). */
    RAISONS_DE_SANTE("08", "Raisons de santé"),
    /** Logement trop cher ({@code 09}). */
    LOGEMENT_TROP_CHER("09", "Logement trop cher"),
    /** Logement trop grand ({@code 10}). */
    LOGEMENT_TROP_GRAND("10", "Logement trop grand"),
    /** Divorce, séparation ({@code 11}). */
    DIVORCE_SEPARATION("11", "Divorce, séparation"),
    /** Décohabitation ({@code 12}). */
    DECOHABITATION("12", "Décohabitation"),
    /** Logement trop petit ({@code 13}). */
    LOGEMENT_TROP_PETIT("13", "Logement trop petit"),
    /** Futur mariage, concubinage, PACS ({@code 14}). */
    FUTUR_COUPLE("14", "Futur mariage, concubinage, PACS"),
    /** Regroupement familial ({@code 15}). */
    REGROUPEMENT_FAMILIAL("15", "Regroupement familial"),
    /** Assistant(e) maternel(le) ou familial(e) ({@code 16}). */
    ASSISTANT_MATERNEL("16", "Assistant(e) maternel(le) ou familial(e)"),
    /** Problèmes d'environnement ou de voisinage ({@code 17}). */
    PROBLEMES_ENVIRONNEMENT("17", "Problèmes d'environnement ou de voisinage"),
    /** Mutation professionnelle ({@code 18}). */
    MUTATION_PROFESSIONNELLE("18", "Mutation professionnelle"),
    /** Rapprochement du lieu de travail ({@code 19}). */
    RAPPROCHEMENT_TRAVAIL("19", "Rapprochement du lieu de travail"),
    /** Rapprochement des équipements et services ({@code 20}). */
    RAPPROCHEMENT_SERVICES("20", "Rapprochement des équipements et services"),
    /** Rapprochement de la famille ({@code 21}). */
    RAPPROCHEMENT_FAMILLE("21", "Rapprochement de la famille"),
    /** Accédant à la propriété en difficulté ({@code 22}). */
    ACCEDANT_EN_DIFFICULTE("22", "Accédant à la propriété en difficulté"),
    /** Autre motif particulier ({@code 23}). */
    AUTRE("23", "Autre motif particulier");

    private final String code;
    private final String libelle;

    MotifDemande(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    /**
     * The code of the {@code Situation} fact this motif gives the rules of a grille ({@code SANS_LOGEMENT} gives
     * {@code SANS_LOGEMENT_OU_HEBERGE}, {@code AUTRE} gives {@code AUTRE_MOTIF}, the others their own name). Motif 03
     * names non-decency and habitat indigne together: it gives {@code LOGEMENT_NON_DECENT} only.
     */
    public String situation() {
        return switch (this) {
            case SANS_LOGEMENT -> "SANS_LOGEMENT_OU_HEBERGE";
            case AUTRE -> "AUTRE_MOTIF";
            default -> name();
        };
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
    public static MotifDemande fromCode(String code) {
        return CodeNational.fromCode(MotifDemande.class, code);
    }
}
