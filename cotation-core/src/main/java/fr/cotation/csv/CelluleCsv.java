package fr.cotation.csv;

import fr.cotation.demande.Bornes;

import java.util.regex.Pattern;

/**
 * A text cell made inert for a spreadsheet: a text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return is a formula to Excel or LibreOffice ({@code =HYPERLINK(…)} sends the reader's data away,
 * {@code =cmd|…} ran commands), so it gets a leading apostrophe, which the spreadsheet shows as text (OWASP, "CSV
 * injection"); control characters are escaped ({@code \u001b}). A number ({@code -12.5}, {@code -12,5}) is left as
 * it is.
 */
final class CelluleCsv {
    private static final Pattern NOMBRE = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private CelluleCsv() {
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
}
