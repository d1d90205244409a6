package fr.cotation.regles;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence gives points with. Every DRL file of a pack declares
 * {@code global fr.cotation.regles.Note note;} and its consequences call one of these methods with
 * {@code kcontext}. The criterion (code, label, rubrique, reference, points, cap) comes from the
 * rule's metadata ({@code @critere}, {@code @libelle}, {@code @rubrique}, {@code @reference},
 * {@code @points}, {@code @plafond}; for the published grille {@code @parMois}, {@code @dureeMois},
 * {@code @bareme}); the proof status of the line comes from the {@link Situation} and
 * {@link Priorite} facts the rule matched.
 *
 * <pre>{@code
 * rule "DALO"
 *     @critere("DALO") @libelle("Ménage reconnu DALO") @rubrique("PRIORITES")
 *     @reference("art. L.441-2-3 CCH") @points(100)
 * when
 *     Situation( code == "DALO" )
 * then
 *     note.retenir(kcontext);
 * end
 * }</pre>
 */
public interface Note {

    /** Gives the rule's {@code @points}. */
    void retenir(RuleContext kcontext);

    /** Gives {@code points} (negative for a malus), explained by {@code explication}. */
    void retenir(RuleContext kcontext, double points, String explication);

    /**
     * Gives {@code pointsParMois} per whole month, at most {@code plafond} points (no cap when
     * {@code plafond} is negative); explained as "ancienneté : 31 mois × 1 pt, plafonné à 24". When the rule
     * declares {@code @parMois} or {@code @plafond}, the arguments must say the same (else the scoring fails):
     * the published grille shows the metadata.
     */
    void parMois(RuleContext kcontext, int mois, double pointsParMois, double plafond);
}
