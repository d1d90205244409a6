package fr.cotation.paca;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.testing.EngineProbe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every PACA grille is written in the subset the engine evaluates without a Drools session, and that evaluation
 * gives exactly what Drools sessions give: same cotations, same explanation lines, on generated demandes of every
 * EPCI (main and mutation grilles).
 */
class EvaluationDirectePacaTest {
    private static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);

    @Test
    void everyPacaGrilleIsEvaluatedWithoutASession() {
        EngineProbe moteur = EngineProbe.classpath(getClass().getClassLoader(), null, true);
        Map<String, String> evaluation = moteur.evaluation();
        assertEquals(25, evaluation.keySet().stream().map(g -> g.substring(0, g.indexOf(' '))).distinct().count(),
                evaluation.keySet().toString());
        Map<String, String> enSessions = new HashMap<>();
        evaluation.forEach((g, raison) -> {
            if (raison != null) {
                enSessions.put(g, raison);
            }
        });
        assertEquals(Map.of(), enSessions);
    }

    @Test
    void theDirectEvaluationScoresLikeDroolsSessions() {
        CotationEngine directe = MoteurPaca.engine();
        CotationEngine sessions = CotationEngine.builder().directEvaluation(false).build();
        List<String> epci = directe.referentiel().communes().stream()
                .filter(c -> Set.of("04", "05", "06", "13", "83", "84").contains(c.departement())) // the EPCI of PACA
                .map(CommuneRef::epci).filter(Objects::nonNull)
                .distinct().sorted().toList();
        GenerateurDemandes g = GenerateurDemandes.builder().graine(2026L).dateEvaluation(EVALUATION)
                .communes(directe.referentiel(), epci).build();
        int lignes = 0;
        int mutations = 0;
        Set<String> packs = new java.util.TreeSet<>();
        for (Demande d : g.liste(3_000)) {
            CotationResult attendu = sessions.coter(d, EVALUATION);
            assertEquals(attendu, directe.coter(d, EVALUATION), d.numeroUnique());
            for (Cotation c : attendu.cotations()) {
                lignes += c.lignes().size();
                if (c.pack() != null) {
                    packs.add(c.pack());
                }
            }
            mutations += d.mutation() ? 1 : 0;
        }
        assertEquals(25, packs.size(), packs.toString());
        assertTrue(mutations > 100, "mutations : " + mutations);
        assertTrue(lignes > 10_000, "lignes : " + lignes);
    }
}
