package fr.cotation.attribution;

import java.util.List;

/**
 * Whether a demande suits a dwelling, check by check (one {@link Verification} per {@link Verification.Controle},
 * in order).
 *
 * @param verifications every check, in the order of {@link Verification.Controle}
 */
public record Adequation(List<Verification> verifications) {

    /** The overall verdict. */
    public enum Verdict {
        /** Every check is met or left to be checked. */
        ADEQUATE,
        /** No check fails outright, at least one is missed within the tolerance: shown, not proposed. */
        PROCHE,
        /** At least one check fails. */
        INADEQUATE
    }

    public Adequation {
        verifications = List.copyOf(verifications);
    }

    /** The verdict: inadequate if any check fails, near miss if any is missed within the tolerance. */
    public Verdict verdict() {
        if (verifications.stream().anyMatch(v -> v.statut() == Verification.Statut.NON_RESPECTE)) {
            return Verdict.INADEQUATE;
        }
        return verifications.stream().anyMatch(v -> v.statut() == Verification.Statut.PROCHE)
                ? Verdict.PROCHE : Verdict.ADEQUATE;
    }

    /** The check of one kind. */
    public Verification verification(Verification.Controle controle) {
        return verifications.stream().filter(v -> v.controle() == controle).findFirst().orElseThrow();
    }

    /** The checks that are not met (failed or near miss). */
    public List<Verification> ecarts() {
        return verifications.stream().filter(v -> v.statut() == Verification.Statut.NON_RESPECTE
                || v.statut() == Verification.Statut.PROCHE).toList();
    }

    /** The checks left to be made for want of data. */
    public List<Verification> aVerifier() {
        return verifications.stream().filter(v -> v.statut() == Verification.Statut.A_VERIFIER).toList();
    }
}
