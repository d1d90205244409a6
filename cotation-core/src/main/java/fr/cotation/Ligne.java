package fr.cotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cotation.demande.Preuve;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the explanation of a cotation: a criterion met and the points it brings, as the
 * applicant may be told (art. R.441-2-17 CCH).
 *
 * @param critere            criterion code, as the rule declares it ({@code @critere})
 * @param libelle            criterion label
 * @param rubrique           rubrique code
 * @param points             points counted in the total, after caps and rubrique rules
 * @param pointsCalcules     points the rule gave before caps and rubrique rules
 * @param preuve             weakest proof among the situations the rule relied on; {@code null} when the
 *                           criterion is computed from the demande's data alone
 * @param regle              name of the rule that produced the line
 * @param reference          legal or deliberation reference
 * @param explication        why, in French, for example "ancienneté : 31 mois × 1 pt, plafonné à 24"
 * @param dependDeLaCommune  the criterion depends on the commune scored (lives or works there)
 * @param situations         codes of the situations of the catalogue ({@code fr.cotation.regles.Situations}) the
 *                           rule matched, sorted; what a document would have to prove when the line is provisional
 * @param categoriesL4411    letters of the priority categories of art. L.441-1 CCH the rule matched, sorted
 */
@JsonPropertyOrder({"critere", "libelle", "rubrique", "points", "pointsCalcules", "preuve", "regle", "reference",
        "explication", "dependDeLaCommune", "situations", "categoriesL4411"})
public record Ligne(@JsonProperty("critere") String critere,
                    @JsonProperty("libelle") String libelle,
                    @JsonProperty("rubrique") String rubrique,
                    @JsonProperty("points") BigDecimal points,
                    @JsonProperty("pointsCalcules") BigDecimal pointsCalcules,
                    @JsonProperty("preuve") Preuve preuve,
                    @JsonProperty("regle") String regle,
                    @JsonProperty("reference") String reference,
                    @JsonProperty("explication") String explication,
                    @JsonProperty("dependDeLaCommune") boolean dependDeLaCommune,
                    @JsonProperty("situations") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> situations,
                    @JsonProperty("categoriesL4411") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> categoriesL4411) {

    public Ligne {
        situations = situations == null ? List.of() : List.copyOf(situations);
        categoriesL4411 = categoriesL4411 == null ? List.of() : List.copyOf(categoriesL4411);
    }

    /** A line that names no situation nor priority category (computed from the demande's data alone). */
    public Ligne(String critere, String libelle, String rubrique, BigDecimal points, BigDecimal pointsCalcules,
                 Preuve preuve, String regle, String reference, String explication, boolean dependDeLaCommune) {
        this(critere, libelle, rubrique, points, pointsCalcules, preuve, regle, reference, explication,
                dependDeLaCommune, List.of(), List.of());
    }

    /** The points rest on a situation that is declared but not yet proven. */
    public boolean provisoire() {
        return preuve == Preuve.DECLAREE && points.signum() != 0;
    }
}
