package fr.cotation.pack;

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
public record EffetDesRefus(String critere, Integer dureeMois) {
}
