package fr.cotation.pack;

import java.util.List;

/**
 * A grille as compiled: its rubriques and its criteria, read from the rules themselves, so that the
 * published grille can never differ from what scores.
 *
 * @param pack      the pack's descriptor, territory resolved
 * @param nom       {@code principale} or {@code mutation}
 * @param rubriques rubriques in display order
 * @param criteres  criteria in rubrique order, then by code
 */
public record Grille(PackDescriptor pack, String nom, List<Rubrique> rubriques, List<CritereDeGrille> criteres) {

    public Grille {
        rubriques = List.copyOf(rubriques);
        criteres = List.copyOf(criteres);
    }
}
