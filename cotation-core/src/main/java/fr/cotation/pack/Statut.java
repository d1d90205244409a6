package fr.cotation.pack;

/** Legal status of a pack's grille. */
public enum Statut {
    /** A model proposed by this project: criteria documented for the territory, point values proposed. */
    MODELE,
    /** The grille adopted by the EPCI (PPGDID annex, CIL deliberation). */
    ADOPTEE,
    /**
     * A draft the EPCI is writing, not adopted yet: it loads and scores (each cotation says it is a draft), and
     * {@code cotation verifier} reports its compliance errors as things to settle before adoption without failing.
     */
    PROJET;

    /** Whether cotations by a grille of this status are not those of an adopted grille (a model or a draft). */
    public boolean nonAdoptee() {
        return this != ADOPTEE;
    }
}
