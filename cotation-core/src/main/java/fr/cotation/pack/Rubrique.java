package fr.cotation.pack;

/**
 * A rubrique of a grille: a family of criteria whose points add up ({@link Mode#CUMUL}) or of which only
 * the best counts ({@link Mode#MEILLEUR}, as in Paris), with an optional cap on the rubrique's total.
 *
 * @param code    code the rules name in {@code @rubrique}
 * @param libelle French label
 * @param mode    how the criteria of the rubrique combine
 * @param plafond cap on the rubrique's total, {@code null} for none
 */
public record Rubrique(String code, String libelle, Mode mode, Double plafond) {

    /** How the criteria of one rubrique combine. */
    public enum Mode {
        /** The points of every criterion met add up. */
        CUMUL,
        /**
         * Only the criterion with the most points counts; the others stay in the explanation with 0
         * points. A malus (negative criterion) in the rubrique is not in competition and always counts.
         * Ties go to the first criterion code in alphabetical order.
         */
        MEILLEUR
    }

    public Rubrique {
        mode = mode == null ? Mode.CUMUL : mode;
    }
}
