package fr.cotation.attribution;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.Menage;

import java.time.LocalDate;
import java.time.Period;

/**
 * The household category (catégorie de ménage) of the plafonds de ressources, as the arrêté du 29 juillet 1987
 * (annexe I) defines it:
 * <ol>
 *   <li>une personne seule;</li>
 *   <li>deux personnes sans personne à charge, à l'exclusion des jeunes ménages, ou une personne seule en situation
 *       de handicap;</li>
 *   <li>trois personnes, ou une personne seule avec une personne à charge, ou un jeune ménage sans personne à charge,
 *       ou deux personnes dont au moins une en situation de handicap;</li>
 *   <li>quatre personnes, ou une personne seule avec deux personnes à charge, ou trois personnes dont au moins une en
 *       situation de handicap;</li>
 *   <li>cinq personnes, ou une personne seule avec trois personnes à charge, ou quatre personnes dont au moins une en
 *       situation de handicap;</li>
 *   <li>six personnes, ou une personne seule avec quatre personnes à charge, ou cinq personnes dont au moins une en
 *       situation de handicap;</li>
 * </ol>
 * then one more amount per additional person. A <i>jeune ménage</i> is a couple (married, PACS, concubins) whose ages
 * add up to 55 years at most. In other words: the number of persons, plus one when the household is a single adult
 * with dependants, a young couple without dependant, or counts a person with a handicap (the cases do not add up).
 *
 * <p>Persons counted (art. L.442-12 CCH): the adults of the demande, the dependants, the expected births and the
 * children in shared custody or with visiting rights. A handicap is read from {@link Demande#handicap()}; the arrêté
 * asks for the carte mobilité inclusion « invalidité », so a handicap only declared is flagged for checking.
 *
 * @param numero                    1 to 6
 * @param personnesSupplementaires  persons beyond category 6, each adding the « par personne supplémentaire » amount
 * @param personnes                 persons counted
 * @param explication               why, in French, for example "3 personnes, personne seule avec 2 personne(s) à charge : +1"
 */
public record CategorieMenage(int numero, int personnesSupplementaires, int personnes, String explication) {

    /** The sum of the ages of a jeune ménage, at most. */
    public static final int AGES_JEUNE_MENAGE_MAX = 55;

    /** The category of the household of {@code d} at {@code date} (ages for the jeune ménage). */
    public static CategorieMenage de(Demande d, LocalDate date) {
        Menage m = d.menage();
        int adultes = m.adultes().size();
        int aCharge = m.personnesACharge().size() + m.naissancesAttendues() + m.enfantsEnGarde().size();
        int personnes = adultes + aCharge;
        String raison = null;
        if (adultes == 1 && aCharge > 0) {
            raison = "personne seule avec " + aCharge + " personne(s) à charge";
        } else if (d.handicap() != null) {
            raison = "personne en situation de handicap";
        } else if (adultes == 2 && aCharge == 0 && jeuneMenage(m, date)) {
            raison = "jeune ménage (âges cumulés ≤ " + AGES_JEUNE_MENAGE_MAX + " ans) sans personne à charge";
        }
        int effectif = personnes + (raison == null ? 0 : 1);
        int numero = Math.min(6, Math.max(1, effectif));
        String explication = personnes + (personnes > 1 ? " personnes" : " personne")
                + (raison == null ? "" : ", " + raison + " : +1");
        return new CategorieMenage(numero, Math.max(0, effectif - 6), personnes, explication);
    }

    private static boolean jeuneMenage(Menage m, LocalDate date) {
        if (m.cotitulaires().size() != 1 || m.cotitulaires().get(0).lien() == LienDemandeur.COLOCATAIRE) {
            return false;
        }
        int ages = 0;
        for (Adulte a : m.adultes()) {
            if (a.dateNaissance() == null) {
                return false;
            }
            ages += Period.between(a.dateNaissance(), date).getYears();
        }
        return ages <= AGES_JEUNE_MENAGE_MAX;
    }

    /** "catégorie 3", "catégorie 6 + 1 personne supplémentaire". */
    public String libelle() {
        return "catégorie " + numero + (personnesSupplementaires == 0 ? ""
                : " + " + personnesSupplementaires + " personne(s) supplémentaire(s)");
    }
}
