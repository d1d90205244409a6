package fr.cotation.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.csv.CsvWriter;
import fr.cotation.csv.FormatCsv;
import fr.cotation.demande.Bornes;
import fr.cotation.json.CotationJson;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Where the cotations go, in one of the three formats of {@code --format}; written as they come. */
interface Sortie extends Closeable {

    /** One scored demande: a row per wished commune (table, CSV) or the whole result (JSON). */
    void ecrire(CotationResult r) throws IOException;

    /** The output formats. */
    enum Format {
        TABLE, JSON, CSV
    }

    /** Flushes and ends the document; does not close the stream. */
    @Override
    void close() throws IOException;

    static Sortie ouvrir(Format format, OutputStream out) throws IOException {
        return switch (format) {
            case TABLE -> new Table(out);
            case JSON -> new Json(out);
            case CSV -> new Csv(out);
        };
    }

    /**
     * A readable table, one row per (demande, commune): the commune and its EPCI (names from the registry), the
     * points, the grille, or why there are none.
     *
     * <pre>
     * Demande                Commune                           EPCI                                 Points  Grille
     * 0060622091500001A0601  Nice (06088)                      Métropole Nice Côte d'Azur               86  nice-cote-azur 2023.1, principale
     * </pre>
     */
    final class Table implements Sortie {
        private static final String LIGNE = "%-22s %-32s %-36s %7s  %s%n";
        private final PrintWriter w;

        Table(OutputStream out) {
            this.w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
            w.printf(LIGNE, "Demande", "Commune", "EPCI", "Points", "Grille");
        }

        @Override
        public void ecrire(CotationResult r) {
            String numero = Bornes.echapper(r.numeroUnique()); // a terminal shows it, it does not obey it
            for (Cotation c : r.cotations()) {
                String lieu = c.nomCommune() == null ? c.commune() : c.nomCommune() + " (" + c.commune() + ")";
                String epci = c.nomEpci() != null ? c.nomEpci() : c.epci() != null ? c.epci() : "-";
                switch (c.statut()) {
                    case COTEE -> w.printf(LIGNE, numero, lieu, epci, c.total().toPlainString(),
                            c.pack() + " " + c.version() + ", " + c.grille() + (c.provisoire() ? " (provisoire)" : ""));
                    case SANS_GRILLE -> w.printf(LIGNE, numero, lieu, epci, "-", "pas de grille : " + Bornes.echapper(c.message()));
                    case ERREUR -> w.printf(LIGNE, numero, lieu, epci, "-", "ERREUR : " + Bornes.echapper(c.message()));
                }
            }
            w.flush();
        }

        @Override
        public void close() {
            w.flush();
        }
    }

    /** A JSON array of the results, in the form of docs/json.md. */
    final class Json implements Sortie {
        private final SequenceWriter w;

        Json(OutputStream out) throws IOException {
            this.w = CotationJson.writer()
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out);
        }

        @Override
        public void ecrire(CotationResult r) throws IOException {
            w.write(r);
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }

    /**
     * CSV, one row per (demande, commune), in the French spreadsheets' form of {@link FormatCsv#FRANCAIS}; the lines
     * of each cotation are in the JSON output only.
     */
    final class Csv implements Sortie {
        static final List<String> COLONNES = List.of("numeroUnique", "commune", "nomCommune", "epci", "nomEpci",
                "statut", "total", "provisoire", "pack", "version", "grille", "message");
        private final CsvWriter w;

        Csv(OutputStream out) throws IOException {
            this.w = new CsvWriter(out, FormatCsv.FRANCAIS);
            w.ligne(COLONNES);
        }

        @Override
        public void ecrire(CotationResult r) throws IOException {
            for (Cotation c : r.cotations()) {
                w.ligne(r.numeroUnique(), c.commune(), c.nomCommune(), c.epci(), c.nomEpci(),
                        c.statut().name(), c.statut() == Cotation.Statut.COTEE ? c.total() : null,
                        c.statut() == Cotation.Statut.COTEE ? c.provisoire() : null, c.pack(), c.version(),
                        c.grille(), c.message());
            }
        }

        @Override
        public void close() throws IOException {
            w.flush();
        }
    }
}
