package fr.cotation.internal.conformite;

import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Constat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the DRL text of a pack for the compliance report and reports what a rule must not do (the load-time gate of
 * untrusted pack directories is the allow-list of {@link fr.cotation.internal.pack.ListePermise}, on Drools' own
 * descriptors; this token scan names the dangerous calls of packs loaded without it, class path or trusted):
 * <ul>
 *   <li>reach anything outside the rule vocabulary ({@code fr.cotation.regles}, {@code Preuve}), the value types
 *       of {@code java.lang}, {@code java.time} and {@code java.math}: no files, network, reflection, class
 *       loading, threads, processes, {@code System}, {@code Runtime}, static state, clock ({@code S} codes);</li>
 *   <li>read a protected datum of the demande (code C003).</li>
 * </ul>
 * It works on tokens, not on a full grammar, and errs on the side of refusing: every identifier outside string
 * literals and comments is checked, wherever it stands (conditions, consequences, functions, metadata, which
 * Drools evaluates with MVEL while compiling, attributes, type declarations). It also returns each rule's tokens
 * for the checks that need the compiled grille (sensitive criteria).
 */
public final class AnalyseDrl {
    /** Qualified names a rule may use, by prefix: the vocabulary, java.time (but its zone providers), java.math. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Double", "Float", "Short", "Byte",
            "Boolean", "Character", "Number", "Math", "StrictMath", "CharSequence", "Comparable", "StringBuilder", "Object",
            "Exception", "RuntimeException", "ArithmeticException", "IllegalArgumentException", "IllegalStateException",
            "NumberFormatException", "NullPointerException", "UnsupportedOperationException");
    private static final Set<String> PAQUETS_TEMPS = Set.of("java.time", "java.time.format", "java.time.temporal",
            "java.time.chrono");
    private static final Set<String> HORLOGES = Set.of("Clock", "InstantSource");
    private static final String VOCABULAIRE = "fr.cotation.regles";
    private static final String PREUVE = "fr.cotation.demande.Preuve";
    /** Variables every consequence has: the engine's global and Drools' own. */
    private static final Set<String> VARIABLES = Set.of("note", "kcontext", "drools", "this", "super");
    /** What a consequence may ask of {@code kcontext} or {@code drools}. */
    private static final Set<String> CONTEXTE_PERMIS = Set.of("getRule", "getMatch", "insert", "insertLogical", "update",
            "delete", "retract");
    private static final Set<String> RACINES = Set.of("java", "javax", "jdk", "sun", "com", "org", "net");
    private static final Set<String> MOTS_CLES_ETAT = Set.of("static", "synchronized", "native", "volatile", "transient",
            "strictfp");
    private static final Set<String> AFFECTATIONS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=",
            ">>=", ">>>=", "++", "--");
    private static final Map<String, String> CLASSES_DANGEREUSES = new LinkedHashMap<>();
    private static final Map<String, Membre> MEMBRES = new LinkedHashMap<>();
    private static final Set<String> TYPES_PROTEGES = Set.of("Identite", "Demande", "Adulte", "Cotitulaire",
            "PersonneACharge", "Menage", "EnfantEnGarde", "Nationalite", "Civilite", "Sexe");
    private static final Map<String, String> CHAMPS_PROTEGES = Map.of("nom", "le nom", "prenom", "le prénom",
            "nationalite", "la nationalité", "civilite", "la civilité", "sexe", "le sexe", "lieunaissance",
            "le lieu de naissance", "datenaissance", "la date de naissance exacte", "identite", "l'identité");
    private static final Pattern ECHAPPEMENT = Pattern.compile("\\\\+u+[0-9A-Fa-f]{4}");

    private record Membre(CodeConstat code, String pourquoi) {
    }

    static {
        for (String c : List.of("System", "SecurityManager")) {
            CLASSES_DANGEREUSES.put(c, "accès au système : sortie de la JVM, environnement, propriétés, flux");
        }
        for (String c : List.of("Runtime", "ProcessBuilder", "Process", "ProcessHandle")) {
            CLASSES_DANGEREUSES.put(c, "lancement de processus");
        }
        for (String c : List.of("Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "Runnable")) {
            CLASSES_DANGEREUSES.put(c, "threads");
        }
        for (String c : List.of("Class", "ClassLoader", "ClassValue", "Module", "ModuleLayer", "Package", "StackWalker")) {
            CLASSES_DANGEREUSES.put(c, "réflexion et chargement de classes");
        }
        for (String m : List.of("getClass", "getDeclaringClass", "class", "getClassLoader", "getContextClassLoader",
                "getSystemClassLoader", "getPlatformClassLoader", "forName", "loadClass", "getSuperclass", "getInterfaces",
                "getComponentType", "getModule", "getResource", "getResourceAsStream", "getProtectionDomain",
                "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
                "getDeclaredConstructor", "getDeclaredConstructors", "getDeclaredClasses", "getMethod", "getMethods",
                "getField", "getFields", "getConstructor", "getConstructors", "newInstance", "invoke", "invokeExact",
                "invokeWithArguments", "setAccessible", "trySetAccessible", "lookup", "privateLookupIn",
                "describeConstable", "resolveConstantDesc")) {
            MEMBRES.put(m, new Membre(CodeConstat.S004, "réflexion ou chargement de classes"));
        }
        for (String m : List.of("exit", "halt", "exec", "getRuntime", "getenv", "getProperty", "getProperties",
                "setProperty", "setProperties", "clearProperty", "getInteger", "getLong", "getBoolean", "load",
                "loadLibrary", "setIn", "setOut", "setErr", "setSecurityManager", "gc", "runFinalization",
                "addShutdownHook", "wait", "notify", "notifyAll", "finalize", "printStackTrace")) {
            MEMBRES.put(m, new Membre(CodeConstat.S005, "accès au système (JVM, environnement, propriétés, processus, threads)"));
        }
        for (String m : List.of("getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase",
                "getKnowledgeBase", "getKieSession", "getEntryPoint", "getEntryPoints", "getChannels", "getGlobals",
                "getGlobal", "setGlobal", "getEnvironment", "getSessionClock", "getAgenda", "getMetaData", "dispose",
                "destroy", "cancelMatch", "blockMatch", "unblockAllMatches", "getFactHandle", "getFactHandles")) {
            MEMBRES.put(m, new Membre(CodeConstat.S007, "internes du moteur de règles, partagés entre les cotations"));
        }
        for (String m : List.of("now", "currentTimeMillis", "nanoTime", "systemUTC", "systemDefaultZone",
                "systemDefault", "random")) {
            MEMBRES.put(m, new Membre(CodeConstat.S008,
                    "la cotation dépend de la seule date d'évaluation, jamais de l'horloge ni du hasard"));
        }
        // MVEL, the other DRL dialect, reads a getter as a property: $s.preuve.declaringClass.classLoader
        for (var e : List.copyOf(MEMBRES.entrySet())) {
            String m = e.getKey();
            if (m.startsWith("get") && m.length() > 3 && Character.isUpperCase(m.charAt(3))) {
                MEMBRES.putIfAbsent(Character.toLowerCase(m.charAt(3)) + m.substring(4), e.getValue());
            }
        }
    }

    /** A DRL file: the pack that owns it, its path as shown in messages ({@code pack-id/regles/x.drl}), its text. */
    public record Fichier(String pack, String chemin, String texte) {
    }

    /**
     * A rule as written.
     *
     * @param pack    the pack that owns the file
     * @param fichier the file, as in messages
     * @param paquet  the DRL package ({@code defaultpkg} when the file declares none, as Drools does)
     * @param nom     the rule's name
     * @param ligne   the line where it starts
     * @param corps   its tokens from {@code when} to {@code end} (conditions and consequence, no metadata)
     */
    public record RegleEcrite(String pack, String fichier, String paquet, String nom, int ligne, List<Jeton> corps) {
        /** The key the engine gives the compiled rule: package/name. */
        public String cle() {
            return paquet + "/" + nom;
        }
    }

    /**
     * What the analysis found.
     *
     * @param constats the findings, in file and line order
     * @param regles   the rules as written, by {@link RegleEcrite#cle()}
     */
    public record Resultat(List<Constat> constats, Map<String, RegleEcrite> regles) {
    }

    private AnalyseDrl() {
    }

    /** Analyses the files of one pack (or of one pack and its bases) together: type declarations are shared. */
    public static Resultat analyser(List<Fichier> fichiers) {
        Map<Fichier, List<Jeton>> jetons = new LinkedHashMap<>();
        Set<String> declares = new HashSet<>();
        for (Fichier f : fichiers) {
            List<Jeton> j = Lexeur.jetons(f.texte());
            jetons.put(f, j);
            for (int i = 0; i + 1 < j.size(); i++) {
                if (j.get(i).est("declare")) {
                    int k = i + 1;
                    if (k + 1 < j.size() && j.get(k).ident() && Set.of("enum", "trait", "window", "type").contains(j.get(k).texte())
                            && j.get(k + 1).ident()) {
                        k++;
                    }
                    declares.add(j.get(k).texte());
                }
            }
        }
        List<Constat> constats = new ArrayList<>();
        Map<String, RegleEcrite> regles = new LinkedHashMap<>();
        for (var e : jetons.entrySet()) {
            Analyse a = new Analyse(e.getKey(), e.getValue(), declares);
            a.structure();
            a.echappements();
            for (RegleEcrite r : a.regles) {
                regles.putIfAbsent(r.cle(), r);
                a.donneesProtegees(r);
            }
            constats.addAll(a.constats.stream().distinct().toList());
        }
        return new Resultat(List.copyOf(constats), regles);
    }

    /** Whether a qualified class name is in the vocabulary a rule may use. */
    static boolean classeAutorisee(String fqn) {
        int dot = fqn.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String paquet = fqn.substring(0, dot);
        String classe = fqn.substring(dot + 1);
        return switch (paquet) {
            case "java.lang" -> JAVA_LANG.contains(classe);
            case "java.math" -> true;
            case VOCABULAIRE -> true;
            default -> PAQUETS_TEMPS.contains(paquet) ? !HORLOGES.contains(classe) : fqn.equals(PREUVE);
        };
    }

    /** Why a qualified name outside the vocabulary is refused, by its package. */
    static String famille(String fqn) {
        String classe = fqn.substring(fqn.lastIndexOf('.') + 1);
        if (fqn.startsWith("java.lang.") && fqn.indexOf('.', "java.lang.".length()) < 0
                && CLASSES_DANGEREUSES.containsKey(classe)) {
            return CLASSES_DANGEREUSES.get(classe);
        }
        if (fqn.startsWith("java.io.") || fqn.startsWith("java.nio.")) return "fichiers et entrées-sorties";
        if (fqn.startsWith("java.net.") || fqn.startsWith("javax.net.") || fqn.startsWith("jdk.net.")) return "réseau";
        if (fqn.startsWith("java.lang.reflect.") || fqn.startsWith("java.lang.invoke.")) return "réflexion";
        if (fqn.startsWith("java.util.concurrent.")) return "threads";
        if (fqn.startsWith("java.time.zone.")) return "état global des fuseaux horaires";
        if (fqn.startsWith("java.sql.") || fqn.startsWith("javax.naming.") || fqn.startsWith("javax.script.")
                || fqn.startsWith("java.rmi.") || fqn.startsWith("javax.management.") || fqn.startsWith("java.util.prefs.")) {
            return "accès externes (bases de données, annuaires, scripts, administration)";
        }
        if (fqn.startsWith("org.kie.") || fqn.startsWith("org.drools.") || fqn.startsWith("org.mvel2.")) {
            return "internes du moteur de règles";
        }
        if (fqn.startsWith("fr.cotation.demande.")) return "la demande elle-même, dont les règles ne voient que le vocabulaire";
        if (fqn.startsWith("fr.cotation.")) return "internes de la bibliothèque";
        if (fqn.startsWith("sun.") || fqn.startsWith("jdk.") || fqn.startsWith("com.sun.")) return "internes du JDK";
        return "hors du vocabulaire";
    }

    private static String vocabulaire() {
        return "une règle n'utilise que le vocabulaire fr.cotation.regles, les types valeur de java.lang (String, Integer,"
                + " Math...), java.time et java.math";
    }

    private static boolean majuscule(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private static boolean masque(String s) {
        return s.codePoints().anyMatch(Character::isIdentifierIgnorable);
    }

    /** The analysis of one file. */
    private static final class Analyse {
        private final Fichier fichier;
        private final List<Jeton> j;
        private final Set<String> declares;
        private final List<Constat> constats = new ArrayList<>();
        private final List<RegleEcrite> regles = new ArrayList<>();
        /** Line ranges of rules and functions, to attribute findings found on the raw text. */
        private final List<int[]> plages = new ArrayList<>();
        private final List<String> nomsPlages = new ArrayList<>();
        private final Set<String> importes = new HashSet<>();
        private final Set<String> paquetsImportes = new LinkedHashSet<>();
        private String paquet = "defaultpkg";

        Analyse(Fichier fichier, List<Jeton> jetons, Set<String> declares) {
            this.fichier = fichier;
            this.j = jetons;
            this.declares = declares;
        }

        /** Where a finding belongs: a rule, or a function named in the message. */
        private record Contexte(String regle, String fonction) {
            static final Contexte FICHIER = new Contexte(null, null);
        }

        private void constat(CodeConstat code, int ligne, Contexte ctx, String message) {
            String m = ctx.fonction() == null ? message : "fonction « " + ctx.fonction() + " » : " + message;
            constats.add(new Constat(code, fichier.pack(), fichier.chemin(), ligne, ctx.regle(), m));
        }

        private Jeton at(int i) {
            return i >= 0 && i < j.size() ? j.get(i) : null;
        }

        private boolean est(int i, String s) {
            Jeton t = at(i);
            return t != null && t.est(s);
        }

        // ------------------------------------------------------------------------------------ structure

        void structure() {
            int i = 0;
            while (i < j.size()) {
                Jeton t = j.get(i);
                String mot = t.ident() ? t.texte() : "";
                switch (mot) {
                    case "package" -> i = paquet(i);
                    case "import" -> i = importer(i, Contexte.FICHIER);
                    case "global" -> i = globale(i);
                    case "function" -> i = fonction(i);
                    case "declare" -> i = declaration(i);
                    case "rule", "query" -> i = regle(i);
                    default -> {
                        int k = i + 1;
                        while (k < j.size() && !(j.get(k).ident() && Set.of("package", "import", "global", "function",
                                "declare", "rule", "query").contains(j.get(k).texte()))) {
                            k++;
                        }
                        code(i, k, Contexte.FICHIER);
                        i = k;
                    }
                }
            }
        }

        /** A qualified name from {@code i}: identifiers separated by dots, maybe ending with {@code .*}. */
        private int finNom(int i) {
            int k = i;
            while (est(k + 1, ".") && at(k + 2) != null && (at(k + 2).ident() || at(k + 2).est("*"))) {
                k += 2;
            }
            return k;
        }

        private String nom(int debut, int fin) {
            StringBuilder sb = new StringBuilder();
            for (int k = debut; k <= fin; k++) {
                sb.append(j.get(k).texte());
            }
            return sb.toString();
        }

        private int paquet(int i) {
            if (at(i + 1) == null || !at(i + 1).ident()) {
                return i + 1;
            }
            int fin = finNom(i + 1);
            paquet = nom(i + 1, fin);
            String p = paquet + ".";
            boolean reserve = p.startsWith("java.") || p.startsWith("javax.") || p.startsWith("jdk.") || p.startsWith("sun.")
                    || p.startsWith("org.kie.") || p.startsWith("org.drools.") || p.startsWith("org.mvel2.")
                    || p.equals("fr.cotation.") || p.startsWith("fr.cotation.internal.")
                    || List.of("regles", "demande", "pack", "json", "territoire", "conformite")
                    .stream().anyMatch(s -> p.equals("fr.cotation." + s + "."));
            if (reserve) {
                constat(CodeConstat.S010, at(i).ligne(), Contexte.FICHIER, "le paquetage « " + paquet + " » est réservé"
                        + " à la bibliothèque, au JDK ou au moteur de règles : choisir un paquetage propre au pack,"
                        + " par exemple fr.cotation.paca.nice");
            }
            return est(fin + 1, ";") ? fin + 2 : fin + 1;
        }

        private int importer(int i, Contexte ctx) {
            int k = i + 1;
            String genre = null;
            if (at(k) != null && at(k).ident() && Set.of("function", "accumulate", "static").contains(at(k).texte())
                    && at(k + 1) != null && at(k + 1).ident()) {
                genre = at(k).texte();
                k++;
            }
            if (at(k) == null || !at(k).ident()) {
                return k;
            }
            int fin = finNom(k);
            String nom = nom(k, fin);
            int ligne = at(i).ligne();
            int suite = fin + 1;
            if ("accumulate".equals(genre) && at(suite) != null && at(suite).ident()) {
                suite++;
            }
            if (est(suite, ";")) {
                suite++;
            }
            if ("accumulate".equals(genre)) {
                constat(CodeConstat.S001, ligne, ctx, "import accumulate " + nom + " refusé : une fonction d'accumulation"
                        + " importée est du code arbitraire ; utiliser count, sum, min, max, average de Drools");
                return suite;
            }
            if (genre != null) { // import function a.b.C.method
                String classe = nom.contains(".") ? nom.substring(0, nom.lastIndexOf('.')) : nom;
                if (!classeAutorisee(classe)) {
                    constat(CodeConstat.S001, ligne, ctx, "import function " + nom + " refusé (" + famille(classe) + ") : "
                            + vocabulaire());
                }
                return suite;
            }
            if (nom.endsWith(".*")) {
                String p = nom.substring(0, nom.length() - 2);
                if (p.equals(VOCABULAIRE) || p.equals("java.lang") || p.equals("java.math") || PAQUETS_TEMPS.contains(p)) {
                    paquetsImportes.add(p);
                } else {
                    constat(CodeConstat.S001, ligne, ctx, "import " + nom + " refusé (" + famille(p + ".X") + ") : "
                            + vocabulaire());
                }
                return suite;
            }
            if (classeAutorisee(nom)) {
                importes.add(nom.substring(nom.lastIndexOf('.') + 1));
            } else if (nom.startsWith("java.time.") && HORLOGES.contains(nom.substring(nom.lastIndexOf('.') + 1))) {
                constat(CodeConstat.S008, ligne, ctx, "import " + nom + " refusé : la cotation dépend de la seule date"
                        + " d'évaluation, jamais de l'horloge");
            } else {
                constat(CodeConstat.S001, ligne, ctx, "import " + nom + " refusé (" + famille(nom) + ") : " + vocabulaire());
            }
            return suite;
        }

        private int globale(int i) {
            int k = i + 1;
            if (at(k) == null || !at(k).ident()) {
                return k;
            }
            int fin = finNom(k);
            String type = nom(k, fin);
            int n = fin + 1;
            if (est(n, "<")) {
                int profondeur = 0;
                for (; n < j.size(); n++) {
                    if (j.get(n).est("<")) profondeur++;
                    if (j.get(n).est(">")) profondeur--;
                    if (j.get(n).est(">>")) profondeur -= 2;
                    if (profondeur <= 0) break;
                }
                n++;
            }
            while (est(n, "[") && est(n + 1, "]")) {
                n += 2;
            }
            String variable = at(n) != null && at(n).ident() ? at(n).texte() : "?";
            boolean note = (type.equals("Note") || type.equals(VOCABULAIRE + ".Note")) && variable.equals("note");
            if (!note) {
                constat(CodeConstat.S002, at(i).ligne(), Contexte.FICHIER, "global " + type + " " + variable + " refusé :"
                        + " le moteur ne fournit que « global fr.cotation.regles.Note note; » ; un autre global serait"
                        + " un objet de l'application donné aux règles");
            }
            n++;
            return est(n, ";") ? n + 1 : n;
        }

        private int fonction(int i) {
            int parenthese = i + 1;
            while (parenthese < j.size() && !j.get(parenthese).est("(") && !j.get(parenthese).est("{")) {
                parenthese++;
            }
            int indexNom = parenthese - 1;
            String nom = indexNom > i && j.get(indexNom).ident() ? j.get(indexNom).texte() : "?";
            int accolade = parenthese;
            while (accolade < j.size() && !j.get(accolade).est("{")) {
                accolade++;
            }
            int fin = fermante(accolade, "{", "}");
            Contexte ctx = new Contexte(null, nom);
            code(i + 1, Math.max(i + 1, indexNom), ctx);
            code(indexNom + 1, Math.min(fin + 1, j.size()), ctx);
            plage(at(i).ligne(), at(Math.min(fin, j.size() - 1)).ligne(), "fonction « " + nom + " »");
            return fin + 1;
        }

        private int declaration(int i) {
            int k = i + 1;
            if (at(k) != null && at(k).ident() && Set.of("enum", "trait", "window", "type").contains(at(k).texte())
                    && at(k + 1) != null && at(k + 1).ident()) {
                k++;
            }
            int fin = finDeBloc(k + 1);
            code(k + 1, fin, new Contexte(null, null));
            return fin + 1;
        }

        private int regle(int i) {
            Jeton nom = at(i + 1);
            if (nom == null) {
                return i + 1;
            }
            int k = i + 2;
            if (est(k, "extends") && at(k + 1) != null) {
                k += 2;
            }
            int fin = finDeBloc(k);
            Contexte ctx = new Contexte(nom.texte(), null);
            code(k, fin, ctx);
            if (j.get(i).est("rule")) {
                int when = k;
                while (when < fin && !j.get(when).est("when")) {
                    when++;
                }
                regles.add(new RegleEcrite(fichier.pack(), fichier.chemin(), paquet, nom.texte(), j.get(i).ligne(),
                        List.copyOf(j.subList(Math.min(when, fin), fin))));
            }
            plage(j.get(i).ligne(), at(Math.min(fin, j.size() - 1)).ligne(), nom.texte());
            return fin + 1;
        }

        /** Index of the {@code end} that closes a rule, query or declaration started before {@code i}. */
        private int finDeBloc(int i) {
            int k = i;
            while (k < j.size() && !(j.get(k).ident() && j.get(k).texte().equals("end"))) {
                k++;
            }
            return k;
        }

        private int fermante(int i, String ouvre, String ferme) {
            int profondeur = 0;
            for (int k = i; k < j.size(); k++) {
                if (j.get(k).est(ouvre)) {
                    profondeur++;
                } else if (j.get(k).est(ferme) && --profondeur == 0) {
                    return k;
                }
            }
            return j.size() - 1;
        }

        private void plage(int debut, int fin, String nom) {
            plages.add(new int[] {debut, fin});
            nomsPlages.add(nom);
        }

        // ------------------------------------------------------------------------------------ code

        /** Checks the tokens {@code [a, b)} of a condition, consequence, function, declaration or attribute. */
        private void code(int a, int b, Contexte ctx) {
            for (int k = a; k < b; k++) {
                Jeton t = j.get(k);
                if (t.type() == Jeton.Type.CHAINE || t.type() == Jeton.Type.NOMBRE) {
                    continue;
                }
                if (t.type() == Jeton.Type.SYMBOLE) {
                    if (t.est("[") && k + 2 < b && j.get(k + 1).type() == Jeton.Type.CHAINE && j.get(k + 2).est("]")
                            && k > a && !j.get(k - 1).est("[") && (j.get(k - 1).ident() || j.get(k - 1).est(")")
                            || j.get(k - 1).est("]"))) {
                        constat(CodeConstat.S004, t.ligne(), ctx, "accès par nom [\"" + j.get(k + 1).texte() + "\"]"
                                + " refusé : MVEL y lit une propriété choisie par son nom, hors de la vérification");
                        continue;
                    }
                    if (t.est("@") && k + 1 < b && j.get(k + 1).ident()) {
                        int fin = finNom(k + 1);
                        String nom = nom(k + 1, fin);
                        if (nom.contains(".") || majuscule(nom)) {
                            constat(CodeConstat.S003, t.ligne(), ctx, "annotation @" + nom + " refusée : Drools charge la"
                                    + " classe qu'elle nomme ; les métadonnées d'une règle s'écrivent en minuscules"
                                    + " (@critere, @libelle...)");
                        } else if (est(fin + 1, "(")) {
                            int ferme = Math.min(fermante(fin + 1, "(", ")"), b - 1);
                            if (!litteral(fin + 2, ferme)) {
                                constat(CodeConstat.S003, t.ligne(), ctx, "valeur de @" + nom + "(...) refusée : Drools"
                                        + " évalue avec MVEL, en compilant, une valeur de métadonnée qui n'est pas un"
                                        + " littéral ; écrire une chaîne entre guillemets ou un nombre, par exemple @"
                                        + nom + "(\"...\")");
                            }
                            fin = ferme;
                        }
                        k = fin;
                    }
                    continue;
                }
                String id = t.texte();
                if (masque(id)) {
                    constat(CodeConstat.S009, t.ligne(), ctx, "caractère invisible dans l'identifiant « "
                            + id.codePoints().filter(c -> !Character.isIdentifierIgnorable(c))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            + " » : Java l'ignore, et le nom réel échapperait à la vérification");
                    id = id.codePoints().filter(c -> !Character.isIdentifierIgnorable(c))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                }
                Jeton avant = at(k - 1);
                if (avant != null && (avant.est(".") || avant.est("::") || (avant.est("?") && est(k - 2, ".")))) {
                    // a member: after a dot, a method reference, or MVEL's null-safe navigation ".?"
                    membre(id, t.ligne(), ctx);
                    continue;
                }
                if (MOTS_CLES_ETAT.contains(id)) {
                    constat(CodeConstat.S006, t.ligne(), ctx, "« " + id + " » refusé : une règle ne garde pas d'état"
                            + " entre les cotations (état statique) et ne synchronise pas de threads");
                    continue;
                }
                if (id.equals("class") || id.equals("interface") || id.equals("enum")
                        || (id.equals("record") && at(k + 1) != null && at(k + 1).ident() && est(k + 2, "("))) {
                    constat(CodeConstat.S006, t.ligne(), ctx, "déclaration de classe locale (« " + id + " ») refusée :"
                            + " une classe déclarée dans une règle peut porter un état statique ou du code exécuté hors"
                            + " de la règle ; les types de faits se déclarent avec « declare »");
                    continue;
                }
                if (id.equals("import")) {
                    k = importer(k, ctx) - 1;
                    continue;
                }
                if (id.equals("new")) {
                    anonyme(k, b, ctx);
                    continue;
                }
                k = chaine(k, b, id, ctx);
            }
        }

        /**
         * Whether the tokens {@code [a, b)} of a metadata value are literals Drools keeps as they are: strings,
         * numbers, signs, {@code key = value} pairs and bare lower-case words ({@code @role(event)}).
         */
        private boolean litteral(int a, int b) {
            for (int k = a; k < b; k++) {
                Jeton t = j.get(k);
                boolean ok = switch (t.type()) {
                    case CHAINE, NOMBRE -> true;
                    case SYMBOLE -> Set.of("-", "+", ",", "=", "*", "!").contains(t.texte());
                    case IDENT -> !majuscule(t.texte()) && !masque(t.texte()) && !est(k + 1, "(") && !est(k + 1, ".")
                            && !est(k - 1, ".");
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        /** A dotted chain starting at {@code k}: a type, a qualified class name or a variable, and its members. */
        private int chaine(int k, int b, String premier, Contexte ctx) {
            List<String> segments = new ArrayList<>();
            segments.add(premier);
            int fin = k;
            while (fin + 2 < b && j.get(fin + 1).est(".") && j.get(fin + 2).ident()) {
                segments.add(j.get(fin + 2).texte());
                fin += 2;
            }
            int ligne = j.get(k).ligne();
            int membres;
            int classe = -1; // index of the segment that names a class, when the chain starts with one
            if (majuscule(premier)) {
                type(premier, ligne, ctx);
                classe = 0;
                membres = 1;
            } else {
                int u = 1;
                while (u < segments.size() && !majuscule(segments.get(u))) {
                    u++;
                }
                boolean variable = premier.startsWith("$") || VARIABLES.contains(premier);
                if (!variable && u < segments.size()) {
                    String fqn = String.join(".", segments.subList(0, u + 1));
                    if (!classeAutorisee(fqn)) {
                        CodeConstat code = fqn.startsWith("java.time.") && HORLOGES.contains(segments.get(u))
                                ? CodeConstat.S008 : CodeConstat.S003;
                        constat(code, ligne, ctx, "classe " + fqn + " refusée (" + famille(fqn) + ") : " + vocabulaire());
                    }
                    classe = u;
                    membres = u + 1;
                } else if (!variable && segments.size() > 1 && RACINES.contains(premier)) {
                    constat(CodeConstat.S003, ligne, ctx, "nom qualifié " + String.join(".", segments) + " refusé ("
                            + famille(String.join(".", segments)) + ") : " + vocabulaire());
                    membres = segments.size();
                } else {
                    if ((premier.equals("kcontext") || premier.equals("drools")) && segments.size() > 1
                            && !CONTEXTE_PERMIS.contains(segments.get(1)) && !MEMBRES.containsKey(segments.get(1))) {
                        constat(CodeConstat.S007, ligne, ctx, premier + "." + segments.get(1) + " refusé : une conséquence"
                                + " ne demande à " + premier + " que " + CONTEXTE_PERMIS);
                    }
                    membres = 1;
                }
            }
            for (int s = membres; s < segments.size(); s++) {
                membre(segments.get(s), ligne, ctx);
            }
            Jeton suivant = at(fin + 1);
            if (classe >= 0 && segments.size() > classe + 1 && suivant != null
                    && suivant.type() == Jeton.Type.SYMBOLE && AFFECTATIONS.contains(suivant.texte())) {
                constat(CodeConstat.S006, ligne, ctx, "affectation du champ statique " + String.join(".", segments)
                        + " refusée : une règle ne garde pas d'état entre les cotations");
            }
            return fin;
        }

        /** A simple type name: a declared type, the vocabulary, or an allowed value type. */
        private void type(String nom, int ligne, Contexte ctx) {
            if (declares.contains(nom) || importes.contains(nom) || JAVA_LANG.contains(nom) || nom.equals("Preuve")
                    || existe(VOCABULAIRE + "." + nom)) {
                return;
            }
            for (String p : paquetsImportes) {
                if (!p.equals(VOCABULAIRE) && !p.equals("java.lang") && existe(p + "." + nom)) {
                    if (HORLOGES.contains(nom)) {
                        constat(CodeConstat.S008, ligne, ctx, nom + " refusé : la cotation dépend de la seule date"
                                + " d'évaluation, jamais de l'horloge");
                    }
                    return;
                }
            }
            String pourquoi = CLASSES_DANGEREUSES.getOrDefault(nom, "hors du vocabulaire");
            constat(CodeConstat.S003, ligne, ctx, "classe " + nom + " refusée (" + pourquoi + ") : " + vocabulaire());
        }

        private static boolean existe(String fqn) {
            try {
                Class.forName(fqn, false, AnalyseDrl.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        private void membre(String nom, int ligne, Contexte ctx) {
            Membre m = MEMBRES.get(nom);
            if (m != null) {
                String quoi = nom.equals("class") ? ".class" : nom + "()";
                constat(m.code(), ligne, ctx, quoi + " refusé : " + m.pourquoi());
            }
        }

        /** {@code new T(...) { ... }}: an anonymous class. */
        private void anonyme(int k, int b, Contexte ctx) {
            int n = k + 1;
            if (at(n) == null || !at(n).ident()) {
                return;
            }
            n = finNom(n) + 1;
            if (est(n, "<")) {
                n = fermante(n, "<", ">") + 1;
            }
            if (est(n, "(")) {
                int ferme = fermante(n, "(", ")");
                if (ferme + 1 < b && j.get(ferme + 1).est("{")) {
                    constat(CodeConstat.S006, at(k).ligne(), ctx, "classe anonyme refusée : son code s'exécuterait hors"
                            + " de la règle (finalize, threads) et pourrait porter un état statique");
                }
            }
        }

        // ------------------------------------------------------------------------------------ raw text

        /** Unicode escapes: Java decodes them before anything else, even in comments and strings. */
        void echappements() {
            String[] lignes = fichier.texte().split("\n", -1);
            for (int l = 0; l < lignes.length; l++) {
                Matcher m = ECHAPPEMENT.matcher(lignes[l]);
                if (m.find()) {
                    String regle = null;
                    String fonction = null;
                    for (int p = 0; p < plages.size(); p++) {
                        if (plages.get(p)[0] <= l + 1 && l + 1 <= plages.get(p)[1]) {
                            String n = nomsPlages.get(p);
                            if (n.startsWith("fonction « ")) {
                                fonction = n.substring("fonction « ".length(), n.length() - 2);
                            } else {
                                regle = n;
                            }
                        }
                    }
                    constat(CodeConstat.S009, l + 1, new Contexte(regle, fonction), "échappement Unicode « " + m.group()
                            + " » refusé : Java le décode avant tout, même dans un commentaire ou une chaîne, et le code"
                            + " réel échapperait à la vérification ; écrire le caractère lui-même");
                }
            }
        }

        // ------------------------------------------------------------------------------------ protected data

        void donneesProtegees(RegleEcrite r) {
            Set<String> vus = new LinkedHashSet<>();
            for (Jeton t : r.corps()) {
                if (!t.ident()) {
                    continue;
                }
                String id = t.texte();
                String quoi = null;
                if (TYPES_PROTEGES.contains(id)) {
                    quoi = "« " + id + " », la demande ou son identité";
                } else {
                    String n = id.startsWith("$") ? id.substring(1) : id;
                    if (n.startsWith("get") && n.length() > 3 && majuscule(n.substring(3))) {
                        n = n.substring(3);
                    } else if (n.startsWith("is") && n.length() > 2 && majuscule(n.substring(2))) {
                        n = n.substring(2);
                    }
                    String libelle = CHAMPS_PROTEGES.get(n.toLowerCase(java.util.Locale.ROOT));
                    if (libelle != null) {
                        quoi = "« " + id + " », " + libelle;
                    }
                }
                if (quoi != null && vus.add(id)) {
                    constats.add(new Constat(CodeConstat.C003, r.pack(), r.fichier(), t.ligne(), r.nom(), "la règle lit une"
                            + " donnée protégée (" + quoi + ") : la nationalité, le nom, le prénom, la civilité, le sexe"
                            + " et le lieu de naissance n'entrent jamais dans la cotation (art. 225-1 du code pénal) ;"
                            + " le moteur ne les donne pas aux règles"));
                }
            }
        }
    }
}
