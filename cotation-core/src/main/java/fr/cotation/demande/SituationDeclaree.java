package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A situation declared on the demande that the form's coded fields do not carry (for example an
 * ordonnance de protection, leaving the aide sociale à l'enfance, a profession essentielle), named by a
 * code of the situation catalogue (see {@code fr.cotation.regles.Situations}).
 *
 * @param code   code of the catalogue, for example {@code "VIOLENCES_CONJUGALES"}
 * @param depuis date since which the situation holds, {@code null} if unknown
 * @param preuve declared, justified or validated
 */
@JsonPropertyOrder({"code", "depuis", "preuve"})
public record SituationDeclaree(@JsonProperty("code") String code,
                                @JsonProperty("depuis") LocalDate depuis,
                                @JsonProperty("preuve") Preuve preuve) {

    public SituationDeclaree {
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
