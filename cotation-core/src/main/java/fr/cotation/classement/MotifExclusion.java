package fr.cotation.classement;

/**
 * Why a demande, or one of its wished communes, is left out of a classement. The first four concern the whole
 * demande and are tested in this order (a demande is counted once, under the first that applies); the last two
 * concern one (demande, commune) pair.
 */
public enum MotifExclusion {
    /** Another demande of the stock, met earlier, has the same numéro unique: only the first one met is considered. */
    DOUBLON,
    /** Radiated on or before the evaluation date (radiation dates are given to the builder, by numéro unique). */
    RADIEE,
    /**
     * Not renewed in time: the evaluation date is after the last renewal ({@code dateRenouvellement}, or
     * {@code dateDepot} when never renewed) plus the validity (one year by default, art. R.441-2-7 CCH). A demande
     * whose renewal date is unknown ({@code Demande.renouvellementInconnu()}: a national-format document without
     * its renewal element) is never counted as expired.
     */
    EXPIREE,
    /** The demande has validation problems (listed in {@link Exclusions#invalides()}); it has no note. */
    INVALIDE,
    /** One wished commune has no grille in force at the evaluation date (counted per demande and commune). */
    SANS_GRILLE,
    /** The grille of one wished commune could not score the demande (counted per demande and commune). */
    ERREUR
}
