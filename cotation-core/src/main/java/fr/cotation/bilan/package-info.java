/**
 * The yearly account of attributions under the reform of reservations (bilan annuel des attributions, gestion en
 * flux): conventions de gestion en flux as data ({@link fr.cotation.bilan.ConventionFlux}, art. L.441-1 and
 * R.441-5 to R.441-5-4 CCH) and their yearly flux from the rotation, the attributions counted per réservataire from
 * the dwellings put at its disposal, and the objectives of art. L.441-1 CCH per réservataire and per EPCI. One entry
 * point, {@link fr.cotation.bilan.BilanAttributions#calculer}; inputs and results are records. Kept out of the
 * scoring path. See {@code docs/bilan-attributions.md}.
 */
package fr.cotation.bilan;
