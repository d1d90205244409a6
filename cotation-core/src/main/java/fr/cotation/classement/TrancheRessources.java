package fr.cotation.classement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A resource band, for territories whose analogous demandes are those of the same typology, commune and resources
 * ({@link fr.cotation.pack.Analogie#TYPOLOGIE_RESSOURCES}). The measure is the household's monthly resources (alimony
 * paid deducted) per consumption unit (unité de consommation, OECD modified scale: 1 for the first adult, 0.5 per
 * other person of 14 or more, 0.3 per child under 14 and per expected birth), the measure the project already uses
 * for the reste à vivre. Bands are fixed amounts, not quantiles of the stock, so that a household's band does not
 * depend on the other demandes and can be told to it in euros (see {@link Classement.Builder#tranchesRessources}).
 *
 * @param rang    1 for the lowest band, in increasing order of resources
 * @param minimum lowest monthly amount per consumption unit in the band, inclusive ({@code 0} for the first band;
 *                negative resources, possible after alimony, fall in the first band)
 * @param maximum amount at which the next band starts, exclusive; {@code null} for the last band
 */
@JsonPropertyOrder({"rang", "minimum", "maximum"})
public record TrancheRessources(@JsonProperty("rang") int rang,
                                @JsonProperty("minimum") BigDecimal minimum,
                                @JsonProperty("maximum") BigDecimal maximum) {

    /** The band in French, for example {@code "de 600 € à moins de 1200 € par mois et par unité de consommation"}. */
    public String libelle() {
        String suffixe = " € par mois et par unité de consommation";
        if (maximum == null) {
            return minimum.toPlainString() + suffixe.replaceFirst(" €", " € ou plus");
        }
        if (minimum.signum() == 0) {
            return "moins de " + maximum.toPlainString() + suffixe;
        }
        return "de " + minimum.toPlainString() + " € à moins de " + maximum.toPlainString() + suffixe;
    }
}
