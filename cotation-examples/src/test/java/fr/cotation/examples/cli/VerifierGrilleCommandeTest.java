package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static fr.cotation.examples.cli.CoterCommandeTest.sansTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cotation verifier} and {@code cotation grille} through the tool's entry point, on a test pack for the CC du
 * Pays des Paillons (an EPCI no embedded pack covers) extending {@code paca-base}, copied and then broken.
 */
class VerifierGrilleCommandeTest {
    private static final String DRL = "pays-des-paillons/regles/criteres-locaux.drl";
    private static final String SCENARIOS = "pays-des-paillons/scenarios/paillons.yaml";
    private static final String EMBARQUES = "../cotation-rules-paca/src/main/resources/cotation/packs/";

    @TempDir
    Path tmp;

    /** A copy of the test pack in {@code tmp/nom}. */
    private Path pack(String nom) throws IOException {
        return copier(Path.of(fixture("cli/packs")), tmp.resolve(nom));
    }

    static Path copier(Path source, Path cible) throws IOException {
        try (Stream<Path> w = Files.walk(source)) {
            for (Path p : w.toList()) {
                Path c = cible.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(c);
                } else {
                    Files.copy(p, c);
                }
            }
        }
        return cible;
    }

    static void remplacer(Path fichier, String avant, String apres) {
        try {
            String t = Files.readString(fichier, StandardCharsets.UTF_8);
            assertTrue(t.contains(avant), avant);
            Files.writeString(fichier, t.replace(avant, apres), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What paca-base itself reports to every pack that extends it (issue 16): 9 warnings whose justification the base
     * writes (DALO and seven categories under the local part, the separation bonus) and 3 need-based uses of a
     * protected ground (single parent, expected birth, health).
     */
    private static final String AVERTISSEMENTS_DU_SOCLE = "9 avertissement(s), 3 information(s)";

    /** The output without the lines paca-base reports to every pack that extends it. */
    private static List<String> sansLeSocle(Lancement.Resultat r) {
        return r.out().lines().filter(l -> !l.startsWith("paca-base/")).toList();
    }

    /** The five lines of the summary (the local shares of the notes, one line per pack, are tested apart). */
    private static List<String> resume(Lancement.Resultat r) {
        List<String> l = r.out().lines().filter(x -> !x.startsWith("part des critères locaux dans la note : ")).toList();
        return l.subList(l.size() - 5, l.size());
    }

    // ---- verify

    @Test
    void a_good_pack_passes_with_its_scenario_and_the_fairness_suite() throws IOException {
        Path d = pack("bon");
        var r = cotation("verifier", d.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals(List.of(
                "--- vérification de " + d,
                "packs : 1 chargé(s), 0 refusé(s)",
                "conformité : 0 erreur(s), " + AVERTISSEMENTS_DU_SOCLE,
                "scénarios : 1 réussi(s), 0 en échec (1 fichier(s))",
                "suite d'équité : 7 propriété(s) vérifiée(s), 0 en échec (1 pack(s), 200 demandes par pack, graine 0)",
                "part des critères locaux dans la note : pays-des-paillons : ménage prioritaire médian 33\u202f% (22 sur 67 "
                        + "pts), ménage non prioritaire médian 100\u202f% (24 sur 24 pts)",
                "vérification réussie"), sansLeSocle(r));
        assertEquals("", r.err());
    }

    @Test
    void a_non_monotone_ancienneté_band_fails_the_fairness_suite_with_the_shrunk_demande_and_exit_code_1()
            throws IOException {
        Path d = pack("bande");
        Files.writeString(d.resolve(DRL), """

                rule "Demande d'un an"
                    @critere("CCPP_UN_AN") @libelle("Demande de 12 à 23 mois")
                    @rubrique("SITUATIONS_LOCALES") @reference("art. R.441-2-10 CCH (pack d'essai)") @points(20)
                when
                    Dossier( ancienneteMois >= 12, ancienneteMois < 24 )
                then
                    note.retenir(kcontext);
                end
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path rapports = tmp.resolve("rapports");
        var r = cotation("verifier", "--cas", "100", "--graine", "5", "--rapport", rapports.toString(), d.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        List<String> lignes = r.out().lines().toList();
        String echec = lignes.stream().filter(l -> l.contains(": équité : ")).findFirst().orElseThrow(() -> new AssertionError(r.toString()));
        assertTrue(echec.startsWith(d.resolve("pays-des-paillons/pack.yaml") + ": équité : 3. Monotonie : ÉCHEC (100 "
                + "cas, "), echec);
        assertTrue(echec.contains("contre-exemple : graine 5, demande "), echec);
        assertTrue(echec.contains("monotonie/anciennete : déposée "), echec);
        assertTrue(echec.contains("CCPP_UN_AN 20 → 0)"), echec);
        assertTrue(echec.endsWith(" [pack pays-des-paillons]"), echec);
        assertEquals("demande réduite :", lignes.get(lignes.indexOf(echec) + 1));
        assertEquals("{", lignes.get(lignes.indexOf(echec) + 2));
        assertEquals(List.of("suite d'équité : 6 propriété(s) vérifiée(s), 1 en échec (1 pack(s), 100 demandes par pack, "
                + "graine 5)", "vérification en échec (code 1)"), resume(r).subList(3, 5));
        String md = Files.readString(rapports.resolve("pays-des-paillons.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("| 3. Monotonie | **en échec** | 100 |"), md);
        assertTrue(Files.readString(rapports.resolve("pays-des-paillons.html"), StandardCharsets.UTF_8)
                .startsWith("<!DOCTYPE html>"));
    }

    /** Issue 16: the grille that discriminates by proxy and starves the priorities fails, one line per problem. */
    @Test
    void a_grille_that_discriminates_by_proxy_or_starves_the_priorities_fails_with_one_line_per_problem()
            throws IOException {
        Path d = copier(Path.of(fixture("cli/discriminante")), tmp.resolve("discriminante"));
        var r = cotation("verifier", "--cas", "0", d.toString());

        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        String drl = d.resolve("pays-des-paillons/regles/locaux.drl").toString();
        List<String> erreurs = r.out().lines().filter(l -> l.contains(": ERREUR ")).map(l -> l.substring(0,
                l.indexOf(": ", l.indexOf(": ERREUR ") + 9))).toList();
        assertEquals(List.of(
                drl + ":7: règle \"DALO réduit\"".replace(":7:", ":39:") + ": ERREUR C024",
                drl + ":47: règle \"Handicap réduit\": ERREUR C024",
                drl + ":10: règle \"Sans regroupement familial\": ERREUR C020",
                drl + ":18: règle \"Regroupement familial\": ERREUR C020",
                drl + ":26: règle \"Couple\": ERREUR C021",
                drl + ":34: règle \"Naissance attendue\": ERREUR C020").stream().sorted().toList(),
                erreurs.stream().sorted().toList(), r.out());
        assertTrue(resume(r).get(1).startsWith("conformité : 6 erreur(s)"), r.out());
    }

    /**
     * Issue 16, item 3: over the stock, the expected-birth malus (C020, made heavier) keeps those households out of the
     * best notes:
     * an error that fails verify even for a draft grille, whose compliance errors are only "à régler"; the couple
     * bonus (C021) keeps single households out: a warning.
     */
    @Test
    void a_gap_driven_by_a_criterion_unfavourable_to_a_protected_ground_is_an_error_even_for_a_draft()
            throws IOException {
        Path d = copier(Path.of(fixture("cli/discriminante")), tmp.resolve("discriminante-projet"));
        remplacer(d.resolve("pays-des-paillons/pack.yaml"), "statut: modele", "statut: projet");
        // a variation an auditor would try: on the regional base's larger notes, a heavier malus
        remplacer(d.resolve("pays-des-paillons/regles/locaux.drl"), "@points(-15)", "@points(-60)");
        var r = cotation("verifier", "--cas", "2000", d.toString());

        String pack = d.resolve("pays-des-paillons/pack.yaml").toString();
        List<String> disparites = r.out().lines().filter(l -> l.contains("disparité : ")).toList();
        assertTrue(disparites.stream().anyMatch(l -> l.startsWith(pack + ": équité : ERREUR disparité : naissance "
                + "attendue « oui »") && l.contains("critères en cause : NAISSANCE (") && l.contains("; NAISSANCE "
                + "défavorise un motif protégé (C020")), r.out());
        assertTrue(disparites.stream().anyMatch(l -> l.startsWith(pack + ": équité : AVERTISSEMENT disparité : "
                + "situation de famille") && l.contains("COUPLE (") && !l.contains("C020")), r.out());
        assertTrue(resume(r).get(1).contains("erreur(s) d'une grille en projet"), r.out());
        assertTrue(resume(r).get(3).contains(" dont 1 en erreur"), r.out());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
    }

    /** Issue 16, item 2: the summary gives, per pack, the local share of the median households' note. */
    @Test
    void the_summary_gives_the_local_share_of_the_median_households_note() throws IOException {
        Path d = pack("part-locale");
        var r = cotation("verifier", "--cas", "200", d.toString());

        List<String> l = r.out().lines().toList();
        List<String> apres = l.subList(l.indexOf(l.stream().filter(x -> x.startsWith("--- vérification")).findFirst()
                .orElseThrow()), l.size());
        String part = apres.stream().filter(x -> x.startsWith("part des critères locaux dans la note : "))
                .findFirst().orElseThrow(() -> new AssertionError(r.out()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("part des critères locaux dans la note : "
                + "pays-des-paillons : ménage prioritaire médian (\\d+)\u202f% \\((\\d+) sur (\\d+) pts\\), "
                + "ménage non prioritaire médian (\\d+)\u202f% \\((\\d+) sur (\\d+) pts\\)").matcher(part);
        assertTrue(m.matches(), part);
        for (int g = 1; g <= 4; g += 3) {
            assertEquals(Math.round(100.0 * Integer.parseInt(m.group(g + 1)) / Integer.parseInt(m.group(g + 2))),
                    Integer.parseInt(m.group(g)), part);
        }
        assertTrue(Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(4)), "priorities weigh: " + part);
    }

    /** A property applied to fewer than 30 demandes is not conclusive: exit code 5, never "vérifiée". */
    @Test
    void too_few_cases_make_the_fairness_suite_not_conclusive_with_exit_code_5() throws IOException {
        Path d = pack("peu");
        var r = cotation("verifier", "--cas", "10", d.toString());

        assertEquals(CodeSortie.NON_CONCLUANT, r.code(), r.toString());
        assertTrue(r.out().contains("NON CONCLUANTE (10 cas"), r.out());
        assertTrue(resume(r).get(3).contains("7 non concluante(s)"), r.out());
        assertEquals("vérification en échec (code 5)", resume(r).get(4));
    }

    @Test
    void no_fairness_suite_with_zero_cases_and_a_negative_number_is_a_usage_error() throws IOException {
        Path d = pack("rapide");
        var r = cotation("verifier", "--cas", "0", d.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals("suite d'équité : non exécutée (--cas 0)", resume(r).get(3));
        var n = cotation("verifier", "--cas", "-1", d.toString());
        assertEquals(CodeSortie.USAGE, n.code(), n.toString());
        assertEquals("--cas : nombre de demandes négatif : -1\n", n.err());
    }

    @Test
    void a_broken_descriptor_a_misspelled_property_and_a_missing_end_come_in_one_run() throws IOException {
        Path d = pack("trois");
        Path yaml = d.resolve("pays-des-paillons/pack.yaml");
        remplacer(yaml, "    - regles/criteres-locaux.drl", "    - regles/criteres-locaux.drl\n    - regles/autre.drl");
        Files.writeString(yaml, Files.readString(yaml) + "communnes: [\"06044\"]\n");
        remplacer(d.resolve(DRL), "Situation( code == \"SINISTRE\" )", "Situation( cod == \"SINISTRE\" )");
        Files.writeString(d.resolve("pays-des-paillons/regles/autre.drl"), """
                package fr.cotation.essai.paillons;

                import fr.cotation.regles.*;

                global fr.cotation.regles.Note note;

                rule "Sans fin"
                    @critere("CCPP_FIN") @libelle("Sans fin") @rubrique("SITUATIONS_LOCALES") @points(1)
                    @reference("art. R.441-2-10 CCH (pack d'essai)")
                when
                    Situation( code == "HANDICAP" )
                then
                    note.retenir(kcontext);

                rule "Suivante"
                    @critere("CCPP_SUIVANTE") @libelle("Suivante") @rubrique("SITUATIONS_LOCALES") @points(1)
                    @reference("art. R.441-2-10 CCH (pack d'essai)")
                when
                    Situation( code == "DALO" )
                then
                    note.retenir(kcontext);
                end
                """);
        var r = cotation("verifier", d.toString());
        assertEquals(CodeSortie.PACKS, r.code(), r.toString());
        List<String> lignes = r.out().lines().toList();
        assertTrue(lignes.stream().anyMatch(l -> l.startsWith(yaml + ":18: clé inconnue `communnes`")), r.out());
        assertTrue(lignes.stream().anyMatch(l -> l.startsWith(d.resolve(DRL) + ":12: règle \"Victime d'un sinistre\"")
                && l.contains("`cod` n'existe pas sur Situation")), r.out());
        assertTrue(lignes.stream().anyMatch(l -> l.startsWith(d.resolve("pays-des-paillons/regles/autre.drl") + ":21: ")
                && l.contains("syntaxe DRL")), r.out());
        sansTrace(r);
    }

    @Test
    void a_syntax_error_is_one_line_with_file_line_and_rule_and_exit_code_4() throws IOException {
        Path d = pack("syntaxe");
        remplacer(d.resolve(DRL), "code == \"SINISTRE\" )", "code == \"SINISTRE\" ");
        var r = cotation("verifier", d.toString());
        assertEquals(CodeSortie.PACKS, r.code(), r.toString());
        String premiere = r.out().lines().findFirst().orElseThrow();
        assertTrue(premiere.startsWith(d.resolve(DRL) + ":13: règle \"Victime d'un sinistre\": [ERR 102]"), premiere);
        assertTrue(premiere.endsWith("[pack pays-des-paillons]"), premiere);
        assertTrue(r.out().contains(d.resolve(SCENARIOS) + ":4: scénario \"Locataire du privé à Contes\": non joué : "
                + "le pack pays-des-paillons ne se charge pas\n"), r.out());
        assertEquals(List.of("packs : 0 chargé(s), 1 refusé(s) ; 1 problème(s) de chargement",
                "conformité : 0 erreur(s), 0 avertissement(s)",
                "scénarios : 0 réussi(s), 0 en échec, 1 non joué(s) (1 fichier(s))",
                "suite d'équité : non exécutée (aucun pack chargé)",
                "vérification en échec (code 4)"), resume(r));
        sansTrace(r);
    }

    @Test
    void an_unjustified_age_criterion_fails_the_compliance_check_with_exit_code_1() throws IOException {
        Path d = pack("conformite");
        Files.writeString(d.resolve(DRL), """

                rule "Jeune demandeur"
                    @critere("CCPP_JEUNE") @libelle("Demandeur de moins de 30 ans")
                    @rubrique("SITUATIONS_LOCALES") @reference("art. R.441-2-10 CCH (pack d'essai)") @points(10)
                when
                    Dossier( ageDemandeur < 30 )
                then
                    note.retenir(kcontext);
                end
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        var r = cotation("verifier", d.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertTrue(r.out().startsWith(d.resolve(DRL) + ":17: règle \"Jeune demandeur\": ERREUR C005: critère CCPP_JEUNE "
                + "fondé sur l'âge (ageDemandeur) sans justification écrite"), r.out());
        assertTrue(r.out().contains(d.resolve(DRL) + ":17: règle \"Jeune demandeur\": AVERTISSEMENT C004: "), r.out());
        assertEquals("conformité : 1 erreur(s), 10 avertissement(s), 3 information(s)", resume(r).get(1));
        assertEquals("scénarios : 1 réussi(s), 0 en échec (1 fichier(s))", resume(r).get(2));
        assertEquals("vérification en échec (code 1)", resume(r).get(4));
    }

    @Test
    void a_failing_scenario_is_one_line_with_its_differences_and_exit_code_1() throws IOException {
        Path d = pack("scenario");
        remplacer(d.resolve(SCENARIOS), "total: 18", "total: 20");
        remplacer(d.resolve(SCENARIOS), "ANCIENNETE: 9}", "ANCIENNETE: 11}");
        var r = cotation("verifier", d.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertEquals(d.resolve(SCENARIOS) + ":4: scénario \"Locataire du privé à Contes\": total : attendu 20, obtenu 18 ; "
                + "ANCIENNETE : attendu 11, obtenu 9", sansLeSocle(r).get(0));
        assertEquals("scénarios : 0 réussi(s), 1 en échec (1 fichier(s))", resume(r).get(2));
    }

    @Test
    void an_unsafe_import_is_refused_unless_trusted_and_then_still_a_compliance_error() throws IOException {
        Path d = pack("io");
        remplacer(d.resolve(DRL), "import fr.cotation.regles.*;", "import fr.cotation.regles.*;\nimport java.io.File;");
        var r = cotation("verifier", d.toString());
        assertEquals(CodeSortie.PACKS, r.code(), r.toString());
        assertTrue(r.out().startsWith(d.resolve(DRL) + ":5: [S001] import java.io.File refusé : seul le vocabulaire"
                + " des règles s'importe"), r.out());
        assertEquals("packs : 0 chargé(s), 1 refusé(s) ; 1 problème(s) de chargement", resume(r).get(0));

        var confiance = cotation("verifier", "--confiance", d.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, confiance.code(), confiance.toString());
        assertTrue(confiance.out().startsWith(d.resolve(DRL) + ":5: ERREUR S001: import java.io.File refusé"),
                confiance.out());
        assertTrue(confiance.out().contains("--- vérification de " + d + " (--confiance : sans vérification de sûreté au "
                + "chargement)\npacks : 1 chargé(s), 0 refusé(s)\n"), confiance.out());
        assertTrue(confiance.err().startsWith("packs chargés SANS vérification de sûreté depuis " + d + " (--confiance)"),
                confiance.err());
    }

    @Test
    void a_copy_of_an_embedded_pack_is_verified_as_it_is_with_a_note() throws IOException {
        Path d = copier(Path.of(EMBARQUES, "sophia-antipolis"), tmp.resolve("copie/sophia-antipolis"));
        var r = cotation("verifier", d.getParent().toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertEquals("scénarios : 8 réussi(s), 0 en échec (1 fichier(s))", resume(r).get(2));
        assertEquals(List.of(d.resolve("pack.yaml") + ": note : vérifié à la place du pack embarqué sophia-antipolis "
                + "2022.1 (même id ou même EPCI) ; avec coter --packs, les deux seraient en conflit"), r.lignesErr());
    }

    @Test
    void a_folder_without_packs_is_exit_code_4_and_a_missing_folder_argument_is_usage() {
        var r = cotation("verifier", tmp.toString());
        assertEquals(CodeSortie.PACKS, r.code(), r.toString());
        assertTrue(r.err().startsWith(tmp + ": aucun descripteur pack.yaml"), r.err());
        var u = cotation("verifier");
        assertEquals(CodeSortie.USAGE, u.code(), u.toString());
        sansTrace(u);
    }

    // ---- grille

    @Test
    void grille_of_a_copied_embedded_pack_is_the_committed_published_page() throws IOException {
        Path d = copier(Path.of(EMBARQUES, "sophia-antipolis"), tmp.resolve("copie/sophia-antipolis"));
        var md = cotation("grille", d.getParent().toString());
        assertEquals(CodeSortie.OK, md.code(), md.toString());
        assertEquals(Files.readString(Path.of("../cotation-rules-paca/docs/grilles/sophia-antipolis.md")), md.out());
        var html = cotation("grille", "--format", "html", "--pack", "sophia-antipolis", d.getParent().toString());
        assertEquals(Files.readString(Path.of("../cotation-rules-paca/docs/grilles/sophia-antipolis.html")), html.out());
    }

    @Test
    void grille_of_the_test_pack_shows_its_local_criterion_and_several_packs_need_an_output_folder() throws IOException {
        Path d = pack("deux");
        copier(Path.of(EMBARQUES, "sophia-antipolis"), d.resolve("sophia-antipolis"));
        var plusieurs = cotation("grille", d.toString());
        assertEquals(CodeSortie.USAGE, plusieurs.code(), plusieurs.toString());
        assertEquals(List.of("cotation grille : 2 packs dans " + d + " (pays-des-paillons 2025.1, sophia-antipolis 2022.1) : "
                + "nommez-en un avec --pack ou écrivez-les dans un dossier avec --sortie DOSSIER"), plusieurs.lignesErr());

        Path sortie = tmp.resolve("grilles");
        var r = cotation("grille", "--format", "html", "--sortie", sortie.toString(), d.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertTrue(Files.readString(sortie.resolve("pays-des-paillons.html")).contains("CCPP_SINISTRE")
                || Files.readString(sortie.resolve("pays-des-paillons.html")).contains("Victime d'une catastrophe"));
        assertTrue(Files.readString(sortie.resolve("sophia-antipolis.html")).startsWith("<!DOCTYPE html>"));

        Path fichier = tmp.resolve("paillons.md");
        var un = cotation("grille", "--pack", "pays-des-paillons", "--version-grille", "2025.1", "-o", fichier.toString(),
                d.toString());
        assertEquals(CodeSortie.OK, un.code(), un.toString());
        assertEquals(List.of(fichier + ": grille pays-des-paillons 2025.1 écrite"), un.lignesErr());
        assertTrue(Files.readString(fichier).startsWith("# Grille de cotation — CC du Pays des Paillons\n"));

        var absent = cotation("grille", "--pack", "nice-cote-azur", d.toString());
        assertEquals(CodeSortie.USAGE, absent.code(), absent.toString());
        assertEquals(List.of("cotation grille : aucun pack nice-cote-azur dans " + d + " (packs du dossier : "
                + "pays-des-paillons 2025.1, sophia-antipolis 2022.1)"), absent.lignesErr());
    }

    @Test
    void grille_of_a_pack_that_does_not_load_is_exit_code_4() throws IOException {
        Path d = pack("syntaxe");
        remplacer(d.resolve(DRL), "code == \"SINISTRE\" )", "code == \"SINISTRE\" ");
        var r = cotation("grille", d.toString());
        assertEquals(CodeSortie.PACKS, r.code(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.lignesErr().get(0).startsWith(d.resolve(DRL) + ":13: règle \"Victime d'un sinistre\":"), r.err());
        assertEquals(d.resolve("pays-des-paillons/pack.yaml") + ": le pack pays-des-paillons 2025.1 ne se charge pas : "
                + "pas de grille publiée", r.lignesErr().get(1));
        sansTrace(r);
        var f = cotation("grille", "--format", "pdf", d.toString());
        assertEquals(CodeSortie.USAGE, f.code());
        assertEquals(List.of("cotation grille : --format : format de grille inconnu « pdf » (possibles : md, html) "
                + "(aide : cotation grille --help)"), f.lignesErr());
        assertFalse(f.err().contains("Exception"));
    }
}
