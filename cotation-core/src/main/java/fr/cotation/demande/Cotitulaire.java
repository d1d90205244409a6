package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A co-applicant (cotitulaire) and their link with the demandeur.
 *
 * @param personne the adult
 * @param lien     lien avec le demandeur
 */
@JsonPropertyOrder({"personne", "lien"})
public record Cotitulaire(@JsonProperty("personne") Adulte personne,
                          @JsonProperty("lien") LienDemandeur lien) {
}
