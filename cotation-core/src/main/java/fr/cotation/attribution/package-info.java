/**
 * Attribution: putting the cotation to its use when a dwelling becomes free. For a {@link fr.cotation.attribution.Logement}
 * and a stock of demandes, {@link fr.cotation.attribution.PropositionCandidats} checks each demande's adequacy (commune,
 * typology and occupancy, plafonds de ressources, taux d'effort and reste à vivre, accessibility), each check a named
 * and explained {@link fr.cotation.attribution.Verification}, and proposes the candidates for the commission
 * d'attribution des logements et d'examen de l'occupation des logements (CALEOL, art. L.441-2 CCH) in cotation order.
 *
 * <p>The package is named after the stage of the law it serves (attribution, art. L.441-1 and following CCH), not
 * after the commission: the same checks serve a landlord's pre-selection and the reservataire's designation.
 * The cotation stays a decision aid: the commission chooses (CE, 27 Dec 2024, n° 491357).
 */
package fr.cotation.attribution;
