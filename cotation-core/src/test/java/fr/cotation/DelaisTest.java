package fr.cotation;

import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Conformite;
import fr.cotation.conformite.Constat;
import fr.cotation.demande.Demande;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A grille that never ends (a loop in a consequence or in a function of a trusted pack, which maxRuleFirings cannot
 * see) is stopped at the builder's deadline, while loading or while scoring; its commune gets an error, its pack is
 * marked broken, and the other packs keep loading and scoring, the engine holding no lock for it. An Error of a pack
 * (StackOverflowError) stays with that pack's communes.
 */
class DelaisTest {
    /** A Nice pack that scores 1 point to everyone. */
    private static final String BON = regle("Toujours", "T", "Dossier( )");
    /** Demandes of 10 years or more: no synthetic household of the smoke scoring is that old. */
    private static final Demande VIEILLE = Demandes.pour(NICE, ANTIBES).deposeeLe(EVALUATION.minusMonths(130)).build();

    private static String tardive(String consequence) {
        return regle("Tardive", "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\") @points(1)",
                "Dossier( ancienneteMois >= 120 )", consequence);
    }

    private static String toujours(String consequence) {
        return regle("Boucle", "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\") @points(1)", "Dossier( )", consequence);
    }

    private static final String FONCTION = "function void tourner() {\n    while (Math.abs(1) > 0) { }\n}\n\n";

    @Test
    void aLoopInAConsequenceWhileScoringIsStoppedAndItsPackMarkedBroken(@TempDir Path dir) {
        pack(dir, "bon", SIREN_NCA, BON);
        pack(dir, "boucle", SIREN_CASA, tardive("while (kcontext != null) { } note.retenir(kcontext);")
                + regle("Ancienne", "A", "Dossier( ancienneteMois >= 24 )"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).scoringTimeout(Duration.ofMillis(500)).build();
        assertEquals(List.of(), e.problemesPacks(), "the smoke scoring does not reach the loop");

        CotationResult r = e.coter(VIEILLE, EVALUATION);

        points("1", commune(r, NICE).total());
        Cotation antibes = commune(r, ANTIBES);
        assertEquals(Cotation.Statut.ERREUR, antibes.statut());
        assertTrue(antibes.message().contains("a dépassé le délai de cotation de 500 ms (scoringTimeout)"), antibes.message());
        // the pack is broken: even a demande that would not loop gets the error, without running the grille again
        Cotation ensuite = commune(e.coter(Demandes.pour(ANTIBES).deposeeLe(EVALUATION.minusMonths(30)).build(),
                EVALUATION), ANTIBES);
        assertEquals(Cotation.Statut.ERREUR, ensuite.statut());
        assertTrue(ensuite.message().contains("le pack est marqué en échec"), ensuite.message());
        assertEquals(List.of("boucle"), e.problemesPacks().stream().map(ProblemePack::pack).toList());
        points("1", commune(e.coter(VIEILLE, EVALUATION), NICE).total());
    }

    @Test
    void aLoopInAFunctionWhileScoringIsStoppedToo(@TempDir Path dir) {
        pack(dir, "fonction", SIREN_CASA, FONCTION + tardive("tourner(); note.retenir(kcontext);"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).scoringTimeout(Duration.ofMillis(500)).build();

        Cotation antibes = commune(e.coter(VIEILLE, EVALUATION), ANTIBES);

        assertEquals(Cotation.Statut.ERREUR, antibes.statut());
        assertTrue(antibes.message().contains("scoringTimeout"), antibes.message());
    }

    @Test
    void aLoopWhileLoadingRefusesThatPackOnlyAndHoldsNoLockOnTheOthers(@TempDir Path dir) throws Exception {
        pack(dir, "bon", SIREN_NCA, BON);
        pack(dir, "boucle", SIREN_CASA, toujours("while (kcontext != null) { }"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).packLoadTimeout(Duration.ofSeconds(3)).build();

        // one thread waits for the looping pack; meanwhile another pack loads and scores
        CompletableFuture<Cotation> antibes = CompletableFuture.supplyAsync(() ->
                commune(e.coter(Demandes.pour(ANTIBES).build(), EVALUATION), ANTIBES));
        Thread.sleep(200);
        Cotation nice = commune(e.coter(Demandes.pour(NICE).build(), EVALUATION), NICE);
        assertFalse(antibes.isDone(), "the looping pack is still loading while Nice was scored");

        points("1", nice.total());
        assertEquals(Cotation.Statut.ERREUR, antibes.get().statut());
        assertTrue(antibes.get().message().contains("a dépassé le délai de 3 s (packLoadTimeout)"), antibes.get().message());
        assertEquals(List.of("boucle"), e.problemesPacks().stream().map(ProblemePack::pack).toList());
    }

    @Test
    void aLoopInAFunctionWhileLoadingIsStopped(@TempDir Path dir) {
        pack(dir, "fonction", SIREN_CASA, FONCTION + toujours("tourner();"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).packLoadTimeout(Duration.ofSeconds(1)).build();

        List<ProblemePack> p = e.problemesPacks();

        assertEquals(1, p.size());
        assertTrue(p.get(0).message().startsWith("chargement arrêté : il a dépassé le délai de 1 s"), p.get(0).message());
    }

    /**
     * The compliance checks ({@code conformite}, what {@code cotation verify} runs) score the grille on synthetic
     * households the load's smoke scoring does not use: a single applicant of 30 here. A trusted pack whose function,
     * called from a condition, loops for that household is stopped at the pack-load deadline: the report says so with
     * a C000 finding instead of hanging, and the pack is marked broken.
     */
    @Test
    void aLoopInAFunctionCalledFromAConditionDuringTheComplianceCheckIsStopped(@TempDir Path dir) {
        pack(dir, "verif", SIREN_CASA, "function boolean tourner() {\n    while (Math.abs(1) > 0) { }\n    return true;\n}\n\n"
                + regle("Boucle", "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\") @points(1)"
                        + " @reference(\"art. R.441-2-10 CCH\")",
                        "Dossier( ageDemandeur == 30, tailleMenage == 1 )\n    eval( tourner() )", "note.retenir(kcontext);"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).packLoadTimeout(Duration.ofSeconds(1)).build();
        assertEquals(List.of(), e.problemesPacks(), "the smoke scoring does not reach the loop");

        Conformite c = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> e.conformite("verif", "1").orElseThrow());

        List<Constat> arretes = c.constats().stream().filter(k -> k.code() == CodeConstat.C000).toList();
        assertEquals(1, arretes.size(), c.constats().toString());
        assertEquals("vérification arrêtée : elle a dépassé le délai de 1 s (packLoadTimeout) ; une règle ou une fonction"
                + " boucle sans doute sur un ménage synthétique de la vérification", arretes.get(0).message());
        assertEquals(List.of("verif"), e.problemesPacks().stream().map(ProblemePack::pack).toList(), "marked broken");
        Cotation antibes = commune(e.coter(Demandes.pour(ANTIBES).build(), EVALUATION), ANTIBES);
        assertEquals(Cotation.Statut.ERREUR, antibes.statut());
        assertTrue(antibes.message().contains("le pack est marqué en échec"), antibes.message());
    }

    @Test
    void aStackOverflowInAPackStaysWithThatPacksCommunes(@TempDir Path dir) {
        pack(dir, "bon", SIREN_NCA, BON);
        pack(dir, "recursion", SIREN_CASA, "function int plonger(int n) {\n    return plonger(n + 1) + 1;\n}\n\n"
                + tardive("note.retenir(kcontext, plonger(0), \"jamais\");"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).build();

        CotationResult r = e.coter(VIEILLE, EVALUATION);

        points("1", commune(r, NICE).total());
        Cotation antibes = commune(r, ANTIBES);
        assertEquals(Cotation.Statut.ERREUR, antibes.statut());
        assertTrue(antibes.message().contains("erreur StackOverflowError"), antibes.message());
        points("1", commune(e.coter(VIEILLE, EVALUATION), NICE).total());
    }
}
