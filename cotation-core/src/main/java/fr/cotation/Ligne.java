package fr.cotation;

import fr.cotation.demande.Preuve;

import java.math.BigDecimal;

/**
 * One line of the explanation of a cotation: a criterion met and the points it brings, as the
 * applicant may be told (art. R.441-2-17 CCH).
 *
 * @param critere            criterion code, as the rule declares it ({@code @critere})
 * @param libelle            criterion label
 * @param rubrique           rubrique code
 * @param points             points counted in the total, after caps and rubrique rules
 * @param pointsCalcules     points the rule gave before caps and rubrique rules
 * @param preuve             weakest proof among the situations the rule relied on; {@code null} when the
 *                           criterion is computed from the demande's data alone
 * @param regle              name of the rule that produced the line
 * @param reference          legal or deliberation reference
 * @param explication        why, in French, for example "ancienneté : 31 mois × 1 pt, plafonné à 24"
 * @param dependDeLaCommune  the criterion depends on the commune scored (lives or works there)
 */
public record Ligne(String critere, String libelle, String rubrique, BigDecimal points, BigDecimal pointsCalcules,
                    Preuve preuve, String regle, String reference, String explication, boolean dependDeLaCommune) {

    /** The points rest on a situation that is declared but not yet proven. */
    public boolean provisoire() {
        return preuve == Preuve.DECLAREE && points.signum() != 0;
    }
}
