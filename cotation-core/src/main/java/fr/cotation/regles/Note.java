package fr.cotation.regles;

/**
 * What a rule's consequence gives points with. Every DRL file of a pack declares
 * {@code global fr.cotation.regles.Note note;} and its consequences call one of these methods; the engine knows
 * which rule is firing and which facts it matched, so a call names neither. The criterion (code, label, rubrique,
 * reference, points, cap) comes from the rule's metadata ({@code @critere}, {@code @libelle}, {@code @rubrique}, {@code @reference},
 * {@code @points}, {@code @parMois}, {@code @plafond}; for the published grille {@code @dureeMois},
 * {@code @bareme}); each number is written once, in the metadata, and the engine applies it; the proof status of the line comes from the {@link Situation} and
 * {@link Priorite} facts the rule matched.
 *
 * <pre>{@code
 * rule "DALO"
 *     @critere("DALO") @libelle("Ménage reconnu DALO") @rubrique("PRIORITES")
 *     @reference("art. L.441-2-3 CCH") @points(100)
 * when
 *     Situation( code == "DALO" )
 * then
 *     note.retenir();
 * end
 * }</pre>
 *
 * <p>Each scoring gets a note of its own, used by one thread; called outside a rule's consequence, a method throws
 * {@link IllegalStateException}. The form of earlier examples, {@code note.retenir(kcontext)}, is refused when the
 * pack loads, at the line of the call, with what to write instead.
 */
public interface Note {

    /** Gives the rule's {@code @points}. */
    void retenir();

    /** Gives {@code points} (negative for a malus), explained by {@code explication}. */
    void retenir(double points, String explication);

    /**
     * Gives the rule's {@code @parMois} points per whole month, at most its {@code @plafond} (no cap when it
     * declares none); explained as "ancienneté : 31 mois × 1 pt = 31, plafonné à 24". The form to write: the rate
     * and the cap are written once, in the metadata, which the published grille shows.
     *
     * <pre>{@code
     * rule "Ancienneté"
     *     @critere("ANCIENNETE") @libelle("Ancienneté de la demande") @rubrique("ANCIENNETE")
     *     @reference("art. R.441-2-10 CCH") @parMois(1) @plafond(36)
     * when
     *     Dossier( $mois : ancienneteMois )
     * then
     *     note.parMois($mois);
     * end
     * }</pre>
     *
     * A rule calling it without {@code @parMois} is refused at load.
     */
    void parMois(int mois);

    /**
     * Gives {@code pointsParMois} per whole month, at most {@code plafond} points (no cap when
     * {@code plafond} is negative). Prefer {@link #parMois(int)}: when the rule declares
     * {@code @parMois} or {@code @plafond}, the arguments must say the same (a cap of -1 next to a
     * {@code @plafond} contradicts it): literal arguments that contradict them refuse the pack at load, with the
     * file and line; computed ones fail the scoring.
     */
    void parMois(int mois, double pointsParMois, double plafond);
}
