package fr.cotation.internal.engine;

/** A grille could not score one demande in one commune; the message says why, in French. */
final class ScoringException extends Exception {
    private final Session.Echec echec;

    ScoringException(String message, Throwable cause, Session.Echec echec) {
        super(message, cause);
        this.echec = echec;
    }

    /** Where the failure comes from (for a loop: the rule that fired most), {@code null} if unknown. */
    Session.Echec echec() {
        return echec;
    }
}
