package fr.cotation.attribution;

import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.StatutDalo;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.cotation.attribution.Menages.seul;
import static fr.cotation.attribution.Menages.t2Nice;
import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shortlist on the test pack {@code anciennete} (Métropole Nice Côte d'Azur: 1 point per month of ancienneté,
 * at most 24, plus 10 from 30 months), so that every note is known by reasoning: a demande filed {@code m} months
 * before the evaluation date has min(m, 24) points.
 */
class PropositionCandidatsTest {
    private static final PropositionCandidats PROPOSITION = PropositionCandidats.builder(Moteurs.packs("anciennete"))
            .build();

    /** A person alone wishing a T2 in Nice, adequate for {@link Menages#t2Nice()}, filed on {@code depot}. */
    private static Demande adequate(String numero, LocalDate depot) {
        return seul(2000, 20000).numeroUnique(numero).deposeeLe(depot).build();
    }

    private static List<String> numeros(List<Candidat> c) {
        return c.stream().map(Candidat::numeroUnique).toList();
    }

    @Test
    void ties_follow_the_classement_note_then_first_filing_then_numero() {
        // 2024-08-30 and 2024-08-31 both give 10 whole months at 2025-06-30 (art. 641 CPC): 10 points each
        Demande a = adequate("0060824000003G0601", LocalDate.of(2024, 8, 31));
        Demande b = adequate("0060824000009G0601", LocalDate.of(2024, 8, 30));
        Demande c = adequate("0060824000001G0601", LocalDate.of(2024, 8, 31));
        Demande d = adequate("0060823000099G0601", LocalDate.of(2023, 10, 30));   // 20 months: 20 points
        Candidats r = PROPOSITION.proposer(t2Nice().build(), List.of(a, b, c, d), EVALUATION);
        assertEquals(List.of("0060823000099G0601", "0060824000009G0601", "0060824000001G0601"), numeros(r.proposes()));
        assertEquals(List.of(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("10")),
                r.proposes().stream().map(Candidat::note).toList());
        assertEquals(List.of(1, 2, 3), r.proposes().stream().map(Candidat::rang).toList());
        assertEquals(4, r.adequates());
        assertEquals(1, r.derriere(), "la quatrième demande adéquate est comptée derrière les trois proposées");
        assertFalse(r.moinsDeTrois());
        assertTrue(r.avertissements().isEmpty(), r.avertissements().toString());
    }

    @Test
    void fewer_than_three_adequate_is_said_clearly() {
        Demande a = adequate("0060824000001G0601", LocalDate.of(2024, 8, 30));
        Demande b = adequate("0060824000002G0601", LocalDate.of(2024, 2, 29));
        Demande ailleurs = fr.cotation.testing.Demandes.pour(Registre.ANTIBES).demandeur(Menages.adulte(2000, 20000))
                .numeroUnique("0060824000003G0601").build();
        Candidats r = PROPOSITION.proposer(t2Nice().build(), List.of(a, b, ailleurs), EVALUATION);
        assertEquals(List.of("0060824000002G0601", "0060824000001G0601"), numeros(r.proposes()));
        assertTrue(r.moinsDeTrois());
        assertEquals(1, r.inadequates());
        assertEquals(1, r.ecartsParControle().get(Verification.Controle.COMMUNE));
        assertTrue(r.avertissements().get(0).startsWith("seulement 2 demandes adéquates : moins des trois candidats "
                + "que demande l'art. L.441-2 CCH"), r.avertissements().toString());

        Candidats aucun = PROPOSITION.proposer(t2Nice().build(), List.of(ailleurs), EVALUATION);
        assertTrue(aucun.proposes().isEmpty());
        assertTrue(aucun.avertissements().get(0).startsWith("aucune demande adéquate"), aucun.avertissements().toString());
    }

    @Test
    void the_state_contingent_goes_to_dalo_first_then_priority_publics_and_no_one_else_when_filtered() {
        Demande dalo = seul(2000, 20000).numeroUnique("DALO").deposeeLe(EVALUATION.minusMonths(2))
                .dalo(StatutDalo.ACTIF, LocalDate.of(2025, 3, 1), Preuve.JUSTIFIEE).build();
        Demande heberge = seul(2000, 20000).numeroUnique("HEBERGE").deposeeLe(EVALUATION.minusMonths(15))
                .logeEn(ModeleLogement.CHEZ_PARTICULIER, Registre.NICE, Preuve.DECLAREE).build();   // L.441-1 k)
        Demande ordinaire = seul(2000, 20000).numeroUnique("ORDINAIRE").deposeeLe(EVALUATION.minusMonths(24)).build();
        List<Demande> stock = List.of(ordinaire, heberge, dalo);
        Logement etat = t2Nice().contingent(Contingent.PPRIOR).build();

        Candidats sansFiltre = PROPOSITION.proposer(etat, stock, EVALUATION);
        assertEquals(List.of("ORDINAIRE", "HEBERGE", "DALO"), numeros(sansFiltre.proposes()));

        Candidats filtre = PropositionCandidats.builder(Moteurs.packs("anciennete")).filtreContingent(true).build()
                .proposer(etat, stock, EVALUATION);
        assertEquals(List.of("DALO", "HEBERGE"), numeros(filtre.proposes()));
        assertEquals(1, filtre.horsPublic());
        assertEquals(2, filtre.adequates());
        assertTrue(filtre.proposes().get(0).dalo());
        assertEquals("k", filtre.proposes().get(1).priorites().get(0).getCategorie());
        assertTrue(filtre.regleOrdre().startsWith("Contingent préfectoral : les ménages reconnus DALO d'abord."));

        // a landlord's own dwelling has no public fixed by law: the filter says so and keeps everyone
        Candidats bailleur = PropositionCandidats.builder(Moteurs.packs("anciennete")).filtreContingent(true).build()
                .proposer(t2Nice().contingent(Contingent.AUCUN).build(), stock, EVALUATION);
        assertEquals(3, bailleur.proposes().size());
        assertTrue(bailleur.avertissements().get(0).contains("pas de public fixé par la loi"));
    }

    @Test
    void a_near_miss_is_shown_apart_and_a_bad_demande_is_named_while_the_others_go_on() {
        Demande bonne = adequate("BONNE", LocalDate.of(2024, 8, 30));
        Demande proche = seul(2000, 23665).numeroUnique("PROCHE").build();   // 2 % over 23 201
        Demande mauvaise = adequate("MAUVAISE", LocalDate.of(2030, 1, 1));   // filed after the evaluation date
        Candidats r = PROPOSITION.proposer(t2Nice().build(), List.of(bonne, proche, mauvaise), EVALUATION);
        assertEquals(List.of("BONNE"), numeros(r.proposes()));
        assertEquals(List.of("PROCHE"), numeros(r.presqueAdequats()));
        Verification v = r.presqueAdequats().get(0).adequation().verification(Verification.Controle.PLAFOND_RESSOURCES);
        assertEquals(Verification.Statut.PROCHE, v.statut());
        assertTrue(v.explication().endsWith("au-dessus du plafond de 2 %"), v.explication());
        assertEquals(1, r.proches());
        assertEquals(1, r.rejetees());
        assertTrue(r.rejets().get(0).startsWith("MAUVAISE : dateDepot = 2030-01-01"), r.rejets().toString());
        assertEquals(3, r.examinees());
    }

    @Test
    void what_is_declared_but_not_proven_is_listed() {
        // test pack "fixes": DALO 100 points, threatened with eviction (L.441-1 l) 30 points
        Demande d = seul(2000, 20000).numeroUnique("EXPULSE").motif(MotifDemande.PROCEDURE_EXPULSION)
                .dalo(StatutDalo.ACTIF, LocalDate.of(2025, 3, 1), Preuve.JUSTIFIEE).build();
        Candidat c = PropositionCandidats.builder(Moteurs.packs("fixes")).build()
                .proposer(t2Nice().build(), List.of(d), EVALUATION).proposes().get(0);
        assertEquals(new BigDecimal("130"), c.note());
        assertEquals(List.of("DALO", "EXPULSION"), c.criteresPrincipaux().stream().map(fr.cotation.Ligne::critere).toList());
        assertEquals(List.of("EXPULSION"), c.provisoires().stream().map(fr.cotation.Ligne::critere).toList());
        assertTrue(c.dalo());
        assertEquals("l", c.priorites().get(0).getCategorie());
        assertEquals(Preuve.DECLAREE, c.priorites().get(0).getPreuve());
    }

    @Test
    void action_logement_keeps_households_with_an_employee_when_filtered() {
        Demande salarie = adequate("SALARIE", LocalDate.of(2024, 8, 30));
        Demande sansEmploi = seul(2000, 20000).numeroUnique("SANS_EMPLOI").demandeur(Menages.adulte(
                LocalDate.of(1985, 4, 12), 2000, List.of(new fr.cotation.demande.RevenuFiscal(Menages.N2,
                        BigDecimal.valueOf(20000))))
                .avecSituationProfessionnelle(fr.cotation.demande.TypeContrat.CHOMAGE, null)).build();
        Candidats r = PropositionCandidats.builder(Moteurs.packs("anciennete")).filtreContingent(true).build()
                .proposer(t2Nice().contingent(Contingent.COLACT).build(), List.of(sansEmploi, salarie), EVALUATION);
        assertEquals(List.of("SALARIE"), numeros(r.proposes()));
        assertEquals(1, r.horsPublic());
    }

    @Test
    void without_grille_the_candidates_have_no_note_and_the_proposal_says_so() {
        Demande a = fr.cotation.testing.Demandes.pour(Registre.MENTON).demandeur(Menages.adulte(2000, 20000))
                .numeroUnique("MENTON").build();
        Candidats r = PROPOSITION.proposer(t2Nice().commune(Registre.MENTON).build(), List.of(a), EVALUATION);
        assertEquals(1, r.proposes().size());
        assertEquals(null, r.proposes().get(0).note());
        assertTrue(r.avertissements().stream().anyMatch(w -> w.startsWith("pas de grille de cotation pour 06083")),
                r.avertissements().toString());
    }

    @Test
    void the_stock_is_read_once_and_only_the_best_are_kept() {
        GenerateurDemandes g = GenerateurDemandes.builder().graine(8).dateEvaluation(EVALUATION)
                .communes(Registre.referentiel(), Registre.SIREN_NCA).build();
        Logement t3 = t2Nice().typologie(fr.cotation.demande.Typologie.T3).loyer(450, 50).build();
        AtomicInteger lectures = new AtomicInteger();
        Iterable<Demande> une = () -> {
            if (lectures.incrementAndGet() > 1) {
                throw new AssertionError("stock lu deux fois");
            }
            return g.flux(300).iterator();
        };
        PropositionCandidats tous = PropositionCandidats.builder(Moteurs.packs("anciennete")).candidats(1000).build();
        Candidats trois = PROPOSITION.proposer(t3, une, EVALUATION);
        Candidats complet = tous.proposer(t3, g.liste(300), EVALUATION);
        assertEquals(300, trois.examinees());
        assertTrue(complet.adequates() >= 3, "le stock généré doit compter au moins 3 demandes adéquates");
        assertEquals(complet.adequates(), trois.adequates());
        assertEquals(numeros(complet.proposes()).subList(0, 3), numeros(trois.proposes()));
        List<Candidat> tries = new ArrayList<>(complet.proposes());
        tries.sort(fr.cotation.classement.Departage.ordre(Candidat::note, Candidat::dateDepot, Candidat::numeroUnique));
        assertEquals(numeros(tries), numeros(complet.proposes()));
    }
}
