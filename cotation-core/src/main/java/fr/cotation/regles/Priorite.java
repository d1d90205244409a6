package fr.cotation.regles;

import fr.cotation.demande.Preuve;

/**
 * A priority category of art. L.441-1 CCH that the demande meets, with the best proof among the
 * situations that qualify it. Rules test it by letter: {@code Priorite( categorie == "k" )}; the list of
 * categories is data with effective dates ({@link PrioritesL4411}).
 */
public final class Priorite {
    private final String categorie;
    private final Preuve preuve;

    public Priorite(String categorie, Preuve preuve) {
        this.categorie = categorie;
        this.preuve = preuve;
    }

    /** Letter of the category: {@code "a"} to {@code "m"}, including {@code "g bis"}. */
    public String getCategorie() {
        return categorie;
    }

    public Preuve getPreuve() {
        return preuve;
    }

    public boolean isProuvee() {
        return preuve != Preuve.DECLAREE;
    }

    @Override
    public String toString() {
        return "Priorite(" + categorie + ", " + preuve + ")";
    }
}
