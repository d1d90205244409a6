package fr.cotation.regles;

/**
 * A proposal the household refused, as rules see it: {@code Refus( !motifLegitime, moisDepuis < 12 )}; a malus for
 * a repeated refusal only (not the first) tests the rank: {@code Refus( !motifLegitime, rang >= 2, moisDepuis < 12 )}.
 */
public final class Refus {
    private final boolean motifLegitime;
    private final int moisDepuis;
    private final int rang;

    /** A refusal whose rank is 1 without a legitimate reason (the demande's first such refusal), 0 with one. */
    public Refus(boolean motifLegitime, int moisDepuis) {
        this(motifLegitime, moisDepuis, motifLegitime ? 0 : 1);
    }

    /**
     * @param motifLegitime the refusal had a legitimate reason
     * @param moisDepuis    whole months from the refusal to the evaluation date
     * @param rang          rank of the refusal among the demande's refusals without a legitimate reason, oldest first
     *                      (1 for the first); 0 for a refusal with a legitimate reason
     */
    public Refus(boolean motifLegitime, int moisDepuis, int rang) {
        if (motifLegitime ? rang != 0 : rang < 1) {
            throw new IllegalArgumentException("rang " + rang + " impossible pour un refus "
                    + (motifLegitime ? "avec" : "sans") + " motif légitime");
        }
        this.motifLegitime = motifLegitime;
        this.moisDepuis = moisDepuis;
        this.rang = rang;
    }

    /** The refusal had a legitimate reason. */
    public boolean isMotifLegitime() {
        return motifLegitime;
    }

    /** Whole months from the refusal to the evaluation date. */
    public int getMoisDepuis() {
        return moisDepuis;
    }

    /**
     * Rank among the demande's refusals without a legitimate reason, oldest first: 1 for the first, 2 for the second
     * (a repeated refusal)...; 0 for a refusal with a legitimate reason. Refusals of the same day are ranked in the
     * order the demande lists them.
     */
    public int getRang() {
        return rang;
    }

    @Override
    public String toString() {
        return "Refus(" + (motifLegitime ? "légitime" : "sans motif légitime, rang " + rang) + ", il y a " + moisDepuis
                + " mois)";
    }
}
