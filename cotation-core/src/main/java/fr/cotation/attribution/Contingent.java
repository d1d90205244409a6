package fr.cotation.attribution;

import fr.cotation.demande.CodeNational;

/**
 * The reservation contingent a dwelling falls under (code list {@code typeReservataire} of the national exchange
 * format): who designates the candidates (art. L.441-1 and R.441-5 CCH).
 */
public enum Contingent implements CodeNational {
    /** Collectivités territoriales et EPCI ({@code COLTER}): the commune's or the EPCI's reservation. */
    COLTER("COLTER", "Collectivités territoriales et EPCI"),
    /** Action Logement ({@code COLACT}): employees of contributing firms. */
    COLACT("COLACT", "Action Logement"),
    /** Préfet, publics prioritaires ({@code PPRIOR}): DALO households and the priority publics of art. L.441-1. */
    PPRIOR("PPRIOR", "Préfet, publics prioritaires"),
    /** Préfet, agents de l'État ({@code PFONCT}). */
    PFONCT("PFONCT", "Préfet, agents de l'État"),
    /** Autres réservataires ({@code AUTRES}). */
    AUTRES("AUTRES", "Autres réservataires"),
    /** Hors contingent ({@code AUCUN}): the landlord's own, non-reserved stock. */
    AUCUN("AUCUN", "Hors contingent (bailleur)");

    private final String code;
    private final String libelle;

    Contingent(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    /**
     * The constant for a code of the national exchange format.
     *
     * @throws IllegalArgumentException naming the code list and the value when the code is unknown
     */
    public static Contingent fromCode(String code) {
        return CodeNational.fromCode(Contingent.class, code);
    }
}
