package fr.cotation.internal.engine;

import fr.cotation.demande.Preuve;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.Dossier;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.regles.Refus;
import fr.cotation.regles.Situation;
import fr.cotation.regles.Situations;

import java.util.List;
import java.util.Set;

/**
 * The made-up households a grille is put through without a real demande: by the smoke scoring at load
 * ({@link Fumee}) and by the compliance check ({@link VerificationConformite}). One place, so that both probe a
 * grille with the same households.
 */
final class FaitsSynthetiques {
    private FaitsSynthetiques() {
    }

    /**
     * A long-standing working household of four with every ratio known, every situation of the catalogue
     * (with {@code preuveSituations}) and every L.441-1 category (validated).
     *
     * @param commune the commune it lives and works in, {@code null} for none
     */
    static Faits complet(boolean mutation, Preuve preuveSituations, List<Refus> refus, String commune) {
        Dossier d = new Dossier(40, 13, 30, 4, 2, 2, 2, 1, 1, 1, true, false, mutation, 3, 1500, 700,
                46.6, 800.0, 380.0, 2.0, 10.0);
        List<Situation> situations = Situations.catalogue().toutes().stream()
                .map(DefinitionSituation::code).map(c -> new Situation(c, preuveSituations)).toList();
        List<Priorite> priorites = PrioritesL4411.nationales().toutes().stream().map(CategoriePrioritaire::categorie)
                .map(c -> new Priorite(c, Preuve.VALIDEE)).toList();
        return new Faits(d, situations, priorites, refus, commune, commune == null ? Set.of() : Set.of(commune));
    }

    /**
     * A person alone with no seniority, no resource, no rent and every optional ratio unknown, holding only
     * the given situations and categories, tied to no commune.
     */
    static Faits neutre(boolean mutation, int age, List<Situation> situations, List<Priorite> priorites) {
        Dossier d = new Dossier(0, 0, age, 1, 1, 0, 0, 0, 0, 0, false, false, mutation, 1, 0, 0,
                null, null, null, null, null);
        return new Faits(d, situations, priorites, List.of(), null, Set.of());
    }
}
