package fr.cotation.internal.engine;

import fr.cotation.pack.PackDescriptor;

/**
 * A territorial pack ready to score: its descriptor with the territory resolved and its grilles.
 *
 * @param descriptor the descriptor, territory resolved
 * @param principale the main grille
 * @param mutation   the mutation grille, {@code null} if the pack has none
 * @param territoire the INSEE codes of the territory, for lookups while scoring
 */
record PackCharge(PackDescriptor descriptor, GrilleCompilee principale, GrilleCompilee mutation,
                  java.util.Set<String> territoire) {

    PackCharge(PackDescriptor descriptor, GrilleCompilee principale, GrilleCompilee mutation) {
        this(descriptor, principale, mutation, java.util.Set.copyOf(descriptor.communes()));
    }
}
