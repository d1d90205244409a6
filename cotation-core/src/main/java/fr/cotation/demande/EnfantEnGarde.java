package fr.cotation.demande;

import java.time.LocalDate;

/**
 * A child in shared custody or with visiting rights (personne en garde), not counted as a dependant.
 *
 * @param dateNaissance birth date
 * @param coparentalite garde alternée or droit de visite
 */
public record EnfantEnGarde(LocalDate dateNaissance, Coparentalite coparentalite) {
}
