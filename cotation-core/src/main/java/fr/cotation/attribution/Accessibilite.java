package fr.cotation.attribution;

/** How far a dwelling is adapted to a person with reduced mobility. */
public enum Accessibilite {
    /** Adapted to a wheelchair (logement adapté UFR: turning circles, shower, doors, access without steps). */
    ADAPTE_FAUTEUIL("adapté fauteuil roulant"),
    /** Partially adapted or accessible (access without steps, some fittings), not to a wheelchair's full needs. */
    PARTIELLEMENT_ADAPTE("partiellement adapté"),
    /** Not adapted. */
    NON_ADAPTE("non adapté");

    private final String libelle;

    Accessibilite(String libelle) {
        this.libelle = libelle;
    }

    /** French label. */
    public String libelle() {
        return libelle;
    }
}
