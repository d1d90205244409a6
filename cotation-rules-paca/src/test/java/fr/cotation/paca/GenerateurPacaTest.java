package fr.cotation.paca;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public generator against the PACA registry and packs: every demande valid, every cotation computed. */
class GenerateurPacaTest {
    private static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);
    private static final CotationEngine ENGINE = MoteurPaca.engine();
    private static final Referentiel REF = ENGINE.referentiel();

    /** The SIREN of every EPCI with a commune in these départements, in code order. */
    private static List<String> epci(List<String> departements) {
        return REF.communes().stream().filter(c -> departements.contains(c.departement())).map(CommuneRef::epci)
                .filter(Objects::nonNull).distinct().sorted().toList();
    }

    @Test
    void tenThousandDemandesOfTheAlpesMaritimesAreValid() {
        List<String> epci = epci(List.of("06"));
        assertTrue(epci.contains("200030195") && epci.size() >= 5, epci.toString());
        GenerateurDemandes g = GenerateurDemandes.builder().graine(6L).dateEvaluation(EVALUATION)
                .communes(REF, epci).build();
        g.flux(10_000).forEach(d -> {
            List<Probleme> p = ENGINE.valider(d, EVALUATION);
            assertTrue(p.isEmpty(), () -> d.numeroUnique() + " : " + p);
        });
    }

    @Test
    void demandesOverEveryEpciOfTheRegionAreValid() {
        List<String> epci = epci(List.of("04", "05", "06", "13", "83", "84"));
        assertEquals(52, epci.size());
        GenerateurDemandes g = GenerateurDemandes.builder().graine(93L).dateEvaluation(EVALUATION)
                .communes(REF, epci).build();
        g.flux(5_000).parallel().forEach(d -> {
            List<Probleme> p = ENGINE.valider(d, EVALUATION);
            assertTrue(p.isEmpty(), () -> d.numeroUnique() + " : " + p);
        });
    }

    @Test
    void generatedDemandesOfTheMetropoleAreScoredWithoutError() {
        GenerateurDemandes g = GenerateurDemandes.builder().graine(2023L).dateEvaluation(EVALUATION)
                .communes(REF, "200030195", "240600585").build();
        Map<Cotation.Statut, Integer> statuts = new TreeMap<>();
        for (Demande d : g.liste(300)) {
            CotationResult r = ENGINE.coter(d, EVALUATION);
            assertTrue(r.valide(), () -> d.numeroUnique() + " : " + r.problemes());
            r.cotations().forEach(c -> statuts.merge(c.statut(), 1, Integer::sum));
            r.cotations().stream().filter(c -> c.statut() == Cotation.Statut.ERREUR)
                    .forEach(c -> org.junit.jupiter.api.Assertions.fail(d.numeroUnique() + " : " + c.message()));
        }
        assertTrue(statuts.getOrDefault(Cotation.Statut.COTEE, 0) > 500, statuts.toString());
    }
}
