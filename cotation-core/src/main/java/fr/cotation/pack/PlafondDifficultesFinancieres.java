package fr.cotation.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A territory's ceiling of monthly resources under which a household belongs to the priority category c) of
 * art. L.441-1 CCH (<i>personnes défavorisées ou rencontrant des difficultés financières</i>), by household category
 * (catégorie de ménage of the plafonds de ressources, arrêté du 29 juillet 1987, annexe I). The law names the public
 * but sets no amount: the amount is the territory's choice, dated and documented in {@code pack.yaml} under
 * {@code difficultesFinancieres}, never a constant of the engine.
 *
 * <pre>
 * difficultesFinancieres:
 *   - enVigueurDu: 2025-01-01
 *     reference: "PPGDID 2025, annexe cotation (proposition)"
 *     plafondsMensuels: [1000, 1300, 1550, 1850, 2150, 2450]   # catégories 1 à 6
 *     parPersonneSupplementaire: 300
 * </pre>
 *
 * @param enVigueurDu               first day the ceiling applies; the latest one in force at the evaluation date counts
 * @param reference                 the deliberation or source that sets it (or says it is a proposal)
 * @param plafondsMensuels          the ceilings in euros per month for household categories 1 to 6, in order
 * @param parPersonneSupplementaire euros added per person beyond category 6, {@code null} for none
 */
@JsonPropertyOrder({"enVigueurDu", "reference", "plafondsMensuels", "parPersonneSupplementaire"})
public record PlafondDifficultesFinancieres(@JsonProperty("enVigueurDu") LocalDate enVigueurDu,
                                            @JsonProperty("reference") String reference,
                                            @JsonProperty("plafondsMensuels") List<BigDecimal> plafondsMensuels,
                                            @JsonProperty("parPersonneSupplementaire") BigDecimal parPersonneSupplementaire) {

    public PlafondDifficultesFinancieres {
        plafondsMensuels = plafondsMensuels == null ? List.of() : List.copyOf(plafondsMensuels);
    }

    /**
     * The ceiling for household category {@code numero} (1 to 6) with {@code personnesSupplementaires} persons beyond
     * category 6.
     */
    public BigDecimal plafond(int numero, int personnesSupplementaires) {
        BigDecimal p = plafondsMensuels.get(numero - 1);
        if (personnesSupplementaires > 0 && parPersonneSupplementaire != null) {
            p = p.add(parPersonneSupplementaire.multiply(BigDecimal.valueOf(personnesSupplementaires)));
        }
        return p;
    }

    /** The ceiling of {@code liste} in force on {@code date}: the one with the latest start not after it, or null. */
    public static PlafondDifficultesFinancieres enVigueurLe(List<PlafondDifficultesFinancieres> liste, LocalDate date) {
        PlafondDifficultesFinancieres retenu = null;
        for (PlafondDifficultesFinancieres p : liste) {
            if (!p.enVigueurDu().isAfter(date) && (retenu == null || p.enVigueurDu().isAfter(retenu.enVigueurDu()))) {
                retenu = p;
            }
        }
        return retenu;
    }
}
