package fr.cotation.bilan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One objective of art. L.441-1 CCH counted on the attributions of one account: how many attributions the base
 * holds, how many count towards the objective, the share, the objective and the gap.
 *
 * @param objectif      the objective
 * @param base          attributions in the base (every attribution, or signed leases outside or inside QPV)
 * @param nombre        attributions of the base that count towards the objective
 * @param nonRenseignes attributions of the base that could not be counted for lack of data (demande unknown,
 *                      resources unknown, no threshold in force): in the base, not in {@link #nombre()}
 * @param cible         the objective as a share, to 4 decimals (the weighted mean of the EPCIs' when they differ)
 * @param requis        the smallest number of attributions that meets the objective: ⌈cible × base⌉
 * @param etat          met, missed, or why it cannot be said
 */
public record Indicateur(ObjectifLegal objectif, int base, int nombre, int nonRenseignes, BigDecimal cible,
                         int requis, Etat etat) {

    /** Whether the objective is met. */
    public enum Etat {
        /** The share reaches the objective. */
        ATTEINT,
        /** The share is below the objective. */
        NON_ATTEINT,
        /** No attribution in the base: nothing to measure (not zero). */
        SANS_ATTRIBUTION,
        /** The first-quartile threshold of an EPCI of the base is not known for the date: a missing input. */
        SEUIL_INCONNU
    }

    /** {@link #nombre()} ÷ {@link #base()} to 4 decimals (half up); {@code null} when the base is empty. */
    public BigDecimal part() {
        return base == 0 ? null
                : BigDecimal.valueOf(nombre).divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP);
    }

    /** Attributions over (positive) or missing (negative) for the objective: {@link #nombre()} − {@link #requis()}. */
    public int ecart() {
        return nombre - requis;
    }
}
