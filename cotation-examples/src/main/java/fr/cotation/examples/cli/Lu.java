package fr.cotation.examples.cli;

import fr.cotation.demande.Demande;

import java.util.List;

/**
 * One record of an input file: a demande, or why it could not be read.
 *
 * @param fichier        the file
 * @param ligne          where the record starts
 * @param colonne        its column, 0 when not meaningful
 * @param rang           its rank in the file, from 1
 * @param demande        the demande, {@code null} when {@code rejets} is not empty
 * @param rejets         why the record could not be read
 * @param avertissements what was read but not kept whole
 */
record Lu(String fichier, long ligne, long colonne, int rang, Demande demande, List<Rejet> rejets,
          List<String> avertissements) {

    static Lu demande(String fichier, long ligne, long colonne, int rang, Demande d, List<String> avertissements) {
        return new Lu(fichier, ligne, colonne, rang, d, List.of(), avertissements);
    }

    static Lu rejete(String fichier, long ligne, long colonne, int rang, List<Rejet> rejets) {
        return new Lu(fichier, ligne, colonne, rang, null, rejets, List.of());
    }

    /** The demande's label in messages: its numéro unique, or its rank in the file. */
    String libelle() {
        return demande != null && demande.numeroUnique() != null && !demande.numeroUnique().isBlank()
                ? demande.numeroUnique() : "n° " + rang;
    }
}
