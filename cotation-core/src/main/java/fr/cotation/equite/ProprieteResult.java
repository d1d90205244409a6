package fr.cotation.equite;

import java.util.List;

/**
 * The outcome of one fairness property over the generated demandes.
 *
 * @param propriete   the property
 * @param cas         demandes put through it
 * @param sansObjet   checks that did not apply to a demande (a variant that would not be a valid demande, no
 *                    declared situation to prove...): counted apart, never as passed
 * @param exceptions  changes against monotonicity accepted because they lie in a rubrique the pack declares
 *                    ({@code exceptionsMonotonie})
 * @param echecs      demandes for which the property fails
 * @param contreExemple the first failing demande (lowest index), shrunk; {@code null} when the property holds
 * @param details     per-check counts and notes, in French
 * @param appliques   demandes to which at least one check of the property applied (not {@code sansObjet})
 * @param nonConcluante why the property could not be tested even though nothing failed (too few cases applied, a
 *                    territory of one commune for the territorial property); {@code null} when it could
 */
public record ProprieteResult(Propriete propriete, int cas, int sansObjet, int exceptions, int echecs,
                                ContreExemple contreExemple, List<String> details, int appliques,
                                String nonConcluante) {

    /**
     * The fewest demandes a property must have been applied to before it is said to hold ({@code vérifiée}): with
     * fewer, a property without failure is {@link Statut#NON_CONCLUANTE}. 30 cases: below this, the absence of a
     * failure says little (with 30 independent cases, a fault present in 10 % of demandes is missed 4 % of the time).
     */
    public static final int CAS_MINIMUM = 30;

    /** What the run of a property shows. */
    public enum Statut {
        /** No failure, on at least {@link #CAS_MINIMUM} demandes to which it applied. */
        VERIFIEE("vérifiée"),
        /** At least one demande fails it. */
        ECHEC("en échec"),
        /** No failure, but too few demandes applied (or the territory cannot test it): nothing is shown. */
        NON_CONCLUANTE("non concluante");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        /** In French, as reports print it. */
        public String libelle() {
            return libelle;
        }
    }

    public ProprieteResult {
        details = List.copyOf(details);
        if (nonConcluante == null && echecs == 0 && appliques < CAS_MINIMUM) {
            nonConcluante = appliques + " demande(s) sur " + cas + " concernée(s), moins que le minimum de " + CAS_MINIMUM;
        }
    }

    /** A result where every demande is taken as applied (the suite's own tests, older callers). */
    public ProprieteResult(Propriete propriete, int cas, int sansObjet, int exceptions, int echecs,
                             ContreExemple contreExemple, List<String> details) {
        this(propriete, cas, sansObjet, exceptions, echecs, contreExemple, details, cas, null);
    }

    /** No demande fails the property (it may still be {@link Statut#NON_CONCLUANTE}). */
    public boolean reussie() {
        return echecs == 0;
    }

    /** Verified, failed, or not conclusive. */
    public Statut statut() {
        return echecs > 0 ? Statut.ECHEC : nonConcluante != null ? Statut.NON_CONCLUANTE : Statut.VERIFIEE;
    }
}
