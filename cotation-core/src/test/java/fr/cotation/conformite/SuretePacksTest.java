package fr.cotation.conformite;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.packDecrit;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A pack loaded from a directory not declared trusted is checked before it is compiled (Drools has no sandbox, and
 * evaluates metadata with MVEL while compiling) against an allow-list of what a grille needs, read on Drools' own
 * descriptors: anything else refuses the pack with its finding, located by file, line and rule, and the message says that
 * such a pack needs {@code trustedPackDirectory}. Packs are written by {@link PackEcrit}: the first rule starts at line 7, its
 * condition is at line 10, its consequence at line 12; text given before the rules starts at line 7.
 */
class SuretePacksTest {

    /** A rule whose consequence is {@code consequence} (line 12 when it is the first rule). */
    private static String consequence(String consequence) {
        return regle("Piège", "@critere(\"P\") @libelle(\"P\") @rubrique(\"R\") @points(1)", "$d : Dossier( )",
                consequence + " note.retenir(kcontext);");
    }

    /** Loads {@code dir}, checks that nothing was loaded, and returns the finding of {@code code}. */
    private static Constat refuse(Path dir, CodeConstat code) {
        CotationEngine e = Moteurs.depuis(dir);
        assertEquals(List.of(), e.packs(), "le pack doit être refusé");
        ProblemePack p = e.problemesPacks().stream().filter(x -> x.constat() != null && x.constat().code() == code).findFirst()
                .orElseGet(() -> fail("pas de constat " + code + " : " + e.problemesPacks()));
        assertEquals(p.constat().fichier(), p.fichier());
        assertEquals(p.constat().ligne(), p.ligne());
        assertEquals(p.constat().regle(), p.regle());
        assertEquals(Gravite.ERREUR, p.constat().gravite());
        assertTrue(p.toString().contains("[" + code + "] "), p.toString());
        assertTrue(e.problemesPacks().stream().allMatch(x -> x.constat() != null && x.constat().code().surete()),
                () -> "refusé avant toute compilation : " + e.problemesPacks());
        return p.constat();
    }

    /** The message of a refusal always tells the author what to do. */
    private static void ditLaConfiance(Constat c) {
        assertTrue(c.message().endsWith("l'application doit le charger avec trustedPackDirectory, comme son propre code"),
                c.message());
    }

    /** Every problem of an engine over {@code dir}, as "line rule code start-of-message". */
    private static List<String> constats(Path dir) {
        return Moteurs.depuis(dir).problemesPacks().stream().map(p -> p.ligne() + " " + p.regle() + " " + p.constat().code()
                + " " + p.message().substring(0, Math.min(p.message().length(), p.message().indexOf(" refusé") < 0
                ? 40 : p.message().indexOf(" refusé")))).toList();
    }

    // ------------------------------------------------------------------------------ the two bypasses of issue 19

    @Test
    void aTextBlockHidingAProcessInAConsequenceIsRefusedAndRunsNothing(@TempDir Path dir) throws IOException {
        // the old lexer ended a string at the end of its line, so the call after the text block looked like text
        Path temoin = dir.resolve("temoin-bloc");
        String piege = "String s = \"\"\"\n        x\n        \"\"\"; new ProcessBuilder(\"touch\", \"" + temoin
                + "\").start().waitFor();";
        pack(dir.resolve("packs"), "bloc", SIREN_NCA, consequence(piege));

        Constat c = refuse(dir.resolve("packs"), CodeConstat.S011);

        assertEquals(12, c.ligne());
        assertEquals("Piège", c.regle());
        assertTrue(c.message().startsWith("conséquence « String s ="), c.message());
        ditLaConfiance(c);
        assertFalse(Files.exists(temoin), "aucun processus lancé");
        // the same pack from a trusted directory does run the process during its smoke scoring: the payload is real
        Moteurs.builder().trustedPackDirectory(dir.resolve("packs")).build().problemesPacks();
        assertTrue(Files.exists(temoin), "le piège est réel : chargé comme code de confiance, il lance le processus");
    }

    @Test
    void declaringAVocabularyNameForAJdkClassIsRefusedAndRunsNothing(@TempDir Path dir) {
        // "declare ProcessBuilder end" made the name look declared while Drools resolved it to java.lang.ProcessBuilder
        Path temoin = dir.resolve("temoin-declare");
        pack(dir.resolve("packs"), "declare", SIREN_NCA, "declare ProcessBuilder end\n\n"
                + consequence("new ProcessBuilder(\"touch\", \"" + temoin + "\").start().waitFor();"));

        List<String> trouves = constats(dir.resolve("packs"));

        assertEquals(List.of("7 null S011 declare ProcessBuilder", "14 Piège S011 conséquence « new ProcessBuilder(\"touch\","
                + " \"" + temoin + "\").start().waitFor() »"), trouves);
        assertFalse(Files.exists(temoin), "aucun processus lancé");
    }

    // ------------------------------------------------------------------------------ header: imports, globals, package

    @Test
    void aJavaIoImportIsRefused(@TempDir Path dir) {
        pack(dir, "io", SIREN_NCA, "import java.io.File;\n\n" + regle("Toujours", "T", "Dossier( )"));

        Constat c = refuse(dir, CodeConstat.S001);

        assertEquals("io/regles.drl", c.fichier());
        assertEquals(7, c.ligne());
        assertNull(c.regle());
        assertEquals("io", c.pack());
        assertTrue(c.message().startsWith("import java.io.File refusé : seul le vocabulaire des règles s'importe"),
                c.message());
        ditLaConfiance(c);
    }

    @Test
    void importsOfValueTypesFunctionsAndAccumulatorsAreRefusedToo(@TempDir Path dir) {
        pack(dir, "imports", SIREN_NCA, "import java.math.BigDecimal;\nimport function java.lang.System.exit;\n"
                + "import accumulate org.example.Somme somme;\n" + regle("Toujours", "T", "Dossier( )"));

        assertEquals(List.of("7 null S001 import java.math.BigDecimal", "8 null S001 import function java.lang.System.exit",
                "9 null S001 import accumulate org.example.Somme"), constats(dir));
    }

    @Test
    void aGlobalTheEngineDoesNotProvideIsRefused(@TempDir Path dir) {
        pack(dir, "globale", SIREN_NCA, "global java.util.Map cache;\n\n" + regle("Toujours", "T", "Dossier( )"));

        Constat c = refuse(dir, CodeConstat.S002);

        assertEquals(7, c.ligne());
        assertTrue(c.message().startsWith("global java.util.Map cache refusé : le moteur ne fournit que"), c.message());
    }

    @Test
    void aPackageReservedToTheLibraryIsRefused(@TempDir Path dir) throws IOException {
        Path p = pack(dir, "reserve", SIREN_NCA, regle("Toujours", "T", "Dossier( )"));
        Files.writeString(p.resolve("regles.drl"), Files.readString(p.resolve("regles.drl"))
                .replace("package test.reserve;", "package fr.cotation.internal.engine;"));

        Constat c = refuse(dir, CodeConstat.S010);

        assertEquals(1, c.ligne());
        assertTrue(c.message().startsWith("le paquetage « fr.cotation.internal.engine » est réservé"), c.message());
    }

    // ------------------------------------------------------------------------------ declarations

    @Test
    void functionsQueriesAndTypeDeclarationsAreRefused(@TempDir Path dir) {
        pack(dir, "declarations", SIREN_NCA, """
                function String lire(String adresse) {
                    return new java.net.URL(adresse).toString();
                }
                declare Palier
                    seuil : int
                end
                query "tous" Dossier( ) end
                """ + regle("Toujours", "T", "Dossier( )"));

        assertEquals(List.of("7 null S011 fonction « lire »", "10 null S011 declare Palier", "13 null S011 query « tous »"),
                constats(dir));
    }

    // ------------------------------------------------------------------------------ conditions

    @Test
    void conditionsThatEvaluateCodeAreRefused(@TempDir Path dir) {
        pack(dir, "conditions", SIREN_NCA, regle("Eval", "A", "eval( System.getenv(\"HOME\") != null )")
                + regle("From", "B", "Situation( code == \"DALO\" ) from java.util.List.of(new Situation())")
                + regle("Appel", "C", "Dossier( ageDemandeur == Integer.parseInt(\"3\") )")
                + regle("Regex", "D", "Situation( code matches \"(a+)+b\" )")
                + regle("Classe", "E", "Dossier( class != null )")
                + regle("Type", "F", "java.io.File( )")
                + regle("Accumulate", "G", "Number( ) from accumulate( Dossier( $t : tauxEffort ), sum( $t ) )"));

        List<String> trouves = Moteurs.depuis(dir).problemesPacks().stream().map(p -> p.ligne() + " " + p.regle() + " "
                + p.constat().code() + " " + p.message().substring(0, p.message().indexOf(" : "))).toList();

        assertEquals(List.of("10 Eval S011 eval refusé dans une condition",
                "18 From S011 source de motif « from java.util.List.of(new Situation()) » refusée",
                "26 Appel S011 condition « ageDemandeur == Integer.parseInt(\"3\") » refusée",
                "34 Regex S011 condition « code matches \"(a+)+b\" » refusée",
                "42 Classe S011 condition « class != null » refusée",
                "50 Type S011 motif sur « java.io.File » refusé",
                "58 Accumulate S011 source de motif « accumulate » refusée"),
                trouves);
        assertTrue(trouves.size() == Moteurs.depuis(dir).problemesPacks().size());
    }

    // ------------------------------------------------------------------------------ consequences

    @Test
    void aFullyQualifiedNioFilesCallInAConsequenceIsRefused(@TempDir Path dir) {
        pack(dir, "nio", SIREN_NCA, consequence("java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));"));

        Constat c = refuse(dir, CodeConstat.S011);

        assertEquals(12, c.ligne());
        assertEquals("Piège", c.regle());
        assertTrue(c.message().startsWith("conséquence « java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"))"
                + " » refusée : une conséquence de grille n'est faite que d'appels note.retenir(...) ou note.parMois(...)"),
                c.message());
        ditLaConfiance(c);
    }

    @Test
    void processesReflectionThreadsSystemAndEngineInternalsAreRefusedWhereTheyAreWritten(@TempDir Path dir) {
        pack(dir, "appels", SIREN_NCA, consequence("new ProcessBuilder(\"id\").start();")
                + regle("Exec", "@critere(\"E\") @libelle(\"E\") @rubrique(\"R\") @points(1)", "Dossier( )",
                "Runtime.getRuntime().exec(\"id\");")
                + regle("Reflexion", "@critere(\"F\") @libelle(\"F\") @rubrique(\"R\") @points(1)", "$d : Dossier( )",
                "note.retenir(kcontext, 1, $d.getClass().getName());")
                + regle("Fil", "@critere(\"G\") @libelle(\"G\") @rubrique(\"R\") @points(1)", "Dossier( )",
                "new Thread(() -> {}).start();")
                + regle("Moteur", "@critere(\"H\") @libelle(\"H\") @rubrique(\"R\") @points(1)", "Dossier( )",
                "kcontext.getKieRuntime().setGlobal(\"note\", null);")
                + regle("Sortie", "@critere(\"I\") @libelle(\"I\") @rubrique(\"R\") @points(1)", "Dossier( )",
                "if (System.getenv(\"HOME\") != null) { System.exit(1); }"));

        assertEquals(List.of("12 Piège S011 conséquence « new ProcessBuilder(\"id\").start() »",
                "20 Exec S011 conséquence « Runtime.getRuntime().exec(\"id\") »",
                "28 Reflexion S011 conséquence « note.retenir(kcontext, 1, $d.getClass().getName()) »",
                "36 Fil S011 conséquence « new Thread(() -> { }).start() »",
                "44 Moteur S011 conséquence « kcontext.getKieRuntime().setGlobal(\"note\", null) »",
                "52 Sortie S011 conséquence « if ((System.getenv(\"HOME\") != null)) { System.exit(1); } »"), constats(dir));
    }

    @Test
    void aConsequenceThatClosesItsBlockToDeclareCodeIsRefused(@TempDir Path dir) {
        pack(dir, "bloc", SIREN_NCA, consequence("} static { System.exit(1); } void x() {"));

        Constat c = refuse(dir, CodeConstat.S011);

        assertEquals("Piège", c.regle());
        assertTrue(c.message().startsWith("la conséquence sort de son bloc"), c.message());
    }

    @Test
    void mvelReflectionInAConsequenceIsRefused(@TempDir Path dir) {
        // MVEL reads getDeclaringClass() as .declaringClass, navigates null-safely with .? and reads ["name"]
        pack(dir, "mvel", SIREN_NCA, regle("Piège", "@critere(\"P\") @libelle(\"P\") @rubrique(\"R\") @points(1)\n"
                + "    dialect \"mvel\"", "$d : Dossier( )", "Object c = $d.tauxEffort.?declaringClass.classLoader;"));

        assertEquals(List.of("9 Piège S011 attribut « dialect mvel »", "13 Piège S011 conséquence illisible comme du Java"),
                constats(dir).stream().map(s -> s.contains(" »") ? s.substring(0, s.indexOf(" »") + 2)
                        : s.substring(0, s.indexOf(" Java") + 5)).toList());
    }

    // ------------------------------------------------------------------------------ metadata and hidden writing

    @Test
    void metadataThatDroolsWouldEvaluateWhileCompilingIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        // Drools evaluates an unquoted metadata value with MVEL while compiling: checking after compiling is too late
        pack(dir, "metadonnee", SIREN_NCA, regle("Piège", "@critere(\"P\") @libelle(\"P\") @rubrique(\"R\")"
                + " @points(java.lang.System.setProperty(\"cotation.test.mvel\", \"exécuté\"))", "Dossier( )",
                "note.retenir(kcontext, 1, \"x\");"));

        Constat c = refuse(dir, CodeConstat.S003);

        assertEquals(8, c.ligne());
        assertEquals("Piège", c.regle());
        assertTrue(c.message().startsWith("valeur de @points(...) refusée : Drools évalue avec MVEL, en compilant,"),
                c.message());
        assertNull(System.getProperty("cotation.test.mvel"), "la métadonnée n'a pas été évaluée");
    }

    @Test
    void anUnquotedMetadataValueIsRefusedWithAMessageThatSaysHowToWriteIt(@TempDir Path dir) {
        pack(dir, "guillemets", SIREN_NCA, regle("Sans guillemets", "@critere(SANS_GUILLEMETS) @libelle(\"L\")"
                + " @rubrique(\"R\") @points(-1.5)", "Dossier( )", "note.retenir(kcontext);"));

        assertTrue(refuse(dir, CodeConstat.S003).message().startsWith("valeur de @critere(...) refusée : Drools évalue"
                + " avec MVEL, en compilant, une valeur de métadonnée qui n'est pas un littéral ; écrire une chaîne entre"
                + " guillemets ou un nombre, par exemple @critere(\"...\")"));
        assertEquals(1, Moteurs.depuis(dir).problemesPacks().size(), "@points(-1.5) is a literal");
    }

    @Test
    void aUnicodeEscapeIsRefusedEvenInAComment(@TempDir Path dir) {
        // Java decodes a backslash-u escape of a newline before lexing: the end of the comment would run as code
        pack(dir, "echappement", SIREN_NCA, consequence("// rien \\u000a System.exit(0);"));

        Constat c = refuse(dir, CodeConstat.S009);

        assertEquals(12, c.ligne());
        assertEquals("Piège", c.regle());
        assertTrue(c.message().startsWith("échappement Unicode « \\u000a » refusé"), c.message());
    }

    @Test
    void anInvisibleCharacterIsRefused(@TempDir Path dir) {
        // U+202E reverses the display of what follows: the screen and the compiler would not read the same text
        pack(dir, "invisible", SIREN_NCA, consequence("/* \u202e } */"));

        Constat c = refuse(dir, CodeConstat.S009);

        assertEquals(12, c.ligne());
        assertTrue(c.message().startsWith("caractère invisible ou de contrôle U+202E refusé"), c.message());
    }

    // ------------------------------------------------------------------------------ what a grille needs loads

    @Test
    void whatAGrilleNeedsLoadsFromAnUntrustedDirectoryAndScores(@TempDir Path dir) {
        pack(dir, "permis", SIREN_NCA, "salience 0\n\n"
                + regle("Ancienneté", "@critere(\"A\") @libelle(\"Ancienneté\") @rubrique(\"R\") @parMois(1)",
                "$d : Dossier( $mois : ancienneteMois > 0, tauxEffort == null || tauxEffort < 45.5 )",
                "note.parMois(kcontext, $mois, 1, 24);")
                + regle("Pas de refus", "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\") @points(2)",
                "$d : Dossier( )\n    not Refus( !motifLegitime )\n    exists Commune( code in (\"06088\", \"06027\") )",
                "note.retenir(kcontext, Math.min(2, $d.getAncienneteMois() / 10.0 + 1), \"sans refus : \" + $d.getAncienneteMois());"));

        CotationEngine e = Moteurs.depuis(dir);

        assertEquals(List.of(), e.problemesPacks());
        Cotation nice = commune(e.coter(Demandes.pour(NICE).deposeeLe(EVALUATION.minusMonths(10)).build(), EVALUATION), NICE);
        points("12", nice.total()); // 10 months + min(2, 2)
    }

    @Test
    void aPackUsingFunctionsDeclaredTypesAndJavaTypesNeedsATrustedDirectory(@TempDir Path dir) {
        pack(dir, "java", SIREN_NCA, """
                import java.math.BigDecimal;
                import java.time.*;

                function double arrondi(double x) {
                    return new BigDecimal(String.valueOf(x)).setScale(0, java.math.RoundingMode.HALF_UP).doubleValue();
                }

                declare Palier
                    seuil : int
                end

                """ + regle("Ancienneté", "@critere(\"A\") @libelle(\"Ancienneté\") @rubrique(\"R\")",
                "$d : Dossier( $mois : ancienneteMois > 0 )",
                "int annees = Period.ofMonths($mois).normalized().getYears(); "
                        + "note.retenir(kcontext, arrondi(Math.min(annees * 1.5, 12)), String.format(\"%d an(s)\", annees)); "
                        + "insert(new Palier(annees));"));

        assertEquals(List.of("7 null S001 import java.math.BigDecimal", "8 null S001 import java.time.*",
                "10 null S011 fonction « arrondi »", "14 null S011 declare Palier",
                "23 Ancienneté S011 conséquence « int annees = Period.ofMonths($mois).normalized().getYears(); »",
                "23 Ancienneté S011 conséquence « note.retenir(kcontext, arrondi(Math.min((annees * 1.5), 12)), String.format(\"%d an(s)\", annees)) »",
                "23 Ancienneté S011 conséquence « insert(new Palier(annees)) »"), constats(dir));

        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).build();
        assertEquals(List.of(), e.problemesPacks());
        Cotation nice = commune(e.coter(Demandes.pour(NICE).deposeeLe(EVALUATION.minusMonths(30)).build(), EVALUATION), NICE);
        points("3", nice.total()); // 2 years × 1.5
    }

    @Test
    void aTrustedDirectoryLoadsAnUnsafePackAndLogsAWarningNamingIt(@TempDir Path dir) {
        pack(dir, "confiance", SIREN_NCA, consequence("if (System.getenv(\"COTATION_INEXISTANTE\") != null) { }"));
        PrintStream err = System.err;
        ByteArrayOutputStream journal = new ByteArrayOutputStream();
        CotationEngine e;
        System.setErr(new PrintStream(journal, true, StandardCharsets.UTF_8));
        try {
            e = Moteurs.builder().trustedPackDirectory(dir).build();
        } finally {
            System.setErr(err);
        }

        assertEquals(List.of(), e.problemesPacks());
        assertEquals(List.of("confiance"), e.packs().stream().map(p -> p.id()).toList());
        points("1", commune(e.coter(Demandes.pour(NICE).build(), EVALUATION), NICE).total());
        String log = journal.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("WARN") && log.contains("SANS vérification de sûreté depuis " + dir), log);
        // the compliance check still says what the pack does
        Conformite c = e.conformite("confiance", "1").orElseThrow();
        assertFalse(c.conforme());
        assertEquals(List.of(CodeConstat.S003, CodeConstat.S005),
                c.erreurs().stream().map(Constat::code).filter(CodeConstat::surete).toList());
    }

    @Test
    void anUnsafeBaseInADirectoryRefusesThePacksThatExtendIt(@TempDir Path dir) {
        packDecrit(dir, "socle", "version: \"1\"\nenVigueurDu: 2020-01-01\n", consequence("System.exit(0);"));
        packDecrit(dir, "local", "epci: \"" + SIREN_NCA + "\"\nbase: socle\nversion: \"1\"\nenVigueurDu: 2020-01-01\n",
                regle("Toujours", "T", "Dossier( )"));

        Constat c = refuse(dir, CodeConstat.S011);

        assertEquals("socle", c.pack(), "the finding is in the base's file");
        assertEquals("socle/regles.drl", c.fichier());
        assertEquals("local", Moteurs.depuis(dir).problemesPacks().get(0).pack(), "the refused pack is the territorial one");
    }

    @Test
    void classpathPacksAreTrustedCodeAndOnlyTheComplianceCheckReportsThem(@TempDir Path dir) throws IOException {
        // a jar or folder on the class path can hold any class: checking its DRL at load would protect nothing
        pack(dir.resolve("cotation"), "cp", SIREN_NCA, consequence("if (System.getenv(\"COTATION_INEXISTANTE\") != null) { }"));
        Files.createDirectories(dir.resolve("META-INF/cotation"));
        Files.writeString(dir.resolve("META-INF/cotation/packs"), "cotation/cp/pack.yaml\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            CotationEngine e = CotationEngine.builder().classLoader(loader).referentiel(Registre.referentiel()).build();

            assertEquals(List.of(), e.problemesPacks());
            assertEquals(List.of(CodeConstat.S003, CodeConstat.S005), e.conformite("cp", "1").orElseThrow().erreurs()
                    .stream().map(Constat::code).filter(CodeConstat::surete).toList());
        }
    }
}
