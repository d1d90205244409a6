package fr.cotation.pack;

/**
 * What makes two demandes "analogous" for the positionnement and the waiting time owed to the applicant
 * (art. R.441-2-17 CCH); the law leaves it to each territory.
 */
public enum Analogie {
    /** Same typology sought and same commune (the default). */
    TYPOLOGIE_COMMUNE,
    /** Same typology sought and same EPCI. */
    TYPOLOGIE_EPCI,
    /** Same typology sought and same resource band. */
    TYPOLOGIE_RESSOURCES
}
