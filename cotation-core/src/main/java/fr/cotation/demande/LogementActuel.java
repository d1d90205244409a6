package fr.cotation.demande;

import java.math.BigDecimal;

/**
 * The household's current housing (logement actuel).
 *
 * @param modele          kind of housing (modèle de logement)
 * @param commune         INSEE code of the commune where the household lives, {@code null} if none
 * @param loyerMensuel    monthly rent in euros, {@code null} if none is paid
 * @param nombreOccupants persons living there, {@code null} if not given
 * @param type            typologie of the current dwelling, {@code null} if not given
 * @param surface         surface in m², {@code null} if not given
 * @param categorie       appartement or maison, {@code null} if not given
 * @param preuve          proof status of the declared housing situation
 */
public record LogementActuel(ModeleLogement modele, String commune, BigDecimal loyerMensuel, Integer nombreOccupants,
                             Typologie type, BigDecimal surface, CategorieLogement categorie, Preuve preuve) {

    public LogementActuel {
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
