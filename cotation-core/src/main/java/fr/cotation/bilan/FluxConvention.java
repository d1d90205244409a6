package fr.cotation.bilan;

/**
 * A convention's yearly flux beside the attributions of the dwellings put at its disposal in the year.
 *
 * @param convention   the convention, whose {@link ConventionFlux#fluxAnnuel()} is the flux
 * @param attributions attributions of the year of dwellings put at its disposal
 */
public record FluxConvention(ConventionFlux convention, int attributions) {
}
