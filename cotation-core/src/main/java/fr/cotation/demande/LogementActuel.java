package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * The household's current housing (logement actuel).
 *
 * @param modele          kind of housing (modèle de logement)
 * @param commune         INSEE code of the commune where the household lives, {@code null} if none
 * @param loyerMensuel    monthly rent in euros, {@code null} if none is paid
 * @param nombreOccupants persons living there, {@code null} if not given
 * @param type            typologie of the current dwelling, {@code null} if not given
 * @param surface         surface in m², {@code null} if not given
 * @param categorie       appartement or maison, {@code null} if not given
 * @param preuve          proof status of the declared housing situation
 */
@JsonPropertyOrder({"modele", "commune", "loyerMensuel", "nombreOccupants", "type", "surface", "categorie", "preuve"})
public record LogementActuel(@JsonProperty("modele") ModeleLogement modele,
                             @JsonProperty("commune") String commune,
                             @JsonProperty("loyerMensuel") BigDecimal loyerMensuel,
                             @JsonProperty("nombreOccupants") Integer nombreOccupants,
                             @JsonProperty("type") Typologie type,
                             @JsonProperty("surface") BigDecimal surface,
                             @JsonProperty("categorie") CategorieLogement categorie,
                             @JsonProperty("preuve") Preuve preuve) {

    public LogementActuel {
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
