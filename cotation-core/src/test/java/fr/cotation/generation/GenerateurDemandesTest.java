package fr.cotation.generation;

import fr.cotation.CotationEngine;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.Typologie;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.Situations;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public generator: deterministic per (seed, index), valid against the test registry, with the proportions of
 * {@code docs/generation.md} within the tolerances stated here (10,000 demandes: one standard deviation of a 25 %
 * share is 0.43 point, of a 2 % share 0.14 point).
 */
class GenerateurDemandesTest {
    static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);
    private static final CotationEngine ENGINE = Moteurs.builder().build();
    private static final GenerateurDemandes GENERATEUR = generateur(20250630L);
    private static final List<Demande> STOCK = GENERATEUR.liste(10_000);

    static GenerateurDemandes generateur(long graine) {
        return GenerateurDemandes.builder().graine(graine).dateEvaluation(EVALUATION)
                .communes(Registre.referentiel(), Registre.SIREN_NCA, Registre.SIREN_CASA, Registre.SIREN_CARF)
                .communes(List.of(Registre.PARIS))
                .build();
    }

    @Test
    void theSameSeedAndIndexGiveEqualDemandes() {
        GenerateurDemandes autre = generateur(20250630L);
        for (long i : new long[] {0, 1, 2, 17, 9_999, 123_456_789L, Long.MAX_VALUE}) {
            assertEquals(GENERATEUR.demande(i), autre.demande(i), "index " + i);
        }
        assertEquals(STOCK.subList(0, 500), autre.liste(500));
    }

    @Test
    void differentSeedsGiveDifferentDemandes() {
        List<Demande> autres = generateur(20250631L).liste(1_000);
        int egales = 0;
        for (int i = 0; i < autres.size(); i++) {
            egales += autres.get(i).equals(STOCK.get(i)) ? 1 : 0;
        }
        assertEquals(0, egales);
        assertNotEquals(STOCK.get(0).menage(), autres.get(0).menage());
    }

    @Test
    void demandeIIsTheIthOfTheStreamWhateverTheOrderOrThread() {
        assertEquals(STOCK.subList(0, 2_000), GENERATEUR.flux(2_000).parallel().toList());
        assertEquals(STOCK.subList(300, 400), GENERATEUR.flux(300, 100).toList());
        for (int i = 9_999; i >= 9_900; i--) {
            assertEquals(STOCK.get(i), GENERATEUR.demande(i));
        }
        GenerateurDemandes g = generateur(20250630L);
        for (int i = 0; i < 50; i++) {
            assertEquals(STOCK.get(i), g.suivante());
        }
        assertEquals(10_000, STOCK.stream().map(Demande::numeroUnique).distinct().count(), "unique numbers");
    }

    @Test
    void tenThousandDemandesAreValidAgainstTheTestRegistry() {
        for (Demande d : STOCK) {
            List<Probleme> p = ENGINE.valider(d, EVALUATION);
            assertTrue(p.isEmpty(), () -> d.numeroUnique() + " : " + p);
        }
    }

    @Test
    void aListOfCommunesWithoutRegistryIsOneBassin() {
        GenerateurDemandes g = GenerateurDemandes.builder().dateEvaluation(EVALUATION)
                .communes(List.of(Registre.NICE, Registre.CAGNES)).build();
        for (Demande d : g.liste(500)) {
            assertTrue(List.of(Registre.NICE, Registre.CAGNES).containsAll(d.communesSouhaitees()), d.toString());
            assertTrue(ENGINE.valider(d, EVALUATION).isEmpty());
        }
    }

    @Test
    void communesAreDrawnInProportionToTheirPopulation() {
        // Nice 348,085, Cagnes 52,178, Saint-Laurent 29,924 inhabitants: Nice is 80.9 % of the bassin's population;
        // residence, workplaces and wished communes are all drawn by weight, so a single wished commune is Nice as often
        GenerateurDemandes pondere = GenerateurDemandes.builder().graine(7L).dateEvaluation(EVALUATION)
                .communes(Registre.referentiel(), Registre.SIREN_NCA).build();
        assertEquals(0.809, partDeNice(pondere), 0.04);
        // the same communes given as a list have no population: one chance in three
        GenerateurDemandes uniforme = GenerateurDemandes.builder().graine(7L).dateEvaluation(EVALUATION)
                .communes(List.of(Registre.NICE, Registre.CAGNES, Registre.SAINT_LAURENT)).build();
        assertEquals(1 / 3.0, partDeNice(uniforme), 0.05);
    }

    /** Among demandes wishing a single commune, the share wishing Nice. */
    private static double partDeNice(GenerateurDemandes g) {
        List<Demande> seules = g.flux(4_000).filter(d -> d.communesSouhaitees().size() == 1).toList();
        assertTrue(seules.size() > 600, "demandes à une commune : " + seules.size());
        return seules.stream().filter(d -> d.communesSouhaitees().get(0).equals(Registre.NICE)).count()
                / (double) seules.size();
    }

    @Test
    void theHouseholdsAreConsistent() {
        Set<String> declarables = new HashSet<>();
        Situations.catalogue().toutes().stream().filter(s -> s.origine() == DefinitionSituation.Origine.DECLAREE)
                .forEach(s -> declarables.add(s.code()));
        for (Demande d : STOCK) {
            String n = d.numeroUnique();
            assertTrue(d.communesSouhaitees().size() >= 1 && d.communesSouhaitees().size() <= 8, n);
            assertTrue(ChronoUnit.DAYS.between(d.dateDepot(), EVALUATION) < 3_653, n);
            if (ChronoUnit.YEARS.between(d.dateDepot(), EVALUATION) >= 1) {
                assertTrue(d.dateRenouvellement() != null
                        && !d.dateRenouvellement().isBefore(d.dateDepot().plusYears(
                        ChronoUnit.YEARS.between(d.dateDepot(), EVALUATION)).minusDays(31)), n + " renewed yearly");
            }
            assertEquals(d.logementActuel().modele() == ModeleLogement.LOCATAIRE_HLM, d.mutation(), n);
            assertFalse(d.motifs().isEmpty(), n);
            assertTrue(d.motifs().size() <= 3, n);
            d.situations().forEach(s -> assertTrue(declarables.contains(s.code()), s.code()));
            LogementActuel l = d.logementActuel();
            if (l.type() != null) {
                int t = l.type().ordinal();
                assertTrue(l.nombreOccupants() >= taille(d), n);
                assertTrue(l.surface().intValue() >= new int[] {9, 18, 34, 52, 68, 85, 105}[t], n);
                assertTrue(l.surface().intValue() <= new int[] {15, 32, 50, 72, 90, 110, 140}[t], n);
            }
            for (Adulte a : d.menage().adultes()) {
                long age = ChronoUnit.YEARS.between(a.dateNaissance(), EVALUATION);
                assertTrue(age >= 18 && age <= 100, n);
                assertTrue(a.identite().nom() != null && a.identite().prenom() != null && a.identite().sexe() != null
                        && a.identite().nationalite() != null && a.identite().civilite() != null, n);
            }
            for (PersonneACharge p : d.menage().personnesACharge()) {
                if (p.lien() != LienParente.PARENT) {
                    assertTrue(ChronoUnit.YEARS.between(d.menage().demandeur().dateNaissance(), p.dateNaissance()) >= 17, n);
                }
            }
            // the typologies sought suit the household: never 3 rooms short of one room per person pair
            int taille = taille(d) + d.menage().naissancesAttendues() + (int) d.menage().enfantsEnGarde().stream()
                    .filter(e -> e.coparentalite() == Coparentalite.GARDE_ALTERNEE).count();
            int plusGrande = d.typologies().stream().mapToInt(Typologie::ordinal).max().orElseThrow();
            assertTrue(plusGrande >= Math.min(6, (taille + 1) / 2), n + " " + d.typologies() + " for " + taille);
            assertTrue(d.typologies().stream().mapToInt(Typologie::ordinal).min().orElseThrow() <= taille + 1, n);
        }
    }

    @Test
    void theProportionsAreWithinTheirTolerances() {
        part("mutation (HLM tenants)", Demande::mutation, 0.27, 0.02);
        part("single parents", d -> d.menage().cotitulaires().isEmpty() && d.menage().personnesACharge().stream()
                .anyMatch(p -> p.lien() == LienParente.ENFANT
                        && ChronoUnit.YEARS.between(p.dateNaissance(), EVALUATION) < 18), 0.25, 0.02);
        part("persons alone", d -> taille(d) == 1 && d.menage().enfantsEnGarde().isEmpty()
                && d.menage().naissancesAttendues() == 0, 0.36, 0.03);
        part("DALO actif", d -> d.dalo().statut() == StatutDalo.ACTIF, 0.019, 0.006);
        part("PDALHPD", d -> d.labelPdalhpd() != null, 0.029, 0.008);
        part("older than 45 months", d -> d.dateDepot().plusMonths(45).isBefore(EVALUATION), 0.15, 0.02);
        part("without stable housing", d -> Tirage.SANS_LOGEMENT_STABLE.contains(d.logementActuel().modele()), 0.17, 0.02);
        part("handicap or illness", d -> d.handicap() != null || a(d, MotifDemande.HANDICAP)
                || a(d, MotifDemande.RAISONS_DE_SANTE), 0.08, 0.015);
        part("violences familiales", d -> a(d, MotifDemande.VIOLENCES_FAMILIALES), 0.02, 0.006);
        part("working households", d -> d.menage().adultes().stream().anyMatch(a -> a.situationProfessionnelle() != null
                && a.situationProfessionnelle().enActivite()), 0.40, 0.04);
        part("refusals", d -> !d.refus().isEmpty(), 0.09, 0.02);
        part("refusals with a legitimate reason, among refusals", STOCK.stream().flatMap(d -> d.refus().stream())
                .filter(r -> r.motifLegitime()).count(), STOCK.stream().mapToLong(d -> d.refus().size()).sum(), 0.4, 0.04);
        part("declared situations", d -> !d.situations().isEmpty(), 0.15, 0.03);
        part("a single wished commune", d -> d.communesSouhaitees().size() == 1, 0.25, 0.03);
        part("8 wished communes", d -> d.communesSouhaitees().size() == 8, 0.06, 0.02);
        part("shared custody or visiting rights", d -> !d.menage().enfantsEnGarde().isEmpty(), 0.05, 0.02);
        part("expected births", d -> d.menage().naissancesAttendues() > 0, 0.025, 0.01);
    }

    @Test
    void otherIdentitiesChangeEveryProtectedField() {
        for (Demande d : STOCK.subList(0, 1_000)) {
            Demande autre = GENERATEUR.autresIdentites(d);
            assertEquals(autre, GENERATEUR.autresIdentites(d), "deterministic");
            for (int i = 0; i < d.menage().adultes().size(); i++) {
                differe(d.menage().adultes().get(i).identite(), autre.menage().adultes().get(i).identite());
                var sp = d.menage().adultes().get(i).situationProfessionnelle();
                if (sp != null && sp.profession() != null) {
                    assertNotEquals(sp.profession(), autre.menage().adultes().get(i).situationProfessionnelle().profession());
                }
            }
            for (int i = 0; i < d.menage().personnesACharge().size(); i++) {
                differe(d.menage().personnesACharge().get(i).identite(), autre.menage().personnesACharge().get(i).identite());
            }
            assertEquals(d.toBuilder().build().logementActuel(), autre.logementActuel());
            assertEquals(d.menage().naissancesAttendues(), autre.menage().naissancesAttendues());
        }
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        assertThrows(IllegalStateException.class, () -> GenerateurDemandes.builder().communes(List.of("06088")).build());
        assertThrows(IllegalStateException.class, () -> GenerateurDemandes.builder().dateEvaluation(EVALUATION).build());
        assertThrows(IllegalArgumentException.class, () -> GenerateurDemandes.builder().communes(List.of("6088")));
        assertThrows(IllegalArgumentException.class, () -> GenerateurDemandes.builder().communes(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> GenerateurDemandes.builder().communes(Registre.referentiel(), "999999999"));
        assertThrows(IllegalArgumentException.class, () -> GENERATEUR.demande(-1));
    }

    @Test
    void aHundredThousandDemandesInAFewSeconds() {
        // count() alone would not generate anything: the stream is sized
        GENERATEUR.flux(5_000).mapToInt(d -> d.communesSouhaitees().size()).sum(); // warm-up
        long debut = System.nanoTime();
        long n = GENERATEUR.flux(100_000).filter(d -> d.dateDepot() != null).count();
        long ms = (System.nanoTime() - debut) / 1_000_000;
        long debutParallele = System.nanoTime();
        GENERATEUR.flux(100_000).parallel().filter(d -> d.dateDepot() != null).count();
        long msParallele = (System.nanoTime() - debutParallele) / 1_000_000;
        System.out.printf("GenerateurDemandes: %,d demandes in %,d ms on one thread, %,d ms in parallel%n", n, ms,
                msParallele);
        assertEquals(100_000, n);
    }

    private static void differe(Identite a, Identite b) {
        assertNotEquals(a.nom(), b.nom());
        assertNotEquals(a.prenom(), b.prenom());
        assertNotEquals(a.sexe(), b.sexe());
        assertNotEquals(a.nationalite(), b.nationalite());
        assertNotEquals(a.lieuNaissance(), b.lieuNaissance());
        if (a.civilite() != null) {
            assertNotEquals(a.civilite(), b.civilite());
        }
    }

    private static boolean a(Demande d, MotifDemande m) {
        return d.motifs().stream().anyMatch(x -> x.code() == m);
    }

    /** The persons living in the household: adults and dependants. */
    private static int taille(Demande d) {
        return d.menage().adultes().size() + d.menage().personnesACharge().size();
    }

    private static void part(String nom, Predicate<Demande> p, double attendu, double tolerance) {
        part(nom, STOCK.stream().filter(p).count(), STOCK.size(), attendu, tolerance);
    }

    private static void part(String nom, long compte, long total, double attendu, double tolerance) {
        double part = (double) compte / total;
        System.out.printf("GenerateurDemandes: %-55s %5.1f %% (stated %4.1f %% ± %.1f)%n", nom, 100 * part,
                100 * attendu, 100 * tolerance);
        assertTrue(Math.abs(part - attendu) <= tolerance,
                () -> String.format("%s : %.2f %%, attendu %.1f %% ± %.1f", nom, 100 * part, 100 * attendu, 100 * tolerance));
    }
}
