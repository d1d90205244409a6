package fr.cotation.examples.cli;

import java.io.Closeable;

/** Reads the demandes of one input file, one record at a time, whatever its format. */
interface LecteurDemandes extends Closeable {

    /**
     * The next record, read or rejected; {@code null} at the end of the file.
     *
     * @throws FichierIllisible when the rest of the file cannot be read (not well-formed, truncated)
     */
    Lu suivant() throws FichierIllisible;
}
