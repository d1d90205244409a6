package fr.cotation.internal.pack;

import org.eclipse.jdt.internal.compiler.ASTVisitor;
import org.eclipse.jdt.internal.compiler.CompilationResult;
import org.eclipse.jdt.internal.compiler.DefaultErrorHandlingPolicies;
import org.eclipse.jdt.internal.compiler.ast.ASTNode;
import org.eclipse.jdt.internal.compiler.ast.AbstractMethodDeclaration;
import org.eclipse.jdt.internal.compiler.ast.CompilationUnitDeclaration;
import org.eclipse.jdt.internal.compiler.ast.ConstructorDeclaration;
import org.eclipse.jdt.internal.compiler.ast.DoubleLiteral;
import org.eclipse.jdt.internal.compiler.ast.Expression;
import org.eclipse.jdt.internal.compiler.ast.IntLiteral;
import org.eclipse.jdt.internal.compiler.ast.MessageSend;
import org.eclipse.jdt.internal.compiler.ast.OperatorIds;
import org.eclipse.jdt.internal.compiler.ast.SingleNameReference;
import org.eclipse.jdt.internal.compiler.ast.Statement;
import org.eclipse.jdt.internal.compiler.ast.StringLiteral;
import org.eclipse.jdt.internal.compiler.ast.TypeDeclaration;
import org.eclipse.jdt.internal.compiler.ast.UnaryExpression;
import org.eclipse.jdt.internal.compiler.batch.CompilationUnit;
import org.eclipse.jdt.internal.compiler.impl.CompilerOptions;
import org.eclipse.jdt.internal.compiler.lookup.BlockScope;
import org.eclipse.jdt.internal.compiler.parser.Parser;
import org.eclipse.jdt.internal.compiler.problem.DefaultProblemFactory;
import org.eclipse.jdt.internal.compiler.problem.ProblemReporter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The consequence of one rule, as Drools' parser gives it ({@code RuleDescr.getConsequence()}: the text between
 * {@code then} and {@code end}), parsed by the Eclipse compiler Drools compiles consequences with, and the calls of
 * {@code note} it makes. One analysis for everything that reads consequences: the allow-list of untrusted packs
 * ({@link ListePermise}, on the statements), the load-time check of the numbers a call repeats, the refusal of the
 * old form {@code note.retenir(kcontext)}, and the direct evaluation (on the {@link Appel}s). Immutable once read;
 * shared by threads.
 */
public final class ConsequenceLue {
    /** The methods of {@code fr.cotation.regles.Note}. */
    static final java.util.Set<String> NOTE = java.util.Set.of("retenir", "parMois");
    /** Said to an author whose consequence passes {@code kcontext} to the note (the form before the engine knew it). */
    public static final String ANCIENNE_FORME = "note.%s(kcontext%s) est l'ancienne forme : le moteur sait quelle"
            + " règle se déclenche, écrire note.%s(%s) sans kcontext (docs/ecrire-une-grille.md)";

    /** The Eclipse compiler's options for Java 17 (what Drools compiles consequences to), read-only once built. */
    private static final CompilerOptions OPTIONS;
    private static final DefaultProblemFactory FABRIQUE = new DefaultProblemFactory(Locale.ROOT);

    static {
        Map<String, String> options = new HashMap<>();
        options.put(CompilerOptions.OPTION_Source, "17");
        options.put(CompilerOptions.OPTION_Compliance, "17");
        options.put(CompilerOptions.OPTION_TargetPlatform, "17");
        OPTIONS = new CompilerOptions(options);
    }

    /** Where the consequence is parsed: a method body of its own; its first line is line 2 of this source. */
    private static final String AVANT = "class C { void m() {\n";

    /** What an argument of a note call is, as far as the engine needs to know without compiling. */
    public sealed interface Argument {
        /** The argument as written. */
        String texte();
    }

    /** A number written as digits, with an optional fraction, sign and {@code d} suffix: {@code 5}, {@code -2.5}. */
    public record Nombre(double valeur, boolean entier, String texte) implements Argument {
    }

    /** A string literal (not a text block, not a concatenation); {@code echappee}: written with a backslash. */
    public record Chaine(String valeur, boolean echappee, String texte) implements Argument {
    }

    /** A bare name: a variable bound in the condition ({@code $mois}), or {@code kcontext}. */
    public record Nom(String nom, String texte) implements Argument {
    }

    /** Anything computed: {@code Math.min(6, 2 * $n)}, {@code $d.getAncienneteMois()}. */
    public record Calcul(String texte) implements Argument {
    }

    /**
     * A call {@code note.retenir(...)} or {@code note.parMois(...)}, at {@code ligne} of the consequence (1 for its
     * first line), with its arguments.
     */
    public record Appel(String methode, List<Argument> arguments, int ligne) {
        /** Whether it is the old form, {@code kcontext} first: refused at load, with {@link #ancienneForme()}. */
        public boolean ancienne() {
            return !arguments.isEmpty() && arguments.get(0) instanceof Nom n && n.nom().equals("kcontext");
        }

        /** What to write instead of the old form, in French. */
        public String ancienneForme() {
            List<String> reste = arguments.subList(Math.min(1, arguments.size()), arguments.size()).stream()
                    .map(Argument::texte).toList();
            String suite = String.join(", ", reste);
            return String.format(ANCIENNE_FORME, methode, reste.isEmpty() ? "" : ", " + suite, methode, suite);
        }
    }

    private final String code;
    /** Where each line of the parsed source ends (the compiler's, for lines of nodes); kept, not the whole result. */
    private final int[] fins;
    /** The line of the consequence of the first syntax error; 1 when there is none or it is unknown. */
    private final int ligneErreur;
    private final AbstractMethodDeclaration methode;
    private final boolean lisible;
    private final boolean horsDuBloc;
    private final List<Appel> appels;
    /** The call each note {@link MessageSend} of the body is. */
    private final Map<MessageSend, Appel> parNoeud = new java.util.IdentityHashMap<>();

    private ConsequenceLue(String code) {
        this.code = code;
        ProblemReporter rapport = new ProblemReporter(DefaultErrorHandlingPolicies.proceedWithAllProblems(), OPTIONS,
                FABRIQUE);
        String source = AVANT + code + "\n} }";
        CompilationUnit unite = new CompilationUnit(source.toCharArray(), "C.java", "UTF-8");
        CompilationResult resultat = new CompilationResult(unite, 0, 1, 100);
        CompilationUnitDeclaration cu;
        try {
            cu = new Parser(rapport, false).parse(unite, resultat);
        } catch (RuntimeException e) {
            cu = null;
        }
        lisible = cu != null && !resultat.hasSyntaxError && !resultat.hasErrors();
        fins = resultat.getLineSeparatorPositions();
        ligneErreur = resultat.getErrors() != null && resultat.getErrors().length > 0
                ? Math.max(1, resultat.getErrors()[0].getSourceLineNumber() - 1) : 1;
        AbstractMethodDeclaration m = null;
        boolean autre = !lisible || cu.types == null || cu.types.length != 1 || cu.imports != null
                || cu.currentPackage != null;
        if (!autre) {
            TypeDeclaration t = cu.types[0];
            autre = t.fields != null || t.memberTypes != null || t.methods == null;
            for (AbstractMethodDeclaration md : t.methods == null ? new AbstractMethodDeclaration[0] : t.methods) {
                if (md instanceof ConstructorDeclaration cd && cd.isDefaultConstructor()) {
                    continue;
                }
                if (m == null && new String(md.selector).equals("m")) {
                    m = md;
                } else {
                    autre = true;
                }
            }
        }
        horsDuBloc = lisible && (autre || m == null);
        methode = lisible && !horsDuBloc ? m : null;
        appels = methode == null ? List.of() : List.copyOf(lireAppels(methode));
    }

    /** The consequence {@code code} (the parser's text between {@code then} and {@code end}), parsed. */
    public static ConsequenceLue lire(String code) {
        return new ConsequenceLue(code == null ? "" : code);
    }

    /** Whether the code parses as Java statements. */
    public boolean lisible() {
        return lisible;
    }

    /** The line of the consequence (1 for its first) of the first syntax error; 1 when unknown. */
    public int ligneErreur() {
        return ligneErreur;
    }

    /** Whether it parses, but closes the method body to declare something else (unbalanced braces). */
    public boolean horsDuBloc() {
        return horsDuBloc;
    }

    /** The statements of the body, in order, empty ones included; empty when it is not a readable block. */
    public List<Statement> instructions() {
        return methode == null || methode.statements == null ? List.of() : List.of(methode.statements);
    }

    /** The line of the consequence (1 for its first) where a node of {@link #instructions()} starts. */
    public int ligne(ASTNode n) {
        int l = 1;
        if (fins != null) {
            for (int f : fins) {
                if (f < n.sourceStart) {
                    l++;
                }
            }
        }
        return Math.max(1, l - 1);
    }

    /** Every call of {@code note.retenir} and {@code note.parMois}, wherever it stands in the body, in text order. */
    public List<Appel> appels() {
        return appels;
    }

    /**
     * The one call of a consequence that is nothing but that call ({@code note.retenir();}, empty statements not
     * allowed); null for anything else.
     */
    public Appel seulAppel() {
        List<Statement> s = instructions();
        return s.size() != 1 || appels.size() != 1 ? null : appel(s.get(0));
    }

    /** The note call a statement is; null when it is anything else. */
    public Appel appel(Statement s) {
        return s instanceof MessageSend ms ? parNoeud.get(ms) : null;
    }

    private List<Appel> lireAppels(AbstractMethodDeclaration m) {
        List<Appel> out = new ArrayList<>();
        m.traverse(new ASTVisitor() {
            @Override
            public boolean visit(MessageSend ms, BlockScope scope) {
                if (estNote(ms)) {
                    List<Argument> args = new ArrayList<>();
                    for (Expression a : ms.arguments == null ? new Expression[0] : ms.arguments) {
                        args.add(argument(a));
                    }
                    Appel a = new Appel(new String(ms.selector), List.copyOf(args), ligne(ms));
                    out.add(a);
                    parNoeud.put(ms, a);
                }
                return true;
            }
        }, (org.eclipse.jdt.internal.compiler.lookup.ClassScope) null);
        out.sort(java.util.Comparator.comparingInt(a -> a.ligne()));
        return out;
    }

    private static boolean estNote(MessageSend ms) {
        return ms.receiver instanceof SingleNameReference r && new String(r.token).equals("note")
                && NOTE.contains(new String(ms.selector)) && ms.typeArguments == null;
    }

    /** The text of a node as written in the consequence. */
    public String texte(ASTNode n) {
        int de = n.sourceStart - AVANT.length();
        int a = n.sourceEnd + 1 - AVANT.length();
        return de >= 0 && a <= code.length() && de <= a ? code.substring(de, a) : n.toString();
    }

    private Argument argument(Expression a) {
        String texte = texte(a);
        if (a.getClass() == StringLiteral.class) {
            return new Chaine(new String(((StringLiteral) a).source()), texte.indexOf('\\') >= 0, texte);
        }
        if (a instanceof SingleNameReference n) {
            return new Nom(new String(n.token), texte);
        }
        boolean negatif = false;
        Expression e = a;
        if (a instanceof UnaryExpression u && ((u.bits & ASTNode.OperatorMASK) >> ASTNode.OperatorSHIFT) == OperatorIds.MINUS) {
            negatif = true;
            e = u.expression;
        }
        if (e instanceof IntLiteral || e instanceof DoubleLiteral) {
            BigDecimal v = decimal(texte(e));
            if (v != null) {
                return new Nombre((negatif ? v.negate() : v).doubleValue(), e instanceof IntLiteral, texte);
            }
        }
        return new Calcul(texte);
    }

    /**
     * The value of a literal written as digits with an optional fraction and {@code d} suffix ({@code 36},
     * {@code 0.5}, {@code 2d}); null for any other form (hexadecimal, exponent, underscores, {@code .5}).
     */
    private static BigDecimal decimal(String s) {
        String t = s.endsWith("d") || s.endsWith("D") ? s.substring(0, s.length() - 1) : s;
        int point = t.indexOf('.');
        String entier = point < 0 ? t : t.substring(0, point);
        String fraction = point < 0 ? null : t.substring(point + 1);
        if (!chiffres(entier) || fraction != null && !chiffres(fraction)) {
            return null;
        }
        return new BigDecimal(t);
    }

    private static boolean chiffres(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
