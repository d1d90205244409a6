package fr.cotation.examples.cli;

import fr.cotation.demande.Bornes;

import java.util.regex.Pattern;

/**
 * A cell of a CSV the tool writes, made inert for a spreadsheet: a text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is a formula to Excel or LibreOffice ({@code =HYPERLINK(…)}
 * sends the reader's data away, {@code =cmd|…} ran commands), so it gets a leading apostrophe, which the
 * spreadsheet shows as text (OWASP, "CSV injection"); control characters are escaped ({@code \u001b}). A number
 * ({@code -12.5}) is left as it is.
 */
final class CelluleCsv {
    private static final Pattern NOMBRE = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CelluleCsv() {
    }

    /** {@code v} as it may be written in a cell; non-text values are returned as they are. */
    static Object neutre(Object v) {
        return v instanceof String s ? neutre(s) : v;
    }

    /** {@code s} with its control characters escaped and, when it starts like a formula, a leading apostrophe. */
    static String neutre(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean formule = (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
                && !NOMBRE.matcher(s).matches();
        String e = Bornes.echapper(s);
        return formule ? "'" + e : e;
    }

    /** Every cell of a row, {@linkplain #neutre(Object) made inert}. */
    static Object[] ligne(Object... cellules) {
        Object[] l = new Object[cellules.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = neutre(cellules[i]);
        }
        return l;
    }
}
