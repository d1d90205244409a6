package fr.cotation.internal.conformite;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Criteria based on age, place of residence or employment: lawful, but among the grounds of art. 225-1 of the
 * code pénal (age, place of residence) or flagged by the Défenseure des droits (employment, avis 25-01). Found
 * from what a rule's conditions and consequence read of the vocabulary.
 */
public final class Sensibilites {

    /** What a sensitive criterion rests on. */
    public enum Fondement {
        AGE("l'âge"),
        RESIDENCE("le lieu de résidence"),
        EMPLOI("l'emploi");

        private final String libelle;

        Fondement(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    private static final Map<String, Fondement[]> CHAMPS = Map.ofEntries(
            Map.entry("ageDemandeur", new Fondement[] {Fondement.AGE}),
            Map.entry("getAgeDemandeur", new Fondement[] {Fondement.AGE}),
            Map.entry("habite", new Fondement[] {Fondement.RESIDENCE}),
            Map.entry("isHabite", new Fondement[] {Fondement.RESIDENCE}),
            Map.entry("habiteLeTerritoire", new Fondement[] {Fondement.RESIDENCE}),
            Map.entry("isHabiteLeTerritoire", new Fondement[] {Fondement.RESIDENCE}),
            Map.entry("travaille", new Fondement[] {Fondement.EMPLOI}),
            Map.entry("isTravaille", new Fondement[] {Fondement.EMPLOI}),
            Map.entry("travailleSurLeTerritoire", new Fondement[] {Fondement.EMPLOI}),
            Map.entry("isTravailleSurLeTerritoire", new Fondement[] {Fondement.EMPLOI}),
            Map.entry("nombreActifs", new Fondement[] {Fondement.EMPLOI}),
            Map.entry("getNombreActifs", new Fondement[] {Fondement.EMPLOI}));
    /** Situations of the catalogue that only a household in work (or of an age) can have. */
    private static final Map<String, Fondement[]> SITUATIONS = Map.of(
            "PROFESSION_ESSENTIELLE", new Fondement[] {Fondement.EMPLOI},
            "JEUNE_EN_INSERTION", new Fondement[] {Fondement.AGE, Fondement.EMPLOI},
            "RAPPROCHEMENT_TRAVAIL", new Fondement[] {Fondement.EMPLOI},
            "MUTATION_PROFESSIONNELLE", new Fondement[] {Fondement.EMPLOI});

    private Sensibilites() {
    }

    /** What the rule rests on, with the fields or situations that show it; empty when it is not sensitive. */
    public static Map<Fondement, Set<String>> de(AnalyseDrl.RegleEcrite regle) {
        Map<Fondement, Set<String>> out = new EnumMap<>(Fondement.class);
        for (Jeton t : regle.corps()) {
            Fondement[] f = t.type() == Jeton.Type.IDENT ? CHAMPS.get(t.texte())
                    : t.type() == Jeton.Type.CHAINE ? SITUATIONS.get(t.texte()) : null;
            if (f != null) {
                for (Fondement x : f) {
                    out.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(t.texte());
                }
            }
        }
        return out;
    }

    /** "l'âge (ageDemandeur) et l'emploi (JEUNE_EN_INSERTION)". */
    public static String decrire(Map<Fondement, Set<String>> fondements) {
        List<String> parties = new ArrayList<>();
        fondements.forEach((f, quoi) -> parties.add(f.libelle() + " (" + String.join(", ", quoi) + ")"));
        if (parties.size() == 1) {
            return parties.get(0);
        }
        return String.join(", ", parties.subList(0, parties.size() - 1)) + " et " + parties.get(parties.size() - 1);
    }
}
