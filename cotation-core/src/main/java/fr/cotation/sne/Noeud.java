package fr.cotation.sne;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a {@code demandeLogement} subtree, read in full before it is mapped: the importer streams
 * the document demande by demande and never holds more than one demande in memory.
 */
final class Noeud {
    final String nom;
    final Map<String, String> attributs;
    final int ligne;
    final int colonne;
    final Noeud parent;
    final List<Noeud> enfants = new ArrayList<>();
    /** The path of the root of a subtree ({@code /interfaceNuu/demande[2]/demandeLogement}); unused below it. */
    private final String cheminRacine;
    String texte = "";

    Noeud(String nom, Map<String, String> attributs, int ligne, int colonne, Noeud parent, String cheminRacine) {
        this.nom = nom;
        this.attributs = attributs;
        this.ligne = ligne;
        this.colonne = colonne;
        this.parent = parent;
        this.cheminRacine = cheminRacine;
    }

    /** The first child of that name, or {@code null}. */
    Noeud enfant(String nomEnfant) {
        for (Noeud n : enfants) {
            if (n.nom.equals(nomEnfant)) {
                return n;
            }
        }
        return null;
    }

    /** Every child of that name, in document order. */
    List<Noeud> enfants(String nomEnfant) {
        List<Noeud> l = new ArrayList<>();
        for (Noeud n : enfants) {
            if (n.nom.equals(nomEnfant)) {
                l.add(n);
            }
        }
        return l;
    }

    /**
     * The element's path from the document root, XPath-like: {@code /interfaceNuu/demande[1]/demandeLogement/
     * personnePhysique/demandeur/listeRessourceRecue/detailRessource[3]/ressource}. A position (from 1) is
     * given when the parent has several children of that name.
     */
    String chemin() {
        if (parent == null) {
            return cheminRacine;
        }
        List<Noeud> memes = parent.enfants(nom);
        String pas = memes.size() > 1 ? nom + "[" + (memes.indexOf(this) + 1) + "]" : nom;
        return parent.chemin() + "/" + pas;
    }
}
