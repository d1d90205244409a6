package fr.cotation.sne;

import fr.cotation.demande.Demande;

import java.util.List;

/**
 * One {@code demandeLogement} of an interfaceNuu document: the demande imported, or the errors that prevent it.
 *
 * @param chemin         path of the {@code demandeLogement} element
 * @param ligne          its line in the document
 * @param colonne        its column
 * @param numeroUnique   its {@code numUnique}, {@code null} when absent
 * @param demande        the demande, {@code null} when {@code erreurs} is not empty
 * @param erreurs        unknown codes, missing required elements, unreadable values; empty when imported
 * @param avertissements what was read but could not be kept whole (for example a second modeleLogement)
 */
public record LectureNuu(String chemin, int ligne, int colonne, String numeroUnique, Demande demande,
                         List<ErreurNuu> erreurs, List<String> avertissements) {

    public LectureNuu {
        erreurs = List.copyOf(erreurs);
        avertissements = List.copyOf(avertissements);
    }

    /** Whether the demande was imported. */
    public boolean importee() {
        return demande != null;
    }
}
