package fr.cotation.csv;

import fr.cotation.demande.Demande;

import java.util.List;

/**
 * One record of a CSV file of demandes: the demande read, or the errors that prevent it.
 *
 * @param ligne        the record's first line in the file
 * @param rang         its rank among the file's records, from 1
 * @param numeroUnique its {@code numeroUnique} cell, {@code null} when empty or not read
 * @param demande      the demande, {@code null} when {@code erreurs} is not empty
 * @param erreurs      every cell at fault, each naming its column and value; empty when read
 */
public record LectureCsv(long ligne, int rang, String numeroUnique, Demande demande, List<ErreurCsv> erreurs) {

    public LectureCsv {
        erreurs = List.copyOf(erreurs);
    }

    /** Whether the demande was read. */
    public boolean lue() {
        return demande != null;
    }
}
