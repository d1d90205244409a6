package fr.cotation.demande;

import java.time.LocalDate;

/**
 * A dependant living in the household (personne à charge).
 *
 * @param identite      protected civil identity, never read by a score
 * @param dateNaissance birth date
 * @param lien          lien de parenté with the demandeur
 */
public record PersonneACharge(Identite identite, LocalDate dateNaissance, LienParente lien) {

    public PersonneACharge {
        identite = identite == null ? Identite.INCONNUE : identite;
    }

    /** A child of the demandeur born on {@code dateNaissance}. */
    public static PersonneACharge enfantNeLe(LocalDate dateNaissance) {
        return new PersonneACharge(Identite.INCONNUE, dateNaissance, LienParente.ENFANT);
    }
}
