package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A dependant living in the household (personne à charge).
 *
 * @param identite      protected civil identity, never read by a score
 * @param dateNaissance birth date
 * @param lien          lien de parenté with the demandeur
 */
@JsonPropertyOrder({"identite", "dateNaissance", "lien"})
public record PersonneACharge(@JsonProperty("identite") Identite identite,
                              @JsonProperty("dateNaissance") LocalDate dateNaissance,
                              @JsonProperty("lien") LienParente lien) {

    public PersonneACharge {
        identite = identite == null ? Identite.INCONNUE : identite;
    }

    /** A child of the demandeur born on {@code dateNaissance}. */
    public static PersonneACharge enfantNeLe(LocalDate dateNaissance) {
        return new PersonneACharge(Identite.INCONNUE, dateNaissance, LienParente.ENFANT);
    }
}
