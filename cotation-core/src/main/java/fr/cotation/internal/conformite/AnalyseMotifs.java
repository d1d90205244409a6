package fr.cotation.internal.conformite;

import fr.cotation.conformite.MotifsProteges;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.io.IOException;
import java.io.StreamTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which protected grounds each rule of a grille touches, read from Drools' own parser descriptors
 * ({@link DrlParser} to {@link PackageDescr}, {@link RuleDescr}, {@link PatternDescr}, and {@link DrlExprParser} for
 * each constraint), not from the DRL text: a situation tested ({@code Situation( code == "REGROUPEMENT_FAMILIAL" )}),
 * a property of {@code Dossier} or {@code Commune} ({@code couple}, {@code naissancesAttendues > 0}), whether inside
 * {@code not}, {@code or}, {@code exists}, {@code forall}, {@code accumulate}, an {@code eval}, a function the rule
 * calls (its body is read too) or the consequence. The elements and their grounds come from
 * {@link MotifsProteges}.
 *
 * <p>Each use gets a direction when the descriptors say it: the rule requires the group ({@link Sens#GROUPE}:
 * {@code couple}, {@code naissancesAttendues > 0}), requires its complement ({@link Sens#COMPLEMENT}:
 * {@code not Situation( code == "REGROUPEMENT_FAMILIAL" )}, {@code !couple}, {@code naissancesAttendues == 0}), or
 * cannot be told ({@link Sens#INCONNU}: a function, an {@code eval}, a comparison that cuts the group). The
 * compliance check decides by scoring when the direction is unknown.
 */
public final class AnalyseMotifs {

    /** What a use of an element asks of the household. */
    public enum Sens {
        /** The rule matches households of the group. */
        GROUPE,
        /** The rule matches households outside the group. */
        COMPLEMENT,
        /** The descriptors do not say. */
        INCONNU;

        Sens inverse() {
            return this == GROUPE ? COMPLEMENT : this == COMPLEMENT ? GROUPE : INCONNU;
        }

        Sens fois(Sens polarite) {
            return polarite == GROUPE ? this : polarite == COMPLEMENT ? inverse() : INCONNU;
        }
    }

    /**
     * One use of a protected element by a rule.
     *
     * @param element the element of the table
     * @param sens    the direction, when the descriptors say it
     * @param ligne   the line of the pattern, {@code eval} or rule where it is read
     * @param via     how it is reached, in French ({@code "not"}, {@code "fonction estEnCouple"}...), empty when
     *                directly
     */
    public record Usage(MotifsProteges.Element element, Sens sens, int ligne, String via) {
    }

    /**
     * A rule as the parser sees it.
     *
     * @param fichier the file, as in messages
     * @param nom     the rule's name
     * @param ligne   the line of {@code rule}
     * @param usages  the protected elements it reads
     */
    public record RegleLue(String fichier, String nom, int ligne, List<Usage> usages) {
    }

    /**
     * The result: rules by package/name (the key the engine gives a compiled rule) and the files that did not parse
     * (the compiler reports them).
     */
    public record Resultat(Map<String, RegleLue> regles, List<String> illisibles) {
    }

    private static final Set<String> TYPES = Set.of("Situation", "Dossier", "Commune");

    private final MotifsProteges table;
    private final Map<String, FunctionDescr> fonctions = new HashMap<>();
    private final DrlExprParser expressions = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);

    private AnalyseMotifs(MotifsProteges table) {
        this.table = table;
    }

    /**
     * Reads the DRL files of one grille (its own and its bases'), by path as in messages. Functions are shared between
     * the files, as Drools shares them within a package.
     */
    public static Resultat analyser(Map<String, String> sources, MotifsProteges table) {
        AnalyseMotifs a = new AnalyseMotifs(table);
        Map<String, PackageDescr> paquets = new LinkedHashMap<>();
        List<String> illisibles = new ArrayList<>();
        sources.forEach((chemin, texte) -> {
            try {
                DrlParser p = new DrlParser();
                PackageDescr d = p.parse(false, texte);
                if (p.hasErrors() || d == null) {
                    illisibles.add(chemin);
                    return;
                }
                paquets.put(chemin, d);
                d.getFunctions().forEach(f -> a.fonctions.put(f.getName(), f));
            } catch (DroolsParserException | RuntimeException e) {
                illisibles.add(chemin);
            }
        });
        Map<String, RegleLue> regles = new LinkedHashMap<>();
        paquets.forEach((chemin, d) -> {
            String paquet = d.getName() == null || d.getName().isBlank() ? "defaultpkg" : d.getName();
            for (RuleDescr r : d.getRules()) {
                List<Usage> usages = new ArrayList<>();
                if (r.getLhs() != null) {
                    a.lhs(r.getLhs(), Sens.GROUPE, "", r.getLine(), usages);
                }
                if (r.getConsequence() != null) {
                    a.texte(r.getConsequence().toString(), null, "conséquence", Math.max(r.getConsequenceLine(), r.getLine()),
                            usages, new HashSet<>());
                }
                regles.putIfAbsent(paquet + "/" + r.getName(), new RegleLue(chemin, r.getName(), r.getLine(),
                        dedoublonner(usages)));
            }
        });
        return new Resultat(regles, List.copyOf(illisibles));
    }

    private static List<Usage> dedoublonner(List<Usage> usages) {
        Map<String, Usage> out = new LinkedHashMap<>();
        for (Usage u : usages) {
            String k = u.element().element() + "|" + u.sens();
            out.putIfAbsent(k, u);
        }
        return List.copyOf(out.values());
    }

    // ------------------------------------------------------------------------------------------ conditions

    private void lhs(BaseDescr d, Sens polarite, String via, int ligne, List<Usage> usages) {
        int l = d.getLine() > 0 ? d.getLine() : ligne;
        if (d instanceof NotDescr n) {
            for (BaseDescr c : n.getDescrs()) {
                lhs(c, polarite.inverse(), plus(via, "not"), l, usages);
            }
        } else if (d instanceof ForallDescr f) {
            for (BaseDescr c : f.getDescrs()) {
                lhs(c, Sens.INCONNU, plus(via, "forall"), l, usages);
            }
        } else if (d instanceof PatternDescr p) {
            motif(p, polarite, via, l, usages);
        } else if (d instanceof EvalDescr e) {
            texte(String.valueOf(e.getContent()), null, plus(via, "eval"), l, usages, new HashSet<>());
        } else if (d instanceof ConditionalElementDescr c) { // and, or, exists
            String mot = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT);
            for (BaseDescr x : c.getDescrs()) {
                lhs(x, polarite, mot.equals("and") ? via : plus(via, mot), l, usages);
            }
        }
    }

    private void motif(PatternDescr p, Sens polarite, String via, int ligne, List<Usage> usages) {
        String type = p.getObjectType() == null ? "" : p.getObjectType().substring(p.getObjectType().lastIndexOf('.') + 1);
        for (BaseDescr c : p.getDescrs()) {
            int l = c.getLine() > 0 ? c.getLine() : ligne;
            String expr = c instanceof ExprConstraintDescr e ? e.getExpression()
                    : c instanceof BindingDescr b ? b.getExpression() : null;
            if (expr == null) {
                continue;
            }
            ConstraintConnectiveDescr arbre = null;
            try {
                arbre = expressions.parse(expr);
            } catch (RuntimeException ex) {
                // left to the fallback below
            }
            if (arbre == null || expressions.hasErrors()) {
                texte(expr, type, via, l, usages, new HashSet<>());
            } else {
                contrainte(arbre, type, polarite, via, l, usages);
            }
        }
        if (p.getSource() instanceof AccumulateDescr a) {
            if (a.getInput() != null) {
                lhs(a.getInput(), Sens.INCONNU, plus(via, "accumulate"), ligne, usages);
            }
        } else if (p.getSource() instanceof CollectDescr k) {
            if (k.getInputPattern() != null) {
                lhs(k.getInputPattern(), Sens.INCONNU, plus(via, "collect"), ligne, usages);
            }
        } else if (p.getSource() instanceof FromDescr f) {
            texte(f.getExpression(), null, plus(via, "from"), ligne, usages, new HashSet<>());
        }
    }

    private void contrainte(BaseDescr d, String type, Sens polarite, String via, int ligne, List<Usage> usages) {
        if (d instanceof ConstraintConnectiveDescr c) {
            Sens p = c.isNegated() ? polarite.inverse() : polarite;
            for (BaseDescr x : c.getDescrs()) {
                contrainte(x, type, p, via, ligne, usages);
            }
        } else if (d instanceof RelationalExprDescr r) {
            relation(r, type, r.isNegated() ? polarite.inverse() : polarite, via, ligne, usages);
        } else if (d instanceof AtomicExprDescr a) {
            String e = a.getExpression().trim();
            Sens p = polarite;
            while (e.startsWith("!")) {
                e = e.substring(1).trim();
                p = p.inverse();
            }
            MotifsProteges.Element el = propriete(type, e);
            if (el != null && !a.isLiteral()) {
                usages.add(new Usage(el, el.dansLeGroupe(1) && !el.dansLeGroupe(0) ? p : Sens.INCONNU, ligne, via));
            } else {
                texte(a.getExpression(), type, via, ligne, usages, new HashSet<>());
            }
        } else {
            texte(d.toString(), type, via, ligne, usages, new HashSet<>());
        }
    }

    private void relation(RelationalExprDescr r, String type, Sens polarite, String via, int ligne, List<Usage> usages) {
        String gauche = r.getLeft() instanceof AtomicExprDescr a ? a.getExpression().trim() : null;
        String droite = r.getRight() instanceof AtomicExprDescr a ? a.getExpression().trim() : null;
        String op = r.getOperator();
        if (gauche != null && droite != null) {
            if (type.equals("Situation") && nomPropriete(gauche).equals("code") && droite.startsWith("\"")
                    && droite.endsWith("\"") && droite.length() >= 2) {
                MotifsProteges.Element el = table.element("Situation:" + droite.substring(1, droite.length() - 1))
                        .orElse(null);
                if (el != null) {
                    Sens s = op.equals("==") ? polarite : Sens.INCONNU;
                    usages.add(new Usage(el, s, ligne, via));
                }
                return;
            }
            MotifsProteges.Element el = propriete(type, gauche);
            if (el != null) {
                usages.add(new Usage(el, sens(el, op, droite).fois(polarite), ligne, via));
                texte(droite, type, via, ligne, usages, new HashSet<>());
                return;
            }
        }
        if (r.getLeft() != null) {
            contrainte(r.getLeft(), type, Sens.INCONNU, via, ligne, usages);
        }
        if (r.getRight() != null) {
            contrainte(r.getRight(), type, Sens.INCONNU, via, ligne, usages);
        }
    }

    /** Whether {@code property op value} singles out the group, its complement, or neither. */
    private static Sens sens(MotifsProteges.Element el, String op, String valeur) {
        Double v;
        if (valeur.equals("true")) {
            v = 1d;
        } else if (valeur.equals("false")) {
            v = 0d;
        } else {
            try {
                v = Double.parseDouble(valeur);
            } catch (NumberFormatException e) {
                return Sens.INCONNU;
            }
        }
        boolean dans = false;
        boolean hors = false;
        boolean booleen = el.groupe().equals("vrai") || el.groupe().equals("presente");
        for (int x = 0; x <= (booleen ? 1 : 150); x++) {
            boolean vrai = switch (op) {
                case "==" -> x == v;
                case "!=" -> x != v;
                case ">" -> x > v;
                case ">=" -> x >= v;
                case "<" -> x < v;
                case "<=" -> x <= v;
                default -> false;
            };
            if (!vrai) {
                continue;
            }
            if (el.dansLeGroupe(x)) {
                dans = true;
            } else {
                hors = true;
            }
        }
        if (!Set.of("==", "!=", ">", ">=", "<", "<=").contains(op)) {
            return Sens.INCONNU;
        }
        return dans && !hors ? Sens.GROUPE : hors && !dans ? Sens.COMPLEMENT : Sens.INCONNU;
    }

    /** {@code couple}, {@code isCouple()}, {@code this.couple}, {@code $d.couple} to the table's element. */
    private MotifsProteges.Element propriete(String type, String expression) {
        if (!TYPES.contains(type) || type.equals("Situation")) {
            return null;
        }
        return table.element(type + "." + nomPropriete(expression)).orElse(null);
    }

    private static String nomPropriete(String e) {
        String s = e.trim();
        if (s.startsWith("this.")) {
            s = s.substring(5);
        }
        if (s.endsWith("()")) {
            s = s.substring(0, s.length() - 2);
            if (s.startsWith("get") && s.length() > 3) {
                s = Character.toLowerCase(s.charAt(3)) + s.substring(4);
            } else if (s.startsWith("is") && s.length() > 2) {
                s = Character.toLowerCase(s.charAt(2)) + s.substring(3);
            }
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------ any code

    /**
     * Code whose direction the descriptors do not give (an {@code eval}, a function call, a consequence): every
     * identifier that names a protected property and every string that names a protected situation is a use of unknown
     * direction; a function called is read too, once.
     */
    private void texte(String code, String type, String via, int ligne, List<Usage> usages, Set<String> lues) {
        if (code == null || code.isBlank()) {
            return;
        }
        StreamTokenizer t = new StreamTokenizer(new StringReader(code));
        t.resetSyntax();
        t.wordChars('a', 'z');
        t.wordChars('A', 'Z');
        t.wordChars('0', '9');
        t.wordChars('_', '_');
        t.wordChars('$', '$');
        t.wordChars(0xC0, 0x24F);
        t.whitespaceChars(0, ' ');
        t.quoteChar('"');
        t.slashSlashComments(true);
        t.slashStarComments(true);
        try {
            while (t.nextToken() != StreamTokenizer.TT_EOF) {
                if (t.ttype == '"') {
                    table.element("Situation:" + t.sval).ifPresent(el -> usages.add(new Usage(el, Sens.INCONNU, ligne, via)));
                } else if (t.ttype == StreamTokenizer.TT_WORD) {
                    for (String ty : List.of("Dossier", "Commune")) {
                        table.element(ty + "." + proprieteDeMot(t.sval))
                                .ifPresent(el -> usages.add(new Usage(el, Sens.INCONNU, ligne, via)));
                    }
                    FunctionDescr f = fonctions.get(t.sval);
                    if (f != null && lues.add(f.getName())) {
                        texte(f.getBody(), null, plus(via, "fonction " + f.getName()), ligne, usages, lues);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
    }

    /** {@code isCouple}, {@code getNaissancesAttendues}, {@code couple} to the property name. */
    private static String proprieteDeMot(String mot) {
        if (mot.startsWith("get") && mot.length() > 3 && Character.isUpperCase(mot.charAt(3))) {
            return Character.toLowerCase(mot.charAt(3)) + mot.substring(4);
        }
        if (mot.startsWith("is") && mot.length() > 2 && Character.isUpperCase(mot.charAt(2))) {
            return Character.toLowerCase(mot.charAt(2)) + mot.substring(3);
        }
        return mot;
    }

    private static String plus(String via, String mot) {
        return via.isEmpty() ? mot : via + ", " + mot;
    }
}
