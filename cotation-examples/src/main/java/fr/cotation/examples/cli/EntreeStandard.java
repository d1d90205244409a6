package fr.cotation.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Objects;

/**
 * {@code -} for the standard input, wherever a command reads a file: the stock of {@code classement},
 * {@code candidats}, {@code comparer --stock} and {@code fiche --stock}, {@code --historique}, {@code --logement}
 * (score and fiche read their demandes file through it too). The standard input can be read once: one {@code -} per
 * run ({@link #uneFois}). A command that reads its stock twice ({@code comparer}) asks {@link #relisible()}: the input
 * is then copied once to a temporary file readable by its owner only, deleted when the run ends ({@link #close()}).
 */
final class EntreeStandard implements AutoCloseable {
    /** What names the standard input on the command line. */
    static final String TIRET = "-";

    private final InputStream entree;
    private boolean relisible;
    private boolean lue;
    private Path copie;

    EntreeStandard(InputStream entree) {
        this.entree = Objects.requireNonNull(entree);
    }

    /** Whether {@code fichier} names the standard input. */
    static boolean est(Path fichier) {
        return fichier != null && fichier.toString().equals(TIRET);
    }

    /**
     * Whether the files name the standard input at most once; says why not on {@code err} (the caller then exits
     * with {@link CodeSortie#USAGE}).
     */
    @SafeVarargs
    static boolean uneFois(String commande, PrintStream err, Collection<Path>... fichiers) {
        long n = 0;
        for (Collection<Path> c : fichiers) {
            n += c.stream().filter(EntreeStandard::est).count();
        }
        if (n > 1) {
            err.println("cotation " + commande + " : l'entrée standard (-) ne se lit qu'une fois : un seul fichier peut "
                    + "être - (aide : cotation " + commande + " --help)");
            return false;
        }
        return true;
    }

    /** The standard input will be read more than once: {@link #ouvrir} copies it the first time. */
    EntreeStandard relisible() {
        this.relisible = true;
        return this;
    }

    /**
     * The content of {@code fichier}: the file, or for {@code -} the standard input (never closed by the caller's
     * {@code close}).
     *
     * @throws IOException when the file cannot be opened, or the standard input was already read
     */
    InputStream ouvrir(Path fichier) throws IOException {
        if (!est(fichier)) {
            return Files.newInputStream(fichier);
        }
        if (!relisible) {
            if (lue) {
                throw new IOException("l'entrée standard a déjà été lue");
            }
            lue = true;
            return new FilterInputStream(entree) {
                @Override
                public void close() {
                    // the process's standard input stays open
                }
            };
        }
        if (copie == null) {
            copie = Files.createTempFile("cotation-entree-", ".tmp");
            try {
                Files.setPosixFilePermissions(copie, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the temporary folder's own protection applies
            }
            try (OutputStream o = Files.newOutputStream(copie)) {
                entree.transferTo(o);
            }
        }
        return Files.newInputStream(copie);
    }

    /** Deletes the copy of the standard input, if one was made. */
    @Override
    public void close() {
        if (copie != null) {
            try {
                Files.deleteIfExists(copie);
            } catch (IOException e) {
                copie.toFile().deleteOnExit();
            }
            copie = null;
        }
    }
}
