package fr.cotation.demande;

/**
 * Situation professionnelle of an adult.
 *
 * @param contrat       type de contrat de travail, {@code null} if not given
 * @param communeTravail INSEE code of the workplace commune, {@code null} if none or unknown
 * @param profession    free-text profession (never read by a score; kept for import fidelity)
 */
public record SituationProfessionnelle(TypeContrat contrat, String communeTravail, String profession) {

    /** Whether the contract is paid work: CDI, CDD, artisan or apprentice. */
    public boolean enActivite() {
        return contrat == TypeContrat.CDI || contrat == TypeContrat.CDD
                || contrat == TypeContrat.ARTISAN || contrat == TypeContrat.APPRENTI;
    }
}
