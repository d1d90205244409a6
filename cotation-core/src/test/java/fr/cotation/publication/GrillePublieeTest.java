package fr.cotation.publication;

import fr.cotation.CotationEngine;
import fr.cotation.pack.Grille;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published grille of a small pack written for the purpose: a model with a mutation grille, a rubrique where
 * only the best criterion counts with a cap, per-month points, a capped malus limited in time, computed points
 * with and without {@code @bareme}, and labels that Markdown and HTML must escape; and an adopted pack with one
 * grille.
 */
class GrillePublieeTest {
    @TempDir
    static Path dossier;
    static CotationEngine engine;

    private static final String ENTETE = "package test.%s;\n\nimport fr.cotation.regles.*;\n\nglobal fr.cotation.regles.Note note;\n\n";

    @BeforeAll
    static void packs() throws IOException {
        Path p = Files.createDirectories(dossier.resolve("modele"));
        Files.writeString(p.resolve("pack.yaml"), """
                id: modele
                nom: "Métropole <Test> & Cie"
                epci: "%s"
                version: "2.0"
                statut: modele
                enVigueurDu: 2020-01-01
                enVigueurAu: 2030-12-31
                analogie: TYPOLOGIE_EPCI
                sources: ["Délibération n° 12 | annexe <b>gras</b>"]
                remarque: "Points proposés."
                rubriques:
                  - {code: PRIO, libelle: "Priorités", mode: MEILLEUR, plafond: 30}
                  - {code: ANC, libelle: "Ancienneté", mode: CUMUL}
                  - {code: MALUS, libelle: "Malus", mode: CUMUL}
                  - {code: MUT, libelle: "Mutation", mode: CUMUL}
                grilles:
                  principale: [commun.drl, principale.drl]
                  mutation: [commun.drl, mutation.drl]
                """.formatted(SIREN_NCA));
        Files.writeString(p.resolve("commun.drl"), ENTETE.formatted("commun") + """
                rule "Handicap"
                    @critere("HANDICAP") @libelle("Handicap <script>alert(1)</script> & \\"x\\" | *y*") @rubrique("PRIO")
                    @reference("art. L.441-1 a) CCH") @points(20)
                when
                    Situation( code == "HANDICAP" )
                then
                    note.retenir(kcontext);
                end

                rule "Ancienneté"
                    @critere("ANCIENNETE") @libelle("Ancienneté de la demande") @rubrique("ANC") @parMois(0.5) @plafond(12)
                when
                    Dossier( $m : ancienneteMois, ancienneteMois > 0 )
                then
                    note.parMois(kcontext, $m, 0.5, 12);
                end

                rule "Refus récent"
                    @critere("REFUS") @libelle("Refus sans motif légitime") @rubrique("MALUS") @points(-10) @plafond(30) @dureeMois(12)
                when
                    Refus( !motifLegitime, moisDepuis < 12 )
                then
                    note.retenir(kcontext);
                end
                """);
        Files.writeString(p.resolve("principale.drl"), ENTETE.formatted("principale") + """
                rule "Enfants"
                    @critere("ENFANTS") @libelle("Enfants mineurs") @rubrique("PRIO") @bareme("2 points par enfant, 6 au plus")
                when
                    Dossier( $n : nombreEnfantsMineurs > 0 )
                then
                    note.retenir(kcontext, Math.min(6, 2 * $n), "enfants");
                end

                rule "Calculée"
                    @critere("CALCULEE") @libelle("Reste à vivre") @rubrique("PRIO")
                when
                    Dossier( $r : resteAVivre != null, resteAVivre < 300 )
                then
                    note.retenir(kcontext, 5, "reste à vivre faible");
                end
                """);
        Files.writeString(p.resolve("mutation.drl"), ENTETE.formatted("mutation") + """
                rule "Trop grand"
                    @critere("TROP_GRAND") @libelle("Logement social devenu trop grand") @rubrique("MUT") @points(10)
                when
                    Situation( code == "LOGEMENT_TROP_GRAND" )
                then
                    note.retenir(kcontext);
                end
                """);
        Path a = Files.createDirectories(dossier.resolve("adoptee"));
        Files.writeString(a.resolve("pack.yaml"), """
                id: adoptee
                nom: "CA Adoptée"
                epci: "%s"
                version: "1"
                statut: adoptee
                enVigueurDu: 2022-09-01
                rubriques:
                  - {code: R, libelle: "Situation"}
                grilles:
                  principale: [regles.drl]
                """.formatted(SIREN_CASA));
        Files.writeString(a.resolve("regles.drl"), ENTETE.formatted("adoptee") + """
                rule "Sinistre"
                    @critere("SINISTRE") @libelle("Victime d'un sinistre") @rubrique("R") @points(30)
                when
                    Situation( code == "SINISTRE" )
                then
                    note.retenir(kcontext);
                end
                """);
        engine = Moteurs.depuis(dossier);
        assertEquals(List.of(), engine.problemesPacks());
    }

    private static GrillePubliee modele() {
        return GrillePubliee.de(engine, "modele", "2.0").orElseThrow();
    }

    @Test
    void aModelSaysSoWithItsVersionDatesTerritoryAndSources() {
        String md = modele().markdown();
        assertTrue(md.startsWith("# Grille de cotation — Métropole \\<Test\\> & Cie\n"), md);
        assertTrue(md.contains("> **Attention : modèle proposé par le projet cotation, pas la grille adoptée par l'EPCI.**"), md);
        assertTrue(md.contains("version 2.0 · en vigueur du 1er janvier 2020 au 31 décembre 2030"), md);
        assertTrue(md.contains("EPCI n° SIREN " + SIREN_NCA + ", 3 communes"), md);
        assertTrue(md.contains("Cagnes-sur-Mer (06027), Nice (06088), Saint-Laurent-du-Var (06123)."), md);
        assertTrue(md.contains("même type de logement recherché (T1, T2…) et même territoire"), md);
        assertTrue(md.contains("- Délibération n° 12 \\| annexe \\<b\\>gras\\</b\\>"), md);
        assertTrue(md.contains("**Remarque** : Points proposés."), md);
        assertTrue(md.contains("## Ce que la cotation ne lit jamais"), md);
        assertTrue(md.contains("- la nationalité ;"), md);
    }

    @Test
    void rubriquesShowTheirModeAndCapAndCriteriaTheirPointsCapsDurationsAndComputation() {
        String md = modele().markdown();
        assertTrue(md.contains("### Priorités\n\nSeul le meilleur critère compte : "), md);
        assertTrue(md.contains("Le total de la rubrique est plafonné à 30 points."), md);
        assertTrue(md.contains("### Ancienneté\n\nLes points des critères remplis s'additionnent.\n"), md);
        assertTrue(md.contains("| Ancienneté de la demande | 0,5 par mois | plafonné à 12 points | — | propre au territoire | `ANCIENNETE` |"), md);
        assertTrue(md.contains("| Refus sans motif légitime | −10 chaque fois | 30 points retirés au plus ; ne compte que pendant 12 mois |"), md);
        assertTrue(md.contains("| Enfants mineurs | calculé | calcul : 2 points par enfant, 6 au plus |"), md);
        assertTrue(md.contains("| Reste à vivre | calculé | calcul : voir la règle « Calculée » (modele/principale.drl) |"), md);
        assertTrue(md.contains("- **Refus sans motif légitime** : −10 points chaque fois, 30 points retirés au plus ; ne compte que pendant 12 mois."), md);
    }

    @Test
    void theMutationGrilleHasItsOwnSectionWithWhatItChanges() {
        String md = modele().markdown();
        assertTrue(md.contains("## Grille principale\n\nPour toutes les demandes, sauf les demandes de mutation"), md);
        int mutation = md.indexOf("## Grille de mutation");
        assertTrue(mutation > md.indexOf("## Grille principale"), md);
        String section = md.substring(mutation, md.indexOf("## Ce que la cotation ne lit jamais"));
        assertTrue(section.contains("elle ajoute : Logement social devenu trop grand (10 points) ; elle ne compte pas : "
                + "Reste à vivre ; Enfants mineurs."), section);
        assertTrue(section.contains("Ces rubriques sont les mêmes que dans la grille principale, avec les mêmes critères et "
                + "les mêmes points : Ancienneté ; Malus."), section);
        assertTrue(section.contains("### Priorités (mutation)"), "the rubrique lost criteria: shown again");
        assertTrue(section.contains("| Logement social devenu trop grand | 10 | — |"), section);
    }

    @Test
    void markdownEscapesWhatItMust() {
        String md = modele().markdown();
        assertTrue(md.contains("| Handicap \\<script\\>alert(1)\\</script\\> & \"x\" \\| \\*y\\* | 20 |"), md);
    }

    @Test
    void theHtmlPageIsStandaloneAccessibleAndEscaped() {
        String html = modele().html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
        assertTrue(html.contains("<title>Grille de cotation — Métropole &lt;Test&gt; &amp; Cie</title>"), html);
        assertFalse(html.contains("<script"), "no script, and labels escaped");
        assertFalse(html.contains("<link") || html.contains("src="), "nothing loaded from elsewhere");
        assertTrue(html.contains("<th scope=\"row\">Handicap &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; | *y*</th>"), html);
        assertTrue(html.contains("<caption>Priorités : critères et points</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">Critère</th><th scope=\"col\">Points</th>"), html);
        assertTrue(html.contains("<div class=\"avertissement\" role=\"note\">"), html);
        assertTrue(html.contains("<h2 id=\"grille-de-mutation\">Grille de mutation</h2>"), html);
        assertTrue(html.contains("<li><a href=\"#grille-de-mutation\">Grille de mutation</a></li>"), html);
        equilibre(html);
    }

    @Test
    void anAdoptedGrilleHasNoWarningAndOneGrilleForEveryDemande() {
        GrillePubliee g = GrillePubliee.de(engine, "adoptee", "1").orElseThrow();
        String md = g.markdown();
        assertFalse(md.contains("Attention"), md);
        assertTrue(md.contains("**Statut** : grille adoptée par l'EPCI"), md);
        assertTrue(md.contains("en vigueur depuis le 1er septembre 2022, sans date de fin"), md);
        assertTrue(md.contains("## La grille\n\nLa même grille pour toutes les demandes, y compris les demandes de mutation."), md);
        assertFalse(md.contains("mutation\n"), md);
        assertTrue(md.contains("Antibes (06004), Biot (06018), Vallauris (06155)."), md);
        equilibre(g.html());
    }

    @Test
    void theTextIsDeterministic() {
        CotationEngine autre = Moteurs.depuis(dossier);
        GrillePubliee g = GrillePubliee.de(autre, "modele", "2.0").orElseThrow();
        assertEquals(modele().markdown(), g.markdown());
        assertEquals(modele().html(), g.html());
        assertFalse(g.markdown().contains(String.valueOf(LocalDate.now())), "no date of generation");
    }

    @Test
    void oneGrilleAloneAndMismatchedGrilles() {
        Grille mutation = engine.grille("modele", "2.0", "mutation").orElseThrow();
        String md = GrillePubliee.markdown(mutation);
        assertTrue(md.contains("## Grille de mutation"), md);
        assertTrue(md.contains("Nice (06088)") || md.contains("06088"), md);
        assertTrue(GrillePubliee.html(mutation).contains("<h2 id=\"grille-de-mutation\">"));
        Grille autre = engine.grille("adoptee", "1", "principale").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> GrillePubliee.de(autre, mutation, engine.referentiel()));
        assertThrows(IllegalArgumentException.class, () -> GrillePubliee.de(mutation, null, engine.referentiel()));
        assertTrue(GrillePubliee.de(engine, "modele", "9").isEmpty());
    }

    @Test
    void theIndexListsEachPackWithItsOwnCriteriaAndLinks() {
        String index = GrillePubliee.index(List.of(GrillePubliee.de(engine, "adoptee", "1").orElseThrow(), modele()));
        assertTrue(index.startsWith("# Grilles de cotation publiées\n"), index);
        assertTrue(index.contains("> **Attention :** une de ces grilles est un modèle proposé par le projet cotation"), index);
        int modele = index.indexOf("| Métropole \\<Test\\> & Cie | 06 | " + SIREN_NCA + " | 3 | modèle | 1er janvier 2020 au 31 décembre 2030 |");
        int adoptee = index.indexOf("| CA Adoptée | 06 | " + SIREN_CASA + " | 3 | adoptée | 1er septembre 2022 | Victime d'un sinistre |");
        assertTrue(adoptee > 0 && modele > adoptee, "sorted by département then name:\n" + index);
        assertTrue(index.contains("| Reste à vivre ; Enfants mineurs ; Handicap \\<script\\>alert(1)\\</script\\> & \"x\" \\| \\*y\\* ; "
                + "Ancienneté de la demande ; Refus sans motif légitime ; Logement social devenu trop grand ; grille de mutation |"), index);
        assertTrue(index.contains("[page](modele.md) · [HTML](modele.html) (`modele` 2.0)"), index);
    }

    @Test
    void arrondissementsAreNotCountedAsCommunes() {
        assertEquals("13055", GrillePubliee.parentDeLArrondissement("13201"));
        assertEquals("13055", GrillePubliee.parentDeLArrondissement("13216"));
        assertEquals("75056", GrillePubliee.parentDeLArrondissement("75120"));
        assertEquals("69123", GrillePubliee.parentDeLArrondissement("69381"));
        assertEquals(null, GrillePubliee.parentDeLArrondissement("13055"));
        assertEquals(null, GrillePubliee.parentDeLArrondissement("2A004"));
    }

    @Test
    void numbersAndDatesTheFrenchWay() {
        assertEquals("15,5", GrillePubliee.nombre(new java.math.BigDecimal("15.50")));
        assertEquals("\u221210", GrillePubliee.nombre(new java.math.BigDecimal("-10")));
        assertEquals("1 point", GrillePubliee.points(java.math.BigDecimal.ONE));
        assertEquals("0,5 point", GrillePubliee.points(new java.math.BigDecimal("0.5")));
        assertEquals("2 points", GrillePubliee.points(java.math.BigDecimal.valueOf(2)));
        assertEquals("1er mars 2024", GrillePubliee.date(LocalDate.of(2024, 3, 1)));
        assertEquals("31 décembre 2023", GrillePubliee.date(LocalDate.of(2023, 12, 31)));
    }

    private static final Pattern BALISE = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>");
    private static final Set<String> VIDES = Set.of("meta", "br", "hr", "img", "link", "input");

    /** Every element opened is closed, in order (a well-formed page, short of a full HTML validator). */
    private static void equilibre(String html) {
        Deque<String> pile = new ArrayDeque<>();
        String corps = html.substring(html.indexOf("<html"));
        Matcher m = BALISE.matcher(corps.replaceAll("(?s)<style>.*?</style>", ""));
        while (m.find()) {
            String nom = m.group(2).toLowerCase();
            if (VIDES.contains(nom)) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                pile.push(nom);
            } else {
                assertEquals(nom, pile.isEmpty() ? null : pile.pop(), "balise fermante inattendue </" + nom + ">");
            }
        }
        assertTrue(pile.isEmpty(), () -> "balises non fermées : " + pile);
    }
}
