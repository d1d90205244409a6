package fr.cotation.bilan;

/**
 * A dwelling freed in the year and put at the disposal of a réservataire (mise à disposition) under a convention de
 * gestion en flux, or kept by its bailleur when {@link #convention()} is {@code null}. Its QPV membership is an
 * input: the objectives of art. L.441-1 CCH count dwellings outside and inside the quartiers prioritaires de la
 * politique de la ville apart.
 *
 * <p>The constructor throws {@code IllegalArgumentException} naming the field when the reference, the bailleur or the EPCI is missing.
 *
 * @param reference  the bailleur's reference of the dwelling, unique in a bilan
 * @param bailleur   the bailleur's name
 * @param commune    INSEE code of its commune (informative)
 * @param epci       SIREN of its EPCI
 * @param qpv        it lies in a quartier prioritaire de la politique de la ville
 * @param convention identifier of the convention it was put at the disposal of, {@code null} for the bailleur's own
 */
public record LogementLibere(String reference, String bailleur, String commune, String epci, boolean qpv,
                             String convention) {

    public LogementLibere {
        reference = Champs.requis("reference", reference);
        bailleur = Champs.requis("bailleur", bailleur);
        commune = Champs.facultatif(commune);
        epci = Champs.requis("epci", epci);
        convention = Champs.facultatif(convention);
    }
}
