package fr.cotation.internal.conformite;

/**
 * A token of DRL text, outside comments.
 *
 * @param type  kind of token
 * @param texte the identifier, the symbol, the number, or the content of a literal (without its quotes)
 * @param ligne line where the token starts, from 1
 */
public record Jeton(Type type, String texte, int ligne) {

    /** Kinds of tokens. */
    public enum Type {
        /** An identifier or keyword (Java rules: letters, digits, {@code _} and {@code $}). */
        IDENT,
        /** A string or character literal, {@code "..."} or {@code '...'}. */
        CHAINE,
        /** A number. */
        NOMBRE,
        /** An operator or punctuation. */
        SYMBOLE
    }

    boolean est(String s) {
        return type != Type.CHAINE && texte.equals(s);
    }

    boolean ident() {
        return type == Type.IDENT;
    }
}
