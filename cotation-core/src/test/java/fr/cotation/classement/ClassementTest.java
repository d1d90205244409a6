package fr.cotation.classement;

import fr.cotation.CotationEngine;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.Analogie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classement of small hand-built stocks. Two test packs: Nice Côte d'Azur (Nice, Cagnes, Saint-Laurent; analogie
 * by commune) gives 10 points per dependant; Sophia Antipolis (Antibes, Vallauris, Biot; analogie by EPCI) gives the
 * same plus 1 point in the commune the household lives in. Menton's EPCI has no pack.
 */
class ClassementTest {
    private static final String REGLES = PackEcrit.regle("Personnes à charge",
            "@critere(\"PAC\") @libelle(\"Personnes à charge\") @rubrique(\"R\")",
            "$d : Dossier( nombrePersonnesACharge > 0 )",
            "note.retenir(kcontext, 10 * $d.getNombrePersonnesACharge(), \"10 points par personne à charge\");");
    private static final String HABITE = PackEcrit.regle("Habite la commune", "HABITE", "Commune( habite )");

    @TempDir
    static Path packs;
    private static CotationEngine engine;

    @BeforeAll
    static void packs() {
        PackEcrit.pack(packs, "nca", Registre.SIREN_NCA, REGLES);
        PackEcrit.packDecrit(packs, "casa", "epci: \"" + Registre.SIREN_CASA
                + "\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\nanalogie: TYPOLOGIE_EPCI\n", REGLES + HABITE);
        engine = Moteurs.depuis(packs);
        assertTrue(engine.problemesPacks().isEmpty(), engine.problemesPacks().toString());
    }

    /** A demande valid at {@link Demandes#EVALUATION}, renewed two months before, with {@code enfants} children. */
    private static Demande.Builder demande(String numero, LocalDate depot, int enfants, String... communes) {
        Demande.Builder b = Demandes.pour(communes).numeroUnique(numero).deposeeLe(depot)
                .renouveleeLe(EVALUATION.minusMonths(2));
        for (int i = 0; i < enfants; i++) {
            b.enfant(LocalDate.of(2015 + i, 3, 1));
        }
        return b;
    }

    private static Classement classement() {
        return Classement.builder(engine).dateEvaluation(EVALUATION).build();
    }

    private static Position seule(ClassementResult r, String numero) {
        List<Position> p = r.positions(numero);
        assertEquals(1, p.size(), numero + " : " + p);
        return p.get(0);
    }

    @Test
    void ranksByNoteThenFirstFilingThenNumero() {
        LocalDate mai = LocalDate.of(2023, 5, 1);
        List<Demande> stock = List.of(
                demande("N1", LocalDate.of(2024, 1, 10), 2, Registre.NICE).build(),
                demande("N2B", mai, 2, Registre.NICE).build(),
                demande("N2A", mai, 2, Registre.NICE).build(),
                demande("N4", LocalDate.of(2022, 1, 1), 1, Registre.NICE).build(),
                demande("N5", LocalDate.of(2025, 1, 1), 3, Registre.NICE).build(),
                demande("N6", LocalDate.of(2020, 1, 1), 0, Registre.NICE).build());
        ClassementResult r = classement().classer(stock);

        // notes 30, 20, 20, 20, 10, 0: the three 20s by first filing, the two of 1 May 2023 by numéro
        String[] ordre = {"N5", "N2A", "N2B", "N1", "N4", "N6"};
        int[] superieures = {0, 1, 1, 1, 4, 5};
        for (int i = 0; i < ordre.length; i++) {
            Position p = seule(r, ordre[i]);
            assertEquals(i + 1, p.rang(), ordre[i]);
            assertEquals(i, p.devant(), ordre[i]);
            assertEquals(superieures[i], p.noteSuperieure(), ordre[i]);
            assertEquals(6, p.taille());
            assertEquals(Registre.NICE, p.commune());
            assertEquals(Typologie.T2, p.typologie());
        }
        assertEquals(0, new BigDecimal("20").compareTo(seule(r, "N1").note()));
        // percentile: share of the group with a note lower or equal; quartile 1 = fewer than a quarter above
        assertEquals(100.0, seule(r, "N5").percentile(), 1e-9);
        assertEquals(500.0 / 6, seule(r, "N2B").percentile(), 1e-9);
        assertEquals(200.0 / 6, seule(r, "N4").percentile(), 1e-9);
        assertEquals(100.0 / 6, seule(r, "N6").percentile(), 1e-9);
        assertEquals(1, seule(r, "N5").quartile());
        assertEquals(1, seule(r, "N1").quartile());        // 1 of 6 above: 0.67 quarter
        assertEquals(3, seule(r, "N4").quartile());        // 4 of 6 above: 2.67 quarters
        assertEquals(4, seule(r, "N6").quartile());        // 5 of 6 above: 3.33 quarters
        // deciles, nearest rank in ascending order 0 10 20 20 20 30: D_k = note at rank ⌈0.6 k⌉
        assertEquals(List.of("0", "0", "10", "10", "20", "20", "20", "20", "20", "30", "30"),
                seule(r, "N6").groupe().deciles().stream().map(BigDecimal::toPlainString).toList());
        assertEquals(6, r.demandesClassees());
        assertEquals(Departage.REGLE, r.regleDepartage());
    }

    @Test
    void departageIsAComparatorOthersCanReuse() {
        record Candidat(String numero, BigDecimal note, LocalDate depot) {
        }
        List<Candidat> c = new ArrayList<>(List.of(
                new Candidat("B", BigDecimal.TEN, LocalDate.of(2022, 1, 1)),
                new Candidat("A", BigDecimal.TEN, LocalDate.of(2022, 1, 1)),
                new Candidat("C", new BigDecimal("10.5"), LocalDate.of(2024, 1, 1)),
                new Candidat("D", BigDecimal.TEN, LocalDate.of(2021, 6, 1))));
        c.sort(Departage.ordre(Candidat::note, Candidat::depot, Candidat::numero));
        assertEquals(List.of("C", "D", "A", "B"), c.stream().map(Candidat::numero).toList());
    }

    @Test
    void aDemandeBelongsToTheGroupOfEachTypologyInEachCommune() {
        Demande deux = demande("D2", LocalDate.of(2024, 1, 1), 1, Registre.NICE, Registre.CAGNES).build().toBuilder()
                .typologies(Typologie.T3).build();                         // T2 and T3, Nice and Cagnes
        Demande t3 = demande("D3", LocalDate.of(2024, 2, 1), 2, Registre.CAGNES).build().toBuilder()
                .typologies(Typologie.T3).build();                         // T2 and T3 in Cagnes
        Demande t2 = demande("D4", LocalDate.of(2023, 2, 1), 1, Registre.NICE).build();
        ClassementResult r = classement().classer(List.of(deux, t3, t2));

        List<Position> p = r.positions("D2");
        assertEquals(List.of(Registre.NICE + " T2", Registre.NICE + " T3", Registre.CAGNES + " T2",
                Registre.CAGNES + " T3"), p.stream().map(x -> x.commune() + " " + x.typologie().code()).toList());
        // Nice T2: D4 (10, 2023) then D2 (10, 2024); Nice T3: D2 alone; Cagnes T2 and T3: D3 (20) then D2
        assertEquals(List.of(2, 1, 2, 2), p.stream().map(Position::rang).toList());
        assertEquals(List.of(2, 1, 2, 2), p.stream().map(Position::taille).toList());
        assertEquals(List.of(0, 0, 1, 1), p.stream().map(Position::noteSuperieure).toList());
        List<GroupeAnalogue> g = r.groupes();
        assertEquals(List.of(Registre.CAGNES + " T2 2", Registre.CAGNES + " T3 2", Registre.NICE + " T2 2",
                Registre.NICE + " T3 1"), g.stream().map(x -> x.territoire() + " " + x.typologie().code() + " "
                + x.taille()).toList());
        assertEquals("Cagnes-sur-Mer", g.get(0).nomTerritoire());
        assertEquals(7, r.nombrePositions());
        assertEquals(7, g.stream().mapToInt(GroupeAnalogue::taille).sum());
        List<String> vues = new ArrayList<>();
        r.forEachPosition(x -> vues.add(x.numeroUnique() + "@" + x.commune() + x.typologie().code() + "#" + x.rang()));
        assertEquals(List.of("D3@06027T2#1", "D2@06027T2#2", "D3@06027T3#1", "D2@06027T3#2", "D4@06088T2#1",
                "D2@06088T2#2", "D2@06088T3#1"), vues);
    }

    @Test
    void anEpciGroupCountsADemandeOnceWithItsBestNote() {
        // lives in Antibes: 10 + 1 in Antibes, 10 in Vallauris; the EPCI group ranks it with 11
        Demande antibes = demande("E1", LocalDate.of(2024, 3, 1), 1, Registre.ANTIBES, Registre.VALLAURIS).build()
                .toBuilder().logeEn(ModeleLogement.LOCATAIRE_PRIVE, Registre.ANTIBES, 600, 1, Typologie.T2, 45).build();
        Demande biot = demande("E2", LocalDate.of(2022, 3, 1), 1, Registre.BIOT).build();   // 10, lives in Nice
        ClassementResult r = classement().classer(List.of(biot, antibes));

        List<Position> p = r.positions("E1");
        assertEquals(2, p.size());
        for (Position x : p) {
            assertEquals(1, x.rang());
            assertEquals(2, x.taille());
            assertEquals(0, new BigDecimal("11").compareTo(x.note()));
            assertEquals(Analogie.TYPOLOGIE_EPCI, x.groupe().analogie());
            assertEquals(Registre.SIREN_CASA, x.groupe().territoire());
        }
        assertEquals(List.of(Registre.ANTIBES, Registre.VALLAURIS), p.stream().map(Position::commune).toList());
        assertEquals(2, seule(r, "E2").rang());
        assertEquals(1, r.groupes().size());
        assertEquals(3, r.nombrePositions());
        List<Integer> rangs = new ArrayList<>();
        r.forEachPosition(x -> rangs.add(x.rang()));
        assertEquals(List.of(1, 1, 2), rangs);
    }

    @Test
    void resourceBandsSplitGroupsByResourcesPerConsumptionUnit() {
        Classement c = Classement.builder(engine).dateEvaluation(EVALUATION).analogie(Analogie.TYPOLOGIE_RESSOURCES)
                .build();
        Demande seul = demande("R1", LocalDate.of(2024, 1, 1), 0, Registre.NICE).build();   // 2000 € for 1 UC
        // a couple and a child under 14: 1 + 0.5 + 0.3 = 1.8 UC for 2000 €: 1111 € per UC
        Demande famille = demande("R2", LocalDate.of(2024, 1, 1), 1, Registre.NICE)
                .cotitulaire(Adulte.neLe(LocalDate.of(1986, 1, 1)), LienDemandeur.CONJOINT).build();
        Demande autre = demande("R3", LocalDate.of(2023, 1, 1), 0, Registre.NICE).demandeur(
                Adulte.neLe(LocalDate.of(1985, 4, 12)).avecRessource(NatureRessource.SALAIRE, 1900)).build();
        assertEquals(4, c.tranche(seul).orElseThrow().rang());
        assertEquals(2, c.tranche(famille).orElseThrow().rang());
        assertEquals("de 600 € à moins de 1200 € par mois et par unité de consommation",
                c.tranche(famille).orElseThrow().libelle());
        assertEquals("1800 € ou plus par mois et par unité de consommation", c.tranche(seul).orElseThrow().libelle());

        ClassementResult r = c.classer(List.of(seul, famille, autre));
        assertEquals(2, r.groupes().size());
        assertEquals(2, seule(r, "R1").taille());
        assertEquals(1, seule(r, "R3").rang());                        // same band as R1, same note, filed earlier
        assertEquals(2, seule(r, "R1").rang());
        assertEquals(1, seule(r, "R2").taille());
        assertEquals(2, seule(r, "R2").groupe().tranche().rang());
        assertEquals(Registre.NICE, seule(r, "R2").groupe().territoire());
    }

    @Test
    void radiatedExpiredInvalidAndDuplicateDemandesAreCountedNotRanked() {
        LocalDate il2ans = EVALUATION.minusYears(2);
        List<Demande> stock = List.of(
                demande("OK", il2ans, 0, Registre.NICE, Registre.MENTON).build(),
                // never renewed, filed a year and a day before: expired; filed exactly a year before: valid
                demande("EXP1", EVALUATION.minusYears(1).minusDays(1), 0, Registre.NICE).renouveleeLe(null).build(),
                demande("BORD", EVALUATION.minusYears(1), 0, Registre.NICE).renouveleeLe(null).build(),
                // renewed 13 months before
                demande("EXP2", il2ans, 0, Registre.NICE).renouveleeLe(EVALUATION.minusMonths(13)).build(),
                demande("RAD", il2ans, 0, Registre.NICE).build(),
                demande("RADLENDEMAIN", il2ans, 0, Registre.NICE).build(),
                demande("INV", il2ans, 0, Registre.NICE).build(),   // replaced below by one without typology
                demande("OK", il2ans, 3, Registre.NICE).build());
        Demande sansTypologie = new Demande("INV", il2ans, EVALUATION.minusMonths(2), stock.get(6).menage(), stock.get(6).logementActuel(),
                List.of(), List.of(), List.of(Registre.NICE), null, null, null, List.of(), false, List.of());
        List<Demande> avecInvalide = new ArrayList<>(stock);
        avecInvalide.set(6, sansTypologie);
        ClassementResult r = Classement.builder(engine).dateEvaluation(EVALUATION)
                .radiations(Map.of("RAD", EVALUATION, "RADLENDEMAIN", EVALUATION.plusDays(1))).build()
                .classer(avecInvalide);

        Exclusions e = r.exclusions();
        assertEquals(2, e.nombre(MotifExclusion.EXPIREE));
        assertEquals(1, e.nombre(MotifExclusion.RADIEE));
        assertEquals(1, e.nombre(MotifExclusion.INVALIDE));
        assertEquals(1, e.nombre(MotifExclusion.DOUBLON));
        assertEquals(1, e.nombre(MotifExclusion.SANS_GRILLE));   // OK's Menton
        assertEquals(0, e.nombre(MotifExclusion.ERREUR));
        assertEquals(1, e.invalides().size());
        assertEquals("INV", e.invalides().get(0).numeroUnique());
        assertTrue(e.invalides().get(0).problemes().stream().anyMatch(p -> p.champ().equals("typologies")),
                e.invalides().toString());
        assertEquals(3, r.demandesClassees());                    // OK, BORD, RADLENDEMAIN
        assertEquals(8, r.demandesLues());
        assertTrue(r.positions("EXP1").isEmpty());
        assertTrue(r.positions("RAD").isEmpty());
        assertEquals(3, seule(r, "OK").taille());
        assertEquals(0, new BigDecimal("0").compareTo(seule(r, "OK").note()));   // the first OK, not the duplicate
    }

    @Test
    void waitingTimeIsTheMeanAndMedianOfWholeMonthsInTheWindow() {
        List<Attribution> h = new ArrayList<>();
        LocalDate fin = EVALUATION;                              // 30 June 2025
        for (int mois : new int[] {3, 5, 10, 12, 20}) {
            h.add(new Attribution(fin.minusMonths(mois), fin, Typologie.T2, Registre.NICE, false));
        }
        // window edges: 30 June 2024 is out, 1 July 2024 in, 1 July 2025 out
        h.add(new Attribution(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), Typologie.T3, Registre.NICE, false));
        h.add(new Attribution(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1), Typologie.T3, Registre.NICE, true));
        h.add(new Attribution(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 7, 1), Typologie.T3, Registre.NICE, false));
        // 31 January to 29 February 2024 is one whole month (art. 641 CPC)
        h.add(new Attribution(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), Typologie.T4, Registre.NICE, false));
        h.add(new Attribution(null, fin, Typologie.T2, Registre.NICE, false));          // unusable
        Classement c = Classement.builder(engine).dateEvaluation(EVALUATION).historique(h).build();

        DelaiAttente d = c.delaiAttente(Typologie.T2, Registre.NICE);
        assertEquals(5, d.nombre());
        assertTrue(d.suffisant());
        assertEquals(10.0, d.moyenneMois(), 1e-9);
        assertEquals(10.0, d.medianeMois(), 1e-9);
        assertEquals(LocalDate.of(2024, 7, 1), d.debut());
        assertEquals(fin, d.fin());
        assertNull(d.repli());
        assertEquals(DelaiAttente.Perimetre.COMMUNE, d.perimetre());
        assertEquals("Nice", d.nomTerritoire());
        assertEquals(1, c.attributionsEcartees());
        assertEquals(1, c.delaiAttente(Typologie.T3, Registre.NICE).nombre());

        h.add(new Attribution(fin.minusMonths(6), fin.minusDays(3), Typologie.T2, Registre.NICE, false));  // 5 months
        DelaiAttente pair = Classement.builder(engine).dateEvaluation(EVALUATION).historique(h).build()
                .delaiAttente(Typologie.T2, Registre.NICE);
        assertEquals(6, pair.nombre());
        assertEquals(55.0 / 6, pair.moyenneMois(), 1e-9);         // 3 5 5 10 12 20
        assertEquals(7.5, pair.medianeMois(), 1e-9);

        DelaiAttente t4 = Classement.builder(engine).dateEvaluation(LocalDate.of(2024, 3, 1)).historique(h)
                .minimumAttributions(1).build().delaiAttente(Typologie.T4, Registre.NICE);
        assertEquals(1.0, t4.moyenneMois(), 1e-9);
    }

    @Test
    void tooFewAttributionsFallBackToTheEpciAndSaySo() {
        List<Attribution> h = new ArrayList<>();
        for (int mois : new int[] {8, 30}) {
            h.add(new Attribution(EVALUATION.minusMonths(mois), EVALUATION, Typologie.T2, Registre.CAGNES, false));
        }
        for (int mois : new int[] {2, 4, 6}) {
            h.add(new Attribution(EVALUATION.minusMonths(mois), EVALUATION, Typologie.T2, Registre.NICE, false));
        }
        Classement c = Classement.builder(engine).dateEvaluation(EVALUATION).historique(h).build();
        ClassementResult r = c.classer(List.of(demande("C1", LocalDate.of(2024, 1, 1), 0, Registre.CAGNES).build()));

        DelaiAttente d = seule(r, "C1").groupe().delaiAttente();
        assertEquals(Registre.CAGNES, d.territoire());
        assertEquals(2, d.nombre());
        assertFalse(d.suffisant());
        assertNull(d.moyenneMois());
        assertNull(d.medianeMois());
        DelaiAttente epci = d.repli();
        assertEquals(DelaiAttente.Perimetre.EPCI, epci.perimetre());
        assertEquals(Registre.SIREN_NCA, epci.territoire());
        assertEquals(5, epci.nombre());
        assertEquals(10.0, epci.moyenneMois(), 1e-9);             // 2 4 6 8 30
        assertEquals(6.0, epci.medianeMois(), 1e-9);
        assertEquals(epci, d.retenu().orElseThrow());

        Classement exigeant = Classement.builder(engine).dateEvaluation(EVALUATION).historique(h)
                .minimumAttributions(6).build();
        DelaiAttente rien = exigeant.delaiAttente(Typologie.T2, Registre.CAGNES);
        assertFalse(rien.repli().suffisant());
        assertTrue(rien.retenu().isEmpty());
        // Menton's EPCI has no attribution: no figure, fallback stated with a count of 0
        assertEquals(0, exigeant.delaiAttente(Typologie.T2, Registre.MENTON).repli().nombre());
    }

    @Test
    void parallelAndSequentialPassesGiveTheSamePositions() {
        List<Demande> stock = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            stock.add(demande(String.format("P%03d", 59 - i), LocalDate.of(2023, 1 + i % 12, 1), i % 4,
                    i % 3 == 0 ? Registre.NICE : Registre.CAGNES, Registre.ANTIBES).build());
        }
        List<String> parallele = new ArrayList<>();
        classement().classer(stock).forEachPosition(p -> parallele.add(p.toString()));
        List<String> sequentielle = new ArrayList<>();
        Classement.builder(engine).dateEvaluation(EVALUATION).parallele(false).build().classer(stock)
                .forEachPosition(p -> sequentielle.add(p.toString()));
        assertEquals(120, parallele.size());
        assertEquals(sequentielle, parallele);
    }
}
