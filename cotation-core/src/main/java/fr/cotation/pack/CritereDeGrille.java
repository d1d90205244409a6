package fr.cotation.pack;

import java.math.BigDecimal;

/**
 * One criterion of a grille as its rule declares it: what the published grille shows and what every
 * explanation line refers to (art. R.441-2-17 CCH: the applicant is told the criteria and their weights).
 *
 * @param code      criterion code ({@code @critere})
 * @param libelle   label ({@code @libelle})
 * @param rubrique  rubrique code ({@code @rubrique})
 * @param reference legal or deliberation reference, {@code null} if none
 * @param points    fixed points ({@code @points}), {@code null} when the rule computes them (per month...)
 * @param plafond   cap on the criterion's total ({@code @plafond}), {@code null} if none
 * @param regle     name of the rule that implements it
 */
public record CritereDeGrille(String code, String libelle, String rubrique, String reference, BigDecimal points,
                              BigDecimal plafond, String regle) {
}
