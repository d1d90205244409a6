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
        return "Commune(" + code + ")";
    }
}
