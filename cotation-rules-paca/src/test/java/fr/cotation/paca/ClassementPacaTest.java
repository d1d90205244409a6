package fr.cotation.paca;

import fr.cotation.CotationEngine;
import fr.cotation.classement.Classement;
import fr.cotation.classement.Departage;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.Position;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurAttributions;
import fr.cotation.generation.GenerateurDemandes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the classement of a generated stock over four PACA EPCI (Nice Côte d'Azur, Sophia Antipolis,
 * Toulon Provence Méditerranée, Grand Avignon), ranked with the PACA packs: within a group a higher note never ranks
 * behind a lower one and ties follow {@link Departage}; ranks are 1 to the group's size; sizes add up to the
 * positions; every demande is either ranked or counted as excluded.
 */
class ClassementPacaTest {
    private static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);
    private static final int STOCK = 4_000;
    private static ClassementResult resultat;
    private static final List<Position> POSITIONS = new ArrayList<>();

    @BeforeAll
    static void classer() {
        CotationEngine engine = MoteurPaca.engine();
        GenerateurDemandes g = g();
        GenerateurAttributions h = GenerateurAttributions.builder(g).graine(11L).build();
        resultat = Classement.builder(engine).dateEvaluation(EVALUATION).historique(h.liste(2_000)).build()
                .classer(g.flux(STOCK)::iterator);
        resultat.forEachPosition(POSITIONS::add);
    }

    private static GenerateurDemandes g() {
        return GenerateurDemandes.builder().graine(2026L).dateEvaluation(EVALUATION)
                .communes(MoteurPaca.engine().referentiel(), "200030195", "240600585", "248300543", "248400251").build();
    }

    @Test
    void aHigherNoteNeverRanksBehindALowerOneAndTiesFollowTheStatedRule() {
        Position precedente = null;
        for (Position p : POSITIONS) {
            if (precedente != null && precedente.groupe().equals(p.groupe())) {
                assertTrue(Departage.POSITIONS.compare(precedente, p) < 0, precedente + "\n" + p);
                assertTrue(precedente.note().compareTo(p.note()) >= 0, precedente + "\n" + p);
                assertEquals(precedente.rang() + 1, p.rang());
                assertEquals(precedente.note().compareTo(p.note()) == 0 ? precedente.noteSuperieure() : p.rang() - 1,
                        p.noteSuperieure());
            } else {
                assertEquals(1, p.rang(), p.toString());
                assertEquals(0, p.noteSuperieure());
            }
            assertTrue(p.rang() <= p.taille() && p.quartile() >= 1 && p.quartile() <= 4, p.toString());
            precedente = p;
        }
    }

    @Test
    void groupSizesAddUpToThePositionsAndEveryDemandeIsAccountedFor() {
        List<GroupeAnalogue> groupes = resultat.groupes();
        long tailles = groupes.stream().mapToLong(GroupeAnalogue::taille).sum();
        assertEquals(resultat.nombrePositions(), tailles);              // PACA packs rank by typology and commune
        assertEquals(tailles, POSITIONS.size());
        Map<GroupeAnalogue, Integer> parGroupe = new HashMap<>();
        POSITIONS.forEach(p -> parGroupe.merge(p.groupe(), 1, Integer::sum));
        for (GroupeAnalogue g : groupes) {
            assertEquals(g.taille(), parGroupe.get(g), g.toString());
        }
        // every commune of these four EPCI has a grille: a demande read is ranked or excluded as a whole
        long exclues = 0;
        for (MotifExclusion m : List.of(MotifExclusion.DOUBLON, MotifExclusion.RADIEE, MotifExclusion.EXPIREE,
                MotifExclusion.INVALIDE)) {
            exclues += resultat.exclusions().nombre(m);
        }
        assertEquals(STOCK, resultat.demandesLues());
        assertEquals(STOCK, resultat.demandesClassees() + exclues);
        // the generated demandes are valid; those renewed early, a year before the evaluation date, have expired
        long expirees = g().flux(STOCK).filter(d -> EVALUATION.isAfter((d.dateRenouvellement() == null
                ? d.dateDepot() : d.dateRenouvellement()).plusYears(1))).count();
        assertEquals(expirees, exclues);
        assertEquals(expirees, resultat.exclusions().nombre(MotifExclusion.EXPIREE));
        assertTrue(resultat.demandesClassees() > STOCK * 0.95, "classées : " + resultat.demandesClassees());
    }

    @Test
    void positionsOfADemandeAreThoseOfTheStream() {
        Map<String, List<Position>> parDemande = new HashMap<>();
        POSITIONS.forEach(p -> parDemande.computeIfAbsent(p.numeroUnique(), k -> new ArrayList<>()).add(p));
        AtomicLong vues = new AtomicLong();
        parDemande.entrySet().stream().limit(300).forEach(e -> {
            List<Position> directes = resultat.positions(e.getKey());
            assertEquals(e.getValue().size(), directes.size());
            assertTrue(directes.containsAll(e.getValue()), e.getKey());
            vues.incrementAndGet();
        });
        assertFalse(vues.get() == 0);
        // the waiting time of the biggest group is computed from the history, with its count
        GroupeAnalogue plusGrand = resultat.groupes().stream()
                .max(java.util.Comparator.comparingInt(GroupeAnalogue::taille)).orElseThrow();
        assertTrue(plusGrand.delaiAttente().retenu().isPresent(), plusGrand.toString());
    }

    @Test
    void demandesRankedInParallelOrNotGetTheSamePositions() {
        CotationEngine engine = MoteurPaca.engine();
        GenerateurDemandes g = GenerateurDemandes.builder().graine(9L).dateEvaluation(EVALUATION)
                .communes(engine.referentiel(), "240600585").build();
        List<Demande> stock = g.liste(600);
        List<Position> parallele = new ArrayList<>();
        Classement.builder(engine).dateEvaluation(EVALUATION).build().classer(stock).forEachPosition(parallele::add);
        List<Position> sequentielle = new ArrayList<>();
        Classement.builder(engine).dateEvaluation(EVALUATION).parallele(false).build().classer(stock)
                .forEachPosition(sequentielle::add);
        assertEquals(sequentielle, parallele);
    }
}
