package fr.cotation.examples.cli;

import fr.cotation.demande.Demande;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * The demandes of stock files (JSON, CSV, national XML), read lazily one record at a time, for the commands that take a
 * whole stock ({@code classement}, {@code candidats}, {@code compare}). An unreadable record is said on the error stream
 * ({@code file:line: ...}) and counted, and the reading goes on; an unreadable file is said and the next one read.
 * One pass: {@link #iterator()} reads the files again from the start each time it is called.
 */
final class StockFichiers implements Iterable<Demande> {
    private final List<Path> fichiers;
    private final FormatEntree format;
    private final PrintStream err;
    private final LongConsumer progression;
    private final EntreeStandard entreeStandard;
    private long lues;
    private long rejetees;
    private boolean illisible;

    /**
     * @param format      imposed input format, {@code null} to guess from each file's extension or content
     * @param progression told the number of records read so far (progress line); may do nothing
     * @param entreeStandard what a file named {@code -} reads
     */
    StockFichiers(List<Path> fichiers, FormatEntree format, PrintStream err, LongConsumer progression,
            EntreeStandard entreeStandard) {
        this.entreeStandard = entreeStandard;
        this.fichiers = List.copyOf(fichiers);
        this.format = format;
        this.err = err;
        this.progression = progression;
    }

    /** Records that could not be read into a demande. */
    long rejetees() {
        return rejetees;
    }

    /** Whether a whole file could not be read. */
    boolean illisible() {
        return illisible;
    }

    /** Records read, rejected ones included. */
    long lues() {
        return lues;
    }

    /** Prints why each file cannot be read and returns {@code false} if one cannot ({@code -} always can). */
    static boolean lisibles(List<Path> fichiers, PrintStream err) {
        boolean ok = true;
        for (Path f : fichiers) {
            if (EntreeStandard.est(f)) {
                continue;
            }
            if (!Files.isRegularFile(f)) {
                err.println(f + ": fichier introuvable");
                ok = false;
            } else if (!Files.isReadable(f)) {
                err.println(f + ": fichier illisible (droits d'accès)");
                ok = false;
            }
        }
        return ok;
    }

    @Override
    public Iterator<Demande> iterator() {
        return new Iterator<>() {
            private int index;
            private InputStream brut;
            private LecteurDemandes lecteur;
            private Demande suivante;

            @Override
            public boolean hasNext() {
                while (suivante == null) {
                    try {
                        if (lecteur == null) {
                            if (index == fichiers.size()) {
                                return false;
                            }
                            Path f = fichiers.get(index++);
                            brut = entreeStandard.ouvrir(f);
                            lecteur = FormatEntree.ouvrir(f.toString(), brut, format);
                        }
                        Lu lu = lecteur.suivant();
                        if (lu == null) {
                            fermer();
                            continue;
                        }
                        progression.accept(++lues);
                        if (lu.demande() == null) {
                            rejetees++;
                            lu.rejets().forEach(r -> err.println(r.enLigne()));
                        } else {
                            suivante = lu.demande();
                        }
                    } catch (FichierIllisible e) {
                        illisible = true;
                        err.println(e.rejet().enLigne());
                        fermer();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return true;
            }

            @Override
            public Demande next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Demande d = suivante;
                suivante = null;
                return d;
            }

            private void fermer() {
                try {
                    if (lecteur != null) {
                        lecteur.close();
                    }
                    if (brut != null) {
                        brut.close();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    lecteur = null;
                    brut = null;
                }
            }
        };
    }
}
