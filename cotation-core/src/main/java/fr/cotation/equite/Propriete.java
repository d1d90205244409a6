package fr.cotation.equite;

/**
 * The fairness properties ({@code propriétés d'équité}) the {@link SuiteEquite} puts a grille de cotation through.
 * Numbered as in {@code docs/equite.md}.
 */
public enum Propriete {
    /** 1. The same demande, date and pack give the same result: repeated, on 8 threads, whatever the order of lists. */
    DETERMINISME(1, "Déterminisme"),
    /**
     * 2. Changing only protected data (code pénal art. 225-1: nationality, name, civility, sex, birth place, and the
     * profession's wording) never changes any total or line: the counterfactual test.
     */
    DONNEES_PROTEGEES(2, "Invariance aux données protégées"),
    /**
     * 3. An earlier first filing, a priority added (L.441-1 category, DALO, PDALHPD), a situation proven never lower
     * the note; a refusal without legitimate reason never raises it; except in rubriques the pack declares.
     */
    MONOTONIE(3, "Monotonie"),
    /**
     * 4. Total = sum of the lines; every line names a criterion of the published grille with its rubrique and its
     * points; criterion and rubrique caps and the "best criterion" rubriques are respected (art. R.441-2-17 CCH).
     */
    EXPLICATION(4, "Explication fidèle"),
    /**
     * 5. Within one EPCI, two communes differ only by commune-dependent criteria; another pack's communes among the
     * wishes never change this pack's cotations.
     */
    TERRITOIRE(5, "Cohérence territoriale"),
    /**
     * 6. In the classement of the generated demandes ({@link fr.cotation.classement.Classement}), within each group of
     * analogous demandes a higher note never ranks behind a lower one and ties follow
     * {@link fr.cotation.classement.Departage}; ranks run from 1 to the group's size without a gap; each position
     * carries the demande's note in its commune (in an EPCI group, its best note among its communes of the EPCI).
     */
    CLASSEMENT(6, "Cohérence du classement"),
    /**
     * 7. No valid demande makes scoring throw, return nothing, an error, or more rule firings than the engine's bound.
     */
    ROBUSTESSE(7, "Robustesse");

    private final int numero;
    private final String libelle;

    Propriete(int numero, String libelle) {
        this.numero = numero;
        this.libelle = libelle;
    }

    /** The property's number in the documentation, 1 to 7. */
    public int numero() {
        return numero;
    }

    /** The French name shown in reports. */
    public String libelle() {
        return libelle;
    }
}
