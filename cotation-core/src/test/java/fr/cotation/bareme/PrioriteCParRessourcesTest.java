package fr.cotation.bareme;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.TypeContrat;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Verif.seule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pack {@code packs/priorite-c}: category c) of art. L.441-1 CCH from resources under a dated ceiling by household
 * category that the pack sets (key {@code difficultesFinancieres}: 1,000 € a month for one person from 2025, 900 € in
 * 2024, 1,850 € for category 4), and the rent without resources that the grille scores as the highest band.
 */
class PrioriteCParRessourcesTest {
    private static final CotationEngine ENGINE = Moteurs.packs("priorite-c");

    private static Adulte gagnant(double salaire) {
        return Adulte.neLe(LocalDate.of(1985, 4, 12)).avecSituationProfessionnelle(TypeContrat.CDI, Registre.NICE)
                .avecRessource(NatureRessource.SALAIRE, salaire);
    }

    private static List<String> criteres(Demande d, LocalDate date) {
        Cotation c = seule(ENGINE.coter(d, date));
        assertEquals(Cotation.Statut.COTEE, c.statut(), c::toString);
        return fr.cotation.testing.Verif.criteres(c);
    }

    @ParameterizedTest(name = "seul, {0} € par mois au {1} : catégorie c) = {2}")
    @CsvSource({
            "950,  2025-06-30, true",    // 2025 ceiling of category 1: 1,000 €
            "1000, 2025-06-30, true",    // at the ceiling: not above it
            "1001, 2025-06-30, false",
            "950,  2024-06-30, false",   // 2024 ceiling: 900 €
            "899,  2024-06-30, true",
            "500,  2023-06-30, false"})  // no ceiling in force before 2024: the law sets no amount
    void theCeilingInForceAtTheDateDecides(double salaire, LocalDate date, boolean c) {
        Demande d = Demandes.base().deposeeLe(LocalDate.of(2023, 1, 1)).demandeur(gagnant(salaire)).build();
        assertEquals(c, criteres(d, date).contains("L441_1_C"), () -> criteres(d, date).toString());
    }

    @Test
    void theCeilingIsTheOneOfTheHouseholdCategory() {
        // a single parent with two children: 3 persons, one adult with dependants +1 = catégorie 4, ceiling 1,850 €
        Demande famille = Demandes.base().demandeur(gagnant(1800)).enfant(LocalDate.of(2015, 1, 1))
                .enfant(LocalDate.of(2018, 1, 1)).build();
        assertTrue(criteres(famille, EVALUATION).contains("L441_1_C"));
        Demande seul = Demandes.base().demandeur(gagnant(1800)).build();
        assertFalse(criteres(seul, EVALUATION).contains("L441_1_C"), "1,800 € alone is above 1,000 €");
    }

    @Test
    void undeclaredResourcesNeverQualifyAndARentWithoutResourcesIsScored() {
        Demande sansDeclaration = Demandes.base().demandeur(Adulte.neLe(LocalDate.of(1985, 4, 12))).build();
        assertEquals(List.of(), criteres(sansDeclaration, EVALUATION), "unknown is not zero");

        // 600 € of rent, resources declared at 0: no taux d'effort, but a fact the grille scores as its highest band
        Demande sansRessources = Demandes.base().demandeur(gagnant(0)).build();
        assertEquals(List.of("L441_1_C", "SANS_RESSOURCES"), criteres(sansRessources, EVALUATION).stream().sorted().toList());
    }

    @Test
    void aMalformedCeilingIsAPackProblemNamingTheKey(@TempDir Path dir) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("p"));
        Files.writeString(pack.resolve("pack.yaml"), """
                id: test-plafond-faux
                nom: Test
                epci: "200030195"
                version: "1"
                statut: adoptee
                enVigueurDu: 2020-01-01
                difficultesFinancieres:
                  - enVigueurDu: 2025-01-01
                    reference: "test"
                    plafondsMensuels: [1000, 1300, 1550]
                grilles:
                  principale: [r.drl]
                """);
        Files.writeString(pack.resolve("r.drl"), "package t;\n");
        CotationEngine e = Moteurs.depuis(dir);
        assertTrue(e.problemesPacks().stream().anyMatch(p -> p.toString().contains("difficultesFinancieres[0]")
                && p.toString().contains("six montants")), () -> e.problemesPacks().toString());
    }

    @Test
    void thePublishedGrilleShowsTheCeilingsWithTheirDatesAndSources() {
        String md = fr.cotation.publication.GrillePubliee.de(ENGINE, "test-priorite-c", "1").orElseThrow().markdown();
        assertTrue(md.contains("à partir du 2025-01-01 : catégorie 1 : 1000 €, catégorie 2 : 1300 €"), md);
        assertTrue(md.contains("300 € par personne supplémentaire (plafond de test 2025)"), md);
        assertTrue(md.contains("à partir du 2024-01-01 : catégorie 1 : 900 €"), md);
    }
}
