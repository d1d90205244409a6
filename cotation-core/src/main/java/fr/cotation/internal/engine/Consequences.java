package fr.cotation.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One source for each number: checks, in the text of a rule's consequence, that its calls of {@code note} do not
 * contradict the rule's {@code @points}, {@code @parMois} and {@code @plafond} (what the published grille shows and the
 * engine applies). Only literal arguments are judged here, when the pack loads; computed ones are judged when
 * scoring ({@link NoteCollecteur#incoherence}).
 */
final class Consequences {
    private Consequences() {
    }

    /** A contradiction: the line of the call in the file, and what to write instead, in French. */
    record Contradiction(int ligne, String message) {
    }

    /**
     * The contradictions of rule {@code regle} declared at line {@code debut} (1-based) of {@code texte}, in the order
     * of the calls.
     */
    static List<Contradiction> verifier(String texte, int debut, String regle, Critere c) {
        List<Contradiction> out = new ArrayList<>();
        String[] lignes = texte.split("\\R", -1);
        boolean apresThen = false;
        for (int i = debut - 1; i < lignes.length; i++) {
            String l = sansCommentaire(lignes[i]);
            if (i > debut - 1 && l.strip().equals("end")) {
                break;
            }
            if (!apresThen) {
                int then = indexMot(l, "then");
                if (then < 0) {
                    continue;
                }
                apresThen = true;
                l = " ".repeat(then + 4) + l.substring(then + 4);
            }
            appels(l, "note.parMois(", i + 1, regle, c, out);
            appels(l, "note.retenir(", i + 1, regle, c, out);
        }
        return out;
    }

    private static void appels(String l, String appel, int ligne, String regle, Critere c, List<Contradiction> out) {
        int de = 0;
        int at;
        while ((at = l.indexOf(appel, de)) >= 0) {
            de = at + appel.length();
            List<String> args = arguments(l, de);
            if (args == null || args.isEmpty() || !args.get(0).equals("kcontext")) {
                continue;
            }
            String m = appel.startsWith("note.parMois") ? parMois(args, c) : retenir(args, c);
            if (m != null) {
                out.add(new Contradiction(ligne, m));
            }
        }
    }

    private static String parMois(List<String> args, Critere c) {
        if (args.size() == 2) {
            return c.parMois() == null ? NoteCollecteur.SANS_PAR_MOIS : null;
        }
        if (args.size() != 4) {
            return null;
        }
        Double taux = nombre(args.get(2));
        Double plafond = nombre(args.get(3));
        if (taux == null || plafond == null) {
            return null;
        }
        String e = NoteCollecteur.incoherence(c, taux, plafond);
        return e == null ? null : e + (e.contains("note.parMois(kcontext, mois)") ? ""
                : " : écrire note.parMois(kcontext, mois), qui applique @parMois et @plafond");
    }

    private static String retenir(List<String> args, Critere c) {
        if (args.size() == 1 && c.points() == null) {
            return "appelle note.retenir(kcontext) sans déclarer @points : écrire les points dans les métadonnées,"
                    + " par exemple @points(10), ou donner des points calculés avec note.retenir(kcontext, points,"
                    + " \"explication\")";
        }
        if (args.size() == 3 && c.points() != null) {
            Double p = nombre(args.get(1));
            if (p != null && c.points().compareTo(Points.of(p)) != 0) {
                return "déclare @points(" + Points.format(c.points()) + ") mais donne " + Points.format(Points.of(p))
                        + " point(s) avec note.retenir : écrire note.retenir(kcontext), qui donne les @points de la"
                        + " règle, ou retirer @points si les points sont calculés";
            }
        }
        return null;
    }

    /** A literal number ({@code 36}, {@code -1}, {@code 0.5}, {@code 2d}); null for anything computed. */
    private static Double nombre(String s) {
        String t = s.strip();
        if (t.endsWith("d") || t.endsWith("D")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(t).doubleValue();
    }

    /** The arguments of a call whose opening parenthesis ends at {@code de}; null when it does not close on the line. */
    private static List<String> arguments(String l, int de) {
        List<String> args = new ArrayList<>();
        int profondeur = 0;
        boolean chaine = false;
        StringBuilder courant = new StringBuilder();
        for (int i = de; i < l.length(); i++) {
            char ch = l.charAt(i);
            if (chaine) {
                courant.append(ch);
                if (ch == '\\' && i + 1 < l.length()) {
                    courant.append(l.charAt(++i));
                } else if (ch == '"') {
                    chaine = false;
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    chaine = true;
                    courant.append(ch);
                }
                case '(' -> {
                    profondeur++;
                    courant.append(ch);
                }
                case ')' -> {
                    if (profondeur == 0) {
                        args.add(courant.toString().strip());
                        return args;
                    }
                    profondeur--;
                    courant.append(ch);
                }
                case ',' -> {
                    if (profondeur == 0) {
                        args.add(courant.toString().strip());
                        courant.setLength(0);
                    } else {
                        courant.append(ch);
                    }
                }
                default -> courant.append(ch);
            }
        }
        return null;
    }

    private static String sansCommentaire(String l) {
        int c = l.indexOf("//");
        return c < 0 ? l : l.substring(0, c);
    }

    private static int indexMot(String l, String mot) {
        int i = -1;
        while ((i = l.indexOf(mot, i + 1)) >= 0) {
            boolean avant = i == 0 || !Character.isJavaIdentifierPart(l.charAt(i - 1));
            boolean apres = i + mot.length() >= l.length() || !Character.isJavaIdentifierPart(l.charAt(i + mot.length()));
            if (avant && apres) {
                return i;
            }
        }
        return -1;
    }
}
