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
        Dossier d = Dossier.builder().ancienneteMois(40).moisDepuisRenouvellement(13).ageDemandeur(30).tailleMenage(4)
                .nombreAdultes(2).nombrePersonnesACharge(2).nombreEnfantsMineurs(2).naissancesAttendues(1)
                .nombreEnfantsEnGarde(1).nombreActifs(1).couple(true).monoparental(false).mutation(mutation)
                .nombreCommunesSouhaitees(3).ressourcesMensuelles(1500).loyerMensuel(700).tauxEffort(46.6)
                .resteAVivre(800.0).resteAVivreParUC(380.0).personnesParPiece(2.0).m2ParPersonne(10.0).build();
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
        Dossier d = Dossier.builder().ageDemandeur(age).tailleMenage(1).nombreAdultes(1).mutation(mutation)
                .nombreCommunesSouhaitees(1).build();
        return new Faits(d, situations, priorites, List.of(), null, Set.of());
    }
}
