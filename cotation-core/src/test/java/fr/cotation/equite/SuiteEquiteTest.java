package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Nationalite;
import fr.cotation.pack.ExceptionMonotonie;
import fr.cotation.publication.RapportEquitePublie;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fairness suite on the core's test packs: the fair ones pass every property; the deliberately unfair pack
 * ({@code equite/inequitable}: it reads the nationality, its ancienneté band is not monotone) is caught by the right
 * properties, each with a shrunk counterexample.
 */
class SuiteEquiteTest {
    private static final int CAS = 300;

    private static CotationEngine inequitable;
    private static RapportEquite rapportInequitable;

    static synchronized CotationEngine inequitable() {
        if (inequitable == null) {
            inequitable = Moteurs.builder().trustedPackDirectory(Moteurs.ressource("equite/inequitable")).build();
        }
        return inequitable;
    }

    /** The unfair pack's report, computed once (scoring through {@link Indiscret}, which lets its rule see nationality). */
    static synchronized RapportEquite rapportInequitable() {
        if (rapportInequitable == null) {
            CotationEngine e = inequitable();
            rapportInequitable = SuiteEquite.builder(e).coteur((d, date) -> Indiscret.coter(e, d, date)).cas(CAS)
                    .build().verifier();
        }
        return rapportInequitable;
    }

    @ParameterizedTest
    @ValueSource(strings = {"anciennete", "fixes", "malus", "mutation", "rubriques", "taux-effort", "commune"})
    void every_fair_test_pack_passes_every_property(String dossier) {
        CotationEngine e = Moteurs.packs(dossier);
        for (var p : e.packs()) {
            RapportEquite r = SuiteEquite.builder(e).pack(p.id(), p.version()).cas(CAS).build().verifier();
            assertEquals(7, r.proprietes().size());
            for (ProprieteResult x : r.proprietes()) {
                assertTrue(x.reussie(), () -> TestsEquite.message(r, x));
                assertEquals(CAS, x.cas());
            }
        }
    }

    @Test
    void the_unfair_pack_reading_nationality_fails_the_counterfactual_test_with_a_shrunk_demande() {
        ProprieteResult p = rapportInequitable().propriete(Propriete.DONNEES_PROTEGEES).orElseThrow();
        assertFalse(p.reussie());
        assertTrue(p.echecs() > CAS / 2, "most generated demandeurs are French: " + p.echecs());
        ContreExemple c = p.contreExemple();
        assertEquals("donnees-protegees", c.controle());
        assertTrue(c.message().contains("NATIONALITE 30 → 0") || c.message().contains("NATIONALITE 0 → 30"),
                c.message());
        Demande d = c.reduite();
        assertEquals(1, d.menage().adultes().size(), c.reduiteJson());
        assertEquals(0, d.menage().personnesACharge().size(), c.reduiteJson());
        assertEquals(0, d.menage().enfantsEnGarde().size(), c.reduiteJson());
        assertEquals(1, d.communesSouhaitees().size(), c.reduiteJson());
        assertEquals(List.of(), d.situations());
        assertEquals(List.of(), d.motifs());
        assertEquals(List.of(), d.refus());
        assertTrue(c.etapes() > 0);
        // the original is the generator's demande at that index, and the shrunk one still fails
        assertEquals(GenerateurDemandesDe.rapport(rapportInequitable(), inequitable()).demande(c.index()), c.originale());
        assertEquals(30, points(d, "NATIONALITE") + points(c.variante(), "NATIONALITE"));
        assertTrue(d.menage().demandeur().identite().nationalite() == Nationalite.FRANCAISE
                ^ c.variante().menage().demandeur().identite().nationalite() == Nationalite.FRANCAISE);
    }

    @Test
    void the_unfair_ancienneté_band_fails_monotonicity_with_a_shrunk_demande() {
        ProprieteResult p = rapportInequitable().propriete(Propriete.MONOTONIE).orElseThrow();
        assertFalse(p.reussie());
        ContreExemple c = p.contreExemple();
        assertEquals("monotonie/anciennete", c.controle(), c.message());
        Demande d = c.reduite();
        assertEquals(1, d.menage().adultes().size(), c.reduiteJson());
        assertEquals(0, d.menage().personnesACharge().size(), c.reduiteJson());
        assertEquals(1, d.communesSouhaitees().size(), c.reduiteJson());
        assertEquals(List.of(), d.refus());
        // the shrunk demande is in the 12-23 month band, its variant filed earlier in the 24+ band
        assertEquals(20, points(d, "ANCIENNETE_1_AN"), c.reduiteJson());
        assertEquals(5, points(c.variante(), "ANCIENNETE_2_ANS"), c.varianteJson());
        assertTrue(c.variante().dateDepot().isBefore(d.dateDepot()));
        assertTrue(c.message().contains("ANCIENNETE_1_AN 20 → 0"), c.message());
    }

    @Test
    void the_unfair_pack_passes_the_properties_it_does_not_break() {
        RapportEquite r = rapportInequitable();
        for (Propriete p : List.of(Propriete.DETERMINISME, Propriete.EXPLICATION, Propriete.TERRITOIRE,
                Propriete.CLASSEMENT, Propriete.ROBUSTESSE)) {
            ProprieteResult x = r.propriete(p).orElseThrow();
            assertTrue(x.reussie(), () -> TestsEquite.message(r, x));
            assertNull(x.contreExemple());
        }
        assertFalse(r.reussi());
    }

    @Test
    void the_published_report_shows_the_failures_and_the_shrunk_demande() {
        RapportEquitePublie page = RapportEquitePublie.de(rapportInequitable());
        String md = page.markdown();
        assertTrue(md.contains("| 2. Invariance aux données protégées | **en échec** | " + CAS + " |"), md);
        assertTrue(md.contains("| 4. Explication fidèle | vérifiée | " + CAS + " | 0 |"), md);
        assertTrue(md.contains("```json\n{\n  \"numeroUnique\""), md);
        String html = page.html();
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("<code>{\n  &quot;numeroUnique&quot;") || html.contains("<code>{\n  \"numeroUnique\""), html);
        assertEquals(md, RapportEquitePublie.de(rapportInequitable()).markdown());
    }

    @Test
    void the_same_settings_give_the_same_report_on_one_thread_or_eight() {
        CotationEngine e = Moteurs.packs("malus");
        RapportEquite un = SuiteEquite.builder(e).cas(120).graine(7).threads(1).build().verifier();
        RapportEquite huit = SuiteEquite.builder(e).cas(120).graine(7).threads(8).build().verifier();
        assertEquals(un, huit);
        assertEquals(7, un.graine());
        assertEquals(120, un.cas());
    }

    @Test
    void a_decrease_in_a_rubrique_the_pack_declares_is_an_exception_not_a_failure(@TempDir Path dir) {
        String regles = PackEcrit.regle("Un an", "@critere(\"UN_AN\") @libelle(\"Un an\") @rubrique(\"R\") @points(2)",
                "Dossier( ancienneteMois >= 12, ancienneteMois < 24 )", "note.retenir(kcontext);")
                + PackEcrit.regle("Deux ans", "@critere(\"DEUX_ANS\") @libelle(\"Deux ans\") @rubrique(\"R\") @points(1)",
                "Dossier( ancienneteMois >= 24 )", "note.retenir(kcontext);");
        String descripteur = "epci: \"200030195\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\n";
        PackEcrit.packDecrit(dir.resolve("declare"), "declare", descripteur + "exceptionsMonotonie:\n"
                + "  - {rubrique: R, variation: anciennete, justification: \"la tranche de deux ans remplace celle "
                + "d'un an\"}\n", regles);
        PackEcrit.packDecrit(dir.resolve("autre"), "autre", descripteur + "exceptionsMonotonie:\n"
                + "  - {rubrique: R, variation: refus, justification: \"pour les refus seulement\"}\n", regles);
        PackEcrit.packDecrit(dir.resolve("ailleurs"), "ailleurs", descripteur + "exceptionsMonotonie:\n"
                + "  - {rubrique: AUTRE, variation: anciennete, justification: \"une autre rubrique\"}\n", regles);
        CotationEngine declare = Moteurs.depuis(dir.resolve("declare"));
        assertEquals(List.of(new ExceptionMonotonie("R", "anciennete", "la tranche de deux ans remplace celle d'un an")),
                declare.packs().get(0).exceptionsMonotonie());
        String publiee = fr.cotation.publication.GrillePubliee.de(declare, "declare", "1").orElseThrow().markdown();
        assertTrue(publiee.contains("## Exceptions déclarées à la monotonie"), publiee);
        assertTrue(publiee.contains("- rubrique `R` (anciennete) : la tranche de deux ans remplace celle d'un an\n"),
                publiee);
        ProprieteResult ok = SuiteEquite.builder(declare).cas(200).proprietes(Propriete.MONOTONIE).build().verifier()
                .propriete(Propriete.MONOTONIE).orElseThrow();
        assertTrue(ok.reussie(), ok.details().toString());
        assertTrue(ok.exceptions() > 0, ok.details().toString());
        ProprieteResult ko = SuiteEquite.builder(Moteurs.depuis(dir.resolve("autre"))).cas(200)
                .proprietes(Propriete.MONOTONIE).build().verifier().propriete(Propriete.MONOTONIE).orElseThrow();
        assertFalse(ko.reussie());
        assertEquals(0, ko.exceptions());
        assertTrue(ko.contreExemple().message().endsWith("(DEUX_ANS 0 → 1, UN_AN 2 → 0)"),
                ko.contreExemple().message());
        ContreExemple ailleurs = SuiteEquite.builder(Moteurs.depuis(dir.resolve("ailleurs"))).cas(200)
                .proprietes(Propriete.MONOTONIE).build().verifier().propriete(Propriete.MONOTONIE).orElseThrow()
                .contreExemple();
        assertTrue(ailleurs.message().endsWith("(DEUX_ANS 0 → 1, UN_AN 2 → 0) ; hors des rubriques déclarées en "
                + "exception (AUTRE)"), ailleurs.message());
    }

    @Test
    void an_exception_with_an_unknown_variation_is_a_load_problem(@TempDir Path dir) {
        PackEcrit.packDecrit(dir, "faux", "epci: \"200030195\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\n"
                + "exceptionsMonotonie:\n  - {rubrique: R, variation: age, justification: \"x\"}\n", "");
        CotationEngine e = Moteurs.depuis(dir);
        assertEquals(1, e.problemesPacks().size());
        assertTrue(e.problemesPacks().get(0).message().startsWith("exceptionsMonotonie[0] : variation inconnue 'age'"),
                e.problemesPacks().get(0).message());
    }

    @Test
    void a_scoring_that_throws_fails_robustness_with_the_smallest_demande_that_still_throws() {
        CotationEngine e = Moteurs.packs("fixes");
        RapportEquite r = SuiteEquite.builder(e).cas(200).proprietes(Propriete.ROBUSTESSE).coteur((d, date) -> {
            if (d.menage().cotitulaires().size() >= 1 && !d.menage().personnesACharge().isEmpty()) {
                throw new IllegalStateException("couple avec enfant");
            }
            return e.coter(d, date);
        }).build().verifier();
        ContreExemple c = r.propriete(Propriete.ROBUSTESSE).orElseThrow().contreExemple();
        assertNotNull(c);
        assertTrue(c.message().startsWith("le scoring lève java.lang.IllegalStateException : couple avec enfant"));
        assertEquals(2, c.reduite().menage().adultes().size(), c.reduiteJson());
        assertEquals(1, c.reduite().menage().personnesACharge().size(), c.reduiteJson());
        assertEquals(1, c.reduite().communesSouhaitees().size(), c.reduiteJson());
    }

    @Test
    void a_rule_that_loops_on_couples_wishing_one_commune_fails_robustness_with_such_a_minimal_demande(@TempDir Path dir) {
        PackEcrit.pack(dir, "boucle", "200030195", PackEcrit.regle("Boucle des couples",
                "@critere(\"BOUCLE\") @libelle(\"Boucle\") @rubrique(\"R\") @points(1)",
                "$d : Dossier( nombreAdultes >= 2, nombreCommunesSouhaitees == 1 )", "update($d);"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).maxRuleFirings(100).build();
        assertEquals(List.of(), e.problemesPacks());
        ProprieteResult p = SuiteEquite.builder(e).cas(200).proprietes(Propriete.ROBUSTESSE).build().verifier()
                .propriete(Propriete.ROBUSTESSE).orElseThrow();
        assertFalse(p.reussie());
        ContreExemple c = p.contreExemple();
        assertTrue(c.message().contains("la grille boucle boucle : 100 déclenchements de règles sans fin"), c.message());
        assertEquals(2, c.reduite().menage().adultes().size(), c.reduiteJson());
        assertEquals(0, c.reduite().menage().personnesACharge().size(), c.reduiteJson());
        assertEquals(1, c.reduite().communesSouhaitees().size(), c.reduiteJson());
    }

    @Test
    void a_result_that_changes_from_one_run_to_the_next_fails_determinism() {
        CotationEngine e = Moteurs.packs("fixes");
        java.util.concurrent.atomic.AtomicLong appels = new java.util.concurrent.atomic.AtomicLong();
        RapportEquite r = SuiteEquite.builder(e).cas(50).proprietes(Propriete.DETERMINISME).coteur((d, date) -> {
            CotationResult x = e.coter(d, date);
            // every other call forgets the last commune: a result that depends on the run
            return appels.incrementAndGet() % 2 == 0 || x.cotations().size() < 2 ? x : new CotationResult(
                    x.numeroUnique(), x.dateEvaluation(), x.problemes(), x.cotations().subList(0, 1));
        }).build().verifier();
        assertFalse(r.reussi());
        assertTrue(r.propriete(Propriete.DETERMINISME).orElseThrow().echecs() > 0);
    }

    @Test
    void the_builder_names_what_is_wrong() {
        CotationEngine e = Moteurs.packs("extension");
        IllegalArgumentException quel = assertThrows(IllegalArgumentException.class,
                () -> SuiteEquite.builder(e).build());
        assertTrue(quel.getMessage().startsWith("nommer le pack à vérifier"), quel.getMessage());
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> SuiteEquite.builder(e).pack("nulle-part", "1").build());
        assertTrue(absent.getMessage().startsWith("pack nulle-part 1 non chargé"), absent.getMessage());
        IllegalArgumentException socle = assertThrows(IllegalArgumentException.class,
                () -> SuiteEquite.builder(e).pack("test-socle", "1").build());
        assertTrue(socle.getMessage().contains("une base ne l'est jamais seule"), socle.getMessage());
        assertTrue(socle.getMessage().contains("test-nice-etendu 2"), socle.getMessage());
        assertEquals(LocalDate.of(2022, 1, 1), SuiteEquite.builder(inequitable()).build().dateEvaluation(),
                "open-ended pack in force from 2020-01-01: two years later");
    }

    private int points(Demande d, String critere) {
        CotationResult r = Indiscret.coter(inequitable(), d, rapportInequitable().dateEvaluation());
        return r.cotations().get(0).lignes().stream().filter(l -> l.critere().equals(critere))
                .map(Ligne::points).mapToInt(java.math.BigDecimal::intValue).sum();
    }
}
