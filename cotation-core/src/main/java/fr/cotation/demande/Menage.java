package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The household (ménage) of a demande, as the CERFA 14069 describes it.
 *
 * @param demandeur           the applicant
 * @param cotitulaires        co-applicants, with their link
 * @param personnesACharge    dependants living in the household
 * @param naissancesAttendues expected births (personnes à naître), zero or more
 * @param enfantsEnGarde      children in shared custody or with visiting rights
 */
@JsonPropertyOrder({"demandeur", "cotitulaires", "personnesACharge", "naissancesAttendues", "enfantsEnGarde"})
public record Menage(@JsonProperty("demandeur") Adulte demandeur,
                     @JsonProperty("cotitulaires") List<Cotitulaire> cotitulaires,
                     @JsonProperty("personnesACharge") List<PersonneACharge> personnesACharge,
                     @JsonProperty("naissancesAttendues") int naissancesAttendues,
                     @JsonProperty("enfantsEnGarde") List<EnfantEnGarde> enfantsEnGarde) {

    public Menage {
        // copies that keep null elements: validation reports them, construction does not throw
        cotitulaires = cotitulaires == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cotitulaires));
        personnesACharge = personnesACharge == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(personnesACharge));
        enfantsEnGarde = enfantsEnGarde == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(enfantsEnGarde));
    }

    /** The demandeur followed by every cotitulaire. */
    public List<Adulte> adultes() {
        var list = new ArrayList<Adulte>(1 + cotitulaires.size());
        if (demandeur != null) {
            list.add(demandeur);
        }
        cotitulaires.forEach(c -> list.add(c.personne()));
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
