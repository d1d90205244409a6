/**
 * The vocabulary EPCI rule authors write DRL rules with: the facts a rule can test and the
 * {@link fr.cotation.regles.Note} its consequence gives points with.
 *
 * <p>Facts in a scoring session (each is immutable, built by the engine from the demande and the
 * evaluation date):
 * <ul>
 *   <li>{@link fr.cotation.regles.Dossier}: one per scoring; ancienneté, household, ratios;</li>
 *   <li>{@link fr.cotation.regles.Situation}: one per situation of the demande (derived or declared),
 *       with its proof status;</li>
 *   <li>{@link fr.cotation.regles.Priorite}: one per priority category of art. L.441-1 CCH met;</li>
 *   <li>{@link fr.cotation.regles.Commune}: the commune being scored, and whether the household lives or
 *       works there;</li>
 *   <li>{@link fr.cotation.regles.Refus}: one per proposal refused, with its age in months and its rank among the
 *       refusals without a legitimate reason ({@code rang >= 2}: a repeated refusal, R.441-2-10 11° CCH).</li>
 * </ul>
 * Protected data (name, sex, nationality, civility, birth place, exact birth date) is never inserted.
 */
package fr.cotation.regles;
