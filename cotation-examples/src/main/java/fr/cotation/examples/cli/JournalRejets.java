package fr.cotation.examples.cli;

import fr.cotation.csv.CsvWriter;
import fr.cotation.csv.FormatCsv;
import fr.cotation.demande.Bornes;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Where rejets go: one line each on the error stream, or one CSV row each in the errors file
 * ({@code --erreurs}), whose columns are {@link #COLONNES}, in the French spreadsheets' form ({@link FormatCsv}).
 * Warnings always go to the error stream.
 */
final class JournalRejets implements Closeable {
    static final List<String> COLONNES = List.of("fichier", "ligne", "colonne", "demande", "champ", "valeur", "message");

    private final PrintStream err;
    private final CsvWriter csv;
    private final boolean debug;
    private final Runnable avantEcriture;

    JournalRejets(PrintStream err, OutputStream fichier, boolean debug, Runnable avantEcriture) throws IOException {
        this.err = err;
        this.debug = debug;
        this.avantEcriture = avantEcriture;
        if (fichier == null) {
            this.csv = null;
        } else {
            this.csv = new CsvWriter(fichier, FormatCsv.FRANCAIS);
            csv.ligne(COLONNES);
        }
    }

    void rejet(Rejet r) throws IOException {
        if (csv != null) {
            csv.ligne(r.fichier(), r.ligne() > 0 ? r.ligne() : null, r.colonne() > 0 ? r.colonne() : null,
                    r.demande(), r.champ(), r.valeur() == null ? null : Bornes.citer(r.valeur()), r.message());
        } else {
            avantEcriture.run();
            err.println(r.enLigne());
        }
        if (debug && r.cause() != null) {
            avantEcriture.run();
            r.cause().printStackTrace(err);
        }
    }

    void avertissement(String fichier, long ligne, String texte) {
        avantEcriture.run();
        err.println(Bornes.echapper(fichier + (ligne > 0 ? ":" + ligne : "") + ": avertissement : " + texte));
    }

    /** Whether rejets go to a file rather than to the error stream. */
    boolean versFichier() {
        return csv != null;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
    }
}
