package fr.cotation.bilan;

import java.util.List;

/**
 * The yearly account of attributions (bilan annuel des attributions): the flux of each convention de gestion en
 * flux, the attributions counted per réservataire, per bailleur for its own dwellings and per EPCI with each
 * objective of art. L.441-1 CCH, and the attributions that could not be counted as given. Built by
 * {@link BilanAttributions#calculer(DonneesBilan)}; immutable.
 *
 * @param annee         the calendar year
 * @param conventions   each convention with its flux and its attributions, by identifier
 * @param comptes       réservataires (by kind, then name), then bailleurs' own dwellings, then EPCIs
 * @param anomalies     attributions reported rather than counted as given, by identifier
 * @param attributions  attributions of the year counted (in an EPCI's account)
 * @param horsConvention of those, attributions of dwellings outside any known convention (the bailleurs' own)
 */
public record Bilan(int annee, List<FluxConvention> conventions, List<Compte> comptes, List<Anomalie> anomalies,
                    int attributions, int horsConvention) {

    public Bilan {
        conventions = List.copyOf(conventions);
        comptes = List.copyOf(comptes);
        anomalies = List.copyOf(anomalies);
    }

    /** The accounts of one level, in the report's order. */
    public List<Compte> comptes(Compte.Niveau niveau) {
        return comptes.stream().filter(c -> c.niveau() == niveau).toList();
    }

    /** The account of {@code cle} at {@code niveau}, if any. */
    public java.util.Optional<Compte> compte(Compte.Niveau niveau, String cle) {
        return comptes.stream().filter(c -> c.niveau() == niveau && c.cle().equals(cle)).findFirst();
    }
}
