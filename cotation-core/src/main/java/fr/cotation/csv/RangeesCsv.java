package fr.cotation.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file, one at a time, each parsed alone, for every CSV file the library reads (the demandes of
 * {@link DemandeCsvReader}, the attribution history of {@link AttributionsCsv}): a record is a line, or several when a
 * quoted cell holds line breaks. A quote left open spoils its own line only: when the lines that follow do not close
 * it into a record of the header's width (within {@value #LIGNES_MAX} lines), the line is rejected and the reading
 * starts again at the next one. A line longer than {@value #LIGNE_MAX} characters is rejected without being held.
 * Empty lines and lines starting with {@code #} are skipped; a byte order mark before the first line is dropped.
 *
 * <p>The separator is found on the first record, the header: {@code ;} when the header holds one outside quotes (the
 * French spreadsheets' form, {@link FormatCsv#FRANCAIS}), {@code ,} otherwise.
 */
final class RangeesCsv implements Closeable {
    /** Characters of one line at most: a line of the library's CSV forms is a few hundred. */
    static final int LIGNE_MAX = 100_000;
    /** Lines a quoted cell may join into one record. */
    static final int LIGNES_MAX = 20;

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    /**
     * One record: its first line and its cells, or why it cannot be read ({@code cellules} then {@code null}).
     */
    record Rangee(long ligne, List<String> cellules, String erreur) {
    }

    private final Reader in;
    /** Lines read ahead to close a quote, and given back when they did not: read again first. */
    private final ArrayDeque<LigneLue> rendues = new ArrayDeque<>();
    private long ligneCourante;
    /** The header's width once it is read (a joined record must have it); 0 before. */
    private int largeur;
    /** The separator, found on the first record; 0 before. */
    private char separateur;
    private CsvSchema schema;

    /** A line of the file: its text (its beginning when longer than {@link #LIGNE_MAX}) and number. */
    private record LigneLue(String texte, long numero, boolean tropLongue) {
    }

    RangeesCsv(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
    }

    /** The header's width: a record joined over several lines must have it. */
    void largeur(int colonnes) {
        this.largeur = colonnes;
    }

    /** The number of the last line read. */
    long ligneCourante() {
        return ligneCourante;
    }

    /** The separator found on the first record, {@code ,} before it is read. */
    char separateur() {
        return separateur == 0 ? ',' : separateur;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The next record, {@code null} at the end. Empty lines and comments are skipped. */
    Rangee rangee() throws IOException {
        LigneLue premiere;
        do {
            premiere = ligne();
            if (premiere == null) {
                return null;
            }
        } while (!premiere.tropLongue() && (premiere.texte().isBlank() || premiere.texte().startsWith("#")));
        if (premiere.tropLongue()) {
            return new Rangee(premiere.numero(), null, "ligne de plus de " + LIGNE_MAX + " caractères : non lue");
        }
        if (separateur == 0) {
            separateur = separateurDe(premiere.texte());
            schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(separateur).withQuoteChar('"');
        }
        if (guillemets(premiere.texte()) % 2 != 0) {
            // a quoted cell holding line breaks, or a quote left open: join the next lines while it stays open
            List<LigneLue> suite = new ArrayList<>();
            StringBuilder texte = new StringBuilder(premiere.texte());
            long n = guillemets(premiere.texte());
            while (n % 2 != 0 && suite.size() < LIGNES_MAX - 1 && texte.length() < LIGNE_MAX) {
                LigneLue l = ligne();
                if (l == null) {
                    break;
                }
                suite.add(l);
                if (l.tropLongue()) {
                    break;
                }
                texte.append('\n').append(l.texte());
                n += guillemets(l.texte());
            }
            List<String> jointes = n % 2 == 0 ? cellules(texte.toString()) : null;
            if (jointes != null && (largeur == 0 || jointes.size() == largeur)) {
                return new Rangee(premiere.numero(), jointes, null);
            }
            for (int i = suite.size() - 1; i >= 0; i--) {
                rendues.addFirst(suite.get(i)); // read again: the quote belonged to the first line only
            }
        }
        List<String> seule = cellules(premiere.texte());
        if (seule == null) {
            return new Rangee(premiere.numero(), null, "CSV mal formé : guillemet non fermé sur cette ligne ; lecture "
                    + "reprise à la ligne suivante");
        }
        return new Rangee(premiere.numero(), seule, null);
    }

    /**
     * A number written with either decimal mark ({@code 760,50} or {@code 760.50}), {@code null} when it is not one
     * (a thousands separator, two marks, letters). The caller bounds its length first.
     */
    static java.math.BigDecimal nombre(String s) {
        String t = s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')
                ? s.replace(',', '.') : s;
        try {
            return new java.math.BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code ;} when the line holds one outside quotes, {@code ,} otherwise. */
    static char separateurDe(String ligne) {
        boolean cite = false;
        for (int i = 0; i < ligne.length(); i++) {
            char c = ligne.charAt(i);
            if (c == '"') {
                cite = !cite;
            } else if (c == ';' && !cite) {
                return ';';
            }
        }
        return ',';
    }

    /** The cells of one record's text, {@code null} when it is not well-formed CSV. */
    private List<String> cellules(String texte) {
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(texte)) {
            p.setSchema(schema);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return List.of();
            }
            List<String> c = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                c.add(p.getText());
            }
            return p.nextToken() == null ? c : null; // one record, or the text was not what it seemed
        } catch (IOException e) {
            return null;
        }
    }

    private static long guillemets(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    /** The next line, given back ones first; {@code null} at the end. */
    private LigneLue ligne() throws IOException {
        if (!rendues.isEmpty()) {
            return rendues.pollFirst();
        }
        StringBuilder b = new StringBuilder();
        boolean tropLongue = false;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        if (ligneCourante == 0 && c == '\uFEFF') { // the byte order mark a French spreadsheet writes
            c = in.read();
        }
        while (c >= 0 && c != '\n') {
            if (b.length() < LIGNE_MAX) {
                b.append((char) c);
            } else {
                tropLongue = true;
            }
            c = in.read();
        }
        if (!b.isEmpty() && b.charAt(b.length() - 1) == '\r') {
            b.setLength(b.length() - 1);
        }
        return new LigneLue(b.toString(), ++ligneCourante, tropLongue);
    }
}
