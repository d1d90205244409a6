package fr.cotation.demande;

/**
 * Civil identity of a person, kept for import fidelity only.
 *
 * <p>None of these fields may ever weigh in a cotation (code pénal art. 225-1: name, sex,
 * nationality, origin): the engine never inserts them into a rule session, so no rule can read
 * them. Every field may be {@code null}.
 *
 * @param nom          nom de famille
 * @param prenom       prénom
 * @param civilite     civilité
 * @param sexe         sexe
 * @param nationalite  nationalité
 * @param lieuNaissance lieu de naissance
 */
public record Identite(String nom, String prenom, Civilite civilite, Sexe sexe, Nationalite nationalite,
                       String lieuNaissance) {

    /** An identity with nothing known. */
    public static final Identite INCONNUE = new Identite(null, null, null, null, null, null);
}
