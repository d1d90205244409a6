package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.cotation.classement.Attribution;
import fr.cotation.demande.Bornes;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.Typologie;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The attribution history of {@code classement --historique} and {@code generate --historique}: a CSV file with the
 * header {@code dateDepot,dateAttribution,typologie,commune,mutation} (dates {@code AAAA-MM-JJ}, typology code
 * {@code C}, {@code T1} … {@code T5}, {@code T6P}, INSEE code, {@code true}/{@code false}), one attribution a line.
 * A line that cannot be used is rejected with its line, column name and value; the others are kept. Records are
 * split and bounded by {@link RangeesCsv}, the mechanism of the CSV demandes.
 */
final class FichierAttributions {
    static final List<String> COLONNES = List.of("dateDepot", "dateAttribution", "typologie", "commune", "mutation");
    private static final CsvMapper CSV = new CsvMapper();

    /** The attributions read and the lines rejected ({@code file:line: column = value : message}). */
    record Lecture(List<Attribution> attributions, List<String> rejets) {
    }

    private FichierAttributions() {
    }

    /**
     * Reads the whole history (an attribution history is small beside a stock: it is held in memory). Each record is
     * parsed alone by {@link RangeesCsv}, as the demandes of a CSV stock: a line too long, a quote left open or a
     * wrong number of cells rejects that line, and the reading goes on at the next.
     */
    static Lecture lire(Path fichier) throws FichierIllisible {
        return lire(fichier, new EntreeStandard(InputStream.nullInputStream()));
    }

    /** As {@link #lire(Path)}, {@code -} reading {@code entreeStandard}. */
    static Lecture lire(Path fichier, EntreeStandard entreeStandard) throws FichierIllisible {
        List<Attribution> attributions = new ArrayList<>();
        List<String> rejets = new ArrayList<>();
        try (RangeesCsv rangees = new RangeesCsv(fichier.toString(),
                new InputStreamReader(entreeStandard.ouvrir(fichier), StandardCharsets.UTF_8))) {
            long[] ligne = new long[1];
            Object r = rangees.rangee(ligne);
            List<String> entete = r instanceof List<?> l ? l.stream().map(String::valueOf).map(String::strip).toList()
                    : List.of();
            if (!entete.containsAll(COLONNES)) {
                throw illisible(fichier, r instanceof Rejet rejet ? rejet.ligne() : 1, "en-tête attendu : "
                        + String.join(",", COLONNES) + " ; lu : " + Bornes.citer(String.join(",", entete)));
            }
            rangees.largeur(entete.size());
            for (r = rangees.rangee(ligne); r != null; r = rangees.rangee(ligne)) {
                if (r instanceof Rejet rejet) {
                    rejets.add(fichier + ":" + rejet.ligne() + ": " + rejet.message());
                    continue;
                }
                List<?> cellules = (List<?>) r;
                if (cellules.size() != entete.size()) {
                    rejets.add(fichier + ":" + ligne[0] + ": " + cellules.size() + " cellules pour " + entete.size()
                            + " colonnes d'en-tête");
                    continue;
                }
                Map<String, String> l = new HashMap<>();
                for (int i = 0; i < entete.size(); i++) {
                    l.put(entete.get(i), String.valueOf(cellules.get(i)));
                }
                for (Probleme p : attribution(l, attributions)) {
                    rejets.add(fichier + ":" + ligne[0] + ": " + p.champ() + " = " + p.valeur() + " : " + p.message());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FichierIllisible(fichier.toString(), 0, 0, "historique d'attributions illisible : "
                    + e.getMessage(), e);
        }
        return new Lecture(List.copyOf(attributions), List.copyOf(rejets));
    }

    /** Adds the attribution of one line to {@code attributions}, or gives what is wrong with it. */
    private static List<Probleme> attribution(Map<String, String> l, List<Attribution> attributions) {
        List<Probleme> problemes = new ArrayList<>();
        LocalDate depot = date(l, "dateDepot", problemes);
        LocalDate attribution = date(l, "dateAttribution", problemes);
        Typologie typologie = null;
        try {
            typologie = Typologie.fromCode(valeur(l, "typologie"));
        } catch (IllegalArgumentException e) {
            problemes.add(new Probleme("typologie", valeur(l, "typologie"), "typologie inconnue (C, T1 … T5, T6P)"));
        }
        String mutation = valeur(l, "mutation");
        if (!mutation.equals("true") && !mutation.equals("false")) {
            problemes.add(new Probleme("mutation", mutation, "true ou false attendu"));
        }
        if (problemes.isEmpty()) {
            Attribution a = new Attribution(depot, attribution, typologie, valeur(l, "commune"),
                    Boolean.parseBoolean(mutation));
            problemes.addAll(a.problemes());
            if (problemes.isEmpty()) {
                attributions.add(a);
            }
        }
        return problemes;
    }

    /** Writes attributions in the format read by {@link #lire(Path)}. */
    static void ecrire(Stream<Attribution> attributions, OutputStream out) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumns(COLONNES, CsvSchema.ColumnType.STRING).build().withHeader();
        try (SequenceWriter w = CSV.writer(schema).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            for (Attribution a : (Iterable<Attribution>) attributions::iterator) {
                w.write(List.of(CelluleCsv.ligne(a.dateDepot().toString(), a.dateAttribution().toString(),
                        a.typologie().code(), a.commune(), String.valueOf(a.mutation()))));
            }
        }
    }

    private static LocalDate date(Map<String, String> l, String colonne, List<Probleme> problemes) {
        String v = valeur(l, colonne);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problemes.add(new Probleme(colonne, v, "date impossible (AAAA-MM-JJ attendu)"));
            return null;
        }
    }

    /** A cell, trimmed; empty when the line is too short. */
    private static String valeur(Map<String, String> l, String colonne) {
        String v = l.get(colonne);
        return v == null ? "" : v.trim();
    }

    private static FichierIllisible illisible(Path fichier, long ligne, String message) {
        return new FichierIllisible(fichier.toString(), ligne, 0, message, null);
    }
}
