package fr.cotation.classement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a classement left out, counted by reason, and the invalid demandes with their problems.
 *
 * @param nombres   count for every {@link MotifExclusion} (zero included): demandes for {@code RADIEE},
 *                  {@code EXPIREE}, {@code INVALIDE}, {@code DOUBLON}; (demande, commune) pairs for
 *                  {@code SANS_GRILLE} and {@code ERREUR}
 * @param invalides the invalid demandes in stock order, each with its problems
 */
public record Exclusions(Map<MotifExclusion, Long> nombres, List<DemandeInvalide> invalides) {
    public Exclusions {
        EnumMap<MotifExclusion, Long> m = new EnumMap<>(MotifExclusion.class);
        for (MotifExclusion motif : MotifExclusion.values()) {
            m.put(motif, 0L);
        }
        m.putAll(nombres);
        nombres = Collections.unmodifiableMap(m);
        invalides = List.copyOf(invalides);
    }

    /** The count for one reason. */
    public long nombre(MotifExclusion motif) {
        return nombres.get(motif);
    }
}
