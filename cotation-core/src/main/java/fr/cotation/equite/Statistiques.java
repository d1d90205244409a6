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
 * @param partsLocales  the share of the note that comes from local criteria, for the median priority household and the
 *                      median non-priority household (issue 16, item 2); empty when the stock has no note
 */
public record Statistiques(int notes, BigDecimal minimum, BigDecimal premierQuartile, BigDecimal mediane,
                           BigDecimal troisiemeQuartile, BigDecimal maximum, BigDecimal seuilDecile,
                           List<Tranche> tranches, List<Groupe> groupes, List<PartLocale> partsLocales) {

    public Statistiques {
        tranches = List.copyOf(tranches);
        groupes = List.copyOf(groupes);
        partsLocales = partsLocales == null ? List.of() : List.copyOf(partsLocales);
    }

    /** Statistics without the local share. */
    public Statistiques(int notes, BigDecimal minimum, BigDecimal premierQuartile, BigDecimal mediane,
                        BigDecimal troisiemeQuartile, BigDecimal maximum, BigDecimal seuilDecile,
                        List<Tranche> tranches, List<Groupe> groupes) {
        this(notes, minimum, premierQuartile, mediane, troisiemeQuartile, maximum, seuilDecile, tranches, groupes,
                List.of());
    }

    /**
     * How much of the note of the median household of a group comes from local criteria (issue 16, item 2): art.
     * L.441-1 and L.441-2-3 CCH make DALO, the households of the departmental plan (PDALHPD) and the categories of art.
     * L.441-1 the priorities of attribution; a grille whose local criteria make most of the note of a priority
     * household weakens them. A criterion belongs to the priorities when it gives points, never takes any, and only to
     * priority households of the stock (DALO, PDALHPD or an L.441-1 category, as the engine derives them); every other
     * criterion is local.
     *
     * @param libelle       the group: {@code "Ménage prioritaire (DALO, PDALHPD ou L.441-1)"} or
     *                      {@code "Ménage non prioritaire"}
     * @param effectif      demandes of the group with a note
     * @param note          the note of its median household (nearest rank, ties broken by the order of the stock),
     *                      {@code null} when the group is empty
     * @param pointsLocaux  the points of that household's note that come from local criteria
     * @param part          {@code pointsLocaux / note}, 0 to 1 or more (a priority malus), {@code null} when the group
     *                      is empty or the note is not positive
     */
    public record PartLocale(String libelle, int effectif, BigDecimal note, BigDecimal pointsLocaux, Double part) {
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
