package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Situation professionnelle of an adult.
 *
 * @param contrat       type de contrat de travail, {@code null} if not given
 * @param communeTravail INSEE code of the workplace commune, {@code null} if none or unknown
 * @param profession    free-text profession (never read by a score; kept for import fidelity)
 */
@JsonPropertyOrder({"contrat", "communeTravail", "profession"})
public record SituationProfessionnelle(@JsonProperty("contrat") TypeContrat contrat,
                                       @JsonProperty("communeTravail") String communeTravail,
                                       @JsonProperty("profession") String profession) {

    /** Whether the contract is paid work: CDI, CDD, artisan or apprentice. */
    public boolean enActivite() {
        return contrat == TypeContrat.CDI || contrat == TypeContrat.CDD
                || contrat == TypeContrat.ARTISAN || contrat == TypeContrat.APPRENTI;
    }
}
