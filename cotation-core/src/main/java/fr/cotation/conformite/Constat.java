package fr.cotation.conformite;

import java.util.Objects;

/**
 * One finding of the compliance check, located like a compiler's message.
 * {@link #toString()} reads as {@code file:line: rule: SEVERITY code: message [pack id]}.
 *
 * @param code    the stable code; its severity is {@link #gravite()}
 * @param pack    id of the pack whose file holds the finding (a base's id for a finding in the base's files)
 * @param fichier file, as {@code pack-id/relative/path.drl}, or {@code pack.yaml} for the descriptor
 * @param ligne   line in the file, 0 when the finding is about the whole file or grille
 * @param regle   rule name, {@code null} when the finding is not in a rule
 * @param message what is wrong and how to correct it, in French
 */
public record Constat(CodeConstat code, String pack, String fichier, int ligne, String regle, String message) {

    public Constat {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The severity, given by the code. */
    public Gravite gravite() {
        return code.gravite();
    }

    @Override
    public String toString() {
        return fichier + ":" + ligne + ": " + (regle == null ? "" : "règle \"" + regle + "\": ") + gravite() + " "
                + code + ": " + message + " [pack " + pack + "]";
    }
}
