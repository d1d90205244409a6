package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One monthly resource of an adult (détail ressource), in euros per month.
 * {@link NatureRessource#PENSION_ALIMENTAIRE_VERSEE} is paid out and is deducted from the household's resources.
 *
 * @param nature         nature of the resource
 * @param montantMensuel euros per month, zero or more
 */
@JsonPropertyOrder({"nature", "montantMensuel"})
public record Ressource(@JsonProperty("nature") NatureRessource nature,
                        @JsonProperty("montantMensuel") BigDecimal montantMensuel) {

    /** A resource from an amount in whole or decimal euros. */
    public static Ressource of(NatureRessource nature, double montantMensuel) {
        return new Ressource(nature, BigDecimal.valueOf(montantMensuel));
    }
}
