package fr.cotation.csv;

/**
 * How a CSV file is written: its column separator, its decimal mark and whether it starts with a byte order mark.
 *
 * <p>The default is {@link #FRANCAIS}: {@code ;} between columns, {@code 12,5} for numbers, UTF-8 with a byte order
 * mark. It is what Excel and LibreOffice in a French locale write and expect: they open such a file in columns, with
 * its accents and its numbers as numbers; a {@code ,}-separated file with no mark opens in one column, accents broken
 * (the comma is the French decimal mark, so the spreadsheet does not take it for a separator). {@link #INTERNATIONAL}
 * ({@code ,}, {@code 12.5}, no mark) is the form of RFC 4180 and of most programs.
 *
 * <p>Readers accept both: the separator is read from the header line, a byte order mark is skipped, and a number is
 * read with either mark ({@code 760,50} or {@code 760.50}).
 *
 * @param separateur the column separator, {@code ;} or {@code ,}
 * @param decimale   the decimal mark of numbers, {@code ,} or {@code .}; never the separator
 * @param bom        whether the file starts with the UTF-8 byte order mark (EF BB BF)
 */
public record FormatCsv(char separateur, char decimale, boolean bom) {
    /** {@code ;}, decimal comma, byte order mark: French spreadsheets open it in columns. The default. */
    public static final FormatCsv FRANCAIS = new FormatCsv(';', ',', true);
    /** {@code ,}, decimal point, no byte order mark (RFC 4180). */
    public static final FormatCsv INTERNATIONAL = new FormatCsv(',', '.', false);

    /**
     * @throws IllegalArgumentException when the separator is not {@code ;} or {@code ,}, the mark not {@code ,} or
     *                                  {@code .}, or both are the same character
     */
    public FormatCsv {
        if (separateur != ';' && separateur != ',') {
            throw new IllegalArgumentException("séparateur « " + separateur + " » : ; ou , attendu");
        }
        if (decimale != ',' && decimale != '.') {
            throw new IllegalArgumentException("marque décimale « " + decimale + " » : , ou . attendu");
        }
        if (separateur == decimale) {
            throw new IllegalArgumentException("le séparateur et la marque décimale sont tous deux « " + separateur
                    + " »");
        }
    }
}
