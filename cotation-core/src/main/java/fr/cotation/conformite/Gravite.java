package fr.cotation.conformite;

/** How serious a finding of the compliance check is. */
public enum Gravite {
    /** The pack is not lawful, or not safe to load, as written: it must be corrected. */
    ERREUR,
    /** Lawful but sensitive: the criterion must stay explicit, justified and visible in the published grille. */
    AVERTISSEMENT,
    /** Nothing to correct: how the pack is run, worth knowing for its authors (e.g. a slower evaluation). */
    INFORMATION
}
