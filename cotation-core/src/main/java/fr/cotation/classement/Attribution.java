package fr.cotation.classement;

import fr.cotation.demande.Probleme;
import fr.cotation.demande.Typologie;
import fr.cotation.territoire.Referentiel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One past attribution of a social dwelling, the raw material of the délai d'attente owed to applicants
 * (art. R.441-2-17 CCH: "le délai d'attente moyen constaté pour obtenir l'attribution d'un logement" of the typology
 * and location asked). The record holds what was given and is not checked on construction: {@link #problemes()}
 * lists what makes it unusable, and a {@link Classement} counts such attributions apart instead of failing.
 *
 * @param dateDepot       first filing date of the demande satisfied (the base of ancienneté)
 * @param dateAttribution date of the attribution (decision of the commission, CALEOL)
 * @param typologie       typology of the dwelling attributed
 * @param commune         INSEE code of the commune of the dwelling
 * @param mutation        the household was already a social tenant (demande de mutation)
 */
public record Attribution(LocalDate dateDepot, LocalDate dateAttribution, Typologie typologie, String commune,
                          boolean mutation) {

    /** Every reason this attribution cannot be used, each naming the field and the value; empty when usable. */
    public List<Probleme> problemes() {
        List<Probleme> p = new ArrayList<>();
        if (dateDepot == null) {
            p.add(new Probleme("dateDepot", "null", "date du premier dépôt absente"));
        }
        if (dateAttribution == null) {
            p.add(new Probleme("dateAttribution", "null", "date d'attribution absente"));
        }
        if (dateDepot != null && dateAttribution != null && dateAttribution.isBefore(dateDepot)) {
            p.add(new Probleme("dateAttribution", dateAttribution.toString(),
                    "attribution antérieure au premier dépôt (" + dateDepot + ")"));
        }
        if (typologie == null) {
            p.add(new Probleme("typologie", "null", "typologie absente"));
        }
        if (!Referentiel.estCodeInsee(commune)) {
            p.add(new Probleme("commune", String.valueOf(commune), "code INSEE de commune invalide"));
        }
        return p;
    }
}
