package fr.cotation.scenario;

import fr.cotation.Cotation;
import fr.cotation.demande.Probleme;

import java.util.List;

/**
 * The outcome of running one {@link Scenario}: whether the engine gave the expected cotation, and the
 * differences (<i>écarts</i>) when it did not.
 *
 * @param scenario  the scenario run
 * @param cotation  the cotation the engine gave in the scenario's commune, {@code null} when the demande is invalid
 * @param problemes the demande's validation problems (then nothing is scored)
 * @param ecarts    one sentence per difference, in French ("ANCIENNETE : attendu 33, obtenu 34"); empty when the
 *                  scenario passes
 */
public record ScenarioResult(Scenario scenario, Cotation cotation, List<Probleme> problemes, List<String> ecarts) {

    public ScenarioResult {
        problemes = List.copyOf(problemes);
        ecarts = List.copyOf(ecarts);
    }

    /** The engine gave exactly what the scenario expects. */
    public boolean passed() {
        return ecarts.isEmpty();
    }

    /**
     * The report a rule author reads, in French: a heading naming the scenario and where it is written, then a
     * plain-text table with one row per criterion, {@code critère | attendu | obtenu}, each difference marked
     * {@code <-- écart}, then the total, statut, grille and pack, then the lines the engine gave with their
     * explanation (or the demande's problems).
     */
    public String report() {
        return Tableau.rapport(this);
    }
}
