package fr.cotation.internal.engine;

import fr.cotation.ProblemePack;
import fr.cotation.demande.Preuve;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.regles.Commune;
import fr.cotation.regles.Refus;

import java.util.List;

/**
 * Smoke-scores a freshly compiled grille on synthetic facts, because some mistakes compile and fail only
 * when a rule is evaluated (an int compared with a text, a call on a null). A grille that fails here is
 * reported with file, line and rule, and not loaded.
 */
final class Fumee {
    private Fumee() {
    }

    static void verifier(GrilleCompilee grille, List<ProblemePack> problemes, int limite) {
        String commune = grille.pack().communes().get(0);
        for (Faits faits : List.of(
                FaitsSynthetiques.complet(true, Preuve.DECLAREE, List.of(new Refus(false, 3), new Refus(true, 20)), commune),
                FaitsSynthetiques.neutre(false, 18, List.of(), List.of()))) {
            for (boolean ici : new boolean[] {true, false}) {
                try {
                    Session.executer(grille, faits, new Commune(commune, grille.pack().epci(), ici, ici, ici, ici), limite);
                } catch (ScoringException e) {
                    Session.Echec ec = e.echec();
                    problemes.add(ec == null || ec.fichier() == null
                            ? new ProblemePack(grille.pack().id(), grille.sources().keySet().iterator().next(), 0,
                            ec == null ? null : ec.regle(),
                            "grille " + grille.nom() + " : " + e.getMessage())
                            : new ProblemePack(grille.pack().id(), ec.fichier(), ec.ligne(), ec.regle(), ec.message()));
                    return;
                }
            }
        }
    }
}
