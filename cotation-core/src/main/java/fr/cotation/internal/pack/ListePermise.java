package fr.cotation.internal.pack;

import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Constat;
import fr.cotation.internal.conformite.AnalyseDrl;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.eclipse.jdt.internal.compiler.ast.BinaryExpression;
import org.eclipse.jdt.internal.compiler.ast.CharLiteral;
import org.eclipse.jdt.internal.compiler.ast.EmptyStatement;
import org.eclipse.jdt.internal.compiler.ast.Expression;
import org.eclipse.jdt.internal.compiler.ast.FalseLiteral;
import org.eclipse.jdt.internal.compiler.ast.MessageSend;
import org.eclipse.jdt.internal.compiler.ast.NumberLiteral;
import org.eclipse.jdt.internal.compiler.ast.OperatorIds;
import org.eclipse.jdt.internal.compiler.ast.SingleNameReference;
import org.eclipse.jdt.internal.compiler.ast.Statement;
import org.eclipse.jdt.internal.compiler.ast.StringLiteral;
import org.eclipse.jdt.internal.compiler.ast.TextBlock;
import org.eclipse.jdt.internal.compiler.ast.TrueLiteral;
import org.eclipse.jdt.internal.compiler.ast.UnaryExpression;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allow-list a pack from a directory not declared trusted must keep to, checked before anything of it is compiled
 * (Drools has no sandbox: a consequence is Java, and Drools evaluates some metadata with MVEL while compiling). It
 * allows only what a grille needs, read on Drools' own descriptors ({@link DrlParser}, the parser
 * {@code KnowledgeBuilder} runs on the same text, through {@link DrlLu}) and, for consequences, on the syntax tree of
 * the Eclipse compiler that compiles them ({@link ConsequenceLue}, the reading the engine's checks and direct
 * evaluation share), never on a hand-written lexer:
 * <ul>
 *   <li>imports of the rule vocabulary ({@code fr.cotation.regles}) only, the one global {@code Note note};</li>
 *   <li>no {@code declare}, {@code function}, {@code query}, {@code eval}, {@code from}, {@code accumulate},
 *       {@code collect}, {@code forall}, entry point, named consequence, rule unit, attribute other than
 *       {@code salience} (a whole number) and {@code no-loop};</li>
 *   <li>patterns on the facts of the vocabulary ({@code Dossier}, {@code Situation}, {@code Priorite}, {@code Refus},
 *       {@code Commune}), joined by {@code and}, {@code or}, {@code not}, {@code exists}; each condition reads a
 *       property of the fact and compares it with a literal ({@code ==, !=, <, <=, >, >=}, {@code in}), tests a
 *       boolean property ({@code monoparental}, {@code !motifLegitime}) or binds a property ({@code $mois :
 *       ancienneteMois});</li>
 *   <li>consequences made only of {@code note.retenir(...)} and {@code note.parMois(...)} calls whose arguments are
 *       literals, bound variables, their getters ({@code $d.getAncienneteMois()}),
 *       {@code Math.min}, {@code max}, {@code abs}, {@code floor}, {@code ceil}, {@code round} and the arithmetic
 *       ({@code + - * /}) of these; no text block;</li>
 *   <li>metadata with literal values (a string between double quotes, a number, true or false) and lower-case names;
 *   </li>
 *   <li>no Unicode escape ({@code \}{@code u0022}) and no invisible or control character anywhere in the file.</li>
 * </ul>
 * Anything else is refused with a code, the file, the line and the rule; the message tells the author that such a pack
 * must come from a {@code trustedPackDirectory}. The old form {@code note.retenir(kcontext)} is refused with what to
 * write instead, and no word of trust: it compiles in no pack.
 */
public final class ListePermise {
    /** The facts the engine inserts, by simple name, with the properties a condition may read. */
    static final Map<String, Set<String>> FAITS;
    /** Getter methods of the facts, the only calls a consequence may make on a bound variable. */
    static final Set<String> ACCESSEURS;
    private static final String VOCABULAIRE = "fr.cotation.regles";
    private static final Set<String> NOTE = Set.of("retenir", "parMois");
    /** What a consequence may ask of java.lang.Math: bounds and rounding of points. */
    private static final Set<String> MATH = Set.of("min", "max", "abs", "floor", "ceil", "round");
    private static final Set<String> OPERATEURS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Pattern LITTERAL = Pattern.compile(
            "\"(?:[^\"\\\\\\r\\n]|\\\\[ntrbf\"'\\\\])*\"|[-+]?\\d+(?:\\.\\d+)?|true|false|null");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern IDENTIFIANT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NOM_METADONNEE = Pattern.compile("[a-z][A-Za-z0-9_]*");
    private static final Pattern ECHAPPEMENT = Pattern.compile("\\\\+u+[0-9A-Fa-f]{0,4}");
    /** Said with every refusal: what the author can do. */
    static final String CONFIANCE = " ; un pack d'un dossier non déclaré de confiance n'utilise que ce dont une grille"
            + " a besoin (docs/securite.md) : sinon, l'application doit le charger avec trustedPackDirectory, comme son"
            + " propre code";

    static {
        Map<String, Set<String>> faits = new LinkedHashMap<>();
        Set<String> accesseurs = new TreeSet<>();
        for (Class<?> c : List.of(fr.cotation.regles.Dossier.class, fr.cotation.regles.Situation.class,
                fr.cotation.regles.Priorite.class, fr.cotation.regles.Refus.class, fr.cotation.regles.Commune.class)) {
            Set<String> proprietes = new TreeSet<>();
            try {
                for (PropertyDescriptor p : Introspector.getBeanInfo(c, Object.class).getPropertyDescriptors()) {
                    if (p.getReadMethod() != null) {
                        proprietes.add(p.getName());
                        accesseurs.add(p.getReadMethod().getName());
                    }
                }
            } catch (IntrospectionException e) {
                throw new ExceptionInInitializerError(e);
            }
            faits.put(c.getSimpleName(), Set.copyOf(proprietes));
        }
        FAITS = Map.copyOf(faits);
        ACCESSEURS = Set.copyOf(accesseurs);
    }

    private ListePermise() {
    }

    /** Every construct outside the allow-list in these files, in file and line order; empty when all may load. */
    public static List<Constat> verifier(List<AnalyseDrl.Fichier> fichiers) {
        List<Constat> constats = new ArrayList<>();
        for (AnalyseDrl.Fichier f : fichiers) {
            new Verif(f, constats).verifier();
        }
        return List.copyOf(constats);
    }

    /** The check of one file. */
    private static final class Verif {
        private final AnalyseDrl.Fichier fichier;
        private final String texte;
        private final List<Constat> constats;
        /** Offsets of the start of each line, for lines computed from offsets. */
        private final int[] debuts;
        private PackageDescr paquet;

        Verif(AnalyseDrl.Fichier fichier, List<Constat> constats) {
            this.fichier = fichier;
            this.texte = fichier.texte();
            this.constats = constats;
            List<Integer> d = new ArrayList<>();
            d.add(0);
            for (int i = 0; i < texte.length(); i++) {
                if (texte.charAt(i) == '\n') {
                    d.add(i + 1);
                }
            }
            debuts = d.stream().mapToInt(Integer::intValue).toArray();
        }

        private void refuser(CodeConstat code, int ligne, String regle, String message) {
            constats.add(new Constat(code, fichier.pack(), fichier.chemin(), Math.max(ligne, 0), regle, message + CONFIANCE));
        }

        private int ligne(int offset) {
            int l = java.util.Arrays.binarySearch(debuts, offset);
            return l >= 0 ? l + 1 : -l - 1;
        }

        void verifier() {
            DrlLu lu = DrlLu.lire(texte);
            paquet = lu.paquet();
            caracteres();
            if (paquet == null) {
                // Drools' parser gives nothing to compile either: the compilation reports the syntax error
                if (!lu.erreurs()) {
                    refuser(CodeConstat.S011, 1, null, "fichier DRL illisible par l'analyseur de Drools");
                }
                return;
            }
            entete();
            for (DrlLu.RegleLue r : lu.regles()) {
                regle(r);
            }
        }

        /** The rule whose text holds a line; null outside rules. */
        private String regleALaLigne(int ligne) {
            if (paquet == null) {
                return null;
            }
            for (RuleDescr r : paquet.getRules()) {
                if (r.getLine() <= ligne && (r.getEndLine() <= 0 || ligne <= r.getEndLine())) {
                    return r.getName();
                }
            }
            return null;
        }

        /** Unicode escapes, invisible and control characters, anywhere: Java decodes or ignores them before lexing. */
        private void caracteres() {
            Matcher m = ECHAPPEMENT.matcher(texte);
            while (m.find()) {
                int l = ligne(m.start());
                refuser(CodeConstat.S009, l, regleALaLigne(l), "échappement Unicode « " + m.group() + " » refusé :"
                        + " Java le décode avant tout, même dans un commentaire ou une chaîne, et le code réel échapperait"
                        + " à la vérification ; écrire le caractère lui-même");
            }
            for (int i = 0; i < texte.length(); ) {
                int c = texte.codePointAt(i);
                int type = Character.getType(c);
                boolean controle = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
                if (i == 0 && c == 0xFEFF) { // the byte order mark some editors write: harmless at the start
                    i++;
                    continue;
                }
                if (controle || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE
                        || type == Character.UNASSIGNED) {
                    int l = ligne(i);
                    refuser(CodeConstat.S009, l, regleALaLigne(l), String.format("caractère invisible ou de contrôle"
                            + " U+%04X refusé : il change ce que lit le compilateur sans se voir à l'écran", c));
                }
                i += Character.charCount(c);
            }
        }

        private void entete() {
            String nom = paquet.getNamespace() == null ? "" : paquet.getNamespace();
            String p = nom + ".";
            boolean reserve = p.startsWith("java.") || p.startsWith("javax.") || p.startsWith("jdk.") || p.startsWith("sun.")
                    || p.startsWith("com.sun.") || p.startsWith("org.kie.") || p.startsWith("org.drools.")
                    || p.startsWith("org.mvel2.") || p.startsWith("org.eclipse.") || p.startsWith("fr.cotation.internal.")
                    || p.equals("fr.cotation.") || List.of("regles", "demande", "pack", "json", "territoire", "conformite",
                    "equite", "classement", "fiche", "publication", "scenario", "generation", "attribution")
                    .stream().anyMatch(s -> p.startsWith("fr.cotation." + s + "."));
            if (reserve) {
                refuser(CodeConstat.S010, Math.max(1, paquet.getLine()), null, "le paquetage « " + nom + " » est réservé"
                        + " à la bibliothèque, au JDK ou au moteur de règles : choisir un paquetage propre au pack, par"
                        + " exemple fr.cotation.paca.nice");
            }
            // a class of the rule's own package would shadow the names a grille uses (and be loaded, static code included)
            for (String classe : java.util.stream.Stream.concat(FAITS.keySet().stream().sorted(),
                    java.util.stream.Stream.of("Note", "Math")).toList()) {
                if (!nom.isEmpty() && existe(nom + "." + classe)) {
                    refuser(CodeConstat.S010, Math.max(1, paquet.getLine()), null, "le paquetage « " + nom + " » contient"
                            + " une classe " + classe + " : dans les règles, " + classe + " désignerait cette classe et non"
                            + " celle du vocabulaire ; choisir un paquetage propre au pack");
                }
            }
            if (paquet.getUnit() != null) {
                refuser(CodeConstat.S011, 1, null, "unité de règles (unit) refusée");
            }
            for (ImportDescr i : paquet.getImports()) {
                String cible = i.getTarget();
                boolean permis = cible.equals(VOCABULAIRE + ".*") || (cible.startsWith(VOCABULAIRE + ".")
                        && (FAITS.containsKey(cible.substring(VOCABULAIRE.length() + 1))
                        || cible.equals(VOCABULAIRE + ".Note")));
                if (!permis) {
                    refuser(CodeConstat.S001, i.getLine(), null, "import " + cible + " refusé : seul le vocabulaire"
                            + " des règles s'importe (import fr.cotation.regles.*;)");
                }
            }
            paquet.getFunctionImports().forEach(i -> refuser(CodeConstat.S001, i.getLine(), null, "import function "
                    + i.getTarget() + " refusé : une fonction importée est du code arbitraire"));
            paquet.getAccumulateImports().forEach(i -> refuser(CodeConstat.S001, i.getLine(), null, "import accumulate "
                    + i.getTarget() + " refusé : une fonction d'accumulation importée est du code arbitraire"));
            for (GlobalDescr g : paquet.getGlobals()) {
                boolean note = (g.getType().equals("Note") || g.getType().equals(VOCABULAIRE + ".Note"))
                        && g.getIdentifier().equals("note");
                if (!note) {
                    refuser(CodeConstat.S002, g.getLine(), null, "global " + g.getType() + " " + g.getIdentifier()
                            + " refusé : le moteur ne fournit que « global fr.cotation.regles.Note note; » ; un autre"
                            + " global serait un objet de l'application donné aux règles");
                }
            }
            for (FunctionDescr f : paquet.getFunctions()) {
                refuser(CodeConstat.S011, f.getLine(), null, "fonction « " + f.getName() + " » refusée : une fonction"
                        + " est du code Java arbitraire");
            }
            paquet.getTypeDeclarations().forEach(t -> refuser(CodeConstat.S011, t.getLine(), null, "declare "
                    + t.getTypeName() + " refusé : une déclaration de type peut donner à un nom du vocabulaire le sens"
                    + " d'une classe quelconque (declare ProcessBuilder end désigne java.lang.ProcessBuilder)"));
            paquet.getEnumDeclarations().forEach(t -> refuser(CodeConstat.S011, t.getLine(), null, "declare enum "
                    + t.getTypeName() + " refusé : une grille n'a pas besoin de déclarer de types"));
            paquet.getEntryPointDeclarations().forEach(t -> refuser(CodeConstat.S011, t.getLine(), null,
                    "declare entry-point refusé : une grille n'a pas besoin de déclarer de types"));
            paquet.getWindowDeclarations().forEach(t -> refuser(CodeConstat.S011, t.getLine(), null,
                    "declare window refusé : une grille n'a pas besoin de déclarer de types"));
            for (AttributeDescr a : paquet.getAttributes()) {
                attribut(a, null, Math.max(1, a.getLine()));
            }
        }

        private static boolean existe(String classe) {
            try {
                Class.forName(classe, false, ListePermise.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        private void attribut(AttributeDescr a, String regle, int ligneParDefaut) {
            String v = a.getValue() == null ? "" : a.getValue().strip();
            boolean permis = switch (a.getName()) {
                case "salience" -> v.matches("-?\\d{1,9}");
                case "no-loop" -> v.isEmpty() || v.equals("true") || v.equals("false");
                case "dialect" -> v.equals("java") || v.equals("\"java\"");
                default -> false;
            };
            if (!permis) {
                refuser(CodeConstat.S011, a.getLine() > 0 ? a.getLine() : ligneParDefaut, regle, "attribut « "
                        + a.getName() + " " + v + " » refusé : seuls salience (un nombre entier) et no-loop servent à une"
                        + " grille ; une autre valeur est une expression que Drools évalue, et date-effective lit"
                        + " l'horloge");
            }
        }

        private void regle(DrlLu.RegleLue lue) {
            RuleDescr r = lue.descr();
            String nom = r.getName();
            if (r instanceof QueryDescr) {
                refuser(CodeConstat.S011, r.getLine(), null, "query « " + nom + " » refusée : une grille n'interroge pas"
                        + " la mémoire du moteur");
                return;
            }
            for (AttributeDescr a : r.getAttributes().values()) {
                attribut(a, nom, r.getLine());
            }
            for (AnnotationDescr a : r.getAnnotations()) {
                metadonnee(r, a);
            }
            if (r.getNamedConsequences() != null && !r.getNamedConsequences().isEmpty()) {
                refuser(CodeConstat.S011, r.getLine(), nom, "conséquence nommée (then[...]) refusée : une règle de"
                        + " grille a une seule conséquence");
            }
            Set<String> variables = new HashSet<>();
            if (r.getLhs() != null) {
                condition(r, r.getLhs(), variables);
            }
            if (lue.consequence() != null) {
                consequence(lue, variables);
            }
        }

        // ------------------------------------------------------------------------------------ metadata

        private void metadonnee(RuleDescr r, AnnotationDescr a) {
            int ligne = ligneDe("@" + a.getName(), r);
            if (!NOM_METADONNEE.matcher(a.getName()).matches()) {
                refuser(CodeConstat.S003, ligne, r.getName(), "annotation @" + a.getName() + " refusée : Drools charge"
                        + " la classe qu'elle nomme ; les métadonnées d'une règle s'écrivent en minuscules (@critere,"
                        + " @libelle...)");
                return;
            }
            for (Object v : a.getValueMap().values()) {
                String valeur = v == null ? "" : v.toString().strip();
                if (!LITTERAL.matcher(valeur).matches() || valeur.equals("null")) {
                    refuser(CodeConstat.S003, ligne, r.getName(), "valeur de @" + a.getName() + "(...) refusée : Drools"
                            + " évalue avec MVEL, en compilant, une valeur de métadonnée qui n'est pas un littéral ;"
                            + " écrire une chaîne entre guillemets ou un nombre, par exemple @" + a.getName() + "(\"...\")");
                    return;
                }
            }
        }

        /** The line of the first occurrence of {@code quoi} from the rule's start; the rule's line when not found. */
        private int ligneDe(String quoi, RuleDescr r) {
            int debut = r.getStartCharacter() >= 0 ? r.getStartCharacter()
                    : r.getLine() > 0 && r.getLine() <= debuts.length ? debuts[r.getLine() - 1] : 0;
            int i = texte.indexOf(quoi, Math.min(debut, texte.length()));
            return i < 0 ? r.getLine() : ligne(i);
        }

        // ------------------------------------------------------------------------------------ conditions

        private void condition(RuleDescr r, BaseDescr d, Set<String> variables) {
            if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
                for (BaseDescr e : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    condition(r, e, variables);
                }
                return;
            }
            int ligne = d.getLine() > 0 ? d.getLine() : r.getLine();
            if (!(d instanceof PatternDescr p)) {
                refuser(CodeConstat.S011, ligne, r.getName(), nomElement(d) + " refusé dans une condition : une"
                        + " condition de grille est faite de motifs sur les faits (Dossier, Situation, Priorite, Refus,"
                        + " Commune) reliés par and, or, not, exists");
                return;
            }
            if (p.getSource() != null) {
                String s = switch (p.getSource().getClass().getSimpleName()) {
                    case "AccumulateDescr" -> "accumulate";
                    case "CollectDescr" -> "collect";
                    case "EntryPointDescr" -> "entry-point";
                    case "WindowReferenceDescr" -> "window";
                    default -> p.getSource().getText() == null ? p.getSource().getClass().getSimpleName()
                            : p.getSource().getText().strip();
                };
                refuser(CodeConstat.S011, ligne, r.getName(), "source de motif « " + abrege(s) + " » refusée : from,"
                        + " accumulate, collect et les points d'entrée évaluent des expressions ; un motif porte"
                        + " directement sur un fait du vocabulaire");
                return;
            }
            String type = p.getObjectType() == null ? "" : p.getObjectType();
            if (type.startsWith(VOCABULAIRE + ".")) {
                type = type.substring(VOCABULAIRE.length() + 1);
            }
            Set<String> proprietes = FAITS.get(type);
            if (proprietes == null || p.isQuery()) {
                refuser(CodeConstat.S011, ligne, r.getName(), "motif sur « " + p.getObjectType() + " » refusé : une"
                        + " grille ne lit que les faits " + String.join(", ", new TreeSet<>(FAITS.keySet())));
                return;
            }
            if (p.getIdentifier() != null) {
                variable(r, p.getIdentifier(), ligne, variables);
            }
            if (p.getAnnotations() != null && !p.getAnnotations().isEmpty()) {
                refuser(CodeConstat.S011, ligne, r.getName(), "annotation de motif refusée");
            }
            for (BaseDescr c : p.getDescrs()) {
                int l = c.getLine() > 0 ? c.getLine() : ligne;
                if (!(c instanceof ExprConstraintDescr e)) {
                    refuser(CodeConstat.S011, l, r.getName(), nomElement(c) + " refusé dans le motif " + type);
                    continue;
                }
                contrainte(r, type, proprietes, e.getExpression(), l, variables);
            }
        }

        private void variable(RuleDescr r, String nom, int ligne, Set<String> variables) {
            if (!VARIABLE.matcher(nom).matches()) {
                refuser(CodeConstat.S011, ligne, r.getName(), "variable « " + nom + " » refusée : une variable de règle"
                        + " commence par $ ($d, $mois)");
            }
            variables.add(nom);
        }

        private void contrainte(RuleDescr r, String type, Set<String> proprietes, String expression, int ligne,
                                Set<String> variables) {
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
            ConstraintConnectiveDescr arbre;
            try {
                arbre = parser.parse(expression);
            } catch (RuntimeException e) {
                arbre = null;
            }
            if (arbre == null || parser.hasErrors()) {
                refuser(CodeConstat.S011, ligne, r.getName(), "condition « " + abrege(expression) + " » illisible par"
                        + " l'analyseur de Drools");
                return;
            }
            List<String> erreurs = new ArrayList<>();
            expression(arbre, type, proprietes, variables, erreurs);
            for (String e : erreurs) {
                refuser(CodeConstat.S011, ligne, r.getName(), "condition « " + abrege(expression) + " » refusée : " + e);
            }
        }

        private void expression(BaseDescr d, String type, Set<String> proprietes, Set<String> variables,
                                List<String> erreurs) {
            if (d instanceof ConstraintConnectiveDescr c) {
                for (BaseDescr e : c.getDescrs()) {
                    expression(e, type, proprietes, variables, erreurs);
                }
            } else if (d instanceof RelationalExprDescr rel) {
                if (!OPERATEURS.contains(rel.getOperator()) || rel.isNegated() || rel.getParameters() != null
                        && !rel.getParameters().isEmpty()) {
                    erreurs.add("l'opérateur « " + (rel.isNegated() ? "not " : "") + rel.getOperator() + " » n'est pas"
                            + " permis ; une condition compare une propriété à une valeur avec ==, !=, <, <=, >, >= ou in");
                    return;
                }
                if (rel.getLeft() instanceof BindingDescr b) {
                    lier(b, type, proprietes, variables, erreurs);
                } else if (!(rel.getLeft() instanceof AtomicExprDescr a) || !propriete(a.getExpression(), proprietes)) {
                    erreurs.add("à gauche de " + rel.getOperator() + ", " + inconnue(texte(rel.getLeft()), type, proprietes));
                }
                if (!(rel.getRight() instanceof AtomicExprDescr a) || !LITTERAL.matcher(a.getExpression().strip()).matches()) {
                    erreurs.add("à droite de " + rel.getOperator() + ", « " + texte(rel.getRight()) + " » n'est pas une"
                            + " valeur écrite (un nombre, une chaîne entre guillemets, true, false ou null)");
                }
            } else if (d instanceof AtomicExprDescr a) {
                String e = a.getExpression().strip();
                if (e.startsWith("!")) {
                    e = e.substring(1).strip();
                }
                if (!propriete(e, proprietes)) {
                    erreurs.add(inconnue(e, type, proprietes));
                }
            } else if (d instanceof BindingDescr b) {
                lier(b, type, proprietes, variables, erreurs);
            } else {
                erreurs.add(nomElement(d) + " n'est pas permis");
            }
        }

        /**
         * "`anciennete` n'existe pas sur Dossier : vouliez-vous dire `ancienneteMois` ?" and the properties there are:
         * the same words as the compiler's message for a trusted pack.
         */
        private static String inconnue(String nom, String type, Set<String> proprietes) {
            String n = nom.strip();
            return "`" + n + "` n'existe pas sur " + type + fr.cotation.internal.redaction.Suggestions.vouliezVousDire(n, proprietes)
                    + " (propriétés de " + type + " : " + String.join(", ", new TreeSet<>(proprietes)) + ")";
        }

        private void lier(BindingDescr b, String type, Set<String> proprietes, Set<String> variables, List<String> erreurs) {
            if (!VARIABLE.matcher(b.getVariable()).matches()) {
                erreurs.add("la variable « " + b.getVariable() + " » ne commence pas par $");
            }
            if (!propriete(b.getExpression(), proprietes)) {
                erreurs.add(inconnue(b.getExpression(), type, proprietes));
            }
            variables.add(b.getVariable());
        }

        private static boolean propriete(String expression, Set<String> proprietes) {
            String e = expression == null ? "" : expression.strip();
            return IDENTIFIANT.matcher(e).matches() && proprietes.contains(e);
        }

        private static String texte(BaseDescr d) {
            return d instanceof AtomicExprDescr a ? a.getExpression() : d == null ? "" : d.getText() != null ? d.getText()
                    : nomElement(d);
        }

        // ------------------------------------------------------------------------------------ consequences

        private void consequence(DrlLu.RegleLue lue, Set<String> variables) {
            RuleDescr r = lue.descr();
            ConsequenceLue c = lue.consequence();
            if (!c.lisible()) {
                refuser(CodeConstat.S011, lue.ligne(c.ligneErreur()), r.getName(), "conséquence illisible comme du Java :"
                        + " une conséquence de grille est faite d'appels note.retenir(...) ou note.parMois(...)");
                return;
            }
            if (c.horsDuBloc()) {
                refuser(CodeConstat.S011, lue.debut(), r.getName(), "la conséquence sort de son bloc (accolades non"
                        + " équilibrées) : une conséquence de grille est faite d'appels note.retenir(...) ou"
                        + " note.parMois(...)");
                return;
            }
            for (Statement s : c.instructions()) {
                if (s instanceof EmptyStatement) {
                    continue;
                }
                int l = lue.ligne(c.ligne(s));
                ConsequenceLue.Appel ancienne = c.appel(s);
                if (ancienne != null && ancienne.ancienne()) {
                    // not a matter of trust: the old form does not compile, whoever wrote it
                    constats.add(new Constat(CodeConstat.S011, fichier.pack(), fichier.chemin(), l, r.getName(),
                            ancienne.ancienneForme()));
                    continue;
                }
                String erreur = instruction(s, variables);
                if (erreur != null) {
                    refuser(CodeConstat.S011, l, r.getName(), "conséquence « " + abrege(s.toString()) + " » refusée : "
                            + erreur);
                }
            }
        }

        /** Why a statement of a consequence is refused; null when it is a note call with allowed arguments. */
        private static String instruction(Statement s, Set<String> variables) {
            if (!(s instanceof MessageSend ms) || !(ms.receiver instanceof SingleNameReference recepteur)
                    || !new String(recepteur.token).equals("note") || !NOTE.contains(new String(ms.selector))
                    || ms.typeArguments != null) {
                return "une conséquence de grille n'est faite que d'appels note.retenir(...) ou note.parMois(...)";
            }
            for (Expression a : ms.arguments == null ? new Expression[0] : ms.arguments) {
                String e = argument(a, variables);
                if (e != null) {
                    return "argument « " + abrege(a.toString()) + " » : " + e;
                }
            }
            return null;
        }

        private static String argument(Expression a, Set<String> variables) {
            if (a instanceof TextBlock) {
                return "bloc de texte (\"\"\") refusé : écrire une chaîne entre guillemets simples";
            }
            if (a instanceof StringLiteral || a instanceof NumberLiteral || a instanceof CharLiteral
                    || a instanceof TrueLiteral || a instanceof FalseLiteral) {
                return null;
            }
            if (a instanceof SingleNameReference n) {
                String nom = new String(n.token);
                return variables.contains(nom) ? null : "« " + nom + " » n'est pas une variable liée dans la condition";
            }
            if (a instanceof MessageSend ms && ms.receiver instanceof SingleNameReference m
                    && new String(m.token).equals("Math") && ms.typeArguments == null) {
                if (!MATH.contains(new String(ms.selector)) || ms.arguments == null) {
                    return "de Math, seuls " + String.join(", ", new TreeSet<>(MATH)) + " sont permis";
                }
                for (Expression x : ms.arguments) {
                    String e = argument(x, variables);
                    if (e != null) {
                        return e;
                    }
                }
                return null;
            }
            if (a instanceof MessageSend ms) {
                boolean accesseur = ms.receiver instanceof SingleNameReference v && variables.contains(new String(v.token))
                        && ms.arguments == null && ms.typeArguments == null && ACCESSEURS.contains(new String(ms.selector));
                return accesseur ? null : "seul un accesseur d'une variable liée est permis ($d.getAncienneteMois())";
            }
            if (a instanceof BinaryExpression b) {
                int op = (b.bits & org.eclipse.jdt.internal.compiler.ast.ASTNode.OperatorMASK)
                        >> org.eclipse.jdt.internal.compiler.ast.ASTNode.OperatorSHIFT;
                if (op != OperatorIds.PLUS && op != OperatorIds.MINUS && op != OperatorIds.MULTIPLY
                        && op != OperatorIds.DIVIDE) {
                    return "seuls +, -, * et / sont permis";
                }
                String g = argument(b.left, variables);
                return g != null ? g : argument(b.right, variables);
            }
            if (a instanceof UnaryExpression u) {
                int op = (u.bits & org.eclipse.jdt.internal.compiler.ast.ASTNode.OperatorMASK)
                        >> org.eclipse.jdt.internal.compiler.ast.ASTNode.OperatorSHIFT;
                return op == OperatorIds.MINUS || op == OperatorIds.PLUS ? argument(u.expression, variables)
                        : "seuls + et - sont permis devant une valeur";
            }
            return "seuls des valeurs écrites, les variables liées, leurs accesseurs, Math.min, Math.max... et + - * / sont permis";
        }

        private static String nomElement(BaseDescr d) {
            String n = d.getClass().getSimpleName().replace("Descr", "");
            return switch (n) {
                case "Eval" -> "eval";
                case "Forall" -> "forall";
                case "Accumulate" -> "accumulate";
                case "Collect" -> "collect";
                case "From" -> "from";
                case "ConditionalBranch" -> "if/else";
                case "NamedConsequence" -> "do[...]";
                default -> n;
            };
        }

        private static String abrege(String s) {
            String t = s.replaceAll("\\s+", " ").strip();
            return t.length() <= 160 ? t : t.substring(0, 157) + "...";
        }
    }
}
