/**
 * The CSV forms of the library, for spreadsheets: {@link fr.cotation.csv.DemandeCsvReader} reads the flat form of
 * simple demandes, {@link fr.cotation.csv.AttributionsCsv} an attribution history, and {@link
 * fr.cotation.csv.CsvWriter} writes every CSV of the library and of the {@code cotation} tool in one
 * {@link fr.cotation.csv.FormatCsv}: by default the French spreadsheets' ({@code ;}, decimal comma, UTF-8 byte order
 * mark). Readers accept that form and the {@code ,}/{@code .} one, bound every line and number, and report a bad
 * record with its line, column and value while keeping the good ones. The forms are documented in
 * {@code docs/formats-csv.md}.
 */
package fr.cotation.csv;
