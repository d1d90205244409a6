package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A child in shared custody or with visiting rights (personne en garde), not counted as a dependant.
 *
 * @param dateNaissance birth date
 * @param coparentalite garde alternée or droit de visite
 */
@JsonPropertyOrder({"dateNaissance", "coparentalite"})
public record EnfantEnGarde(@JsonProperty("dateNaissance") LocalDate dateNaissance,
                            @JsonProperty("coparentalite") Coparentalite coparentalite) {
}
