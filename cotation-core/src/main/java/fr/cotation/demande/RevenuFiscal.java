package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * Revenu fiscal de référence of one tax year (yearly amount, in euros).
 *
 * @param annee   tax year (N-1 or N-2 of the demande)
 * @param montant yearly amount in euros
 */
@JsonPropertyOrder({"annee", "montant"})
public record RevenuFiscal(@JsonProperty("annee") int annee,
                           @JsonProperty("montant") BigDecimal montant) {
}
