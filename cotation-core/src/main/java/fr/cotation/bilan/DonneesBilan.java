package fr.cotation.bilan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the yearly bilan of attributions is computed from. Lists are copied; order does not matter.
 *
 * @param annee        the calendar year (1 January – 31 December) the bilan covers
 * @param conventions  the conventions de gestion en flux in force
 * @param logements    the dwellings freed and put at disposal (or kept by their bailleur)
 * @param menages      the households of the demandes satisfied
 * @param attributions the commission's attributions; those dated outside the year are reported, not counted
 * @param seuils       the first-quartile thresholds, dated, per EPCI (none shipped: an input)
 * @param objectifsQpv per EPCI SIREN, the share of attributions in QPV to demandeurs of the other three quartiles
 *                     the intercommunal agreement set; 50 % for an EPCI not listed (art. L.441-1 CCH)
 */
public record DonneesBilan(int annee, List<ConventionFlux> conventions, List<LogementLibere> logements,
                           List<MenageAttributaire> menages, List<AttributionCaleol> attributions,
                           List<SeuilPremierQuartile> seuils, Map<String, BigDecimal> objectifsQpv) {

    public DonneesBilan {
        conventions = List.copyOf(conventions);
        logements = List.copyOf(logements);
        menages = List.copyOf(menages);
        attributions = List.copyOf(attributions);
        seuils = seuils == null ? List.of() : List.copyOf(seuils);
        Map<String, BigDecimal> o = new TreeMap<>();
        if (objectifsQpv != null) {
            objectifsQpv.forEach((epci, taux) -> o.put(Champs.requis("epci", epci),
                    Champs.taux("objectif QPV de l'EPCI " + epci, taux, true)));
        }
        objectifsQpv = java.util.Collections.unmodifiableMap(o);
    }
}
