package fr.cotation.pack;

/** Legal status of a pack's grille. */
public enum Statut {
    /** A model proposed by this project: criteria documented for the territory, point values proposed. */
    MODELE,
    /** The grille adopted by the EPCI (PPGDID annex, CIL deliberation). */
    ADOPTEE
}
