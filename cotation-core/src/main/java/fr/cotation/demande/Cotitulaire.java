package fr.cotation.demande;

/**
 * A co-applicant (cotitulaire) and their link with the demandeur.
 *
 * @param personne the adult
 * @param lien     lien avec le demandeur
 */
public record Cotitulaire(Adulte personne, LienDemandeur lien) {
}
