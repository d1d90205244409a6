package fr.cotation.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rubrique of a grille: a family of criteria whose points add up ({@link Mode#CUMUL}) or of which only
 * the best counts ({@link Mode#MEILLEUR}, as in Paris), with an optional cap on the rubrique's total.
 *
 * @param code    code the rules name in {@code @rubrique}
 * @param libelle French label
 * @param mode    how the criteria of the rubrique combine
 * @param plafond cap on the rubrique's total, {@code null} for none
 */
@JsonPropertyOrder({"code", "libelle", "mode", "plafond"})
public record Rubrique(@JsonProperty("code") String code,
                       @JsonProperty("libelle") String libelle,
                       @JsonProperty("mode") Mode mode,
                       @JsonProperty("plafond") Double plafond) {

    /** How the criteria of one rubrique combine. */
    public enum Mode {
        /** The points of every criterion met add up. */
        CUMUL,
        /**
         * Only the criterion with the most points counts; the others stay in the explanation with 0
         * points. A malus (negative criterion) in the rubrique is not in competition and always counts.
         * Ties go to the first criterion code in alphabetical order.
         */
        MEILLEUR
    }

    public Rubrique {
        mode = mode == null ? Mode.CUMUL : mode;
    }
}
