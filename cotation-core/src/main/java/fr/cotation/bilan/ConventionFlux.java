package fr.cotation.bilan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A convention de gestion en flux between a réservataire and a bailleur (art. L.441-1 and R.441-5 to R.441-5-4
 * CCH, décret n° 2020-145): the réservataire no longer holds a list of dwellings but a share of the dwellings that
 * become free each year in the convention's scope. The bailleur sends each new convention to the préfet and, where
 * the EPCI is bound to the reform, to its president (art. R.441-5).
 *
 * <p>The yearly flux follows the doctrine of the PACA regional steering committee (2024): the <b>rotation</b> is the
 * number of dwellings freed over the last 12 months divided by the number of dwellings in the scope; the dwellings
 * expected to be freed in the year are the rotation times the scope, less the dwellings the convention takes out of
 * the flux (art. R.441-5: those needed for internal transfers, mutations, and for rehousing in urban renewal
 * operations); the flux of the convention is that number times the réservataire's share, and is <b>never
 * negative</b>. Conventions run on the calendar year (1 January – 31 December).
 *
 * <p>The constructor throws {@code IllegalArgumentException} naming the field and the value when one is missing or impossible.
 *
 * @param identifiant      the convention's identifier, unique in a bilan
 * @param typeReservataire the kind of réservataire
 * @param reservataire     the réservataire's name ("Préfet des Alpes-Maritimes", "Commune de Nice")
 * @param bailleur         the bailleur's name
 * @param epci             SIREN of the EPCI where the scope lies
 * @param perimetre        dwellings in the scope of the flux (dwellings dedicated to sale left out), at least 1
 * @param liberes12Mois    dwellings freed over the last 12 months in that scope, zero or more
 * @param deduits          dwellings taken out of the year's flux (mutations, urban-renewal rehousing), zero or more
 * @param part             the réservataire's share of the flux, in ]0, 1] (0.25 for 25 %)
 */
public record ConventionFlux(String identifiant, TypeReservataire typeReservataire, String reservataire,
                             String bailleur, String epci, int perimetre, int liberes12Mois, int deduits,
                             BigDecimal part) {

    public ConventionFlux {
        identifiant = Champs.requis("identifiant", identifiant);
        if (typeReservataire == null) {
            throw new IllegalArgumentException("typeReservataire absent (convention " + identifiant + ")");
        }
        reservataire = Champs.requis("reservataire", reservataire);
        bailleur = Champs.requis("bailleur", bailleur);
        epci = Champs.requis("epci", epci);
        if (perimetre < 1) {
            throw new IllegalArgumentException("perimetre de la convention " + identifiant
                    + " : au moins un logement attendu, lu " + perimetre);
        }
        Champs.positif("liberes12Mois", liberes12Mois);
        Champs.positif("deduits", deduits);
        Champs.taux("part", part, false);
    }

    /** Dwellings freed over the last 12 months ÷ dwellings in the scope, to 4 decimals (0.0650 for 6.5 %). */
    public BigDecimal rotation() {
        return BigDecimal.valueOf(liberes12Mois).divide(BigDecimal.valueOf(perimetre), 4, RoundingMode.HALF_UP);
    }

    /**
     * Dwellings expected to be freed in the year and counted in the flux: rotation × scope − deductions, computed
     * exactly (the rotation is not rounded first), never below zero.
     */
    public int liberesAttendus() {
        return Math.max(0, liberes12Mois - deduits);
    }

    /** Whether the deductions exceed the dwellings expected to be freed: the flux is then zero, not negative. */
    public boolean fluxPlancher() {
        return liberes12Mois - deduits < 0;
    }

    /** The yearly flux of the convention, in dwellings, to 2 decimals (half up): expected × share, never negative. */
    public BigDecimal fluxAnnuel() {
        return BigDecimal.valueOf(liberesAttendus()).multiply(part).setScale(2, RoundingMode.HALF_UP);
    }
}
