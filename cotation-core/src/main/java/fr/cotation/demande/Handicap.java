package fr.cotation.demande;

/**
 * Handicap needs declared for a member of the household.
 *
 * @param fauteuilRoulant needs a dwelling adapted to a wheelchair
 * @param capaciteMarche  walking capacity, {@code null} if not given
 * @param etat            stabilised or evolving, {@code null} if not given
 * @param preuve          proof status (for example a MDPH decision checked)
 */
public record Handicap(boolean fauteuilRoulant, CapaciteMarche capaciteMarche, EtatHandicap etat, Preuve preuve) {

    public Handicap {
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
