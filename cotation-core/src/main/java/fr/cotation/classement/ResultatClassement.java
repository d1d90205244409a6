package fr.cotation.classement;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The classement of a stock at one evaluation date: every group of analogous demandes with its distribution of notes
 * and its délai d'attente, the positionnement of every (demande, wished commune, typology), and what was left out.
 * Immutable and thread-safe. The positions are held in compact arrays and built on demand, so that a national stock
 * fits in a bounded heap: prefer {@link #forEachPosition(Consumer)} to materialising them all.
 */
public final class ResultatClassement {

    ResultatClassement() {
    }

    /** The evaluation date. */
    public LocalDate dateEvaluation() {
        throw new UnsupportedOperationException("à venir");
    }

    /** The tie-break rule applied, in French: {@link Departage#REGLE}. */
    public String regleDepartage() {
        return Departage.REGLE;
    }

    /** Demandes ranked in at least one group. */
    public long demandesClassees() {
        throw new UnsupportedOperationException("à venir");
    }

    /** Positions in all: the sum of the groups' sizes. */
    public long nombrePositions() {
        throw new UnsupportedOperationException("à venir");
    }

    /**
     * Every group, ordered by territory code, then typology, then resource band (groups without a band first), then
     * analogie.
     */
    public List<GroupeAnalogue> groupes() {
        throw new UnsupportedOperationException("à venir");
    }

    /**
     * The positions of one demande: one per (wished commune scored, typology sought), in the order of its wished
     * communes then of its typologies. Empty when the numéro is not ranked (unknown, or excluded: see
     * {@link #exclusions()}).
     */
    public List<Position> positions(String numeroUnique) {
        throw new UnsupportedOperationException("à venir");
    }

    /**
     * Gives every position to {@code action}, group after group in the order of {@link #groupes()}, by rank within a
     * group, without holding them all. In an EPCI group, a demande wishing several communes of the EPCI has one
     * position per commune, all with the same rank (the group's size counts it once).
     */
    public void forEachPosition(Consumer<? super Position> action) {
        throw new UnsupportedOperationException("à venir");
    }

    /** What was left out, by reason. */
    public Exclusions exclusions() {
        throw new UnsupportedOperationException("à venir");
    }
}
