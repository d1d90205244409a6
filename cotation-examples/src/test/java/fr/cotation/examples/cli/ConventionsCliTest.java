package fr.cotation.examples.cli;

import fr.cotation.examples.HotSwapExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static fr.cotation.examples.cli.Lancement.avecEntree;
import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.dossiersFiges;
import static fr.cotation.examples.cli.Lancement.dossiersFigesAvecEntree;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of docs/cli.md ("Names of commands and options"), checked on the tool's own picocli model and on real runs:
 * French names, one meaning per short option, {@code -} for the standard input wherever a file is read, global options
 * after the command, help wrapped at spaces only, and the English names of the first versions still accepted.
 */
class ConventionsCliTest {
    private static final String DATE = "2025-06-30";
    private static final String NUMERO = "0060623061200003A0601";

    /**
     * The words of the tool's command and option names. A new option whose name has a word not here fails the test:
     * say it in French, or add the word here if it is French.
     */
    private static final Set<String> VOCABULAIRE = Set.of(
            // commands
            "coter", "verifier", "grille", "fiche", "classement", "candidats", "comparer", "generer", "bilan",
            "servir",
            // options
            "trace", "cache", "date", "commune", "typologie", "packs", "pack", "format", "entree", "sortie", "erreurs",
            "confiance", "cas", "graine", "rapport", "version", "numero", "sans", "donnees", "sensibles", "classer",
            "stock", "historique", "fenetre", "minimum", "territoire", "premiers", "logement", "reference", "surface",
            "etage", "ascenseur", "accessibilite", "loyer", "charges", "financement", "qpv", "contingent", "zone",
            "filtre", "nombre", "perimetre", "epci", "taux", "effort", "max", "reste", "a", "vivre", "min", "generees",
            "attributions", "annee", "objectif", "id", "en", "vigueur", "du", "base", "port", "adresse");
    /** The names every command-line tool has, kept in their usual form (docs/cli.md). */
    private static final Set<String> USUELS = Set.of("--help", "-h", "--version", "-V", "init");

    @TempDir
    static Path tmp;
    private static Path historique;
    private static Path logement;

    @BeforeAll
    static void preparer() throws IOException {
        historique = tmp.resolve("attributions.csv");
        var g = cotation("generer", "--date", DATE, "--nombre", "50", "--epci", "200030195", "--attributions", "60",
                "--historique", historique.toString(), "--sortie", tmp.resolve("stock.json").toString());
        assertEquals(CodeSortie.OK, g.code(), g.toString());
        logement = tmp.resolve("logement.json");
        Files.writeString(logement, "{\"commune\": \"06088\", \"typologie\": \"T3\", \"loyer\": 520, \"charges\": 80, "
                + "\"financement\": \"PLUS\"}");
    }

    /** The tool's command line, as {@link CotationCli#executer} builds it. */
    private static CommandLine outil() {
        PrintStream nul = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CotationCli cli = new CotationCli(FabriqueMoteur.PAR_DEFAUT, new ByteArrayInputStream(new byte[0]), () -> false);
        return cli.commandes(FabriqueMoteur.PAR_DEFAUT, new EntreeStandard(InputStream.nullInputStream()), nul, nul, false);
    }

    private static Stream<CommandSpec> specs() {
        CommandLine cl = outil();
        List<CommandSpec> s = new ArrayList<>();
        s.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(c -> s.add(c.getCommandSpec()));
        return s.stream();
    }

    @Test
    void a_short_option_means_one_thing_in_every_command() {
        Map<String, Set<String>> sens = new TreeMap<>();
        specs().forEach(spec -> {
            for (OptionSpec o : spec.options()) {
                for (String nom : o.names()) {
                    if (!nom.startsWith("--")) {
                        sens.computeIfAbsent(nom, k -> new TreeSet<>()).add(o.longestName());
                    }
                }
            }
        });
        sens.forEach((courte, longues) -> assertEquals(1, longues.size(),
                courte + " a plusieurs sens selon la commande : " + longues));
        assertTrue(sens.size() > 10, "les options courtes de l'outil : " + sens);
    }

    @Test
    void a_long_option_means_one_thing_in_every_command() {
        // the same long name with a short form in one command and another short form elsewhere is two meanings
        Map<String, Set<String>> courtes = new TreeMap<>();
        specs().forEach(spec -> spec.options().forEach(o -> {
            String courte = Arrays.stream(o.names()).filter(n -> !n.startsWith("--")).findFirst().orElse("");
            if (!courte.isEmpty()) {
                courtes.computeIfAbsent(o.longestName(), k -> new TreeSet<>()).add(courte);
            }
        }));
        courtes.forEach((longue, c) -> assertEquals(1, c.size(), longue + " : " + c));
    }

    @Test
    void every_command_and_option_name_is_french() {
        List<String> etrangers = new ArrayList<>();
        specs().forEach(spec -> {
            if (spec.parent() != null && !USUELS.contains(spec.name())) {
                mots(spec.name(), spec.name(), etrangers);
            }
            for (OptionSpec o : spec.options()) {
                for (String nom : o.names()) {
                    if (nom.startsWith("--") && !USUELS.contains(nom)) {
                        mots(nom.substring(2), spec.qualifiedName() + " " + nom, etrangers);
                    }
                }
            }
        });
        assertEquals(List.of(), etrangers, "noms hors du vocabulaire français de l'outil (docs/cli.md)");
        // the English names of the first versions are translated before parsing, never options of their own
        specs().forEach(spec -> {
            for (String ancien : AnciensNoms.OPTIONS.keySet()) {
                assertFalse(spec.optionsMap().containsKey(ancien), spec.qualifiedName() + " " + ancien);
            }
        });
        assertFalse(outil().getSubcommands().keySet().stream().anyMatch(AnciensNoms.COMMANDES::containsKey));
    }

    private static void mots(String nom, String ou, List<String> etrangers) {
        for (String mot : nom.split("-")) {
            if (!VOCABULAIRE.contains(mot)) {
                etrangers.add(ou + " (" + mot + ")");
            }
        }
    }

    // ---- - for the standard input

    @Test
    void classement_reads_its_stock_and_its_history_from_the_standard_input() throws IOException {
        String stock = fixture("demandes-nice.json");
        var fichier = cotation("classement", "--date", DATE, "--historique", historique.toString(), stock);
        assertTrue(fichier.out().contains("0060623061200003A0601"), fichier.toString());
        var entree = avecEntree(Files.readString(Path.of(stock)), false, "classement", "--date", DATE,
                "--historique", historique.toString(), "-");
        assertEquals(fichier.out(), entree.out());
        assertEquals(fichier.code(), entree.code(), entree.toString());
        var h = avecEntree(Files.readString(historique), false, "classement", "--date", DATE, "--historique", "-",
                stock);
        assertEquals(fichier.out(), h.out());
    }

    @Test
    void candidats_reads_its_stock_and_its_dwelling_from_the_standard_input() throws IOException {
        String stock = fixture("demandes-nice.json");
        var fichier = cotation("candidats", "--date", DATE, "--logement", logement.toString(), stock);
        assertTrue(fichier.out().contains("Candidats proposés"), fichier.toString());
        var entree = avecEntree(Files.readString(Path.of(stock)), false, "candidats", "--date", DATE, "--logement",
                logement.toString(), "-");
        assertEquals(fichier.out(), entree.out());
        var l = avecEntree(Files.readString(logement), false, "candidats", "--date", DATE, "--logement", "-", stock);
        assertEquals(fichier.out(), l.out());
    }

    @Test
    void fiche_reads_its_stock_and_its_history_from_the_standard_input() throws IOException {
        String stock = fixture("demandes-nice.json");
        String[] args = {"fiche", "--date", DATE, "--numero", NUMERO, "--stock", stock, "--historique",
            historique.toString(), stock};
        var fichier = cotation(args);
        assertEquals(CodeSortie.OK, fichier.code(), fichier.toString());
        assertTrue(fichier.out().contains(NUMERO), fichier.out());
        args[6] = "-";
        assertEquals(fichier.out(), avecEntree(Files.readString(Path.of(stock)), false, args).out());
        args[6] = stock;
        args[8] = "-";
        assertEquals(fichier.out(), avecEntree(Files.readString(historique), false, args).out());
    }

    @Test
    void comparer_reads_its_stock_twice_from_the_standard_input() throws IOException {
        Path a = HotSwapExample.copierPackEmbarque("nice-cote-azur", tmp.resolve("grille-a"));
        String stock = fixture("demandes-nice.json");
        var fichier = dossiersFiges("comparer", "--date", DATE, "--stock", stock, a.toString(), a.toString());
        assertEquals(CodeSortie.OK, fichier.code(), fichier.toString());
        var entree = dossiersFigesAvecEntree(Files.readString(Path.of(stock)), "comparer", "--date", DATE, "--stock",
                "-", a.toString(), a.toString());
        assertEquals(CodeSortie.OK, entree.code(), entree.toString());
        assertEquals(fichier.out(), entree.out());
        assertEquals(fichier.err(), entree.err(), "les deux lectures du stock sous A et sous B");
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("cotation-entree-")
                    && p.toFile().lastModified() >= System.currentTimeMillis() - 60_000),
                    "la copie de l'entrée standard est effacée à la fin du lancement");
        }
    }

    @Test
    void the_standard_input_is_read_once_per_run() {
        var r = avecEntree("[]", false, "classement", "--date", DATE, "--historique", "-", "-");
        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertEquals(List.of("cotation classement : l'entrée standard (-) ne se lit qu'une fois : un seul fichier peut "
                + "être - (aide : cotation classement --help)"), r.lignesErr());
    }

    // ---- global options after the command

    @Test
    void cache_is_accepted_after_the_command(@TempDir Path dir) {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString());
        String packs = fixture("cli/packs");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CotationCli(FabriqueMoteur.PAR_DEFAUT, new ByteArrayInputStream(new byte[0]), () -> false, env)
                .executer(new String[] {"coter", "--date", DATE, "--packs", packs, "--cache", cache.toString(),
                    fixture("cli/une-demande.json")}, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CodeSortie.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isDirectory(cache) && cache.toFile().list().length == 1,
                "la grille du pack de --packs est gardée dans le cache donné après la commande");
        assertTrue(Files.isRegularFile(dir.resolve("config/cotation/cle-cache")));
    }

    @Test
    void trace_is_accepted_before_and_after_the_command() {
        var avant = cotation("--trace", "coter", "--date", DATE, fixture("cli/une-demande.json"));
        var apres = cotation("coter", "--date", DATE, "--trace", fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.OK, avant.code(), avant.toString());
        assertEquals(avant.out(), apres.out());
    }

    // ---- the English names of the first versions

    @Test
    void the_old_names_still_run_the_new_commands(@TempDir Path dir) throws IOException {
        var nouveau = cotation("coter", "--date", DATE, fixture("cli/une-demande.json"));
        var ancien = cotation("score", "--date", DATE, fixture("cli/une-demande.json"));
        assertEquals(nouveau.out(), ancien.out());
        assertEquals(nouveau.code(), ancien.code());
        Path sortie = dir.resolve("cotations.csv");
        var o = cotation("score", "--date", DATE, "--format", "csv", "--output=" + sortie, fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.OK, o.code(), o.toString());
        assertTrue(Files.readString(sortie).startsWith("\uFEFFnumeroUnique;")); // French CSV (docs/formats-csv.md)
        var f = cotation("fiche", "--date", DATE, "-n", NUMERO, fixture("demandes-nice.json"));
        assertEquals(cotation("fiche", "--date", DATE, "--numero", NUMERO, fixture("demandes-nice.json")).out(), f.out());
        assertEquals(List.of("coter", "--cache", "score", "--sortie", "x", "--", "--output"),
                List.of(AnciensNoms.traduire(new String[] {"score", "--cache", "score", "--output", "x", "--",
                    "--output"})));
        assertEquals(List.of("--cache", "verify", "verifier", "--confiance", "--trace"),
                List.of(AnciensNoms.traduire(new String[] {"--cache", "verify", "verify", "--trust", "--debug"})));
        assertEquals(List.of("grille", "--version-grille=2025.1", "d"),
                List.of(AnciensNoms.traduire(new String[] {"grille", "--version=2025.1", "d"})));
    }

    // ---- the help

    private static final Pattern NOM = Pattern.compile("[^\\s«»]*[^\\s«»(;:]([./,])[^\\s«»]*[\\p{L}\\p{N}]");

    /** Every path, file name or list the help's texts hold is printed whole, on one line; no line starts with ; or :. */
    @Test
    void the_help_never_cuts_a_path() {
        CommandLine cl = outil();
        List<CommandLine> commandes = new ArrayList<>();
        commandes.add(cl);
        commandes.addAll(cl.getSubcommands().values());
        int noms = 0;
        for (CommandLine c : commandes) {
            String aide = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            List<String> textes = new ArrayList<>();
            CommandSpec spec = c.getCommandSpec();
            textes.addAll(List.of(spec.usageMessage().description()));
            textes.addAll(List.of(spec.usageMessage().footer()));
            textes.addAll(spec.usageMessage().exitCodeList().values());
            for (ArgSpec a : spec.args()) {
                textes.addAll(List.of(a.description()));
            }
            for (String t : textes) {
                Matcher m = NOM.matcher(AideSansCoupure.rendre(t));
                while (m.find()) {
                    noms++;
                    assertTrue(aide.contains(m.group()), spec.qualifiedName() + " : « " + m.group()
                            + " » coupé dans l'aide :\n" + aide);
                }
            }
            for (String ligne : aide.lines().toList()) {
                assertFalse(ligne.strip().startsWith(";") || ligne.strip().startsWith(":"),
                        spec.qualifiedName() + " : ligne commencée par une ponctuation : " + ligne);
                assertFalse(ligne.chars().anyMatch(ch -> ch >= 0xE000 && ch <= 0xF8FF), ligne);
            }
        }
        assertTrue(noms > 50, "les chemins et noms de fichiers des aides : " + noms);
    }
}
