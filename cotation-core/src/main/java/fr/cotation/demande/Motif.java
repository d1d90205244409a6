package fr.cotation.demande;

/**
 * A reason of the demande (motif) with its proof status.
 *
 * @param code   the coded reason
 * @param preuve declared, justified or validated
 */
public record Motif(MotifDemande code, Preuve preuve) {

    public Motif {
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
