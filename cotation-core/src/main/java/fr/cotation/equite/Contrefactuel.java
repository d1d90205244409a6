package fr.cotation.equite;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A counterfactual through a proxy: one fact the table of {@code fr.cotation.conformite.MotifsProteges} ties to
 * protected grounds changed in each demande of the stock (the first {@value Contrefactuels#DEMANDES_MAX}), everything
 * else kept, and the totals compared in the demande's first commune of the territory.
 *
 * @param motifs      codes of the grounds ({@code NATIONALITE}, {@code SITUATION_DE_FAMILLE}...)
 * @param libelle     the grounds in French ("la nationalité et l'origine")
 * @param changement  what was changed, in French
 * @param demandes    demandes compared (both variants valid and scored in the commune)
 * @param modifiees   demandes whose total moves
 * @param ecartMoyen  mean of total with the fact minus total without it
 * @param ecartMin    smallest such difference
 * @param ecartMax    largest
 * @param criteres    criterion code to the number of demandes whose points for it move
 */
public record Contrefactuel(List<String> motifs, String libelle, String changement, int demandes, int modifiees,
                            BigDecimal ecartMoyen, BigDecimal ecartMin, BigDecimal ecartMax,
                            Map<String, Integer> criteres) {
    public Contrefactuel {
        motifs = List.copyOf(motifs);
        criteres = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(criteres));
    }
}
