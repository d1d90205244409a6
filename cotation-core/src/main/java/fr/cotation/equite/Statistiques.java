package fr.cotation.equite;

import java.math.BigDecimal;
import java.util.List;

/**
 * Descriptive statistics of the notes a grille gives a generated stock, so that a commission d'attribution (CIL) can
 * see whom its grille favours: the distribution of notes, and for each group of households (each L.441-1 priority
 * category, DALO, PDALHPD, with or without employment, with or without a link to the commune) the median note and
 * the share of the group in the top decile. The stock is synthetic ({@code GenerateurDemandes}): these figures
 * describe the grille, not the territory's real demand.
 *
 * @param notes         demandes with a note (in the first wished commune of the pack's territory)
 * @param minimum       lowest note
 * @param premierQuartile first quartile
 * @param mediane       median note
 * @param troisiemeQuartile third quartile
 * @param maximum       highest note
 * @param seuilDecile   the note from which a demande is in the top decile (90th percentile, nearest rank)
 * @param tranches      the distribution of notes, by bands of equal width
 * @param groupes       the groups of households
 */
public record Statistiques(int notes, BigDecimal minimum, BigDecimal premierQuartile, BigDecimal mediane,
                           BigDecimal troisiemeQuartile, BigDecimal maximum, BigDecimal seuilDecile,
                           List<Tranche> tranches, List<Groupe> groupes) {

    public Statistiques {
        tranches = List.copyOf(tranches);
        groupes = List.copyOf(groupes);
    }

    /**
     * A band of notes: {@code [de, a[}.
     *
     * @param de     lowest note of the band, included
     * @param a      highest note of the band, excluded
     * @param nombre demandes whose note is in the band
     */
    public record Tranche(BigDecimal de, BigDecimal a, int nombre) {
    }

    /**
     * A group of households.
     *
     * @param libelle     the group, in French
     * @param effectif    demandes of the group
     * @param mediane     median note of the group, {@code null} when empty
     * @param partDecile  share of the group whose note is in the top decile, 0 to 1 ({@code null} when empty)
     */
    public record Groupe(String libelle, int effectif, BigDecimal mediane, Double partDecile) {
    }
}
