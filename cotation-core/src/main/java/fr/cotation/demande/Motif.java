package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reason of the demande (motif) with its proof status.
 *
 * @param code   the coded reason
 * @param preuve declared, justified or validated
 */
@JsonPropertyOrder({"code", "preuve"})
public record Motif(@JsonProperty("code") MotifDemande code,
                    @JsonProperty("preuve") Preuve preuve) {

    public Motif {
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
