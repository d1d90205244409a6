package fr.cotation.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads the project's CSV data files (header line, comma-separated, UTF-8, lines starting with # ignored). */
public final class Csv {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.ALLOW_COMMENTS);

    private Csv() {
    }

    /** Every row as a map from column name to value (empty string for an empty cell). */
    public static List<Map<String, String>> read(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("fichier de données introuvable : " + name);
        }
        try (in) {
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("fichier de données illisible : " + name + " : " + e.getMessage(), e);
        }
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
        try (java.io.BufferedReader r = new java.io.BufferedReader(in, 1 << 16)) {
            String entete = r.readLine();
            if (entete == null) {
                throw new IllegalStateException("fichier de données vide : " + name);
            }
            List<String> noms = new java.util.ArrayList<>();
            cellules(entete, noms);
            int[] position = new int[colonnes.size()];
            for (int i = 0; i < position.length; i++) {
                position[i] = noms.indexOf(colonnes.get(i));
            }
            String[] sortie = new String[colonnes.size()];
            List<String> lues = new java.util.ArrayList<>(noms.size());
            String l;
            while ((l = r.readLine()) != null) {
                if (l.isEmpty() || l.charAt(0) == '#') {
                    continue;
                }
                lues.clear();
                cellules(l, lues);
                for (int i = 0; i < position.length; i++) {
                    sortie[i] = position[i] >= 0 && position[i] < lues.size() ? lues.get(position[i]) : "";
                }
                ligne.lire(sortie);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("fichier de données illisible : " + name + " : " + e.getMessage(), e);
        }
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

    /** A classpath resource read with {@link #read}. */
    public static List<Map<String, String>> resource(Class<?> anchor, String path) {
        return read(anchor.getResourceAsStream(path), path);
    }
}
