package fr.cotation.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a CSV file in a {@link FormatCsv} ({@link FormatCsv#FRANCAIS} unless told otherwise): the one CSV writer of
 * the library and of the {@code cotation} tool, so that every CSV they write opens the same way in a spreadsheet.
 *
 * <pre>{@code
 * try (CsvWriter w = new CsvWriter(Files.newOutputStream(fichier), FormatCsv.FRANCAIS)) {
 *     w.ligne("numeroUnique", "commune", "note");
 *     w.ligne("0060622091500001A0601", "06088", new BigDecimal("12.5"));   // 0060622091500001A0601;06088;12,5
 * }
 * }</pre>
 *
 * <ul>
 *   <li>The byte order mark (EF BB BF), when the format has one, is the file's first bytes; the text is UTF-8 and
 *       lines end with {@code \n}.</li>
 *   <li>A number ({@link BigDecimal}, {@link Double}, {@link Float}) is written in plain notation with the format's
 *       decimal mark; an integer as its digits; {@code null} as an empty cell.</li>
 *   <li>A text is made inert for a spreadsheet: when it starts like a formula ({@code =}, {@code +}, {@code -},
 *       {@code @}, a tab, a carriage return) it gets a leading apostrophe, unless it is a number; control characters
 *       are escaped (OWASP, "CSV injection"). It is quoted when it holds the separator, a quote or a line break.</li>
 * </ul>
 *
 * <p>Not thread-safe. Closing the writer closes the stream under it; {@link #flush()} does not.
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;
    private final FormatCsv format;

    /** A writer of UTF-8 text into {@code out}, the format's byte order mark written first. */
    public CsvWriter(OutputStream out, FormatCsv format) throws IOException {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format);
    }

    /** A writer into {@code out}; the byte order mark, when the format has one, is written as U+FEFF first. */
    public CsvWriter(Writer out, FormatCsv format) throws IOException {
        this.out = out;
        this.format = format;
        if (format.bom()) {
            out.write('\uFEFF');
        }
    }

    /** The format this writer writes. */
    public FormatCsv format() {
        return format;
    }

    /** Writes one row (a header or a record). */
    public CsvWriter ligne(Object... cellules) throws IOException {
        return ligne(Arrays.asList(cellules));
    }

    /** Writes one row (a header or a record). */
    public CsvWriter ligne(List<?> cellules) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cellules.size(); i++) {
            if (i > 0) {
                b.append(format.separateur());
            }
            b.append(cellule(cellules.get(i)));
        }
        out.write(b.append('\n').toString());
        return this;
    }

    /** One cell as this writer writes it: a number with the format's mark, a text inert and quoted when needed. */
    String cellule(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal n) {
            return decimal(n.toPlainString());
        }
        if ((v instanceof Double d && Double.isFinite(d)) || (v instanceof Float f && Float.isFinite(f))) {
            return decimal(new BigDecimal(v.toString()).toPlainString());
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof Boolean) {
            return v.toString();
        }
        String s = CelluleCsv.neutre(String.valueOf(v));
        if (s.indexOf(format.separateur()) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private String decimal(String s) {
        return format.decimale() == '.' ? s : s.replace('.', format.decimale());
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
