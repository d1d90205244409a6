package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.demande.Demande;
import fr.cotation.json.CotationJson;

import java.util.List;

/**
 * A demande for which a fairness property fails, with what it takes to reproduce it: the generator's seed and the
 * demande's index ({@code GenerateurDemandes.demande(index)}), the demande as generated and as shrunk to a minimal
 * one that still fails (household members, situations, motifs, communes, refusals removed, amounts lowered, dates
 * moved toward neutral values, every step a valid demande), and the cotations that differ for the shrunk one.
 *
 * @param graine    the generator's seed
 * @param index     the index of the demande in the generated stock
 * @param controle  the check that failed, for example {@code monotonie/anciennete}
 * @param message   what failed, in French, on the shrunk demande
 * @param originale the demande as generated
 * @param reduite   the shrunk demande (equal to {@code originale} when nothing could be removed)
 * @param variante  the variant compared with {@code reduite} (older filing, other identities...), {@code null} when the
 *                  check reads one result only
 * @param attendu   the cotations of {@code reduite} (or the reference they are compared with)
 * @param obtenu    the cotations that differ from them ({@code variante}'s, a second run's...), empty when the check
 *                  reads one result only
 * @param etapes    how many shrinking steps were accepted
 */
public record ContreExemple(long graine, long index, String controle, String message, Demande originale,
                            Demande reduite, Demande variante, List<Cotation> attendu, List<Cotation> obtenu,
                            int etapes) {

    public ContreExemple {
        attendu = List.copyOf(attendu);
        obtenu = List.copyOf(obtenu);
    }

    /** The shrunk demande in the library's JSON form ({@link CotationJson}). */
    public String reduiteJson() {
        return CotationJson.enTexte(reduite);
    }

    /** The demande as generated, in JSON. */
    public String originaleJson() {
        return CotationJson.enTexte(originale);
    }

    /** The variant, in JSON, {@code null} if none. */
    public String varianteJson() {
        return variante == null ? null : CotationJson.enTexte(variante);
    }
}
