package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.demande.Preuve;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line as a rule gave it, before caps and rubrique rules. Immutable; it keeps the {@link Ligne} it becomes when no
 * cap nor rubrique changes it, built on first use: a rule whose line does not depend on the demande's situations
 * gives one {@code LigneBrute} for every demande (see {@link EvaluationDirecte}), and so one {@code Ligne}.
 */
final class LigneBrute {
    private final Critere critere;
    private final String regle;
    private final BigDecimal points;
    private final String explication;
    private final Preuve preuve;
    private final boolean dependDeLaCommune;
    private final List<String> situations;
    private final List<String> categoriesL4411;
    /** {@link #telleQuelle()} once built; a race between threads only builds an equal value twice. */
    private Ligne telleQuelle;

    LigneBrute(Critere critere, String regle, BigDecimal points, String explication, Preuve preuve,
               boolean dependDeLaCommune, List<String> situations, List<String> categoriesL4411) {
        this.critere = critere;
        this.regle = regle;
        this.points = points;
        this.explication = explication;
        this.preuve = preuve;
        this.dependDeLaCommune = dependDeLaCommune;
        this.situations = situations;
        this.categoriesL4411 = categoriesL4411;
    }

    Critere critere() {
        return critere;
    }

    String regle() {
        return regle;
    }

    BigDecimal points() {
        return points;
    }

    String explication() {
        return explication;
    }

    Preuve preuve() {
        return preuve;
    }

    boolean dependDeLaCommune() {
        return dependDeLaCommune;
    }

    List<String> situations() {
        return situations;
    }

    List<String> categoriesL4411() {
        return categoriesL4411;
    }

    /** The explanation line with these points, or with {@code retenus} and a note on why they differ. */
    Ligne ligne(BigDecimal retenus, String note) {
        if (note == null && retenus == points) {
            Ligne l = telleQuelle;
            if (l == null) {
                telleQuelle = l = construire(points, explication);
            }
            return l;
        }
        return construire(retenus, note == null ? explication : explication + " (" + note + ")");
    }

    private Ligne construire(BigDecimal retenus, String texte) {
        return new Ligne(critere.code(), critere.libelle(), critere.rubrique(), Points.norm(retenus), points, preuve,
                regle, critere.reference(), texte, dependDeLaCommune, situations, categoriesL4411);
    }

    @Override
    public String toString() {
        return "LigneBrute[" + critere.code() + ", " + regle + ", " + points + ", " + explication + "]";
    }
}
