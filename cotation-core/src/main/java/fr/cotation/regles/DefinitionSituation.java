package fr.cotation.regles;

/**
 * One entry of the situation catalogue.
 *
 * @param code      code rules test, for example {@code "HEBERGE_TIERS"}
 * @param origine   derived by the engine from coded fields, or declared on the demande
 * @param libelle   French label
 * @param reference legal reference or "critère local"
 */
public record DefinitionSituation(String code, Origine origine, String libelle, String reference) {

    /** Where a situation comes from. */
    public enum Origine {
        /** Computed by the engine from the demande's coded fields (motifs, housing, household). */
        DERIVEE,
        /** Declared on the demande as a {@link fr.cotation.demande.SituationDeclaree}. */
        DECLAREE
    }
}
