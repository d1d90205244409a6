package fr.cotation.equite;

import java.util.List;

/**
 * The outcome of one fairness property over the generated demandes.
 *
 * @param propriete   the property
 * @param cas         demandes put through it
 * @param sansObjet   checks that did not apply to a demande (a variant that would not be a valid demande, no
 *                    declared situation to prove...): counted apart, never as passed
 * @param exceptions  changes against monotonicity accepted because they lie in a rubrique the pack declares
 *                    ({@code exceptionsMonotonie})
 * @param echecs      demandes for which the property fails
 * @param contreExemple the first failing demande (lowest index), shrunk; {@code null} when the property holds
 * @param details     per-check counts and notes, in French
 */
public record ResultatPropriete(Propriete propriete, int cas, int sansObjet, int exceptions, int echecs,
                                ContreExemple contreExemple, List<String> details) {

    public ResultatPropriete {
        details = List.copyOf(details);
    }

    /** The property holds on every demande. */
    public boolean reussie() {
        return echecs == 0;
    }
}
