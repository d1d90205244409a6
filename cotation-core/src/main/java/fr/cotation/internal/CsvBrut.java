package fr.cotation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads large data files of the project (the national commune registry) row by row, without Jackson: a class of its
 * own so that reading the registry does not initialise a Jackson mapper, which costs more than the reading in a
 * fresh JVM. Same format as {@link Csv}: header line, comma-separated, RFC 4180 quoting, lines starting with #
 * ignored.
 */
public final class CsvBrut {
    private CsvBrut() {
    }

    /** Receives the cells of one data row of {@link #parcourir}; the array is reused between rows. */
    @FunctionalInterface
    public interface Ligne {
        void lire(String[] cellules);
    }

    /**
     * Reads a large data file row by row without building a map per row: the header gives the column order of
     * {@code colonnes}, and each data row reaches {@code ligne} as its cells in that order (empty string for an absent
     * or empty cell). RFC 4180 quoting (a quoted cell may hold commas and doubled quotes, not line breaks); lines
     * starting with # and blank lines are skipped. Closes {@code in}.
     */
    public static void parcourir(java.io.Reader in, String name, List<String> colonnes, Ligne ligne) {
        String texte;
        try (in) {
            StringBuilder b = new StringBuilder(1 << 16);
            char[] tampon = new char[1 << 16];
            for (int n; (n = in.read(tampon)) >= 0; ) {
                b.append(tampon, 0, n);
            }
            texte = b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("fichier de données illisible : " + name + " : " + e.getMessage(), e);
        }
        parcourir(texte, name, colonnes, ligne);
    }

    /**
     * {@link #parcourir(java.io.Reader, String, List, Ligne)} on a whole text: lines are found with {@code indexOf} and
     * only the cells of the requested columns are cut (a file of 37,000 rows is read in one pass, no line copied).
     */
    public static void parcourir(String texte, String name, List<String> colonnes, Ligne ligne) {
        int n = texte.length();
        int fin = finDeLigne(texte, 0);
        if (n == 0) {
            throw new IllegalStateException("fichier de données vide : " + name);
        }
        List<String> noms = new java.util.ArrayList<>();
        cellules(texte.substring(0, fin), noms);
        int[] position = new int[colonnes.size()];
        int derniere = 0;
        for (int i = 0; i < position.length; i++) {
            position[i] = noms.indexOf(colonnes.get(i));
            derniere = Math.max(derniere, position[i]);
        }
        String[] sortie = new String[colonnes.size()];
        int[] virgules = new int[derniere + 2];
        List<String> lues = new java.util.ArrayList<>(noms.size());
        int debut = fin + 1;
        int guillemet = texte.indexOf('"', debut);
        while (debut < n) {
            fin = finDeLigne(texte, debut);
            int bout = fin > debut && texte.charAt(fin - 1) == '\r' ? fin - 1 : fin;
            if (bout > debut && texte.charAt(debut) != '#') {
                if (guillemet >= 0 && guillemet < debut) {
                    guillemet = texte.indexOf('"', debut); // the next quote of the text, looked for once per quote
                }
                if (guillemet >= 0 && guillemet < bout) {
                    lues.clear();
                    cellules(texte.substring(debut, bout), lues);
                    for (int i = 0; i < position.length; i++) {
                        sortie[i] = position[i] >= 0 && position[i] < lues.size() ? lues.get(position[i]) : "";
                    }
                } else {
                    // the cell k runs from virgules[k] + 1 to virgules[k + 1]; the line's end closes the last one
                    virgules[0] = debut - 1;
                    int k = 0;
                    while (k <= derniere) {
                        int v = texte.indexOf(',', virgules[k] + 1);
                        virgules[++k] = v < 0 || v > bout ? bout : v;
                        if (virgules[k] == bout) {
                            break;
                        }
                    }
                    for (int i = 0; i < position.length; i++) {
                        int p = position[i];
                        sortie[i] = p < 0 || p >= k ? "" : texte.substring(virgules[p] + 1, virgules[p + 1]);
                    }
                }
                ligne.lire(sortie);
            }
            debut = fin + 1;
        }
    }

    private static int finDeLigne(String texte, int debut) {
        int fin = texte.indexOf('\n', debut);
        return fin < 0 ? texte.length() : fin;
    }

    /** The cells of one CSV line, added to {@code out}. */
    private static void cellules(String l, List<String> out) {
        int n = l.length();
        int i = 0;
        while (true) {
            if (i < n && l.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (i < n) {
                    char c = l.charAt(i++);
                    if (c == '"') {
                        if (i < n && l.charAt(i) == '"') {
                            b.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        b.append(c);
                    }
                }
                out.add(b.toString());
                i = l.indexOf(',', i);
            } else {
                int fin = l.indexOf(',', i);
                out.add(l.substring(i, fin < 0 ? n : fin));
                i = fin;
            }
            if (i < 0) {
                return;
            }
            i++;
        }
    }

}
