package fr.cotation.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A documented exception to the monotonicity the fairness suite checks ({@code fr.cotation.equite}): a rubrique
 * of the grille in which a change that should never lower the note (an earlier first filing, a priority situation
 * added, a situation proven) or never raise it (a refusal without legitimate reason) may do so, because there a
 * better criterion replaces a worse one. Declared in {@code pack.yaml} under {@code exceptionsMonotonie}; the suite
 * accepts a change against the rule only when the whole difference lies in the declared rubriques, and reports it
 * as an exception used.
 *
 * @param rubrique      code of the rubrique where the exception lies
 * @param variation     the change concerned: {@code anciennete}, {@code priorite}, {@code preuve} or {@code refus};
 *                      {@code null} for every change
 * @param justification why the grille does so, in French, as the CIL adopted it
 */
@JsonPropertyOrder({"rubrique", "variation", "justification"})
public record ExceptionMonotonie(@JsonProperty("rubrique") String rubrique,
                                 @JsonProperty("variation") String variation,
                                 @JsonProperty("justification") String justification) {

    /** The changes an exception may name. */
    public static final java.util.List<String> VARIATIONS = java.util.List.of("anciennete", "priorite", "preuve",
            "refus");

    /** Whether this exception covers a change of kind {@code variation}. */
    public boolean couvre(String variation) {
        return this.variation == null || this.variation.equals(variation);
    }
}
