package fr.cotation.internal.engine;

import fr.cotation.internal.derivation.Faits;
import fr.cotation.internal.pack.ConsequenceLue;
import fr.cotation.internal.pack.DrlLu;
import fr.cotation.regles.Commune;
import fr.cotation.regles.Dossier;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.Refus;
import fr.cotation.regles.Situation;
import org.drools.base.base.ClassObjectType;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The rules of one grille evaluated without a Drools session, when every rule is written in the plain subset of
 * DRL that grilles use: patterns on the facts of the rule vocabulary ({@code Dossier}, {@code Situation},
 * {@code Priorite}, {@code Refus}, {@code Commune}), each condition a property compared with a literal (or a
 * boolean property, or its negation), no join between patterns, no {@code not}/{@code exists}/{@code or}/
 * {@code accumulate}/{@code from}/{@code eval}, no attribute that changes which rules fire (activation, agenda or
 * ruleflow group, dates, timers, calendars, a dynamic {@code enabled} or salience), and a consequence that is one
 * call of {@code note.retenir()}, {@code note.retenir(points, "text")}, {@code note.parMois($binding)} or
 * {@code note.parMois($binding, points, cap)} with literal arguments.
 *
 * <p>Such a rule fires once for each combination of facts its patterns match, whatever the order, and changes no
 * fact: so the lines are those a Drools session gives (the same facts matched, the same points, the same text;
 * the order of the lines is fixed afterwards by {@link Bareme}). The structure is read from the rules Drools
 * compiled (the conditions as Drools normalised them, e.g. {@code tauxEffort > 30.0}, read by Drools' expression
 * parser); the consequence from the
 * descriptors Drools' parser gives for the rule's file, read once by {@link ConsequenceLue} (the analysis the allow-list
 * of untrusted packs uses). A grille with one rule outside the subset runs in Drools sessions entirely. Built once
 * per grille, immutable, shared by every thread.
 */
final class EvaluationDirecte {
    /** The facts a session holds, by the index used in {@link Motif#source}. */
    private static final List<Class<?>> FAITS = List.of(Dossier.class, Situation.class, Priorite.class, Refus.class,
            Commune.class);
    private static final int SITUATION = FAITS.indexOf(Situation.class);
    private static final int PRIORITE = FAITS.indexOf(Priorite.class);
    private static final int COMMUNE = FAITS.indexOf(Commune.class);

    /** The rules not reached through an index: several patterns, or no text equality to index. */
    private final RegleDirecte[] regles;
    /** The one-pattern rules with a text equality ({@code code == "DALO"}), found by the fact's value. */
    private final Index[] index;
    private final int nombreDeRegles;

    private EvaluationDirecte(RegleDirecte[] toutes) {
        // like Drools' alpha hashing: the value of a fact's property is read once and the rules testing it for
        // that value are found in one lookup, instead of testing every rule on every fact
        Map<List<Object>, Map<String, List<Entree>>> parPropriete = new java.util.LinkedHashMap<>();
        Map<List<Object>, Function<Object, Object>> lecteurs = new java.util.HashMap<>();
        List<RegleDirecte> autres = new ArrayList<>();
        for (RegleDirecte r : toutes) {
            Egalite egalite = r.motifs().length != 1 ? null : Arrays.stream(r.motifs()[0].conditions())
                    .filter(Egalite.class::isInstance).map(Egalite.class::cast).findFirst().orElse(null);
            if (egalite == null) {
                autres.add(r);
                continue;
            }
            List<Object> cle = List.of(r.motifs()[0].source(), egalite.getter());
            lecteurs.putIfAbsent(cle, egalite.lire());
            Condition[] reste = Arrays.stream(r.motifs()[0].conditions()).filter(c -> c != egalite)
                    .toArray(Condition[]::new);
            parPropriete.computeIfAbsent(cle, k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(egalite.valeur(), k -> new ArrayList<>()).add(new Entree(r, reste));
        }
        List<Index> idx = new ArrayList<>();
        parPropriete.forEach((cle, parValeur) -> {
            Map<String, Entree[]> m = new java.util.HashMap<>();
            parValeur.forEach((v, l) -> m.put(v, l.toArray(new Entree[0])));
            idx.add(new Index((Integer) cle.get(0), lecteurs.get(cle), Map.copyOf(m)));
        });
        this.regles = autres.toArray(new RegleDirecte[0]);
        this.index = idx.toArray(new Index[0]);
        this.nombreDeRegles = toutes.length;
    }

    /** A rule found through an index, with its conditions other than the indexed equality. */
    private record Entree(RegleDirecte regle, Condition[] autres) {
    }

    /** The rules testing one text property of one kind of fact for equality, by the value they want. */
    private record Index(int source, Function<Object, Object> lire, Map<String, Entree[]> parValeur) {
    }

    /**
     * The direct evaluation of a grille, or why it runs in Drools sessions: the first rule outside the subset
     * ({@code package/name}, null when the engine runs every grille in sessions) and what puts it there.
     */
    record Analyse(EvaluationDirecte evaluation, String regle, String raison) {
        /** Why the grille runs in sessions, in one sentence; null when it is evaluated directly. */
        String enDrools() {
            return evaluation != null ? null
                    : regle == null ? raison : "règle \"" + regle.substring(regle.indexOf('/') + 1) + "\" : " + raison;
        }
    }

    /**
     * The direct evaluation of the rules of {@code kbase}, or the first reason (rule and what is outside the subset)
     * why the grille must run in Drools sessions. Each DRL text is read by Drools' parser through {@code lu}, which may
     * keep what it read from one grille to the next: the regional base's files are in every PACA grille.
     */
    static Analyse analyser(KieBase kbase, Map<String, String> sources, Map<String, Critere> criteres,
                            Function<String, DrlLu> lu) {
        List<RegleDirecte> out = new ArrayList<>();
        List<Rule> toutes = new ArrayList<>();
        for (KiePackage p : kbase.getKiePackages()) {
            toutes.addAll(p.getRules());
        }
        // one order whatever the order of packages: the lines are sorted later, this only makes runs repeatable
        toutes.sort(Comparator.comparing(NoteCollecteur::cle));
        for (Rule r : toutes) {
            try {
                out.add(regle(r, sources, criteres, lu));
            } catch (HorsSousEnsemble e) {
                return new Analyse(null, NoteCollecteur.cle(r), e.getMessage());
            }
        }
        return new Analyse(new EvaluationDirecte(out.toArray(new RegleDirecte[0])), null, null);
    }

    /**
     * The lines of the grille for these facts in this commune; null when the rules would fire more than
     * {@code limite} times (the Drools session then reports it as it does for a loop).
     */
    List<LigneBrute> executer(Faits faits, Commune commune, int limite) {
        // the demande's lists as they are (random access, read by index: no copy, no iterator)
        List<?>[] parSource = {List.of(faits.dossier()), faits.situations(), faits.priorites(), faits.refus(),
                List.of(commune)};
        // the tuple of a one-pattern rule: consequences read it during the call and keep nothing of it
        Object[] un = new Object[1];
        List<Object> seul = Arrays.asList(un);
        List<LigneBrute> lignes = new ArrayList<>();
        int declenchements = 0;
        for (Index ix : index) {
            List<?> faitsLus = parSource[ix.source()];
            for (int f = 0; f < faitsLus.size(); f++) {
                Object fait = faitsLus.get(f);
                Object valeur = ix.lire().apply(fait);
                Entree[] entrees = valeur == null ? null : ix.parValeur().get(valeur);
                if (entrees == null) {
                    continue;
                }
                for (Entree e : entrees) {
                    if (Motif.toutes(e.autres(), fait)) {
                        if (++declenchements > limite) {
                            return null;
                        }
                        un[0] = fait;
                        lignes.add(e.regle().ligne(seul));
                    }
                }
            }
        }
        for (RegleDirecte r : regles) {
            Motif[] motifs = r.motifs();
            if (motifs.length == 1) {
                List<?> faitsLus = parSource[motifs[0].source()];
                for (int f = 0; f < faitsLus.size(); f++) {
                    Object fait = faitsLus.get(f);
                    if (motifs[0].accepte(fait)) {
                        if (++declenchements > limite) {
                            return null;
                        }
                        un[0] = fait;
                        lignes.add(r.ligne(seul));
                    }
                }
                continue;
            }
            // several patterns without a join: every combination of the facts each pattern matches; most such rules
            // have a pattern no fact matches, found first without allocating anything (conditions have no effect)
            if (!chacunTrouve(motifs, parSource)) {
                continue;
            }
            List<List<Object>> retenus = new ArrayList<>(motifs.length);
            for (Motif m : motifs) {
                List<Object> l = new ArrayList<>(2);
                List<?> faitsLus = parSource[m.source()];
                for (int f = 0; f < faitsLus.size(); f++) {
                    if (m.accepte(faitsLus.get(f))) {
                        l.add(faitsLus.get(f));
                    }
                }
                retenus.add(l);
            }
            int[] indice = new int[motifs.length];
            Object[] tuple = new Object[motifs.length];
            List<Object> vue = Arrays.asList(tuple);
            while (true) {
                for (int i = 0; i < tuple.length; i++) {
                    tuple[i] = retenus.get(i).get(indice[i]);
                }
                if (++declenchements > limite) {
                    return null;
                }
                lignes.add(r.ligne(vue));
                int i = motifs.length - 1;
                while (i >= 0 && ++indice[i] == retenus.get(i).size()) {
                    indice[i] = 0;
                    i--;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        return lignes;
    }

    /** Whether every pattern matches at least one of its facts. */
    private static boolean chacunTrouve(Motif[] motifs, List<?>[] parSource) {
        for (Motif m : motifs) {
            boolean trouve = false;
            List<?> faitsLus = parSource[m.source()];
            for (int f = 0; f < faitsLus.size() && !trouve; f++) {
                trouve = m.accepte(faitsLus.get(f));
            }
            if (!trouve) {
                return false;
            }
        }
        return true;
    }

    // -------------------------------------------------------------------------------------------- the plan

    /**
     * One rule: its patterns and what its consequence gives. {@code constante}: whether no pattern matches a
     * {@code Situation} or a {@code Priorite}, the only facts whose values a line shows (proof, codes, categories); the
     * line of such a rule depends only on its points and text, and {@code commune} (whether a pattern matches the
     * {@code Commune}), so it is built once and shared by every demande: {@code fixe}, built here for a
     * {@link Retenir} rule, and by month count for a {@link ParMois} one.
     */
    private record RegleDirecte(String nom, Critere critere, Motif[] motifs, Consequence consequence,
                                boolean constante, boolean commune, LigneBrute fixe) {
        RegleDirecte(String nom, Critere critere, Motif[] motifs, Consequence consequence) {
            this(nom, critere, motifs, consequence, constante(motifs), lieALaCommune(motifs), null);
        }

        RegleDirecte {
            if (constante && consequence instanceof Retenir r) {
                fixe = ligneConstante(critere, nom, r.points(), r.explication(), commune);
            }
        }

        private static boolean constante(Motif[] motifs) {
            return Arrays.stream(motifs).noneMatch(m -> m.source() == SITUATION || m.source() == PRIORITE);
        }

        private static boolean lieALaCommune(Motif[] motifs) {
            return Arrays.stream(motifs).anyMatch(m -> m.source() == COMMUNE);
        }

        LigneBrute ligne(List<Object> tuple) {
            return consequence.ligne(this, tuple);
        }

        /**
         * The line of a {@link #constante} rule with these points and text, for any facts: what
         * {@link NoteCollecteur#ligne} gives for facts with no situation nor priority among them.
         */
        private static LigneBrute ligneConstante(Critere critere, String nom, BigDecimal points, String explication,
                                                 boolean commune) {
            return new LigneBrute(critere, nom, points, explication, null, commune, List.of(), List.of());
        }
    }

    /** One pattern: the facts it looks at and the conditions they must meet. */
    private record Motif(int source, Condition[] conditions) {
        boolean accepte(Object fait) {
            return toutes(conditions, fait);
        }

        static boolean toutes(Condition[] conditions, Object fait) {
            for (Condition c : conditions) {
                if (!c.test(fait)) {
                    return false;
                }
            }
            return true;
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean test(Object fait);
    }

    /** A text property equal to a literal: the condition {@link Index} looks up instead of testing. */
    private record Egalite(Method getter, Function<Object, Object> lire, String valeur) implements Condition {
        @Override
        public boolean test(Object fait) {
            return valeur.equals(lire.apply(fait));
        }
    }

    /** What a rule's consequence gives for one tuple of facts; {@code tuple} is valid during the call only (reused). */
    private interface Consequence {
        LigneBrute ligne(RegleDirecte regle, List<Object> tuple);
    }

    /** {@code note.retenir()} or {@code note.retenir(points, "text")}. */
    private record Retenir(BigDecimal points, String explication) implements Consequence {
        @Override
        public LigneBrute ligne(RegleDirecte regle, List<Object> tuple) {
            return regle.fixe() != null ? regle.fixe()
                    : NoteCollecteur.ligne(regle.critere(), regle.nom(), points, explication, tuple);
        }
    }

    /**
     * {@code note.parMois(mois, pointsParMois, plafond)}, the months read from a pattern's fact or literal.
     * The points and text of each month count up to {@link #MOIS_EN_CACHE} are computed once (immutable values:
     * a race between threads only computes one twice).
     */
    private record ParMois(int motif, ToIntFunction<Object> mois, int moisLitteral, double pointsParMois,
                           double plafond, LigneBrute[] parNombreDeMois) implements Consequence {
        static final int MOIS_EN_CACHE = 1_200;

        ParMois(int motif, ToIntFunction<Object> mois, int moisLitteral, double pointsParMois, double plafond) {
            this(motif, mois, moisLitteral, pointsParMois, plafond, new LigneBrute[MOIS_EN_CACHE]);
        }

        @Override
        public LigneBrute ligne(RegleDirecte regle, List<Object> tuple) {
            int m = mois == null ? moisLitteral : mois.applyAsInt(tuple.get(motif));
            if (m < 0 || m >= MOIS_EN_CACHE) {
                return NoteCollecteur.parMois(regle.critere(), regle.nom(), m, pointsParMois, plafond, tuple);
            }
            LigneBrute modele = parNombreDeMois[m];
            if (modele == null) {
                modele = NoteCollecteur.parMois(regle.critere(), regle.nom(), m, pointsParMois, plafond, List.of());
                parNombreDeMois[m] = modele = RegleDirecte.ligneConstante(regle.critere(), regle.nom(), modele.points(),
                        modele.explication(), regle.commune());
            }
            return regle.constante() ? modele
                    : NoteCollecteur.ligne(regle.critere(), regle.nom(), modele.points(), modele.explication(), tuple);
        }
    }

    /** What puts a rule outside the subset, said for the debug log and the tests. */
    private static final class HorsSousEnsemble extends Exception {
        HorsSousEnsemble(String message) {
            super(message, null, false, false);
        }
    }

    // -------------------------------------------------------------------------------------------- analysis

    private static RegleDirecte regle(Rule rule, Map<String, String> sources, Map<String, Critere> criteres,
                                      Function<String, DrlLu> lu)
            throws HorsSousEnsemble {
        if (!(rule instanceof RuleImpl r)) {
            throw new HorsSousEnsemble("règle d'un type inattendu");
        }
        Critere critere = criteres.get(NoteCollecteur.cle(rule));
        if (critere == null) {
            throw new HorsSousEnsemble("pas de critère");
        }
        if (r.isQuery() || r.hasNamedConsequences() || r.getConsequence() == null) {
            throw new HorsSousEnsemble("requête ou conséquences nommées");
        }
        if (!r.isMainAgendaGroup() || r.getActivationGroup() != null && !r.getActivationGroup().isEmpty()
                || r.getRuleFlowGroup() != null && !r.getRuleFlowGroup().isEmpty()) {
            throw new HorsSousEnsemble("groupe d'agenda, d'activation ou de ruleflow");
        }
        if (r.getDateEffective() != null || r.getDateExpires() != null || r.getTimer() != null || r.hasCalendars()) {
            throw new HorsSousEnsemble("date d'effet, d'expiration, minuteur ou calendrier");
        }
        if (r.isSalienceDynamic() || !(r.getEnabled() instanceof org.drools.base.base.EnabledBoolean actif)
                || !actif.getValue(null, null, r, null)) {
            throw new HorsSousEnsemble("saillance ou activation calculée, ou règle désactivée");
        }
        GroupElement lhs = r.getLhs();
        if (lhs == null || !lhs.isAnd() || lhs.getChildren().isEmpty()) {
            throw new HorsSousEnsemble("condition vide ou qui n'est pas une conjonction de motifs");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (Object enfant : lhs.getChildren()) {
            if (!(enfant instanceof Pattern p)) {
                throw new HorsSousEnsemble("élément de condition " + enfant.getClass().getSimpleName());
            }
            patterns.add(p);
        }
        Motif[] motifs = new Motif[patterns.size()];
        for (int i = 0; i < motifs.length; i++) {
            motifs[i] = motif(patterns.get(i));
        }
        return new RegleDirecte(rule.getName(), critere, motifs, consequence(appel(r, sources, lu), r, patterns, critere));
    }

    private static Motif motif(Pattern p) throws HorsSousEnsemble {
        if (p.getSource() != null || !(p.getObjectType() instanceof ClassObjectType cot)) {
            throw new HorsSousEnsemble("motif avec une source (from, accumulate, collect)");
        }
        int source = FAITS.indexOf(cot.getClassType());
        if (source < 0) {
            throw new HorsSousEnsemble("motif sur " + cot.getClassName() + ", hors des faits de la session");
        }
        Class<?> type = cot.getClassType();
        List<Condition> conditions = new ArrayList<>();
        for (Constraint c : p.getConstraints()) {
            if (!(c instanceof MVELConstraint mc) || mc.getType() != Constraint.ConstraintType.ALPHA
                    || mc.getRequiredDeclarations().length != 0 || mc.isUnification()) {
                throw new HorsSousEnsemble("condition " + c + " qui dépend d'un autre motif");
            }
            conditions.add(condition(type, mc.getExpression().strip()));
        }
        return new Motif(source, conditions.toArray(new Condition[0]));
    }

    /** A condition of the subset, typed by the property's getter; anything else is outside the subset. */
    /**
     * A condition as Drools' expression parser reads the constraint Drools compiled: a boolean property, its negation,
     * or a property compared with a literal. {@code operateur} and {@code valeur} are null for a boolean property.
     */
    record ConditionLue(boolean negation, String propriete, String operateur, String valeur) {
    }

    /** The condition of the subset that {@code expression} is; null for anything else. */
    static ConditionLue lire(String expression) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr arbre;
        try {
            arbre = parser.parse(expression);
        } catch (RuntimeException e) {
            return null;
        }
        if (arbre == null || parser.hasErrors() || arbre.isNegated() || arbre.getConnective() != ConnectiveType.AND
                || arbre.getDescrs().size() != 1) {
            return null;
        }
        BaseDescr d = arbre.getDescrs().get(0);
        if (d instanceof AtomicExprDescr a && !a.isLiteral()) {
            String e = a.getExpression().strip();
            boolean negation = e.startsWith("!");
            String propriete = negation ? e.substring(1).strip() : e;
            return identifiant(propriete) ? new ConditionLue(negation, propriete, null, null) : null;
        }
        if (!(d instanceof RelationalExprDescr r) || r.isNegated() || r.getParameters() != null
                && !r.getParameters().isEmpty() || !(r.getLeft() instanceof AtomicExprDescr gauche) || gauche.isLiteral()
                || !(r.getRight() instanceof AtomicExprDescr droite) || !droite.isLiteral()) {
            return null;
        }
        String propriete = gauche.getExpression().strip();
        String valeur = droite.getExpression().strip();
        boolean litteral = valeur.equals("true") || valeur.equals("false") || nombre(valeur)
                || valeur.length() >= 2 && valeur.startsWith("\"") && valeur.endsWith("\"")
                && valeur.indexOf('\\') < 0 && valeur.indexOf('"', 1) == valeur.length() - 1;
        return identifiant(propriete) && OPERATEURS.contains(r.getOperator()) && litteral
                ? new ConditionLue(false, propriete, r.getOperator(), valeur) : null;
    }

    private static final java.util.Set<String> OPERATEURS = java.util.Set.of("==", "!=", "<", "<=", ">", ">=");

    private static boolean identifiant(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) || s.charAt(0) == '$') {
            return false;
        }
        return s.codePoints().allMatch(c -> c < 128 && Character.isJavaIdentifierPart(c) && c != '$');
    }

    /** A number written {@code -?digits(.digits)?}: what the comparisons of the subset take. */
    private static boolean nombre(String s) {
        String t = s.startsWith("-") ? s.substring(1) : s;
        int point = t.indexOf('.');
        return chiffres(point < 0 ? t : t.substring(0, point)) && (point < 0 || chiffres(t.substring(point + 1)));
    }

    private static boolean chiffres(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Condition condition(Class<?> type, String expression) throws HorsSousEnsemble {
        ConditionLue lue = lire(expression);
        if (lue == null) {
            throw new HorsSousEnsemble("condition '" + expression + "' : pas une propriété comparée à une valeur");
        }
        if (lue.operateur() == null) {
            Method getter = getter(type, lue.propriete(), expression);
            if (getter.getReturnType() != boolean.class) {
                throw new HorsSousEnsemble("condition '" + expression + "' sur une propriété qui n'est pas booléenne");
            }
            Predicate<Object> lire = accesseur(getter, Predicate.class, "test", boolean.class);
            return !lue.negation() ? lire::test : f -> !lire.test(f);
        }
        Method getter = getter(type, lue.propriete(), expression);
        String op = lue.operateur();
        Operateur o = Operateur.de(op);
        String valeur = lue.valeur();
        Class<?> t = getter.getReturnType();
        boolean egalite = op.equals("==") || op.equals("!=");
        boolean nombre = nombre(valeur);
        if (t == boolean.class && egalite && (valeur.equals("true") || valeur.equals("false"))) {
            Predicate<Object> lire = accesseur(getter, Predicate.class, "test", boolean.class);
            boolean attendu = Boolean.parseBoolean(valeur) == op.equals("==");
            return f -> lire.test(f) == attendu;
        }
        if ((t == int.class || t == long.class || t == short.class || t == byte.class) && nombre && !valeur.contains(".")) {
            long v = Long.parseLong(valeur);
            if (t == long.class) {
                java.util.function.ToLongFunction<Object> lire =
                        accesseur(getter, java.util.function.ToLongFunction.class, "applyAsLong", long.class);
                return f -> o.signe(Long.compare(lire.applyAsLong(f), v));
            }
            ToIntFunction<Object> lire = t == int.class ? accesseur(getter, ToIntFunction.class, "applyAsInt", int.class)
                    : entierDe(getter);
            return f -> o.signe(Long.compare(lire.applyAsInt(f), v));
        }
        if (t == double.class && nombre) {
            double v = Double.parseDouble(valeur);
            ToDoubleFunction<Object> lire = accesseur(getter, ToDoubleFunction.class, "applyAsDouble", double.class);
            return f -> o.compare(lire.applyAsDouble(f), v);
        }
        if (t == Double.class && nombre) {
            double v = Double.parseDouble(valeur);
            Function<Object, Object> lire = accesseur(getter, Function.class, "apply", Object.class);
            // a null value matches no comparison but '!=' (Drools compares it with the value as an object)
            boolean siNul = o == Operateur.DIFFERENT;
            return f -> {
                Object x = lire.apply(f);
                return x == null ? siNul : o.compare((Double) x, v);
            };
        }
        if (t == String.class && egalite && valeur.startsWith("\"")) {
            String v = valeur.substring(1, valeur.length() - 1);
            Function<Object, Object> lire = accesseur(getter, Function.class, "apply", Object.class);
            return op.equals("==") ? new Egalite(getter, lire, v) : f -> !v.equals(lire.apply(f));
        }
        throw new HorsSousEnsemble("condition '" + expression + "' : comparaison de " + t.getSimpleName() + " avec "
                + valeur + " hors du sous-ensemble");
    }

    /**
     * A comparison operator of a condition, read once when the grille is analysed: evaluating a condition then
     * switches on an enum, not on the operator's text.
     */
    private enum Operateur {
        EGAL, DIFFERENT, INFERIEUR, INFERIEUR_OU_EGAL, SUPERIEUR, SUPERIEUR_OU_EGAL;

        static Operateur de(String op) {
            return switch (op) {
                case "==" -> EGAL;
                case "!=" -> DIFFERENT;
                case "<" -> INFERIEUR;
                case "<=" -> INFERIEUR_OU_EGAL;
                case ">" -> SUPERIEUR;
                case ">=" -> SUPERIEUR_OU_EGAL;
                default -> throw new IllegalArgumentException(op);
            };
        }

        /** Whether the sign of a comparison ({@code Long.compare}) meets the operator. */
        boolean signe(int signe) {
            return switch (this) {
                case EGAL -> signe == 0;
                case DIFFERENT -> signe != 0;
                case INFERIEUR -> signe < 0;
                case INFERIEUR_OU_EGAL -> signe <= 0;
                case SUPERIEUR -> signe > 0;
                case SUPERIEUR_OU_EGAL -> signe >= 0;
            };
        }

        /** Java's operators on doubles, as Drools compiles them for a {@code double} or {@code Double} property. */
        boolean compare(double x, double v) {
            return switch (this) {
                case EGAL -> x == v;
                case DIFFERENT -> x != v;
                case INFERIEUR -> x < v;
                case INFERIEUR_OU_EGAL -> x <= v;
                case SUPERIEUR -> x > v;
                case SUPERIEUR_OU_EGAL -> x >= v;
            };
        }
    }

    private static ToIntFunction<Object> entierDe(Method getter) throws HorsSousEnsemble {
        Function<Object, Object> lire = accesseur(getter, Function.class, "apply", Object.class);
        return f -> ((Number) lire.apply(f)).intValue();
    }

    /** The public getter of a property as Drools resolves it: {@code getX()}, or {@code isX()} for a boolean. */
    private static Method getter(Class<?> type, String propriete, String expression) throws HorsSousEnsemble {
        String suffixe = Character.toUpperCase(propriete.charAt(0)) + propriete.substring(1);
        for (String nom : List.of("get" + suffixe, "is" + suffixe)) {
            try {
                Method m = type.getMethod(nom);
                if (!Modifier.isStatic(m.getModifiers()) && (nom.startsWith("get") || m.getReturnType() == boolean.class)) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        throw new HorsSousEnsemble("condition '" + expression + "' : pas d'accesseur pour " + propriete);
    }

    /** A getter seen through a functional interface. */
    private record CleAccesseur(Method getter, Class<?> interfaceFonctionnelle) {
    }

    /**
     * The accessors built so far, shared by every grille and thread: each is a stateless view of a getter of the
     * vocabulary's facts, so one per (getter, interface) is enough, and each grille's analysis reuses them instead
     * of spinning a class per condition (25 grilles share the regional base's conditions). Bounded by the getters of
     * the five fact types.
     */
    private static final java.util.concurrent.ConcurrentMap<CleAccesseur, Object> ACCESSEURS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How many accessors exist: a second grille with the same conditions adds none (a test checks it). */
    static int accesseurs() {
        return ACCESSEURS.size();
    }

    /**
     * A fast functional view of a getter ({@code Dossier::getTauxEffort} as a {@code Function<Object, Object>}),
     * built once with the JDK's lambda factory and then shared.
     */
    @SuppressWarnings("unchecked")
    private static <T> T accesseur(Method getter, Class<?> interfaceFonctionnelle, String methode, Class<?> retour)
            throws HorsSousEnsemble {
        CleAccesseur cle = new CleAccesseur(getter, interfaceFonctionnelle);
        Object deja = ACCESSEURS.get(cle);
        if (deja != null) {
            return (T) deja;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle mh = lookup.unreflect(getter);
            Object cree = LambdaMetafactory.metafactory(lookup, methode, MethodType.methodType(interfaceFonctionnelle),
                    MethodType.methodType(retour, Object.class), mh,
                    MethodType.methodType(retour == Object.class ? getter.getReturnType() : retour,
                            getter.getDeclaringClass())).getTarget().invoke();
            Object autre = ACCESSEURS.putIfAbsent(cle, cree);
            return (T) (autre != null ? autre : cree);
        } catch (Throwable e) {
            throw new HorsSousEnsemble("accesseur " + getter.getName() + " inutilisable : " + e);
        }
    }

    // -------------------------------------------------------------------------------------------- consequence

    /**
     * What a consequence gives, from its one call of {@code note} as {@link ConsequenceLue} reads it:
     * {@code note.retenir()}, {@code note.retenir(points, "text")}, {@code note.parMois(mois)} or
     * {@code note.parMois(mois, pointsParMois, plafond)}, the points literal numbers, the text a literal written without
     * escapes (its value is then the text between its quotes, what Drools gives), the months a literal or a binding of
     * an {@code int} property of a pattern.
     */
    private static Consequence consequence(ConsequenceLue.Appel appel, RuleImpl r, List<Pattern> patterns,
                                           Critere critere) throws HorsSousEnsemble {
        List<ConsequenceLue.Argument> args = appel.arguments();
        if (appel.methode().equals("retenir")) {
            if (args.isEmpty()) {
                if (critere.points() == null) {
                    throw new HorsSousEnsemble("note.retenir() sans @points");
                }
                return new Retenir(critere.points(), NoteCollecteur.texteFixe(critere));
            }
            if (args.size() == 2 && args.get(0) instanceof ConsequenceLue.Nombre p
                    && args.get(1) instanceof ConsequenceLue.Chaine t && !t.echappee()) {
                return new Retenir(Points.of(p.valeur()), t.valeur());
            }
            throw new HorsSousEnsemble("conséquence 'note.retenir(" + textes(args) + ")'");
        }
        boolean metadonnees = args.size() == 1;
        if (!metadonnees && (args.size() != 3 || !(args.get(1) instanceof ConsequenceLue.Nombre)
                || !(args.get(2) instanceof ConsequenceLue.Nombre))) {
            throw new HorsSousEnsemble("conséquence 'note.parMois(" + textes(args) + ")'");
        }
        if (metadonnees && critere.parMois() == null) {
            throw new HorsSousEnsemble("note.parMois(mois) sans @parMois");
        }
        double parMois = metadonnees ? critere.parMois().doubleValue() : ((ConsequenceLue.Nombre) args.get(1)).valeur();
        double plafond = metadonnees ? NoteCollecteur.plafond(critere) : ((ConsequenceLue.Nombre) args.get(2)).valeur();
        if (NoteCollecteur.incoherence(critere, parMois, plafond) != null) {
            throw new HorsSousEnsemble("note.parMois contredit les métadonnées");
        }
        ConsequenceLue.Argument mois = args.get(0);
        if (mois instanceof ConsequenceLue.Nombre n && n.entier() && n.valeur() >= 0 && n.valeur() <= Integer.MAX_VALUE) {
            return new ParMois(-1, null, (int) n.valeur(), parMois, plafond);
        }
        if (!(mois instanceof ConsequenceLue.Nom nom) || !nom.nom().startsWith("$")) {
            throw new HorsSousEnsemble("note.parMois avec " + mois.texte() + " qui n'est pas une propriété entière d'un motif");
        }
        Declaration d = r.getDeclaration(nom.nom());
        int motif = d == null || d.isPatternDeclaration() ? -1 : patterns.indexOf(d.getPattern());
        Class<?> type = motif < 0 ? null : ((ClassObjectType) patterns.get(motif).getObjectType()).getClassType();
        Method getter = type != null && d.getExtractor() instanceof org.drools.core.base.FieldNameSupplier champ
                ? getter(type, champ.getFieldName(), nom.nom()) : null;
        if (getter == null || getter.getReturnType() != int.class) {
            throw new HorsSousEnsemble("note.parMois avec " + nom.nom() + " qui n'est pas une propriété entière d'un motif");
        }
        return new ParMois(motif, accesseur(getter, ToIntFunction.class, "applyAsInt", int.class), 0, parMois,
                plafond);
    }

    private static String textes(List<ConsequenceLue.Argument> args) {
        return String.join(", ", args.stream().map(ConsequenceLue.Argument::texte).toList());
    }

    /**
     * The one call of {@code note} that a rule's consequence is, read from the descriptors of the DRL file that
     * declares the rule ({@code lu} reads each text once): the rule must be declared once there, and its consequence be
     * nothing but that call.
     */
    private static ConsequenceLue.Appel appel(RuleImpl r, Map<String, String> sources, Function<String, DrlLu> lu)
            throws HorsSousEnsemble {
        List<String> textes = new ArrayList<>();
        String chemin = r.getResource() == null ? null : r.getResource().getSourcePath();
        if (chemin != null && sources.containsKey(chemin)) {
            textes.add(sources.get(chemin));
        } else {
            textes.addAll(sources.values());
        }
        DrlLu.RegleLue trouvee = null;
        int fois = 0;
        for (String texte : textes) {
            for (DrlLu.RegleLue l : lu.apply(texte).regles(r.getName())) {
                String paquet = l.descr().getNamespace();
                if (paquet == null || paquet.isEmpty() || paquet.equals(r.getPackageName())) {
                    fois++;
                    trouvee = l;
                }
            }
        }
        if (fois != 1) {
            throw new HorsSousEnsemble(fois == 0 ? "règle introuvable dans les descripteurs" : "nom déclaré plusieurs fois");
        }
        ConsequenceLue.Appel appel = trouvee.consequence() == null ? null : trouvee.consequence().seulAppel();
        if (appel == null) {
            throw new HorsSousEnsemble("conséquence qui n'est pas un seul appel de note");
        }
        return appel;
    }

    @Override
    public String toString() {
        return "EvaluationDirecte[" + nombreDeRegles + " règles, " + index.length + " index]";
    }
}
