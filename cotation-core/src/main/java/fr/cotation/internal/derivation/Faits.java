package fr.cotation.internal.derivation;

import fr.cotation.regles.Dossier;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.Refus;
import fr.cotation.regles.Situation;

import java.util.List;
import java.util.Set;

/**
 * Everything a rule session may see of one demande at one date, derived once and shared by the
 * scoring in every wished commune. Holds no protected data.
 */
public record Faits(Dossier dossier, List<Situation> situations, List<Priorite> priorites, List<Refus> refus,
                    String communeResidence, Set<String> communesTravail) {
}
