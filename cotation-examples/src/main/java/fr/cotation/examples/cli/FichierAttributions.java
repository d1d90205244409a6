package fr.cotation.examples.cli;

import fr.cotation.classement.Attribution;
import fr.cotation.csv.AttributionsCsv;
import fr.cotation.csv.CsvWriter;
import fr.cotation.csv.DocumentCsvIllisible;
import fr.cotation.csv.ErreurCsv;
import fr.cotation.csv.FormatCsv;
import fr.cotation.demande.Bornes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The attribution history of {@code classement --historique}, {@code fiche --historique} and {@code generate
 * --historique}, read and written by the library's {@link AttributionsCsv}; here only the tool's messages.
 */
final class FichierAttributions {

    /** The attributions read and the lines rejected ({@code file:line: column = value : message}). */
    record Lecture(List<Attribution> attributions, List<String> rejets) {
    }

    private FichierAttributions() {
    }

    /** Reads the whole history; a record that cannot be used is rejected with its line, the others are kept. */
    static Lecture lire(Path fichier) throws FichierIllisible {
        return lire(fichier, new EntreeStandard(InputStream.nullInputStream()));
    }

    /** As {@link #lire(Path)}, {@code -} reading {@code entreeStandard}. */
    static Lecture lire(Path fichier, EntreeStandard entreeStandard) throws FichierIllisible {
        try (InputStream in = entreeStandard.ouvrir(fichier)) {
            AttributionsCsv.Lecture l = AttributionsCsv.lire(in);
            return new Lecture(l.attributions(), l.erreurs().stream().map(e -> enLigne(fichier, e)).toList());
        } catch (DocumentCsvIllisible e) {
            throw new FichierIllisible(fichier.toString(), e.ligne(), e.colonne(), e.getMessage(), e);
        } catch (IOException e) {
            throw new FichierIllisible(fichier.toString(), 0, 0, "historique d'attributions illisible : "
                    + e.getMessage(), e);
        }
    }

    /** Writes attributions in the form {@link #lire(Path)} reads, in the French spreadsheets' form of every CSV of the tool. */
    static void ecrire(Stream<Attribution> attributions, OutputStream out) throws IOException {
        AttributionsCsv.ecrire(attributions, new CsvWriter(out, FormatCsv.FRANCAIS));
    }

    private static String enLigne(Path fichier, ErreurCsv e) {
        return Bornes.echapper(fichier + ":" + e); // values read from a file are shown, never obeyed
    }
}
