package fr.cotation.internal.engine;

import fr.cotation.PackProblem;
import fr.cotation.demande.Preuve;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.Commune;
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
 * Smoke-scores a freshly compiled grille on synthetic facts, because some mistakes compile and fail only
 * when a rule is evaluated (an int compared with a text, a call on a null). A grille that fails here is
 * reported with file, line and rule, and not loaded.
 */
final class Fumee {
    private Fumee() {
    }

    static void verifier(GrilleCompilee grille, List<PackProblem> problemes, int limite) {
        String commune = grille.pack().communes().get(0);
        for (Faits faits : List.of(riche(commune), pauvre())) {
            for (boolean ici : new boolean[] {true, false}) {
                try {
                    Session.executer(grille, faits, new Commune(commune, grille.pack().epci(), ici, ici, ici, ici), limite);
                } catch (ScoringException e) {
                    Session.Echec ec = e.echec();
                    problemes.add(ec == null || ec.fichier() == null
                            ? new PackProblem(grille.pack().id(), grille.sources().keySet().iterator().next(), 0,
                            ec == null ? null : ec.regle(),
                            "grille " + grille.nom() + " : " + e.getMessage())
                            : new PackProblem(grille.pack().id(), ec.fichier(), ec.ligne(), ec.regle(), ec.message()));
                    return;
                }
            }
        }
    }

    /** Every situation and priority, a long-standing working household with every ratio known. */
    private static Faits riche(String commune) {
        Dossier d = new Dossier(40, 13, 30, 4, 2, 2, 2, 1, 1, 1, true, false, true, 3, 1500, 700,
                46.6, 800.0, 380.0, 2.0, 10.0);
        List<Situation> situations = Situations.catalogue().toutes().stream()
                .map(DefinitionSituation::code).map(c -> new Situation(c, Preuve.DECLAREE)).toList();
        List<Priorite> priorites = PrioritesL4411.nationales().toutes().stream().map(CategoriePrioritaire::categorie)
                .map(c -> new Priorite(c, Preuve.VALIDEE)).toList();
        return new Faits(d, situations, priorites, List.of(new Refus(false, 3), new Refus(true, 20)), commune, Set.of(commune));
    }

    /** A new demande with nothing declared and every optional ratio unknown. */
    private static Faits pauvre() {
        Dossier d = new Dossier(0, 0, 18, 1, 1, 0, 0, 0, 0, 0, false, false, false, 1, 0, 0,
                null, null, null, null, null);
        return new Faits(d, List.of(), List.of(), List.of(), null, Set.of());
    }
}
