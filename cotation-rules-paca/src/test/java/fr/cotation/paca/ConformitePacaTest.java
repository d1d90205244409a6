package fr.cotation.paca;

import fr.cotation.CotationEngine;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Conformite;
import fr.cotation.conformite.Constat;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.pack.PackDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shipped pack passes the compliance check with no error; the warnings are the sensitive criteria of the
 * Métropole Nice Côte d'Azur, each justified in its descriptor. docs/conformite.md ("The shipped packs") lists the same warnings.
 */
class ConformitePacaTest {
    static CotationEngine engine;
    static List<Conformite> rapports;

    @BeforeAll
    static void load() {
        engine = MoteurPaca.engine();
        rapports = engine.conformite();
    }

    @Test
    void every_shipped_pack_is_checked_the_base_included() {
        assertEquals(26, rapports.size());
        assertTrue(rapports.stream().anyMatch(r -> r.pack().equals("paca-base") && r.version().equals("2024.1")));
    }

    @Test
    void no_shipped_pack_has_an_error() {
        for (Conformite r : rapports) {
            assertEquals(List.of(), r.erreurs(), r.pack());
            assertTrue(r.conforme(), r.pack());
        }
    }

    @Test
    void the_warnings_are_the_five_sensitive_criteria_of_nice() {
        List<String> avertissements = rapports.stream().flatMap(r -> r.avertissements().stream()
                .filter(c -> c.code() == CodeConstat.C004)
                .map(c -> r.pack() + " | " + c.code() + " | " + c.fichier() + ":" + c.ligne() + " | " + c.regle() + " | "
                        + c.message().substring("critère ".length(), c.message().indexOf(" : critère sensible"))))
                .toList();

        assertEquals(List.of(
                "nice-cote-azur | C004 | nice-cote-azur/regles/criteres-locaux.drl:19 | Ménage qui travaille"
                        + " | NCA_MENAGE_ACTIF fondé sur l'emploi (nombreActifs)",
                "nice-cote-azur | C004 | nice-cote-azur/regles/criteres-locaux.drl:30 | Profession essentielle"
                        + " | NCA_PROFESSION_ESSENTIELLE fondé sur l'emploi (PROFESSION_ESSENTIELLE)",
                "nice-cote-azur | C004 | nice-cote-azur/regles/criteres-locaux.drl:41 | Jeune en parcours d'insertion"
                        + " | NCA_JEUNE_INSERTION fondé sur l'âge (ageDemandeur, JEUNE_EN_INSERTION) et l'emploi"
                        + " (JEUNE_EN_INSERTION)",
                "nice-cote-azur | C004 | nice-cote-azur/regles/criteres-locaux.drl:56 | Habite et travaille dans la Métropole"
                        + " | NCA_HABITE_ET_TRAVAILLE fondé sur le lieu de résidence (habiteLeTerritoire) et l'emploi"
                        + " (travailleSurLeTerritoire)",
                "nice-cote-azur | C004 | nice-cote-azur/regles/criteres-locaux.drl:67 | Travaille dans la commune demandée"
                        + " | NCA_TRAVAILLE_COMMUNE fondé sur l'emploi (travaille)"), avertissements);
        assertTrue(rapports.stream().flatMap(r -> r.avertissements().stream()).filter(c -> c.code() == CodeConstat.C004)
                .map(Constat::message).allMatch(m -> m.endsWith("justification écrite dans le descripteur")));
    }

    /**
     * Issue 16: the base's separation bonus (C022) and the legal priorities that weigh less than the local part (C026:
     * DALO against every local criterion together, seven categories against the 36 points of seniority) are warnings
     * whose justification the base writes; the need-based uses of a protected ground are information (C023).
     */
    @Test
    void every_warning_on_grounds_and_weights_is_justified_in_the_base() {
        PackDescriptor cannes = engine.packPour("06029", NiceCoteAzurPackTest.DATE).orElseThrow();
        Conformite r = rapports.stream().filter(x -> x.pack().equals("cannes-pays-de-lerins")).findFirst().orElseThrow();
        List<String> avertissements = r.avertissements().stream().map(c -> c.code() + " " + c.regle()).toList();
        assertEquals(List.of("C026 DALO actif", "C026 Priorité b) sortie d'appartement de coordination thérapeutique",
                "C026 Priorité c) mal logé ou défavorisé", "C026 Priorité d) hébergé en structure",
                "C026 Priorité e) reprise d'activité", "C026 Priorité f) habitat indigne",
                "C026 Priorité j) enfant mineur en logement sur-occupé ou non décent",
                "C026 Priorité m) sortie de l'aide sociale à l'enfance", "C022 Divorce ou séparation"),
                avertissements);
        for (Constat c : r.avertissements()) {
            assertTrue(c.message().endsWith("justification écrite dans le descripteur, publiée avec la grille"), c.message());
        }
        assertTrue(cannes.justifications().keySet().containsAll(List.of("DALO", "SEPARATION", "L441_1_B", "L441_1_C",
                "L441_1_D", "L441_1_E", "L441_1_F", "L441_1_J", "L441_1_M")));
        assertEquals(List.of("C023 Famille monoparentale", "C023 Naissance attendue", "C023 Raisons de santé"),
                r.informations().stream().filter(c -> c.code() == CodeConstat.C023).map(c -> c.code() + " " + c.regle())
                        .toList());
    }

    @Test
    void no_shipped_pack_reaches_outside_the_rule_vocabulary() {
        assertTrue(rapports.stream().flatMap(r -> r.constats().stream()).noneMatch(c -> c.code().surete()));
    }

    @Test
    void refusal_effects_are_declared_by_the_base_and_inherited_or_replaced() {
        PackDescriptor nice = engine.packPour("06088", NiceCoteAzurPackTest.DATE).orElseThrow();
        PackDescriptor cannes = engine.packPour("06029", NiceCoteAzurPackTest.DATE).orElseThrow();

        // Nice inherits the base's declaration; its own malus replaces the base's criterion
        assertEquals(List.of(new EffetDesRefus("REFUS_SANS_MOTIF", 12), new EffetDesRefus("NCA_REFUS_SANS_MOTIF", 24)),
                nice.effetsDesRefus());
        assertEquals(List.of(new EffetDesRefus("REFUS_SANS_MOTIF", 12)), cannes.effetsDesRefus());
        assertEquals(14, nice.justifications().size()); // its 5 and the base's 9
        assertTrue(nice.justifications().get("NCA_MENAGE_ACTIF").contains("avis 25-01"));
        assertEquals(CodeConstat.C004, rapports.stream().filter(r -> r.pack().equals("nice-cote-azur"))
                .findFirst().orElseThrow().constats().stream().filter(c -> c.fichier().startsWith("nice-cote-azur/"))
                .findFirst().orElseThrow().code());
    }
}
