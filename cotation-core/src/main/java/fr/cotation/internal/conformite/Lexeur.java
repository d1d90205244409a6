package fr.cotation.internal.conformite;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL text into tokens the way Drools and the Java compiler do where it matters for safety: comments
 * are dropped, string literals kept apart from code. When in doubt it errs towards code: a literal ends at the
 * end of its line, so a multi-line text block is scanned as code, never the reverse.
 */
public final class Lexeur {
    private static final String[] SYMBOLES = {">>>=", "<<=", ">>=", "==", "!=", "<=", ">=", "&&", "||", "++", "--",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "->", "::"};

    private Lexeur() {
    }

    /** The tokens of a DRL text, in order. */
    public static List<Jeton> jetons(String texte) {
        List<Jeton> out = new ArrayList<>();
        int n = texte.length();
        int ligne = 1;
        int i = 0;
        while (i < n) {
            char c = texte.charAt(i);
            if (c == '\n') {
                ligne++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && texte.charAt(i + 1) == '/') {
                while (i < n && texte.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && texte.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(texte.charAt(i) == '*' && i + 1 < n && texte.charAt(i + 1) == '/')) {
                    if (texte.charAt(i) == '\n') {
                        ligne++;
                    }
                    i++;
                }
                i = Math.min(n, i + 2);
            } else if (c == '"' || c == '\'') {
                int debut = i + 1;
                int j = debut;
                StringBuilder sb = new StringBuilder();
                while (j < n && texte.charAt(j) != c && texte.charAt(j) != '\n') {
                    if (texte.charAt(j) == '\\' && j + 1 < n && texte.charAt(j + 1) != '\n') {
                        sb.append(texte.charAt(j + 1));
                        j += 2;
                    } else {
                        sb.append(texte.charAt(j++));
                    }
                }
                out.add(new Jeton(Jeton.Type.CHAINE, sb.toString(), ligne));
                i = j < n && texte.charAt(j) == c ? j + 1 : j; // an unclosed literal stops at the end of the line
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(texte.charAt(j)) || texte.charAt(j) == '_'
                        || (texte.charAt(j) == '.' && j + 1 < n && Character.isDigit(texte.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Jeton(Jeton.Type.NOMBRE, texte.substring(i, j), ligne));
                i = j;
            } else if (Character.isJavaIdentifierStart(texte.codePointAt(i))
                    || Character.isIdentifierIgnorable(texte.codePointAt(i))) {
                int j = i + Character.charCount(texte.codePointAt(i));
                while (j < n && Character.isJavaIdentifierPart(texte.codePointAt(j))) {
                    j += Character.charCount(texte.codePointAt(j));
                }
                out.add(new Jeton(Jeton.Type.IDENT, texte.substring(i, j), ligne));
                i = j;
            } else {
                String s = String.valueOf(c);
                for (String m : SYMBOLES) {
                    if (texte.startsWith(m, i)) {
                        s = m;
                        break;
                    }
                }
                out.add(new Jeton(Jeton.Type.SYMBOLE, s, ligne));
                i += s.length();
            }
        }
        return out;
    }
}
