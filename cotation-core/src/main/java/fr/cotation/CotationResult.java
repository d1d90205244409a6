package fr.cotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cotation.json.CotationJson;
import fr.cotation.internal.json.EcritureVersion;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import fr.cotation.demande.Probleme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of scoring one demande at one evaluation date: one {@link Cotation} per wished commune,
 * in the applicant's order, or the problems that made the demande impossible to score.
 *
 * @param numeroUnique   numéro unique of the demande
 * @param dateEvaluation the evaluation date
 * @param problemes      validation problems; when not empty, {@code cotations} is empty
 * @param cotations      one per distinct wished commune
 */
@JsonAppend(prepend = true, props = @JsonAppend.Prop(value = EcritureVersion.class, name = CotationJson.CHAMP_VERSION,
        type = String.class))
@JsonPropertyOrder({"numeroUnique", "dateEvaluation", "problemes", "cotations"})
public record CotationResult(@JsonProperty("numeroUnique") String numeroUnique,
                             @JsonProperty("dateEvaluation") LocalDate dateEvaluation,
                             @JsonProperty("problemes") List<Probleme> problemes,
                             @JsonProperty("cotations") List<Cotation> cotations) {

    public CotationResult {
        problemes = List.copyOf(problemes);
        cotations = List.copyOf(cotations);
    }

    /** The demande was valid and every commune has a cotation (possibly "no grille" or an error). */
    public boolean valide() {
        return problemes.isEmpty();
    }

    /** The cotation in one commune. */
    public Optional<Cotation> commune(String codeInsee) {
        return cotations.stream().filter(c -> c.commune().equals(codeInsee)).findFirst();
    }
}
