package fr.cotation.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a JSON file of demandes into the text of each demande, following only brackets and strings: an array
 * {@code [ {…}, {…} ]}, or values one after the other. Each text is then read alone, so that a fault in one
 * demande stays in that demande.
 *
 * <p>When a demande's brackets do not balance (a missing brace, an unclosed string, a cut file), the place to
 * start again is the first later line that opens an object where the demande itself was opened: its first
 * non-blank characters are only closing brackets and commas, then <code>{</code>, at most two columns right of
 * the faulty demande's own. This fits one demande a line, Jackson's pretty printer (<code>}, {</code>) and
 * hand-indented files; a nested object is indented further and is never taken for a demande. A line break
 * inside a string (not allowed in JSON) ends the string, so that a missing quote spoils one line, not the file.
 *
 * <p>A demande is held in memory up to {@value #MORCEAU_MAX} characters; a longer one is skipped, bracket by
 * bracket, without being held.
 */
final class DecoupeJson implements Closeable {
    /** Characters of one demande at most: a demande is a few kilobytes. */
    static final int MORCEAU_MAX = 1_000_000;
    /** Columns right of the demande's own where a line may open the next demande. */
    private static final int DECALAGE_MAX = 2;

    /**
     * The text of one demande.
     *
     * @param texte        its characters (up to {@link #MORCEAU_MAX})
     * @param ligne        line of its first character
     * @param colonne      column of its first character
     * @param equilibre    whether its brackets balance
     * @param finDuFichier whether the file ended inside it
     * @param tropLong     whether it was longer than {@link #MORCEAU_MAX} (then {@code texte} is its beginning)
     * @param reprise      offset in {@code texte} of the first line that may open the next demande, -1 when none
     * @param ligneReprise the line of that offset
     * @param colonneReprise its column
     */
    record Morceau(String texte, long ligne, long colonne, boolean equilibre, boolean finDuFichier, boolean tropLong,
                   int reprise, long ligneReprise, long colonneReprise) {
    }

    private final Reader in;
    private final char[] tampon = new char[8192];
    private int pos;
    private int lim;
    /** Characters given back, read before the reader's. */
    private String rendu;
    private int renduPos;
    /** Position of the last character read: line from 1, column from 1 (0 before the first of a line). */
    private long ligne = 1;
    private long colonne;
    private boolean debut = true;
    /** Line of the top-level {@code [} while it is not closed, 0 otherwise. */
    private long tableauOuvert;

    DecoupeJson(Reader in) {
        this.in = in;
    }

    long ligne() {
        return ligne;
    }

    long colonne() {
        return colonne;
    }

    /** Line of the top-level array's {@code [} when the file ended before its {@code ]}, else 0. */
    long tableauOuvert() {
        return tableauOuvert;
    }

    /** The next demande's text, {@code null} at the end of the file. */
    Morceau suivant() throws IOException {
        while (true) {
            int c = lire();
            if (c < 0) {
                return null;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF' || c == ',' && !debut) {
                continue;
            }
            if (c == '[' && debut) {
                debut = false;
                tableauOuvert = ligne;
                continue;
            }
            debut = false;
            if (c == ']' && tableauOuvert > 0) {
                tableauOuvert = 0;
                continue;
            }
            return morceau(c);
        }
    }

    /**
     * Gives back the text of {@code m} from its {@linkplain Morceau#reprise() place to start again}: the next
     * {@link #suivant()} reads it again as the next demande.
     *
     * @return the line where the reading starts again, 0 when {@code m} has no such place
     */
    long reprendre(Morceau m) {
        if (m.reprise() <= 0 || m.tropLong()) {
            return 0;
        }
        rendre(m.texte().substring(m.reprise()), m.ligneReprise(), m.colonneReprise() - 1);
        return m.ligneReprise();
    }

    private Morceau morceau(int premier) throws IOException {
        long l0 = ligne;
        long c0 = colonne;
        StringBuilder t = new StringBuilder();
        t.append((char) premier);
        if (premier != '{' && premier != '[') {
            return scalaire(premier, t, l0, c0);
        }
        StringBuilder pile = new StringBuilder().append((char) premier);
        boolean chaine = false;
        boolean echappe = false;
        boolean debutLigne = false;
        boolean tropLong = false;
        int reprise = -1;
        long ligneReprise = 0;
        long colonneReprise = 0;
        while (true) {
            int x = lire();
            if (x < 0) {
                return new Morceau(t.toString(), l0, c0, false, true, tropLong, reprise, ligneReprise, colonneReprise);
            }
            if (!tropLong) {
                t.append((char) x);
            }
            if (chaine) {
                if (echappe) {
                    echappe = false;
                } else if (x == '\\') {
                    echappe = true;
                } else if (x == '"') {
                    chaine = false;
                } else if (x == '\n') {
                    chaine = false; // not JSON: the string is taken as ended, the fault stays on its line
                    debutLigne = true;
                }
                continue;
            }
            if (x == '\n') {
                debutLigne = true;
            } else if (debutLigne && x == '{' && reprise < 0 && colonne <= c0 + DECALAGE_MAX && !tropLong) {
                reprise = t.length() - 1;
                ligneReprise = ligne;
                colonneReprise = colonne;
                debutLigne = false;
            } else if (debutLigne && x != ' ' && x != '\t' && x != '\r' && x != ',' && x != '}' && x != ']') {
                debutLigne = false;
            }
            switch (x) {
                case '"' -> chaine = true;
                case '{', '[' -> pile.append((char) x);
                case '}', ']' -> {
                    char ouvert = pile.charAt(pile.length() - 1);
                    if (ouvert == '{' && x == '}' || ouvert == '[' && x == ']') {
                        pile.setLength(pile.length() - 1);
                        if (pile.isEmpty()) {
                            return new Morceau(t.toString(), l0, c0, true, false, tropLong, reprise, ligneReprise,
                                    colonneReprise);
                        }
                    } else {
                        // a bracket that closes nothing open here: the demande ends before it
                        if (!tropLong) {
                            t.setLength(t.length() - 1);
                        }
                        rendre(String.valueOf((char) x), ligne, colonne - 1);
                        return new Morceau(t.toString(), l0, c0, false, false, tropLong, reprise, ligneReprise,
                                colonneReprise);
                    }
                }
                default -> {
                    // other characters belong to the demande
                }
            }
            if (!tropLong && t.length() >= MORCEAU_MAX) {
                if (reprise > 0) {
                    // a demande this long has surely swallowed the next ones: start again at the first of them
                    return new Morceau(t.toString(), l0, c0, false, false, false, reprise, ligneReprise, colonneReprise);
                }
                tropLong = true;
            }
        }
    }

    /** A value that is not an object nor an array: up to the next blank, comma or bracket. */
    private Morceau scalaire(int premier, StringBuilder t, long l0, long c0) throws IOException {
        boolean chaine = premier == '"';
        boolean echappe = false;
        while (t.length() < MORCEAU_MAX) {
            int x = lire();
            if (x < 0) {
                break;
            }
            if (chaine) {
                t.append((char) x);
                if (echappe) {
                    echappe = false;
                } else if (x == '\\') {
                    echappe = true;
                } else if (x == '"' || x == '\n') {
                    break;
                }
                continue;
            }
            if (x == ' ' || x == '\t' || x == '\r' || x == '\n' || x == ',') {
                break;
            }
            if (x == ']' || x == '[' || x == '{' || x == '}') {
                rendre(String.valueOf((char) x), ligne, colonne - 1);
                break;
            }
            t.append((char) x);
        }
        return new Morceau(t.toString(), l0, c0, true, false, false, -1, 0, 0);
    }

    /** Gives back {@code texte}, whose first character follows the position ({@code l}, {@code c}). */
    private void rendre(String texte, long l, long c) {
        rendu = rendu == null ? texte : texte + rendu.substring(renduPos);
        renduPos = 0;
        ligne = l;
        colonne = c;
    }

    private int lire() throws IOException {
        int c;
        if (rendu != null) {
            c = rendu.charAt(renduPos++);
            if (renduPos == rendu.length()) {
                rendu = null;
            }
        } else {
            if (pos == lim) {
                int n = in.read(tampon);
                if (n <= 0) {
                    return -1;
                }
                pos = 0;
                lim = n;
            }
            c = tampon[pos++];
        }
        if (c == '\n') {
            ligne++;
            colonne = 0;
        } else {
            colonne++;
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
