package fr.cotation.regles;

/**
 * A proposal the household refused, as rules see it: {@code Refus( !motifLegitime, moisDepuis < 12 )}.
 */
public final class Refus {
    private final boolean motifLegitime;
    private final int moisDepuis;

    public Refus(boolean motifLegitime, int moisDepuis) {
        this.motifLegitime = motifLegitime;
        this.moisDepuis = moisDepuis;
    }

    /** The refusal had a legitimate reason. */
    public boolean isMotifLegitime() {
        return motifLegitime;
    }

    /** Whole months from the refusal to the evaluation date. */
    public int getMoisDepuis() {
        return moisDepuis;
    }

    @Override
    public String toString() {
        return "Refus(" + (motifLegitime ? "légitime" : "sans motif légitime") + ", il y a " + moisDepuis + " mois)";
    }
}
