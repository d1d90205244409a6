package fr.cotation.internal.engine;

import fr.cotation.ProblemePack;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Constat;
import fr.cotation.internal.pack.DrlLu;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.ParallelRulesBuildThresholdOption;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one grille with {@link KnowledgeBuilder} (no KieRepository, so reloading leaks nothing) and
 * checks what the rules declare. Every problem names the file, the line and the rule.
 */
final class Compilateur {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Compilateur.class);
    static final String GLOBAL = "note";
    /** How a pack was admitted, part of its cache key: loaded as trusted code (class path, trusted directory). */
    static final String CONFIANCE = "confiance";
    /** How a pack was admitted, part of its cache key: checked against the allow-list of untrusted directories. */
    static final String LISTE_PERMISE = "liste-permise";
    /**
     * The Java level the rules' consequences are compiled to, whatever the JVM that compiles them: the library's
     * minimum. Drools would take the running JVM's, so grilles compiled at build time on Java 17 (the PACA jar's)
     * could not be trusted on Java 21 or 25 and every grille was compiled again at start-up; with one level, the
     * compiled grilles serve every JVM from 17 on ({@link CacheCompilation} keys them on this level).
     */
    static final String NIVEAU_JAVA = "17";
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");

    /** A DRL file of a grille: its path as shown in messages, and its text. */
    record Fichier(String chemin, String texte) {
    }

    private final ClassLoader classLoader;
    /** Compiled grilles of the class path and of the cache directory; null when the engine uses neither. */
    private final CacheCompilation cache;
    /** How many times each grille ("pack version/grille") went through {@link KnowledgeBuilder}. */
    private final Map<String, Integer> compilations = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether grilles in the plain subset are evaluated without a Drools session ({@link EvaluationDirecte}). */
    private final boolean directe;
    /**
     * Each DRL text as Drools' parser reads it, with its rules' consequences ({@link DrlLu}), read once per text for
     * the engine's life: the regional base's files are in every PACA grille.
     */
    private final Map<String, DrlLu> lus = new java.util.concurrent.ConcurrentHashMap<>();

    Compilateur(ClassLoader classLoader, CacheCompilation cache, boolean directe) {
        this.classLoader = classLoader;
        this.cache = cache;
        this.directe = directe;
    }

    /** How many times each grille ("pack version/grille") was compiled from its DRL, for the tests. */
    Map<String, Integer> compilations() {
        return new java.util.TreeMap<>(compilations);
    }

    CacheCompilation cache() {
        return cache;
    }

    /**
     * The compiled grille, or null after reporting every problem to {@code problems}. The packages come from an
     * entry compiled earlier (class path, then cache directory: {@link CacheCompilation}) when one for the same
     * inputs can be trusted ({@code depuisLeCache} false forces a compilation, after such a grille failed its smoke
     * test).
     */
    GrilleCompilee compiler(PackDescriptor pack, String nom, List<Fichier> fichiers, List<Rubrique> rubriques,
                            List<ProblemePack> problems, boolean depuisLeCache) {
        return compiler(pack, nom, fichiers, rubriques, problems, depuisLeCache, CONFIANCE);
    }

    /** As above, for a pack admitted as {@code mode} ({@link #CONFIANCE} or {@link #LISTE_PERMISE}). */
    GrilleCompilee compiler(PackDescriptor pack, String nom, List<Fichier> fichiers, List<Rubrique> rubriques,
                            List<ProblemePack> problems, boolean depuisLeCache, String mode) {
        Map<String, String> sources = new LinkedHashMap<>();
        fichiers.forEach(f -> sources.put(f.chemin(), f.texte()));
        String cle = cache == null ? null : cache.cle(pack, nom, fichiers, mode);
        Collection<KiePackage> paquets = cle == null || !depuisLeCache ? null : cache.lire(cle);
        String cleLue = paquets == null ? null : cle;
        if (paquets == null) {
            paquets = compilerDrl(pack, nom, fichiers, sources, problems);
            if (paquets == null) {
                return null;
            }
            if (cle != null) {
                cache.ecrire(cle, paquets);
            }
        }
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(paquets);
        return verifier(pack, nom, fichiers, rubriques, problems, sources, kbase, cleLue);
    }

    /** The packages of the DRL files, or null after reporting the compilation errors. */
    private Collection<KiePackage> compilerDrl(PackDescriptor pack, String nom, List<Fichier> fichiers,
                                               Map<String, String> sources, List<ProblemePack> problems) {
        compilations.merge(pack.id() + " " + pack.version() + "/" + nom, 1, Integer::sum);
        LOG.debug("grille {} {}/{} compilée depuis son DRL", pack.id(), pack.version(), nom);
        String absent = compilateurAbsent(classLoader);
        if (absent != null) {
            problems.add(new ProblemePack(pack.id(), fichiers.isEmpty() ? "?" : fichiers.get(0).chemin(), 0, null,
                    "grille « " + nom + " » : ni compilée d'avance pour ces versions de Drools et de Java, ni compilable"
                            + " ici : " + absent + " n'est pas sur le class path (installation sans compilateur DRL,"
                            + " docs/embarquer.md)"));
            return null;
        }
        KnowledgeBuilder kb = construire(fichiers);
        if (kb.hasErrors()) {
            List<ProblemePack> errors = erreurs(pack.id(), kb, sources, fichiers);
            if (errors.isEmpty()) {
                errors.add(new ProblemePack(pack.id(), fichiers.isEmpty() ? "?" : fichiers.get(0).chemin(), 0, null,
                        "la compilation a échoué sans message"));
            }
            problems.addAll(errors);
            return null;
        }
        return kb.getKnowledgePackages();
    }

    /** What compiling DRL needs besides what running compiled grilles needs: a class of each artifact. */
    private static final Map<String, String> COMPILATEUR = new LinkedHashMap<>(Map.of(
            "org.drools.compiler.builder.impl.KnowledgeBuilderFactoryServiceImpl", "org.drools:drools-compiler",
            "org.antlr.runtime.Parser", "org.antlr:antlr-runtime (le lecteur DRL de Drools)",
            "org.drools.ecj.EclipseJavaCompiler", "org.drools:drools-ecj",
            "org.eclipse.jdt.internal.compiler.Compiler", "org.eclipse.jdt:ecj (le compilateur Java des conséquences)"));

    /**
     * The first artifact DRL compilation needs that the class path lacks, null when none: an application whose packs
     * are all precompiled may leave them out (docs/embarquer.md), and Drools would then fail with a bare
     * NoClassDefFoundError or NullPointerException. Checked for each compilation (a class loader lookup, next to a
     * compilation of seconds).
     */
    static String compilateurAbsent(ClassLoader classLoader) {
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(COMPILATEUR).entrySet()) {
            if (!charge(e.getKey(), classLoader)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean charge(String classe, ClassLoader classLoader) {
        for (ClassLoader c : new ClassLoader[] {classLoader, KnowledgeBuilderFactory.class.getClassLoader()}) {
            try {
                Class.forName(classe, false, c);
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        return false;
    }

    private KnowledgeBuilder construire(List<Fichier> fichiers) {
        java.util.Properties proprietes = new java.util.Properties();
        proprietes.setProperty("drools.dialect.java.compiler.lnglevel", NIVEAU_JAVA);
        // Rules built one after the other: above ten rules per package Drools builds them on a thread pool, and the
        // serialised packages (the grilles compiled into the PACA jar, the cache directory) came out in the order the
        // threads finished, so two builds of one commit gave different jars (CompilationReproductibleTest).
        proprietes.setProperty(ParallelRulesBuildThresholdOption.PROPERTY_NAME, "-1");
        var conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(proprietes, classLoader);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (Fichier f : fichiers) {
            kb.add(ResourceFactory.newByteArrayResource(f.texte().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(f.chemin()), ResourceType.DRL);
        }
        return kb;
    }

    /**
     * The builder's errors as problems of {@code packId}, with file, line and rule, in French where we can. A rule
     * written in the old form {@code note.retenir(kcontext)} gets what to write instead, not the Java compiler's
     * errors about it (that no method of Note takes a RuleContext).
     */
    private List<ProblemePack> erreurs(String packId, KnowledgeBuilder kb, Map<String, String> sources,
                                      List<Fichier> fichiers) {
        List<ProblemePack> anciennes = anciennesFormes(packId, fichiers);
        Set<String> regles = new HashSet<>();
        anciennes.forEach(a -> regles.add(a.fichier() + "\u0000" + a.regle()));
        List<ProblemePack> errors = new ArrayList<>(anciennes);
        for (KnowledgeBuilderError e : kb.getErrors()) {
            String chemin = e.getResource() == null ? null : e.getResource().getSourcePath();
            int line = e.getLines() == null || e.getLines().length == 0 ? 0 : e.getLines()[0];
            if (line <= 0 && e.getMessage().contains("null Package")) {
                continue; // follows a parse error already reported with its line
            }
            String texte = chemin == null ? null : sources.get(chemin);
            String regle = texte == null ? null : regleALaLigne(texte, line);
            if (regle != null && regles.contains(chemin + "\u0000" + regle)) {
                continue; // what the old form causes: said above, with what to write
            }
            errors.add(new ProblemePack(packId, chemin == null ? "?" : chemin, line, regle, nettoyer(e.getMessage())));
        }
        return errors;
    }

    /**
     * The compilation errors of the files of a pack that cannot be loaded (its descriptor has errors), for its
     * author to see them in the same run: the files are compiled with those of its base ({@code fichiers} holds
     * both), nothing is kept, and only the errors of the files in {@code aSignaler} are returned. The caller
     * passes files that are trusted or that passed the allow-list: Drools runs MVEL while compiling.
     */
    List<ProblemePack> erreursDeCompilation(String packId, List<Fichier> fichiers, Set<String> aSignaler) {
        Map<String, String> sources = new LinkedHashMap<>();
        fichiers.forEach(f -> sources.put(f.chemin(), f.texte()));
        KnowledgeBuilder kb = construire(fichiers);
        return (kb.hasErrors() ? erreurs(packId, kb, sources, fichiers) : List.<ProblemePack>of()).stream()
                .filter(p -> aSignaler.contains(p.fichier())).toList();
    }

    /**
     * The syntax errors of each file, read by Drools' parser alone (nothing is compiled, nothing runs): what a
     * file refused by the allow-list in another place would otherwise only show on the next run.
     */
    List<ProblemePack> erreursDeSyntaxe(String packId, List<Fichier> fichiers) {
        List<ProblemePack> out = new ArrayList<>();
        for (Fichier f : fichiers) {
            org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser(
                    org.kie.internal.builder.conf.LanguageLevelOption.DRL6);
            try {
                parser.parse(null, f.texte());
            } catch (org.drools.drl.parser.DroolsParserException | RuntimeException e) {
                // the errors are in the parser
            }
            for (org.drools.drl.parser.DroolsError e : parser.getErrors()) {
                int line = e.getLines() == null || e.getLines().length == 0 ? 0 : e.getLines()[0];
                out.add(new ProblemePack(packId, f.chemin(), line, regleALaLigne(f.texte(), line),
                        nettoyer(e.getMessage())));
            }
        }
        return out;
    }

    /** Checks what the rules declare and builds the grille; null after reporting a problem. */
    private GrilleCompilee verifier(PackDescriptor pack, String nom, List<Fichier> fichiers, List<Rubrique> rubriques,
                                    List<ProblemePack> problems, Map<String, String> sources,
                                    InternalKnowledgeBase kbase, String cleLue) {
        int before = problems.size();
        Set<String> rubriquesConnues = new HashSet<>();
        rubriques.forEach(r -> rubriquesConnues.add(r.code()));
        Map<String, Critere> criteres = new LinkedHashMap<>();
        Map<String, Rule> regles = new LinkedHashMap<>();
        boolean global = false;
        for (KiePackage p : kbase.getKiePackages()) {
            global |= p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL));
            for (Rule r : p.getRules()) {
                String cle = NoteCollecteur.cle(r);
                Critere c;
                try {
                    c = Critere.of(r.getMetaData(), fichier(r, sources));
                } catch (IllegalArgumentException ex) {
                    problems.add(probleme(pack, r, sources, ex.getMessage()));
                    continue;
                }
                List<String> manque = new ArrayList<>();
                if (c.code() == null) manque.add("@critere");
                if (c.libelle() == null) manque.add("@libelle");
                if (c.rubrique() == null) manque.add("@rubrique");
                if (!manque.isEmpty()) {
                    ProblemePack sans = probleme(pack, r, sources, "métadonnées absentes : " + String.join(", ", manque)
                            + " (chaque règle déclare le critère de la grille qu'elle met en œuvre)");
                    String proprietaire = sans.fichier().contains("/")
                            ? sans.fichier().substring(0, sans.fichier().indexOf('/')) : pack.id();
                    problems.add(ProblemePack.of(pack.id(), new Constat(CodeConstat.C009, proprietaire, sans.fichier(),
                            sans.ligne(), sans.regle(), sans.message())));
                    continue;
                }
                if (!rubriquesConnues.contains(c.rubrique())) {
                    problems.add(probleme(pack, r, sources, "@rubrique(\"" + c.rubrique()
                            + "\") n'est pas déclarée dans les rubriques du pack " + rubriquesConnues));
                }
                String texte = c.fichier() == null ? null : sources.get(c.fichier());
                List<DrlLu.RegleLue> lues = texte == null ? List.of() : lu(texte).regles(r.getName());
                if (!lues.isEmpty()) {
                    for (Consequences.Contradiction x : Consequences.verifier(lues.get(0), c)) {
                        problems.add(new ProblemePack(pack.id(), c.fichier(), x.ligne(), r.getName(), x.message()));
                    }
                }
                criteres.put(cle, c);
                regles.put(cle, r);
            }
        }
        if (!global && !criteres.isEmpty()) {
            problems.add(new ProblemePack(pack.id(), fichiers.get(0).chemin(), 0, null,
                    "aucun fichier ne déclare 'global fr.cotation.regles.Note note;'"));
        }
        // @remplace: a local rule replaces the base rules of one criterion (an exception, not a copy)
        for (var e : List.copyOf(criteres.entrySet())) {
            String remplace = e.getValue().remplace();
            if (remplace == null) {
                continue;
            }
            boolean found = false;
            for (var other : List.copyOf(criteres.entrySet())) {
                if (!other.getKey().equals(e.getKey()) && remplace.equals(other.getValue().code())
                        && other.getValue().remplace() == null) {
                    Rule r = regles.get(other.getKey());
                    kbase.removeRule(r.getPackageName(), r.getName());
                    criteres.remove(other.getKey());
                    found = true;
                }
            }
            if (!found) {
                problems.add(probleme(pack, regles.get(e.getKey()), sources,
                        "@remplace(\"" + remplace + "\") : aucune règle de ce critère à remplacer"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        EvaluationDirecte.Analyse analyse = directe
                ? EvaluationDirecte.analyser(kbase, sources, criteres, this::lu)
                : new EvaluationDirecte.Analyse(null, null, "évaluation directe désactivée");
        if (analyse.evaluation() == null) {
            LOG.debug("grille {} {} évaluée en sessions Drools : {}", pack.id(), nom, analyse.enDrools());
        }
        return new GrilleCompilee(pack, nom, kbase, Map.copyOf(criteres), rubriques, sources, cleLue, analyse);
    }

    /** A DRL text as Drools' parser reads it, read once for the engine's life. */
    private DrlLu lu(String texte) {
        return lus.computeIfAbsent(texte, DrlLu::lire);
    }

    /**
     * The calls of the old form {@code note.retenir(kcontext)} in the files, each with what to write instead (read
     * only when the compilation failed: it compiles in no pack).
     */
    private List<ProblemePack> anciennesFormes(String packId, List<Fichier> fichiers) {
        List<ProblemePack> out = new ArrayList<>();
        for (Fichier f : fichiers) {
            for (DrlLu.AncienneForme a : lu(f.texte()).anciennesFormes()) {
                out.add(new ProblemePack(packId, f.chemin(), a.ligne(), a.regle(), a.message()));
            }
        }
        return out;
    }

    /** The file that declares a rule, as named in {@code sources}; null when unknown. */
    private static String fichier(Rule r, Map<String, String> sources) {
        if (r instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null
                && sources.containsKey(impl.getResource().getSourcePath())) {
            return impl.getResource().getSourcePath();
        }
        for (var s : sources.entrySet()) {
            if (ligneDeLaRegle(s.getValue(), r.getName()) > 0) {
                return s.getKey();
            }
        }
        return null;
    }

    private static ProblemePack probleme(PackDescriptor pack, Rule r, Map<String, String> sources, String message) {
        for (var s : sources.entrySet()) {
            int line = ligneDeLaRegle(s.getValue(), r.getName());
            if (line > 0) {
                return new ProblemePack(pack.id(), s.getKey(), line, r.getName(), message);
            }
        }
        return new ProblemePack(pack.id(), "?", 0, r.getName(), message);
    }

    /** The name of the rule that holds line {@code line} of a DRL text. */
    static String regleALaLigne(String texte, int line) {
        String[] lines = texte.split("\\R", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find()) {
                return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            }
            if (i < line - 1 && lines[i].strip().equals("end")) {
                return null;
            }
        }
        return null;
    }

    /** The line where rule {@code name} starts, 0 if not in this text. */
    static int ligneDeLaRegle(String texte, String name) {
        String[] lines = texte.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find()) {
                String n = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                if (name.equals(n)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** A property that does not exist: "unable to resolve method using strict-mode: fr.cotation.regles.Dossier.x()". */
    private static final Pattern PROPRIETE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    /** A type that does not exist: "Unable to resolve ObjectType 'Dosier'". */
    private static final Pattern TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    /** The fact types of the rules' vocabulary ({@code fr.cotation.regles}). */
    static final List<String> FAITS = List.of("Commune", "Dossier", "Priorite", "Refus", "Situation");

    /**
     * What a rule author can act on, in French, for the Drools messages that say a property or a type does not
     * exist, with the nearest names ("`anciennete` n'existe pas sur Dossier : vouliez-vous dire
     * `ancienneteMois` ?"); null for other messages.
     */
    private String enFrancais(String m) {
        Matcher p = PROPRIETE.matcher(m);
        if (p.find()) {
            String classe = p.group(1);
            String simple = classe.substring(classe.lastIndexOf('.') + 1);
            List<String> proprietes = fr.cotation.internal.redaction.Suggestions.classe(classe, classLoader)
                    .map(fr.cotation.internal.redaction.Suggestions::proprietes).orElse(List.of());
            String proche = fr.cotation.internal.redaction.Suggestions.vouliezVousDire(p.group(2), proprietes);
            return "`" + p.group(2) + "` n'existe pas sur " + simple + (proche.isEmpty()
                    ? (proprietes.isEmpty() ? "" : " ; ses propriétés : " + String.join(", ", proprietes))
                    : proche) + " (vocabulaire : docs/ecrire-une-grille.md)";
        }
        Matcher t = TYPE.matcher(m);
        if (t.find()) {
            String proche = fr.cotation.internal.redaction.Suggestions.vouliezVousDire(t.group(1), FAITS);
            return "le type `" + t.group(1) + "` n'existe pas" + (proche.isEmpty()
                    ? " ; les faits d'une règle : " + String.join(", ", FAITS) : proche)
                    + " (vocabulaire : docs/ecrire-une-grille.md)";
        }
        return null;
    }

    /**
     * Drools' message on one line; a parser error ({@code [ERR 1xx]}, in English) gets a French hint for
     * rule authors who do not read Drools' grammar terms.
     */
    private String nettoyer(String message) {
        String m = message.replaceAll("\\s+", " ").strip();
        String francais = enFrancais(m);
        if (francais != null) {
            return francais + " (Drools : " + m + ")";
        }
        if (m.matches("\\[ERR 1\\d\\d] .*")) {
            m += " (syntaxe DRL : la règle ne se lit pas à cet endroit ; vérifier les parenthèses, les virgules entre"
                    + " conditions, les guillemets et les mots when / then / end)";
        }
        return m;
    }
}
