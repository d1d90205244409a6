package fr.cotation.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How refusing a dwelling adapted to the household changes the cotation (art. R.441-2-10 11° CCH asks the
 * plan to say it): the criterion that carries the malus and how long a refusal counts. Declared in
 * {@code pack.yaml} under {@code effetsDesRefus}; the compliance check verifies that the rule does what is
 * declared.
 *
 * @param critere   code of the malus criterion ({@code @critere} of its rule)
 * @param dureeMois whole months during which a refusal counts: a refusal {@code dureeMois - 1} months old still
 *                  counts, one {@code dureeMois} months old no longer does
 */
@JsonPropertyOrder({"critere", "dureeMois"})
public record EffetDesRefus(@JsonProperty("critere") String critere,
                            @JsonProperty("dureeMois") Integer dureeMois) {
}
