package fr.cotation.paca;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.Ligne;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Conformite;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import fr.cotation.publication.GrillePubliee;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the shipped packs rest on (issue 15, part 2): the Métropole's grille applies to every demande, so a mutation
 * demande loses none of its criteria; the documented grilles penalise repeated refusal only; a criterion that no
 * source gives is marked as a proposal; the employment bonuses stay below the smallest legal priority, as the pack
 * says. Evaluation date 2025-06-30.
 */
class SourcesDesPacksTest {
    static final LocalDate DATE = LocalDate.of(2025, 6, 30);
    static final String NICE = "06088";
    static CotationEngine engine;

    @BeforeAll
    static void load() {
        engine = MoteurPaca.engine();
    }

    /** A social tenant in Nice, victim of family violence, in work in Nice: the household of the issue. */
    private static Demande.Builder locataireSocial() {
        return Demande.builder().numeroUnique("V1").deposeeLe(LocalDate.of(2023, 3, 1))
                .demandeur(Adulte.neLe(LocalDate.of(1990, 9, 9)).avecSituationProfessionnelle(TypeContrat.CDI, NICE)
                        .avecRessource(NatureRessource.SALAIRE, 1500))
                .enfant(LocalDate.of(2016, 4, 4))
                .logeEn(ModeleLogement.LOCATAIRE_HLM, NICE, 500, 2, Typologie.T2, 45)
                .motif(MotifDemande.VIOLENCES_FAMILIALES, Preuve.DECLAREE)
                .typologies(Typologie.T3).communesSouhaitees(NICE);
    }

    private static Map<String, BigDecimal> lignes(Cotation c) {
        assertEquals(Cotation.Statut.COTEE, c.statut(), c::message);
        Map<String, BigDecimal> m = new TreeMap<>();
        c.lignes().forEach(l -> m.merge(l.critere(), l.points(), BigDecimal::add));
        return m;
    }

    // ------------------------------------------------------------------------------------------ mutation

    @Test
    void the_same_household_as_first_demande_and_as_mutation_keeps_every_line() {
        List<Demande> menages = List.of(
                locataireSocial().build(),
                locataireSocial().situation("PROFESSION_ESSENTIELLE", Preuve.VALIDEE).build(),
                locataireSocial().logeEn(ModeleLogement.LOCATAIRE_HLM, NICE, 900, 2, Typologie.T4, 80).build(),
                locataireSocial().situation("VIOLENCES_CONJUGALES", Preuve.JUSTIFIEE).build());
        for (Demande premiere : menages) {
            Cotation principale = engine.coter(premiere, DATE).commune(NICE).orElseThrow();
            Cotation mutation = engine.coter(premiere.toBuilder().mutation(true).build(), DATE).commune(NICE).orElseThrow();
            assertEquals("principale", principale.grille());
            assertEquals("mutation", mutation.grille());
            Map<String, BigDecimal> avant = lignes(principale);
            Map<String, BigDecimal> apres = lignes(mutation);
            avant.forEach((code, pts) -> assertEquals(pts, apres.get(code),
                    () -> code + " : la demande de mutation perd ou change une ligne de la grille principale " + apres));
            assertTrue(mutation.total().compareTo(principale.total()) >= 0, "a mutation never scores less");
            apres.keySet().stream().filter(code -> !avant.containsKey(code))
                    .forEach(code -> assertTrue(code.startsWith("NCA_MUTATION_"), code + " only the mutation criteria are added"));
        }
        // the household of the issue: family violence, working household and territory link count in both grilles
        Map<String, BigDecimal> mutation = lignes(engine.coter(locataireSocial().mutation(true).build(), DATE)
                .commune(NICE).orElseThrow());
        assertEquals(new BigDecimal("20"), mutation.get("NCA_VIOLENCES_FAMILIALES"));
        assertEquals(new BigDecimal("5"), mutation.get("NCA_MENAGE_ACTIF"));
        assertEquals(new BigDecimal("5"), mutation.get("NCA_HABITE_ET_TRAVAILLE"));
    }

    @Test
    void the_mutation_grille_has_every_criterion_of_the_main_one_and_its_own_are_proposals() {
        Grille principale = engine.grille("nice-cote-azur", "2023.1", "principale").orElseThrow();
        Grille mutation = engine.grille("nice-cote-azur", "2023.1", "mutation").orElseThrow();
        Set<String> codes = mutation.criteres().stream().map(CritereDeGrille::code).collect(Collectors.toSet());
        principale.criteres().forEach(c -> assertTrue(codes.contains(c.code()), c.code() + " missing from mutation"));
        for (CritereDeGrille c : mutation.criteres()) {
            if (c.code().startsWith("NCA_MUTATION_")) {
                assertNotNull(c.proposition(), c.code() + " is in no published grille: a proposal");
            }
        }
    }

    // ------------------------------------------------------------------------------------------ refusals

    @Test
    void no_shipped_territory_takes_points_at_the_first_refusal() {
        List<String> penalisent = new ArrayList<>();
        for (PackDescriptor p : engine.packs()) {
            if (p.epci() == null || p.communes().isEmpty()) {
                continue;
            }
            String commune = p.communes().get(0);
            Demande sans = Demande.builder().numeroUnique("R" + p.id().hashCode()).deposeeLe(LocalDate.of(2024, 1, 15))
                    .demandeur(Adulte.neLe(LocalDate.of(1980, 1, 1)))
                    .logeEn(ModeleLogement.PROPRIETAIRE_OCCUPANT, commune, Preuve.DECLAREE)
                    .typologies(Typologie.T2).communesSouhaitees(commune).build();
            Cotation zero = engine.coter(sans, DATE).cotations().get(0);
            Cotation un = engine.coter(sans.toBuilder().refus(DATE.minusMonths(2), false).build(), DATE).cotations().get(0);
            Cotation deux = engine.coter(sans.toBuilder().refus(DATE.minusMonths(2), false)
                    .refus(DATE.minusMonths(4), false).build(), DATE).cotations().get(0);
            assertEquals(Cotation.Statut.COTEE, zero.statut(), p.id() + " " + zero.message());
            if (un.total().compareTo(zero.total()) != 0) {
                penalisent.add(p.id() + " " + zero.total() + " -> " + un.total());
            }
            assertTrue(deux.total().compareTo(zero.total()) < 0, p.id() + " : a repeated refusal still costs points");
        }
        assertEquals(List.of(), penalisent, "the first refusal without legitimate reason costs nothing");
    }

    // ------------------------------------------------------------------------------------------ proposals

    @Test
    void criteria_no_source_gives_are_marked_as_proposals() {
        Map<String, CritereDeGrille> nice = new LinkedHashMap<>();
        engine.grille("nice-cote-azur", "2023.1", "mutation").orElseThrow().criteres().forEach(c -> nice.put(c.code(), c));
        Set<String> proposes = new TreeSet<>();
        nice.values().stream().filter(CritereDeGrille::propose).forEach(c -> proposes.add(c.code()));
        assertEquals(new TreeSet<>(List.of("DELAI_ANORMALEMENT_LONG", "NCA_JEUNE_INSERTION", "NCA_MUTATION_HANDICAP",
                "NCA_MUTATION_LOYER", "NCA_MUTATION_SOUS_OCCUPATION", "NCA_TRAVAILLE_COMMUNE", "SANTE",
                "TAUX_EFFORT_RESSOURCES_NULLES")), proposes);
        assertTrue(nice.get("NCA_JEUNE_INSERTION").proposition().contains("30 ans"));
        // the documented criteria cite the Métropole's deliberation, the legal ones their article
        assertTrue(nice.get("NCA_MENAGE_ACTIF").reference().contains("conseil métropolitain du 14 décembre 2022"));
        assertNull(nice.get("NCA_MENAGE_ACTIF").proposition());
        assertTrue(nice.get("MONOPARENTAL").reference().startsWith("art. L.441-1 al. 1 CCH"));

        Map<String, CritereDeGrille> socle = new LinkedHashMap<>();
        engine.grille("sophia-antipolis", "2022.1", "principale").orElseThrow().criteres().forEach(c -> socle.put(c.code(), c));
        assertNotNull(socle.get("REFUS_SANS_MOTIF").proposition(), "no territory of the base documents a malus");
        assertNull(socle.get("CASA_SINISTRE").proposition());
        assertTrue(socle.get("CASA_SINISTRE").reference().contains("29 novembre 2021"));
    }

    @Test
    void the_published_grille_shows_the_proposals() {
        String md = GrillePubliee.de(engine, "nice-cote-azur", "2023.1").orElseThrow().markdown();
        // the 7 of the Métropole and the base's zero-resources rent line (issue 15)
        assertTrue(md.contains("8 critères, ou une de leurs conditions, ne viennent d'aucune source"), md);
        assertTrue(md.contains("proposition du projet : absent des critères publiés par la Métropole"), md);
        assertFalse(md.contains("grille métropolitaine 2023"), "a name is no reference");
    }

    @Test
    void no_shipped_rule_lacks_a_reference() {
        for (Conformite r : engine.conformite()) {
            assertTrue(r.constats().stream().noneMatch(c -> c.code() == CodeConstat.C011), () -> r.pack() + " " + r.constats());
        }
    }

    // ------------------------------------------------------------------------------------------ employment

    /**
     * The pack says the employment bonuses stay below the legal priorities: the most they can give together (each
     * rubrique's criteria added up, or the best one, within the rubrique's cap) is less than the smallest points of an
     * L.441-1 category. The employment-based criteria are those the compliance check finds (C004, "l'emploi").
     */
    @Test
    void the_employment_bonuses_together_stay_below_the_smallest_legal_priority() {
        Grille g = engine.grille("nice-cote-azur", "2023.1", "principale").orElseThrow();
        Conformite c = engine.conformite("nice-cote-azur", "2023.1").orElseThrow();
        Set<String> emploi = new TreeSet<>();
        c.avertissements().stream().filter(x -> x.code() == CodeConstat.C004 && x.message().contains("l'emploi"))
                .forEach(x -> emploi.add(x.message().substring("critère ".length(), x.message().indexOf(' ', "critère ".length()))));
        assertEquals(Set.of("NCA_HABITE_ET_TRAVAILLE", "NCA_JEUNE_INSERTION", "NCA_MENAGE_ACTIF",
                "NCA_PROFESSION_ESSENTIELLE", "NCA_TRAVAILLE_COMMUNE"), emploi);
        BigDecimal max = BigDecimal.ZERO;
        for (Rubrique r : g.rubriques()) {
            List<BigDecimal> points = g.criteres().stream().filter(k -> k.rubrique().equals(r.code()) && emploi.contains(k.code()))
                    .map(CritereDeGrille::points).toList();
            if (points.isEmpty()) {
                continue;
            }
            BigDecimal rubrique = r.mode() == Rubrique.Mode.MEILLEUR ? points.stream().reduce(BigDecimal.ZERO, BigDecimal::max)
                    : points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (r.plafond() != null) {
                rubrique = rubrique.min(BigDecimal.valueOf(r.plafond()));
            }
            max = max.add(rubrique);
        }
        BigDecimal plusPetitePriorite = g.criteres().stream().filter(k -> k.rubrique().equals("PRIORITES_L441_1"))
                .map(CritereDeGrille::points).reduce(BigDecimal::min).orElseThrow();
        assertEquals(0, new BigDecimal("20").compareTo(plusPetitePriorite), "categories c) and e)");
        assertEquals(0, new BigDecimal("15").compareTo(max), "10 (professional situation) + 5 (territory link)");
        assertTrue(max.compareTo(plusPetitePriorite) < 0, max + " >= " + plusPetitePriorite);
        PackDescriptor nice = engine.packPour(NICE, DATE).orElseThrow();
        assertTrue(nice.justifications().get("NCA_MENAGE_ACTIF").contains("ne dépassent pas 15 points"));
        assertFalse(nice.justifications().values().stream().anyMatch(j -> j.contains("loin sous")),
                "no claim the grille does not keep");
    }
}
