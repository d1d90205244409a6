package fr.cotation.attribution;

/**
 * The loan that financed the dwelling, which sets the plafond de ressources of its tenants (art. R.331-12 and
 * R.441-1 CCH, arrêté du 29 juillet 1987).
 */
public enum Financement {
    /** Prêt locatif aidé d'intégration: the lowest ceilings. */
    PLAI("PLAI", "prêt locatif aidé d'intégration"),
    /** Prêt locatif à usage social (and older HLM financings with the same ceilings): the common ceilings. */
    PLUS("PLUS", "prêt locatif à usage social"),
    /** Prêt locatif social: the PLUS ceilings increased by 30 %. */
    PLS("PLS", "prêt locatif social"),
    /** Prêt locatif intermédiaire: ceilings by zone A bis / A / B1 / B2-C, not shipped by the library. */
    PLI("PLI", "prêt locatif intermédiaire");

    private final String code;
    private final String libelle;

    Financement(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    /** The usual acronym. */
    public String code() {
        return code;
    }

    /** French label. */
    public String libelle() {
        return libelle;
    }
}
