package fr.cotation.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One criterion of a grille as its rule declares it: what the published grille shows and what every
 * explanation line refers to (art. R.441-2-17 CCH: the applicant is told the criteria and their weights).
 *
 * @param code          criterion code ({@code @critere})
 * @param libelle       label ({@code @libelle})
 * @param rubrique      rubrique code ({@code @rubrique})
 * @param reference     legal or deliberation reference, {@code null} if none
 * @param points        fixed points ({@code @points}), {@code null} when the rule computes them (per month...)
 * @param plafond       cap on the criterion's total ({@code @plafond}), {@code null} if none
 * @param regle         name of the rule that implements it
 * @param pointsParMois points per month ({@code @parMois}) of a criterion counted by the month, {@code null} otherwise
 * @param dureeMois     months during which the fact the rule tests counts ({@code @dureeMois}: a refusal counts
 *                      for 12 months...), {@code null} when not limited in time or not declared
 * @param bareme        how the points are computed, in words ({@code @bareme}), {@code null} if not declared
 * @param fichier       the DRL file that declares the rule, as {@code pack-id/path/file.drl}: the pack that
 *                      brings the criterion (a base or the territory's own), {@code null} when unknown
 * @param proposition   why the criterion, or the way it is counted, is a proposal that no source gives
 *                      ({@code @proposition}): shown in the published grille and on the applicant's fiche, so that it
 *                      is never presented as the territory's; {@code null} when the criterion rests on its sources
 */
@JsonPropertyOrder({"code", "libelle", "rubrique", "reference", "points", "plafond", "regle", "pointsParMois",
        "dureeMois", "bareme", "fichier", "proposition"})
public record CritereDeGrille(@JsonProperty("code") String code,
                              @JsonProperty("libelle") String libelle,
                              @JsonProperty("rubrique") String rubrique,
                              @JsonProperty("reference") String reference,
                              @JsonProperty("points") BigDecimal points,
                              @JsonProperty("plafond") BigDecimal plafond,
                              @JsonProperty("regle") String regle,
                              @JsonProperty("pointsParMois") BigDecimal pointsParMois,
                              @JsonProperty("dureeMois") Integer dureeMois,
                              @JsonProperty("bareme") String bareme,
                              @JsonProperty("fichier") String fichier,
                              @JsonProperty("proposition") String proposition) {

    /** A criterion that rests on its sources (no {@code @proposition}). */
    public CritereDeGrille(String code, String libelle, String rubrique, String reference, BigDecimal points,
                           BigDecimal plafond, String regle, BigDecimal pointsParMois, Integer dureeMois,
                           String bareme, String fichier) {
        this(code, libelle, rubrique, reference, points, plafond, regle, pointsParMois, dureeMois, bareme, fichier, null);
    }

    /** The criterion is a proposal of the pack's authors, not found in any source ({@code @proposition}). */
    public boolean propose() {
        return proposition != null;
    }

    /** A criterion with the metadata of the first published grilles (no per-month rate, duration, wording or file). */
    public CritereDeGrille(String code, String libelle, String rubrique, String reference, BigDecimal points,
                           BigDecimal plafond, String regle) {
        this(code, libelle, rubrique, reference, points, plafond, regle, null, null, null, null, null);
    }

    /** The id of the pack whose files declare the criterion, {@code null} when unknown. */
    public String pack() {
        if (fichier == null) {
            return null;
        }
        int slash = fichier.indexOf('/');
        return slash < 0 ? null : fichier.substring(0, slash);
    }
}
