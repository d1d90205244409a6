package fr.cotation;

import fr.cotation.conformite.Constat;

/**
 * A problem found while loading a rule pack: the pack is not loaded, every other pack keeps working.
 * {@link #toString()} reads as {@code file:line: rule: message}, like a compiler's, with the finding's code
 * first when the problem is a finding of the compliance check ({@code [S003] ...}).
 *
 * @param pack    pack id (or the descriptor's location when the id is unknown)
 * @param fichier file, relative to the pack folder
 * @param ligne   line in the file, 0 when not known
 * @param regle   rule name, {@code null} when the problem is not in a rule
 * @param message what is wrong, in French where it is ours, as Drools says it otherwise
 * @param constat the finding of the compliance check that refused the pack (unsafe DRL, rule without criterion
 *                metadata), {@code null} for other problems
 */
public record ProblemePack(String pack, String fichier, int ligne, String regle, String message, Constat constat) {

    /** A problem that is not a finding of the compliance check. */
    public ProblemePack(String pack, String fichier, int ligne, String regle, String message) {
        this(pack, fichier, ligne, regle, message, null);
    }

    /** A finding that refuses pack {@code pack} (the finding may lie in one of its bases' files). */
    public static ProblemePack of(String pack, Constat constat) {
        return new ProblemePack(pack, constat.fichier(), constat.ligne(), constat.regle(), constat.message(), constat);
    }

    @Override
    public String toString() {
        return fichier + ":" + ligne + ": " + (regle == null ? "" : "règle \"" + regle + "\": ")
                + (constat == null ? "" : "[" + constat.code() + "] ") + message + " [pack " + pack + "]";
    }
}
