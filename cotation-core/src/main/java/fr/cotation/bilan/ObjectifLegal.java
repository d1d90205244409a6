package fr.cotation.bilan;

import java.math.BigDecimal;

/** The objectives of art. L.441-1 CCH counted on the year's attributions. */
public enum ObjectifLegal {
    /**
     * At least 25 % of each réservataire's yearly attributions (and of the bailleur's own) to households with a
     * favourable DALO decision or, failing them, to the priority publics of art. L.441-1. Base: every attribution.
     */
    DALO_PRIORITAIRES("Ménages DALO ou, à défaut, publics prioritaires (art. L.441-1 CCH)", new BigDecimal("0.25")),
    /**
     * At least 25 % of the yearly attributions followed by a signed lease of dwellings outside the QPV to demandeurs
     * of the first quartile of resources or households rehoused in urban renewal. Base: signed leases outside QPV.
     */
    PREMIER_QUARTILE_HORS_QPV("Demandeurs du premier quartile hors QPV (art. L.441-1 CCH)", new BigDecimal("0.25")),
    /**
     * In QPV, the share of attributions followed by a signed lease to demandeurs of the other three quartiles: the
     * intercommunal agreement's, 50 % failing it. Base: signed leases in QPV. The circular of 18 December 2023 on
     * social mix in QPV makes that mix the first priority of attribution policies there.
     */
    AUTRES_QUARTILES_EN_QPV("Demandeurs des trois autres quartiles en QPV (art. L.441-1 CCH)", new BigDecimal("0.50"));

    private final String libelle;
    private final BigDecimal tauxLegal;

    ObjectifLegal(String libelle, BigDecimal tauxLegal) {
        this.libelle = libelle;
        this.tauxLegal = tauxLegal;
    }

    /** The French label, with its article. */
    public String libelle() {
        return libelle;
    }

    /** The share the law sets (for {@link #AUTRES_QUARTILES_EN_QPV}, the one that applies failing an agreement). */
    public BigDecimal tauxLegal() {
        return tauxLegal;
    }
}
