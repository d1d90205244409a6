package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.demande.Preuve;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line as a rule gave it, before caps and rubrique rules. Immutable in what it holds; it keeps the {@link Ligne} it
 * becomes when no cap nor rubrique changes it, and the last one a cap or rubrique changed, each built on first use: a
 * rule whose line does not depend on the demande's situations gives one {@code LigneBrute} for every demande (see
 * {@link EvaluationDirecte}), and so one {@code Ligne}.
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
    /** The line with this raw line's points, once built; a race between threads only builds an equal value twice. */
    private Ligne telleQuelle;
    /** The last line built with other points or a note (a best-criterion rubrique sets the same each time). */
    private Modifiee modifiee;

    /** A line with points other than the rule's, and why. One immutable value, so that it is read whole. */
    private record Modifiee(BigDecimal retenus, String note, Ligne ligne) {
    }

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
        Modifiee m = modifiee;
        if (m != null && m.retenus().equals(retenus) && java.util.Objects.equals(m.note(), note)) {
            return m.ligne();
        }
        Ligne l = construire(retenus, note == null ? explication : explication + " (" + note + ")");
        modifiee = new Modifiee(retenus, note, l);
        return l;
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
