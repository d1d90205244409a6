package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A dwelling proposed to the household and refused.
 *
 * @param date          date of the refusal
 * @param motifLegitime whether the refusal had a legitimate reason (the dwelling did not fit the
 *                      household's needs and means); only refusals without one may weigh as a malus
 *                      (R.441-2-10 11° CCH)
 */
@JsonPropertyOrder({"date", "motifLegitime"})
public record PropositionRefusee(@JsonProperty("date") LocalDate date,
                    @JsonProperty("motifLegitime") boolean motifLegitime) {
}
