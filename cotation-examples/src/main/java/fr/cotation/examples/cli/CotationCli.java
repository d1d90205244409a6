package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The command-line tool {@code cotation}: {@code java -jar cotation.jar coter --date 2025-06-30 demandes.json}.
 * Sub-commands: {@link CoterCommande coter}, {@link VerifierCommande verifier}, {@link GrilleCommande grille},
 * {@link FicheCommande fiche}, {@link ClassementCommande classement}, {@link CandidatsCommande candidats},
 * {@link ComparerCommande comparer}, {@link GenererCommande generer}, {@link BilanCommande bilan},
 * {@link InitCommande init}. Exit codes: {@link CodeSortie}. Documented in {@code docs/cli.md}, with real runs in
 * {@code docs/cli-exemples.md}. Command and option names are French ({@link AnciensNoms} lists the English names
 * still accepted); the global options ({@code --cache}, {@code --trace}, {@code --help}) go before or after the
 * command; the help is wrapped at spaces only ({@link AideSansCoupure}).
 *
 * <p>{@link #executer(String[], PrintStream, PrintStream)} is the whole tool, streams given: {@link #main} only
 * adds the process's streams and its exit.
 */
@Command(name = "cotation",
        synopsisHeading = "Utilisation : ",
        synopsisSubcommandLabel = "COMMANDE",
        descriptionHeading = "%n",
        description = {
                "Cotation des demandes de logement social (art. L.441-2-8 et R.441-2-10 CCH) : chaque demande est "
                        + "cotée dans chacune de ses communes souhaitées, avec la grille de cotation de l'EPCI de la "
                        + "commune en vigueur à la date d'évaluation. Chaque point s'explique par un critère de la "
                        + "grille. Les packs de cotation des EPCI de PACA sont embarqués ; --packs en ajoute ; init écrit "
                        + "le pack de départ d'un EPCI de France, verifier "
                        + "vérifie un dossier de packs, grille en écrit la grille publiée, fiche la fiche due au "
                        + "demandeur ; classement classe un stock parmi les demandes analogues, candidats propose "
                        + "les candidats d'un logement libéré, comparer mesure l'effet d'un changement de grille sur "
                        + "un stock ; generer écrit un stock fictif reproductible ; bilan fait le bilan annuel "
                        + "des attributions (flux des conventions de réservation, objectifs de l'art. L.441-1).",
                "",
                "Ni le nom, ni la nationalité, ni le sexe, ni la civilité ne sont lus par une grille "
                        + "(art. 225-1 du code pénal)."},
        optionListHeading = "%nOptions :%n",
        commandListHeading = "%nCommandes :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:toutes les demandes lues ont été cotées ; packs vérifiés sans erreur ; grilles, fiche ou comparaison "
                        + "écrites",
                "1:demandes rejetées ou cotation en erreur (coter, classement, candidats, comparer) ; vérification en "
                        + "échec (verifier)",
                "2:usage incorrect : option inconnue ou absente, date ou code impossible dans une option, grille "
                        + "hors vigueur à la date (comparer)",
                "3:fichier illisible (absent, vide, tronqué, mal formé) ou impossible à écrire",
                "4:packs de cotation : dossier absent ou sans pack.yaml, pack qui ne se charge pas",
                "10:erreur interne (relancer avec --trace pour la trace)"},
        footerHeading = "%n",
        footer = {"Aide d'une commande : cotation COMMANDE --help. Formats, colonnes et exemples : docs/cli.md."},
        versionProvider = CotationCli.Version.class,
        sortOptions = false,
        usageHelpWidth = 100)
public final class CotationCli implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--trace", scope = CommandLine.ScopeType.INHERIT,
            description = "Affiche la trace Java complète des erreurs (pour signaler un problème).")
    private boolean debug;

    @Option(names = "--cache", paramLabel = "DOSSIER", scope = CommandLine.ScopeType.INHERIT,
            description = "Garde les grilles compilées dans ce dossier (créé au besoin) : les lancements suivants les "
                    + "relisent au lieu de les recompiler et donnent leur première cotation plus tôt. Une grille ou "
                    + "une version de l'outil changée n'y relit jamais une entrée périmée. Les entrées sont scellées "
                    + "par une clé à vous : la variable " + CleCache.VARIABLE + ", sinon le fichier "
                    + "cotation/cle-cache de $XDG_CONFIG_HOME ou ~/.config (créé en 0600).")
    private void cache(Path dossier) {
        try {
            this.cleCache = CleCache.pour(dossier, environnement, Path.of(System.getProperty("user.home")));
        } catch (CleCache.CleRefusee e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache : " + e.getMessage());
        }
        this.cache = dossier;
    }

    private Path cache;
    /** The secret sealing the entries of {@link #cache} ({@link CleCache}); null without {@code --cache}. */
    private byte[] cleCache;
    /** Where {@link CleCache} reads {@code COTATION_CLE_CACHE} and {@code XDG_CONFIG_HOME}: the process's. */
    private final Map<String, String> environnement;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT,
            description = "Affiche cette aide et termine.")
    private boolean aide;

    @Option(names = {"-V", "--version"}, versionHelp = true,
            description = "Affiche la version de l'outil, de Drools et de Java, et termine.")
    private boolean version;

    private final FabriqueMoteur fabrique;
    private final InputStream entreeStandard;
    private final BooleanSupplier terminal;

    /** The tool as {@code java -jar} runs it. */
    public CotationCli() {
        this(FabriqueMoteur.PAR_DEFAUT, System.in, () -> System.console() != null);
    }

    /**
     * @param fabrique       builds the engine (tests share one between runs)
     * @param entreeStandard what {@code -} reads
     * @param terminal       whether the error stream is a terminal (progress line)
     */
    CotationCli(FabriqueMoteur fabrique, InputStream entreeStandard, BooleanSupplier terminal) {
        this(fabrique, entreeStandard, terminal, System.getenv());
    }

    /** As {@link #CotationCli(FabriqueMoteur, InputStream, BooleanSupplier)}, with {@code environnement} as the
     * process's environment (where the key of {@code --cache} is looked for). */
    CotationCli(FabriqueMoteur fabrique, InputStream entreeStandard, BooleanSupplier terminal,
            Map<String, String> environnement) {
        this.environnement = Map.copyOf(environnement);
        this.fabrique = fabrique;
        this.entreeStandard = entreeStandard;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        boolean debug = Arrays.asList(args).contains("--trace") || Arrays.asList(args).contains("--debug");
        // the engine logs through slf4j-simple; the tool says what matters itself
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "info" : "error");
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new CotationCli().executer(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool: parses {@code args}, runs the sub-command, writes results on {@code out} and messages on
     * {@code err} (UTF-8), and returns the exit code ({@link CodeSortie}).
     */
    public int executer(String[] args, PrintStream out, PrintStream err) {
        args = AnciensNoms.traduire(args);
        try (EntreeStandard entree = new EntreeStandard(entreeStandard)) {
            return executer(args, entree, out, err);
        }
    }

    private int executer(String[] args, EntreeStandard entree, PrintStream out, PrintStream err) {
        int fin = Arrays.asList(args).indexOf("--");
        boolean debugDemande = Arrays.asList(args).subList(0, fin < 0 ? args.length : fin).contains("--trace");
        // --cache is parsed before the sub-command runs: the sub-commands read it when they build their engine
        FabriqueMoteur fabrique = new FabriqueMoteur() {
            @Override
            public CotationEngine construire(List<Path> dossiersPacks) {
                return CotationCli.this.fabrique.construire(dossiersPacks, cache, cleCache);
            }

            @Override
            public CotationEngine pourDossier(Path dossier, boolean confiance) {
                return CotationCli.this.fabrique.pourDossier(dossier, confiance);
            }
        };
        CommandLine cl = commandes(fabrique, entree, out, err, debugDemande);
        PrintWriter sortie = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter erreurs = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cl.setOut(sortie);
        cl.setErr(erreurs);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine c = ex.getCommandLine();
            String nom = c.getCommandSpec().qualifiedName();
            c.getErr().println(nom + " : " + message(ex) + " (aide : " + nom + " --help)");
            if (debugDemande) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return CodeSortie.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            c.getErr().println("cotation : erreur interne : " + ex
                    + (debugDemande ? "" : " (relancer avec --trace pour la trace)"));
            if (debugDemande) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return CodeSortie.ERREUR_INTERNE;
        });
        int code = cl.execute(args);
        sortie.flush();
        erreurs.flush();
        out.flush();
        err.flush();
        return code;
    }

    /** The tool's command line: this command, its sub-commands, the help wrapped at spaces ({@link AideSansCoupure}). */
    CommandLine commandes(FabriqueMoteur fabrique, EntreeStandard entree, PrintStream out, PrintStream err,
            boolean debugDemande) {
        CommandLine cl = new CommandLine(this);
        cl.addSubcommand("coter", new CoterCommande(fabrique, entreeStandard, terminal, out, err, debugDemande));
        cl.addSubcommand("verifier", new VerifierCommande(fabrique, out, err));
        cl.addSubcommand("grille", new GrilleCommande(fabrique, out, err));
        cl.addSubcommand("fiche", new FicheCommande(fabrique, entree, out, err));
        cl.addSubcommand("classement", new ClassementCommande(fabrique, entree, terminal, out, err));
        cl.addSubcommand("candidats", new CandidatsCommande(fabrique, entree, out, err));
        cl.addSubcommand("comparer", new ComparerCommande(fabrique, entree, terminal, out, err));
        cl.addSubcommand("generer", new GenererCommande(fabrique, terminal, out, err));
        cl.addSubcommand("bilan", new BilanCommande(out, err));
        cl.addSubcommand("init", new InitCommande(out, err));
        cl.addSubcommand("servir", new ServirCommande(fabrique, out, err));
        AideSansCoupure.appliquer(cl);
        return cl;
    }

    /** Without a sub-command: the help, on the error stream, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CodeSortie.USAGE;
    }

    /** picocli's messages, in French for the usual mistakes. */
    static String message(ParameterException ex) {
        List<String> inconnus = ex.getCommandLine().getUnmatchedArguments();
        if (!(ex instanceof CommandLine.UnmatchedArgumentException) && !inconnus.isEmpty()
                && inconnus.stream().anyMatch(s -> s.startsWith("-"))) {
            // "--dat 2025-06-30": the misspelt option explains the missing one
            return "option inconnue : " + inconnus.stream().filter(s -> s.startsWith("-")).collect(Collectors.joining(" "));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<ArgSpec> manque = m.getMissing();
            if (manque.stream().allMatch(a -> a.isPositional() && a.paramLabel().startsWith("PACK_"))) {
                return "dossier de packs absent : " + manque.stream().map(ArgSpec::paramLabel)
                        .collect(Collectors.joining(", "));
            }
            if (manque.stream().allMatch(ArgSpec::isPositional)) {
                return "fichier de demandes absent : nommez au moins un fichier (.json, .csv, .xml) ou - pour "
                        + "l'entrée standard";
            }
            return "option obligatoire absente : " + manque.stream().map(a -> a instanceof OptionSpec o
                    ? o.longestName() + "=" + o.paramLabel() : a.paramLabel()).collect(Collectors.joining(", "));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            boolean options = u.getUnmatched().stream().allMatch(s -> s.startsWith("-"));
            return (options ? "option inconnue : " : "argument inattendu : ") + String.join(" ", u.getUnmatched());
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "option donnée deux fois : " + (o.getOverwritten() instanceof OptionSpec s ? s.longestName()
                    : o.getOverwritten().paramLabel());
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException t && ex.getArgSpec() != null) {
            ArgSpec a = ex.getArgSpec();
            return (a instanceof OptionSpec o ? o.longestName() : a.paramLabel()) + " : " + t.getMessage();
        }
        if (ex.getArgSpec() instanceof OptionSpec o && ex.getMessage().startsWith("Missing required parameter")) {
            return "valeur absente pour l'option " + o.longestName() + "=" + o.paramLabel();
        }
        return ex.getMessage();
    }

    /** "cotation 0.1.0 (Drools 10.2.0, Java 17.0.15)". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = CotationCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"cotation " + p.getProperty("version", "(version inconnue)") + " (Drools "
                    + p.getProperty("drools", "?") + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
