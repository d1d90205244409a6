package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * DALO status of the household (art. L.441-2-3 CCH): recognised prioritaire et à loger d'urgence by the
 * commission de médiation.
 *
 * @param statut        statut DALO
 * @param dateDecision  date of the commission's decision, {@code null} if unknown
 * @param preuve        proof status
 */
@JsonPropertyOrder({"statut", "dateDecision", "preuve"})
public record Dalo(@JsonProperty("statut") StatutDalo statut,
                   @JsonProperty("dateDecision") LocalDate dateDecision,
                   @JsonProperty("preuve") Preuve preuve) {

    /** Not recognised DALO. */
    public static final Dalo NON = new Dalo(StatutDalo.NON, null, Preuve.DECLAREE);

    public Dalo {
        statut = statut == null ? StatutDalo.NON : statut;
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
