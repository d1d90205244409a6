package fr.cotation.csv;

import fr.cotation.classement.Attribution;
import fr.cotation.demande.Bornes;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.Typologie;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CSV form of an attribution history, the raw material of the délai d'attente (art. R.441-2-17 CCH, see
 * {@link Attribution}): a header naming the columns {@code dateDepot}, {@code dateAttribution}, {@code typologie},
 * {@code commune}, {@code mutation} (any order, separated by {@code ;} or {@code ,}, read from the header), one
 * attribution a record; dates {@code AAAA-MM-JJ} or {@code JJ/MM/AAAA}, typology code {@code C}, {@code T1} …
 * {@code T5}, {@code T6P}, INSEE code, {@code true}/{@code false} (or {@code vrai}/{@code faux}, {@code oui}/{@code
 * non}). A record that cannot be used is an error naming its line, column and value; the others are kept. Records
 * are split and bounded as those of {@link DemandeCsvReader}: a line too long, a quote left open or a wrong number of
 * cells is an error of that line, and the reading goes on at the next.
 */
public final class AttributionsCsv {
    /** The columns, in the order {@link #ecrire} writes them. */
    public static final List<String> COLONNES = List.of("dateDepot", "dateAttribution", "typologie", "commune",
            "mutation");

    /**
     * The attributions of a history and the records that could not be used.
     *
     * @param attributions the attributions read, in the file's order
     * @param erreurs      every record at fault, with its line, column and value
     */
    public record Lecture(List<Attribution> attributions, List<ErreurCsv> erreurs) {
        public Lecture {
            attributions = List.copyOf(attributions);
            erreurs = List.copyOf(erreurs);
        }
    }

    private AttributionsCsv() {
    }

    /**
     * Reads a whole history of UTF-8 bytes (a byte order mark first is skipped); a history is small beside a stock,
     * it is held in memory.
     *
     * @throws DocumentCsvIllisible when the header lacks a column or the stream fails
     */
    public static Lecture lire(InputStream in) throws DocumentCsvIllisible {
        return lire(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a whole history of text.
     *
     * @throws DocumentCsvIllisible when the header lacks a column or the stream fails
     */
    public static Lecture lire(Reader in) throws DocumentCsvIllisible {
        List<Attribution> attributions = new ArrayList<>();
        List<ErreurCsv> erreurs = new ArrayList<>();
        try (RangeesCsv rangees = new RangeesCsv(in)) {
            RangeesCsv.Rangee r = rangees.rangee();
            List<String> entete = r == null || r.cellules() == null ? List.of()
                    : r.cellules().stream().map(String::strip).toList();
            if (!entete.containsAll(COLONNES)) {
                throw new DocumentCsvIllisible("en-tête attendu : " + String.join(",", COLONNES) + " ; lu : "
                        + Bornes.citer(String.join(String.valueOf(rangees.separateur()), entete)), r == null ? 1 : r.ligne(), 0, null);
            }
            rangees.largeur(entete.size());
            for (r = rangees.rangee(); r != null; r = rangees.rangee()) {
                if (r.cellules() == null) {
                    erreurs.add(new ErreurCsv(r.ligne(), null, null, r.erreur()));
                    continue;
                }
                if (r.cellules().size() != entete.size()) {
                    erreurs.add(new ErreurCsv(r.ligne(), null, null, r.cellules().size() + " cellules pour "
                            + entete.size() + " colonnes d'en-tête"));
                    continue;
                }
                Map<String, String> l = new HashMap<>();
                for (int i = 0; i < entete.size(); i++) {
                    l.put(entete.get(i), r.cellules().get(i).strip());
                }
                for (Probleme p : attribution(l, attributions)) {
                    erreurs.add(new ErreurCsv(r.ligne(), p.champ(), p.valeur(), p.message()));
                }
            }
        } catch (DocumentCsvIllisible e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DocumentCsvIllisible("historique d'attributions illisible : " + e.getMessage(), 0, 0, e);
        }
        return new Lecture(attributions, erreurs);
    }

    /** Writes {@code attributions}, header first, in the form {@link #lire} reads, in {@code w}'s format. */
    public static void ecrire(Stream<Attribution> attributions, CsvWriter w) throws IOException {
        w.ligne(COLONNES);
        for (Attribution a : (Iterable<Attribution>) attributions::iterator) {
            w.ligne(a.dateDepot().toString(), a.dateAttribution().toString(), a.typologie().code(), a.commune(),
                    String.valueOf(a.mutation()));
        }
        w.flush();
    }

    /** Adds the attribution of one record to {@code attributions}, or gives what is wrong with it. */
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
        Boolean estMutation = switch (mutation.toLowerCase(Locale.ROOT)) {
            case "true", "vrai", "oui" -> true;
            case "false", "faux", "non" -> false;
            default -> null;
        };
        if (estMutation == null) {
            problemes.add(new Probleme("mutation", mutation, "true ou false attendu"));
        }
        if (problemes.isEmpty()) {
            Attribution a = new Attribution(depot, attribution, typologie, valeur(l, "commune"), estMutation);
            problemes.addAll(a.problemes());
            if (problemes.isEmpty()) {
                attributions.add(a);
            }
        }
        return problemes;
    }

    private static LocalDate date(Map<String, String> l, String colonne, List<Probleme> problemes) {
        String v = valeur(l, colonne);
        return DemandeCsvReader.date(v, m -> problemes.add(new Probleme(colonne, v, m)));
    }

    /** A cell; empty when absent. */
    private static String valeur(Map<String, String> l, String colonne) {
        String v = l.get(colonne);
        return v == null ? "" : v;
    }
}
