package fr.cotation.examples.cli;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file, one at a time, each parsed alone, for every CSV file the tool reads (the demandes of
 * {@link LecteurCsv}, the attribution history of {@link FichierAttributions}): a record is a line, or several when a
 * quoted cell holds line breaks. A quote left open spoils its own line only: when the lines that follow do not close
 * it into a record of the header's width (within {@value #LIGNES_MAX} lines), the line is rejected and the reading
 * starts again at the next one. A line longer than {@value #LIGNE_MAX} characters is rejected without being held.
 * Empty lines and lines starting with {@code #} are skipped.
 */
final class RangeesCsv implements Closeable {
    /** Characters of one line at most: a line of the tool's CSV forms is a few hundred. */
    static final int LIGNE_MAX = 100_000;
    /** Lines a quoted cell may join into one record. */
    static final int LIGNES_MAX = 20;

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(',')
            .withQuoteChar('"');

    private final String fichier;
    private final Reader in;
    /** Lines read ahead to close a quote, and given back when they did not: read again first. */
    private final java.util.ArrayDeque<LigneLue> rendues = new java.util.ArrayDeque<>();
    private long ligneCourante;
    /** The header's width once it is read (a joined record must have it); 0 before. */
    private int largeur;

    /** A line of the file: its text (its beginning when longer than {@link #LIGNE_MAX}) and number. */
    private record LigneLue(String texte, long numero, boolean tropLongue) {
    }

    RangeesCsv(String fichier, Reader in) {
        this.fichier = fichier;
        this.in = in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in, 1 << 16);
    }

    /** The header's width: a record joined over several lines must have it. */
    void largeur(int colonnes) {
        this.largeur = colonnes;
    }

    /** The number of the last line read. */
    long ligneCourante() {
        return ligneCourante;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The next record's cells ({@code List<String>}), or a {@link Rejet} for a line that cannot be read (its line
     * and why), {@code null} at the end; the record's first line in {@code ligne[0]}. Empty lines and comments are
     * skipped.
     */
    Object rangee(long[] ligne) throws IOException {
        LigneLue premiere;
        do {
            premiere = ligne();
            if (premiere == null) {
                return null;
            }
        } while (!premiere.tropLongue() && (premiere.texte().isBlank() || premiere.texte().startsWith("#")));
        ligne[0] = premiere.numero();
        if (premiere.tropLongue()) {
            return new Rejet(fichier, premiere.numero(), 0, null, null, null, "ligne de plus de " + LIGNE_MAX
                    + " caractères : non lue", null);
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
                return jointes;
            }
            for (int i = suite.size() - 1; i >= 0; i--) {
                rendues.addFirst(suite.get(i)); // read again: the quote belonged to the first line only
            }
        }
        List<String> seule = cellules(premiere.texte());
        if (seule == null) {
            return new Rejet(fichier, premiere.numero(), 0, null, null, null, "CSV mal formé : guillemet non fermé "
                    + "sur cette ligne ; lecture reprise à la ligne suivante", null);
        }
        return seule;
    }

    /** The cells of one record's text, {@code null} when it is not well-formed CSV. */
    private static List<String> cellules(String texte) {
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(texte)) {
            p.setSchema(SCHEMA);
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
