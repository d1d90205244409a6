package fr.cotation.bilan;

import java.util.List;

/**
 * The attributions of the year counted for one réservataire, one bailleur's own dwellings, or one EPCI, with each
 * objective of art. L.441-1 CCH.
 *
 * @param niveau           what is counted
 * @param cle              the réservataire's name, the bailleur's name, or the EPCI's SIREN
 * @param typeReservataire the kind of réservataire, {@code null} for a bailleur or an EPCI
 * @param attributions     attributions counted in the year
 * @param indicateurs      one per {@link ObjectifLegal}, in its order
 */
public record Compte(Niveau niveau, String cle, TypeReservataire typeReservataire, int attributions,
                     List<Indicateur> indicateurs) {

    public Compte {
        indicateurs = List.copyOf(indicateurs);
    }

    /** What an account counts. */
    public enum Niveau {
        /** The attributions of the dwellings put at a réservataire's disposal, all its conventions together. */
        RESERVATAIRE,
        /** The attributions of dwellings outside any convention: the bailleur's own (hors convention). */
        BAILLEUR,
        /** Every attribution of an EPCI's dwellings. */
        EPCI
    }

    /** The indicator of {@code objectif}. */
    public Indicateur indicateur(ObjectifLegal objectif) {
        return indicateurs.get(objectif.ordinal());
    }
}
