package fr.cotation.regles;

/**
 * The commune the demande is being scored in. Criteria that depend on it (living or working there)
 * are flagged as commune-dependent in the explanation and the published grille.
 */
public final class Commune {
    private final String code;
    private final String epci;
    private final boolean habite;
    private final boolean travaille;
    private final boolean habiteLeTerritoire;
    private final boolean travailleSurLeTerritoire;
    /** Whether anything read the code: a rule that never did scores every commune of the same flags alike. */
    private boolean codeLu;

    public Commune(String code, String epci, boolean habite, boolean travaille, boolean habiteLeTerritoire,
                   boolean travailleSurLeTerritoire) {
        this.code = code;
        this.epci = epci;
        this.habite = habite;
        this.travaille = travaille;
        this.habiteLeTerritoire = habiteLeTerritoire;
        this.travailleSurLeTerritoire = travailleSurLeTerritoire;
    }

    /** INSEE code of the commune scored. */
    public String getCode() {
        codeLu = true;
        return code;
    }

    /** SIREN of its EPCI. */
    public String getEpci() {
        return epci;
    }

    /** The household lives in this commune. */
    public boolean isHabite() {
        return habite;
    }

    /** An adult of the household in paid work (CDI, CDD, artisan, apprentice) works in this commune. */
    public boolean isTravaille() {
        return travaille;
    }

    /** The household lives in a commune of the same EPCI. */
    public boolean isHabiteLeTerritoire() {
        return habiteLeTerritoire;
    }

    /** An adult of the household in paid work works in a commune of the same EPCI. */
    public boolean isTravailleSurLeTerritoire() {
        return travailleSurLeTerritoire;
    }

    @Override
    public String toString() {
        codeLu = true;
        return "Commune(" + code + ")";
    }

    /**
     * For the engine, not for rules: whether the code of this fact was read ({@link #getCode()},
     * {@link #toString()}) since it was created. When the rules of a grille did not read it, the explanation
     * of another commune of the same EPCI with the same flags, for the same demande, is the same, and the
     * engine reuses it instead of running the rules again. A fact is used by one scoring, in one thread.
     */
    public boolean codeLu() {
        return codeLu;
    }
}
