package fr.cotation.equite;

import fr.cotation.conformite.Gravite;

import java.util.List;

/**
 * The place of one group of the generated stock among the best notes (issue 16, item 3): its share of the top decile
 * and of the top quartile against its share of the stock. A ratio under {@value Disparites#QUATRE_CINQUIEMES} (the
 * four-fifths rule) is flagged, with the criteria that drive it: each criterion removed in turn, the notes recomputed,
 * the criteria whose removal raises the ratio most.
 *
 * @param attribut      what the generator varies ("Sexe du demandeur", "Nationalité"...); the rules never see some
 *                      of them (sex, nationality): a gap there comes through other facts
 * @param groupe        the group ("Féminin", "Hors Union européenne", "moins de 30 ans"...)
 * @param effectif      demandes of the group with a note in the territory
 * @param partStock     its share of the stock
 * @param partDecile    its share of the top decile
 * @param partQuartile  its share of the top quartile
 * @param ratioDecile   {@code partDecile / partStock}
 * @param ratioQuartile {@code partQuartile / partStock}
 * @param signalee      a ratio is under the four-fifths rule, on a group of at least
 *                      {@value Disparites#EFFECTIF_MINIMUM} demandes, at least {@value Disparites#Z_HASARD} standard
 *                      deviations under what the group's share would give (not chance), and removing one criterion
 *                      brings it back over the rule (the gap is that criterion's)
 * @param criteres      when flagged, the criteria whose removal raises the lowest ratio most, as
 *                      {@code CODE (0,62 → 0,95)}
 * @param defavorables  when flagged, the codes of the criteria whose removal alone brings the group back over the rule
 *                      and that the compliance check of the same pack finds unfavourable to a protected ground (code
 *                      C020): the flag is then an error, not a warning
 */
public record Disparite(String attribut, String groupe, int effectif, double partStock, double partDecile,
                        double partQuartile, double ratioDecile, double ratioQuartile, boolean signalee,
                        List<String> criteres, List<String> defavorables) {
    public Disparite {
        criteres = List.copyOf(criteres);
        defavorables = List.copyOf(defavorables);
    }

    /**
     * How grave the flag is: {@code null} when the group is not flagged; {@link Gravite#ERREUR} when a criterion that
     * drives the gap treats a protected ground unfavourably (C020: code pénal art. 225-1 and 225-2, loi 2008-496
     * art. 2); otherwise {@link Gravite#AVERTISSEMENT}: the gap may come from a need the law recognises, and the grille
     * must show it.
     */
    public Gravite gravite() {
        return !signalee ? null : defavorables.isEmpty() ? Gravite.AVERTISSEMENT : Gravite.ERREUR;
    }

    /** The lower of the two ratios (decile, quartile). */
    public double ratio() {
        return Math.min(ratioDecile, ratioQuartile);
    }
}
