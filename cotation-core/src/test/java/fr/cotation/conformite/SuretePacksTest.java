package fr.cotation.conformite;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.PackProblem;
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
 * A pack loaded from a directory is checked before it is compiled (Drools has no sandbox, and evaluates metadata with
 * MVEL while compiling): each construct that reaches outside the rule vocabulary refuses the pack with its finding,
 * located by file, line and rule. Packs are written by {@link PackEcrit}: the first rule starts at line 7, its
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
        PackProblem p = e.problems().stream().filter(x -> x.constat() != null && x.constat().code() == code).findFirst()
                .orElseGet(() -> fail("pas de constat " + code + " : " + e.problems()));
        assertEquals(p.constat().fichier(), p.fichier());
        assertEquals(p.constat().ligne(), p.ligne());
        assertEquals(p.constat().regle(), p.regle());
        assertEquals(Gravite.ERREUR, p.constat().gravite());
        assertTrue(p.toString().contains("[" + code + "] "), p.toString());
        assertTrue(e.problems().stream().allMatch(x -> x.constat() != null && x.constat().code().surete()),
                () -> "refusé avant toute compilation : " + e.problems());
        return p.constat();
    }

    @Test
    void aJavaIoImportIsRefused(@TempDir Path dir) {
        pack(dir, "io", SIREN_NCA, "import java.io.File;\n\n" + regle("Toujours", "T", "Dossier( )"));

        Constat c = refuse(dir, CodeConstat.S001);

        assertEquals("io/regles.drl", c.fichier());
        assertEquals(7, c.ligne());
        assertNull(c.regle());
        assertEquals("io", c.pack());
        assertTrue(c.message().startsWith("import java.io.File refusé (fichiers et entrées-sorties)"), c.message());
    }

    @Test
    void aFullyQualifiedNioFilesCallInAConsequenceIsRefused(@TempDir Path dir) {
        pack(dir, "nio", SIREN_NCA, consequence("java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));"));

        Constat c = refuse(dir, CodeConstat.S003);

        assertEquals(12, c.ligne());
        assertEquals("Piège", c.regle());
        assertTrue(c.message().startsWith("classe java.nio.file.Files refusée (fichiers et entrées-sorties)"), c.message());
    }

    @Test
    void reflectionIsRefused(@TempDir Path dir) {
        pack(dir, "reflexion", SIREN_NCA, consequence("$d.getClass().getMethod(\"getAgeDemandeur\").invoke($d);"));

        Constat c = refuse(dir, CodeConstat.S004);

        assertEquals(12, c.ligne());
        assertEquals("getClass() refusé : réflexion ou chargement de classes", c.message());
    }

    @Test
    void reflectionThroughMvelPropertiesNullSafeNavigationOrBracketsIsRefused(@TempDir Path dir) {
        // MVEL reads getDeclaringClass() as .declaringClass, navigates null-safely with .? and reads ["name"]
        pack(dir, "mvel", SIREN_NCA, regle("Piège", "dialect \"mvel\" @critere(\"P\") @libelle(\"P\") @rubrique(\"R\")"
                + " @points(1)", "$d : Dossier( )", "Object c = $d.tauxEffort.?declaringClass.classLoader;"
                + " Object m = $d[\"metaData\"];"));
        CotationEngine e = Moteurs.depuis(dir);

        assertEquals(List.of("declaringClass() refusé", "classLoader() refusé", "accès par nom [\"metaData\"] refusé"),
                e.problems().stream().map(p -> p.message().substring(0, p.message().indexOf(" refusé") + 7)).toList());
        assertTrue(e.problems().stream().allMatch(p -> p.constat().code() == CodeConstat.S004 && p.ligne() == 12));
    }

    @Test
    void aReflectionImportIsRefused(@TempDir Path dir) {
        pack(dir, "reflect", SIREN_NCA, "import java.lang.reflect.Method;\n" + regle("Toujours", "T", "Dossier( )"));

        assertTrue(refuse(dir, CodeConstat.S001).message().startsWith("import java.lang.reflect.Method refusé (réflexion)"));
    }

    @Test
    void classForNameIsRefused(@TempDir Path dir) {
        pack(dir, "forname", SIREN_NCA, consequence("Class.forName(\"java.lang.Runtime\");"));

        Constat c = refuse(dir, CodeConstat.S004);

        assertEquals(12, c.ligne());
        assertEquals("forName() refusé : réflexion ou chargement de classes", c.message());
        assertTrue(refuse(dir, CodeConstat.S003).message().startsWith("classe Class refusée (réflexion et chargement"));
    }

    @Test
    void aThreadIsRefused(@TempDir Path dir) {
        pack(dir, "thread", SIREN_NCA, consequence("new Thread(() -> {}).start();"));

        assertTrue(refuse(dir, CodeConstat.S003).message().startsWith("classe Thread refusée (threads)"));
    }

    @Test
    void processBuilderAndRuntimeExecAreRefused(@TempDir Path dir) {
        pack(dir, "processus", SIREN_NCA, consequence("new ProcessBuilder(\"id\").start();")
                + regle("Exec", "@critere(\"E\") @libelle(\"E\") @rubrique(\"R\") @points(1)", "Dossier( )",
                "Runtime.getRuntime().exec(\"id\");"));
        CotationEngine e = Moteurs.depuis(dir);

        List<String> constats = e.problems().stream().map(p -> p.ligne() + " " + p.regle() + " " + p.constat().code()
                + " " + p.message().substring(0, p.message().indexOf(" refusé"))).toList();

        assertEquals(List.of("12 Piège S003 classe ProcessBuilder", "20 Exec S003 classe Runtime",
                "20 Exec S005 getRuntime()", "20 Exec S005 exec()"), constats);
        assertTrue(e.problems().get(0).message().contains("(lancement de processus)"));
    }

    @Test
    void systemExitAndGetenvAreRefused(@TempDir Path dir) {
        pack(dir, "systeme", SIREN_NCA, consequence("if (System.getenv(\"HOME\") != null) { System.exit(1); }"));

        Constat c = refuse(dir, CodeConstat.S005);

        assertEquals("getenv() refusé : accès au système (JVM, environnement, propriétés, processus, threads)", c.message());
        assertEquals(List.of("getenv()", "exit()"), Moteurs.depuis(dir).problems().stream()
                .filter(p -> p.constat().code() == CodeConstat.S005)
                .map(p -> p.message().substring(0, p.message().indexOf(' '))).toList());
        assertTrue(refuse(dir, CodeConstat.S003).message().startsWith("classe System refusée (accès au système"));
    }

    @Test
    void aGlobalTheEngineDoesNotProvideIsRefused(@TempDir Path dir) {
        pack(dir, "globale", SIREN_NCA, "global java.util.Map cache;\n\n" + regle("Toujours", "T", "Dossier( )"));

        Constat c = refuse(dir, CodeConstat.S002);

        assertEquals(7, c.ligne());
        assertTrue(c.message().startsWith("global java.util.Map cache refusé : le moteur ne fournit que"), c.message());
    }

    @Test
    void aFunctionUsingTheNetworkIsRefused(@TempDir Path dir) {
        pack(dir, "fonction", SIREN_NCA, """
                function String lire(String adresse) {
                    return new java.net.URL(adresse).toString();
                }

                """ + regle("Toujours", "T", "Dossier( )"));

        Constat c = refuse(dir, CodeConstat.S003);

        assertEquals(8, c.ligne());
        assertNull(c.regle());
        assertTrue(c.message().startsWith("fonction « lire » : classe java.net.URL refusée (réseau)"), c.message());
    }

    @Test
    void staticStateIsRefused(@TempDir Path dir) {
        pack(dir, "statique", SIREN_NCA, consequence("class Compteur { static int n; } Compteur.n++;"));
        CotationEngine e = Moteurs.depuis(dir);

        List<String> s006 = e.problems().stream().filter(p -> p.constat().code() == CodeConstat.S006)
                .map(p -> p.message().substring(0, p.message().indexOf(" refusé"))).toList();

        assertEquals(List.of("déclaration de classe locale (« class »)", "« static »",
                "affectation du champ statique Compteur.n"), s006);
        assertEquals(List.of(), e.packs());
    }

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

        assertEquals("valeur de @critere(...) refusée : Drools évalue avec MVEL, en compilant, une valeur de métadonnée"
                + " qui n'est pas un littéral ; écrire une chaîne entre guillemets ou un nombre, par exemple"
                + " @critere(\"...\")", refuse(dir, CodeConstat.S003).message());
        assertEquals(1, Moteurs.depuis(dir).problems().size(), "@points(-1.5) is a literal");
    }

    @Test
    void theRuleEngineInternalsAreRefused(@TempDir Path dir) {
        pack(dir, "moteur", SIREN_NCA, consequence("kcontext.getKieRuntime().setGlobal(\"note\", null);"));

        assertEquals("getKieRuntime() refusé : internes du moteur de règles, partagés entre les cotations",
                refuse(dir, CodeConstat.S007).message());
    }

    @Test
    void theClockIsRefused(@TempDir Path dir) {
        pack(dir, "horloge", SIREN_NCA, "import java.time.*;\n\n"
                + consequence("if (LocalDate.now().getYear() > 2025) { }").replace("\"Piège\"", "\"Horloge\""));

        Constat c = refuse(dir, CodeConstat.S008);

        assertEquals("Horloge", c.regle());
        assertEquals(14, c.ligne());
        assertTrue(c.message().startsWith("now() refusé : la cotation dépend de la seule date d'évaluation"));
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
    void aPackageReservedToTheLibraryIsRefused(@TempDir Path dir) throws IOException {
        Path p = pack(dir, "reserve", SIREN_NCA, regle("Toujours", "T", "Dossier( )"));
        Files.writeString(p.resolve("regles.drl"), Files.readString(p.resolve("regles.drl"))
                .replace("package test.reserve;", "package fr.cotation.internal.engine;"));

        Constat c = refuse(dir, CodeConstat.S010);

        assertEquals(1, c.ligne());
        assertTrue(c.message().startsWith("le paquetage « fr.cotation.internal.engine » est réservé"), c.message());
    }

    @Test
    void aSafePackUsingValueTypesTimeAndMathLoadsAndScores(@TempDir Path dir) {
        pack(dir, "sur", SIREN_NCA, """
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

        CotationEngine e = Moteurs.depuis(dir);

        assertEquals(List.of(), e.problems());
        Cotation nice = commune(e.score(Demandes.pour(NICE).deposeeLe(EVALUATION.minusMonths(30)).build(), EVALUATION), NICE);
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

        assertEquals(List.of(), e.problems());
        assertEquals(List.of("confiance"), e.packs().stream().map(p -> p.id()).toList());
        points("1", commune(e.score(Demandes.pour(NICE).build(), EVALUATION), NICE).total());
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

        Constat c = refuse(dir, CodeConstat.S005);

        assertEquals("socle", c.pack(), "the finding is in the base's file");
        assertEquals("socle/regles.drl", c.fichier());
        assertEquals("local", Moteurs.depuis(dir).problems().get(0).pack(), "the refused pack is the territorial one");
    }

    @Test
    void classpathPacksAreTrustedCodeAndOnlyTheComplianceCheckReportsThem(@TempDir Path dir) throws IOException {
        // a jar or folder on the class path can hold any class: checking its DRL at load would protect nothing
        pack(dir.resolve("cotation"), "cp", SIREN_NCA, consequence("if (System.getenv(\"COTATION_INEXISTANTE\") != null) { }"));
        Files.createDirectories(dir.resolve("META-INF/cotation"));
        Files.writeString(dir.resolve("META-INF/cotation/packs"), "cotation/cp/pack.yaml\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            CotationEngine e = CotationEngine.builder().classLoader(loader).referentiel(Registre.referentiel()).build();

            assertEquals(List.of(), e.problems());
            assertEquals(List.of(CodeConstat.S003, CodeConstat.S005), e.conformite("cp", "1").orElseThrow().erreurs()
                    .stream().map(Constat::code).filter(CodeConstat::surete).toList());
        }
    }
}
