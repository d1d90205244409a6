package fr.cotation.classement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The order of a group of analogous demandes, stated so that it can be shown to applicants and reused by the
 * commission's shortlist: the higher note first; at equal notes, the older first filing (ancienneté, date of first
 * filing {@code dateDepot}); at equal dates, the numéro unique in increasing order (character by character, as
 * {@link String#compareTo}). Since numéros uniques are unique, the order is total and no two demandes share a rank.
 */
public final class Departage {
    /** The rule in French, as it is printed with every classement. */
    public static final String REGLE = "Les demandes sont classées par note décroissante ; à note égale, la demande "
            + "déposée la première (date du premier dépôt) passe devant ; à date égale, l'ordre croissant du numéro "
            + "unique départage.";

    /** The order of positions within one group; see the class comment. */
    public static final Comparator<Position> POSITIONS = ordre(Position::note, Position::dateDepot,
            Position::numeroUnique);

    private Departage() {
    }

    /**
     * The order of the class comment over any type: note descending, then first filing date ascending, then numéro
     * unique ascending. A {@code null} note or date sorts last, a {@code null} numéro last.
     *
     * @param note         the note of an element
     * @param dateDepot    its first filing date
     * @param numeroUnique its numéro unique
     */
    public static <T> Comparator<T> ordre(Function<? super T, BigDecimal> note,
                                          Function<? super T, LocalDate> dateDepot,
                                          Function<? super T, String> numeroUnique) {
        Comparator<T> parNote = Comparator.comparing(note, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
        return parNote.thenComparing(dateDepot, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(numeroUnique, Comparator.nullsLast(Comparator.<String>naturalOrder()));
    }
}
