package fr.cotation.demande;

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
public record Menage(Adulte demandeur, List<Cotitulaire> cotitulaires, List<PersonneACharge> personnesACharge,
                     int naissancesAttendues, List<EnfantEnGarde> enfantsEnGarde) {

    public Menage {
        cotitulaires = cotitulaires == null ? List.of() : List.copyOf(cotitulaires);
        personnesACharge = personnesACharge == null ? List.of() : List.copyOf(personnesACharge);
        enfantsEnGarde = enfantsEnGarde == null ? List.of() : List.copyOf(enfantsEnGarde);
    }

    /** The demandeur followed by every cotitulaire. */
    public List<Adulte> adultes() {
        var list = new java.util.ArrayList<Adulte>(1 + cotitulaires.size());
        if (demandeur != null) {
            list.add(demandeur);
        }
        cotitulaires.forEach(c -> list.add(c.personne()));
        return List.copyOf(list);
    }
}
