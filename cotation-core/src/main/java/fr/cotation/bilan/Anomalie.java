package fr.cotation.bilan;

/**
 * An attribution the bilan could not count as given, reported rather than lost: dated outside the year, on a dwelling
 * not listed, on a dwelling put at the disposal of a convention not listed, for a demande not listed.
 *
 * @param attribution the attribution's identifier
 * @param champ       the field at fault
 * @param valeur      its value
 * @param message     what was done with the attribution, in French
 */
public record Anomalie(String attribution, String champ, String valeur, String message) {
}
