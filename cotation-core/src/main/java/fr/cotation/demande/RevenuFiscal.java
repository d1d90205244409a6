package fr.cotation.demande;

import java.math.BigDecimal;

/**
 * Revenu fiscal de référence of one tax year (yearly amount, in euros).
 *
 * @param annee   tax year (N-1 or N-2 of the demande)
 * @param montant yearly amount in euros
 */
public record RevenuFiscal(int annee, BigDecimal montant) {
}
