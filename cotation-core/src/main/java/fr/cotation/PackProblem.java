package fr.cotation;

/**
 * A problem found while loading a rule pack: the pack is not loaded, every other pack keeps working.
 * {@link #toString()} reads as {@code file:line: rule: message}, like a compiler's.
 *
 * @param pack    pack id (or the descriptor's location when the id is unknown)
 * @param fichier file, relative to the pack folder
 * @param ligne   line in the file, 0 when not known
 * @param regle   rule name, {@code null} when the problem is not in a rule
 * @param message what is wrong, in French where it is ours, as Drools says it otherwise
 */
public record PackProblem(String pack, String fichier, int ligne, String regle, String message) {

    @Override
    public String toString() {
        return fichier + ":" + ligne + ": " + (regle == null ? "" : "règle \"" + regle + "\": ") + message
                + " [pack " + pack + "]";
    }
}
