package fr.cotation.bilan;

import java.math.BigDecimal;

/**
 * What the bilan needs to know of the household a dwelling was attributed to, from its demande.
 *
 * <p>The constructor throws {@code IllegalArgumentException} naming the field when the number is missing or the resources negative.
 *
 * @param numero                  the demande's number (numéro unique or local), unique in a bilan
 * @param dalo                    the household holds a favourable DALO decision (art. L.441-2-3 CCH)
 * @param prioritaire             the household belongs to a priority public of art. L.441-1 CCH (counted when it
 *                                has no DALO decision)
 * @param ressourcesParUc         its yearly resources per consumption unit in euros, as the first-quartile
 *                                threshold is expressed; {@code null} when unknown (then never counted in a quartile)
 * @param relogeRenouvellementUrbain the household is rehoused in an urban renewal operation (counts with the first
 *                                quartile outside QPV, art. L.441-1)
 */
public record MenageAttributaire(String numero, boolean dalo, boolean prioritaire, BigDecimal ressourcesParUc,
                                 boolean relogeRenouvellementUrbain) {

    public MenageAttributaire {
        numero = Champs.requis("numero", numero);
        if (ressourcesParUc != null && ressourcesParUc.signum() < 0) {
            throw new IllegalArgumentException("ressourcesParUc négatives pour la demande " + numero + " : "
                    + ressourcesParUc.toPlainString());
        }
    }
}
