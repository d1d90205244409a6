package fr.cotation.internal.engine;

import fr.cotation.internal.pack.ConsequenceLue;
import fr.cotation.internal.pack.DrlLu;

import java.util.ArrayList;
import java.util.List;

/**
 * One source for each number: checks that the calls of {@code note} in a rule's consequence, as Drools' parser gives
 * it and {@link ConsequenceLue} reads it, do not contradict the rule's {@code @points}, {@code @parMois} and
 * {@code @plafond} (what the published grille shows and the engine applies). Only literal arguments are judged here,
 * when the pack loads; computed ones are judged when scoring ({@link NoteCollecteur#incoherence}).
 */
final class Consequences {
    private Consequences() {
    }

    /** A contradiction: the line of the call in the file, and what to write instead, in French. */
    record Contradiction(int ligne, String message) {
    }

    /** The contradictions of a rule read by the parser, in the order of the calls. */
    static List<Contradiction> verifier(DrlLu.RegleLue regle, Critere c) {
        List<Contradiction> out = new ArrayList<>();
        if (regle.consequence() == null) {
            return out;
        }
        for (ConsequenceLue.Appel a : regle.consequence().appels()) {
            String m = a.methode().equals("parMois") ? parMois(a.arguments(), c) : retenir(a.arguments(), c);
            if (m != null) {
                out.add(new Contradiction(regle.ligne(a.ligne()), m));
            }
        }
        return out;
    }

    private static String parMois(List<ConsequenceLue.Argument> args, Critere c) {
        if (args.size() == 1) {
            return c.parMois() == null ? NoteCollecteur.SANS_PAR_MOIS : null;
        }
        if (args.size() != 3 || !(args.get(1) instanceof ConsequenceLue.Nombre taux)
                || !(args.get(2) instanceof ConsequenceLue.Nombre plafond)) {
            return null;
        }
        String e = NoteCollecteur.incoherence(c, taux.valeur(), plafond.valeur());
        return e == null ? null : e + (e.contains("note.parMois(mois)") ? ""
                : " : écrire note.parMois(mois), qui applique @parMois et @plafond");
    }

    private static String retenir(List<ConsequenceLue.Argument> args, Critere c) {
        if (args.isEmpty() && c.points() == null) {
            return "appelle note.retenir() sans déclarer @points : écrire les points dans les métadonnées,"
                    + " par exemple @points(10), ou donner des points calculés avec note.retenir(points,"
                    + " \"explication\")";
        }
        if (args.size() == 2 && c.points() != null && args.get(0) instanceof ConsequenceLue.Nombre p
                && c.points().compareTo(Points.of(p.valeur())) != 0) {
            return "déclare @points(" + Points.format(c.points()) + ") mais donne " + Points.format(Points.of(p.valeur()))
                    + " point(s) avec note.retenir : écrire note.retenir(), qui donne les @points de la"
                    + " règle, ou retirer @points si les points sont calculés";
        }
        return null;
    }
}
