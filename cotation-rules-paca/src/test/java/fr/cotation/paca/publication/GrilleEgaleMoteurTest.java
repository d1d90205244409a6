package fr.cotation.paca.publication;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.paca.MoteurPaca;
import fr.cotation.territoire.CommuneRef;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The published grille is what the engine computes: for every criterion of every grille (main and mutation) of
 * every shipped pack, a demande in which that criterion applies is scored in a commune of the pack, and the
 * criterion's line must give the points the grille publishes ({@code @points}; per month, {@code @parMois} capped
 * at {@code @plafond}), a repeated malus must stop at its cap, and a malus limited in time must stop counting
 * after {@code @dureeMois}.
 *
 * <p>The cases are data, one per criterion code ({@link #CAS}); a criterion of the regional base has one case,
 * run in every pack that includes it (one engine for all). A criterion with no case fails the test: a new
 * criterion cannot be published unchecked. A case says which other criteria may score beside its own and why
 * (a mutation criterion needs a situation the base also counts; working in the commune is working...); with none,
 * the criterion is the only one that applies.
 */
class GrilleEgaleMoteurTest {
    static final LocalDate DATE = LocalDate.of(2025, 6, 30);

    /**
     * Where a case is scored: {@code commune}, the commune of the pack scored; {@code autreCommune}, another of
     * its communes; {@code horsTerritoire}, a commune of another EPCI; {@code mutation}, scored with the mutation
     * grille.
     */
    record Lieu(String commune, String autreCommune, String horsTerritoire, boolean mutation) {
    }

    /** The quantity a case varies: {@code fois} occurrences (refusals), {@code mois} months (ancienneté, age of a refusal). */
    record Q(int fois, int mois) {
        static final Q UNE_FOIS = new Q(1, 0);
    }

    /** A demande in which the criterion applies, at quantity {@code q}. */
    interface Scenario {
        Demande.Builder demande(Lieu lieu, Q q);
    }

    /**
     * The case of one criterion.
     *
     * @param scenario the demande
     * @param avec     the other criteria that may also give a line, each with why they come along; empty when the
     *                 criterion applies alone
     * @param calcul   the documented computation, for a criterion that declares neither {@code @points} nor
     *                 {@code @parMois} (none in the shipped packs); {@code null} otherwise
     */
    record Cas(Scenario scenario, Map<String, String> avec, Function<Q, BigDecimal> calcul) {
    }

    static final Map<String, Cas> CAS = new LinkedHashMap<>();

    private static void seul(String critere, Scenario s) {
        avec(critere, s, Map.of());
    }

    private static void avec(String critere, Scenario s, Map<String, String> avec) {
        if (CAS.put(critere, new Cas(s, avec, null)) != null) {
            throw new IllegalStateException("deux cas pour " + critere);
        }
    }

    // ------------------------------------------------------------------------------------------ the cases

    private static final String LOYER_MUTATION = "en mutation, un taux d'effort de plus de 30 % est aussi le loyer trop"
            + " lourd de la grille de mutation de Nice";
    private static final String REFUS_ANCIEN = "un refus daté de plusieurs mois suppose une demande au moins aussi ancienne"
            + " (vérification de la durée)";
    private static final String TRAVAILLER = "travailler suppose un emploi : le critère du ménage actif s'applique aussi";

    static {
        // DALO and PDALHPD: a household recognised by the commission or labelled by the departmental plan
        seul("DALO", (l, q) -> base(l).dalo(StatutDalo.ACTIF, DATE.minusMonths(2), Preuve.VALIDEE));
        seul("PDALHPD", (l, q) -> base(l).labelPdalhpd(Preuve.VALIDEE));

        // L.441-1 priorities, each from the situation the catalogue maps to it
        avec("L441_1_A", (l, q) -> base(l).handicap(new Handicap(true, null, null, Preuve.JUSTIFIEE)),
                Map.of("NCA_MUTATION_HANDICAP", "en mutation, le handicap compte aussi dans la grille de mutation de Nice"
                        + " (logement social actuel inadapté)"));
        seul("L441_1_B", (l, q) -> base(l).situation("SORTIE_ACT", Preuve.JUSTIFIEE));
        seul("L441_1_C", (l, q) -> base(l).situation("DIFFICULTES_FINANCIERES_INSERTION", Preuve.JUSTIFIEE));
        seul("L441_1_D", (l, q) -> base(l).logeEn(ModeleLogement.STRUCTURE_HEBERGEMENT, l.commune(), Preuve.VALIDEE));
        seul("L441_1_E", (l, q) -> base(l).situation("REPRISE_ACTIVITE", Preuve.JUSTIFIEE));
        // f) from a procedure or an arrêté of habitat indigne, not from the motif "non décent" (décret 2002-120)
        seul("L441_1_F", (l, q) -> base(l).situation("HABITAT_INDIGNE", Preuve.JUSTIFIEE));
        seul("L441_1_G", (l, q) -> base(l).situation("VIOLENCES_CONJUGALES", Preuve.VALIDEE));
        seul("L441_1_G_BIS", (l, q) -> base(l).situation("VICTIME_VIOL_AGRESSION", Preuve.VALIDEE));
        seul("L441_1_H", (l, q) -> base(l).situation("SORTIE_PROSTITUTION", Preuve.JUSTIFIEE));
        seul("L441_1_I", (l, q) -> base(l).situation("VICTIME_TRAITE", Preuve.JUSTIFIEE));
        // j) through overcrowding with a minor child (the surface norm of D.542-14 CSS)
        avec("L441_1_J", (l, q) -> couple(l).enfant(LocalDate.of(2016, 4, 1))
                        .logeEn(modele(l), l.commune(), 0, 3, Typologie.T2, 20),
                Map.of("SUROCCUPATION", "j) suppose un logement sur-occupé (ou non décent) : la sur-occupation compte"
                        + " aussi dans les conditions de logement"));
        seul("L441_1_K", (l, q) -> base(l).logeEn(ModeleLogement.CHEZ_PARTICULIER, l.commune(), Preuve.VALIDEE));
        seul("L441_1_L", (l, q) -> base(l).motif(MotifDemande.PROCEDURE_EXPULSION, Preuve.JUSTIFIEE));
        seul("L441_1_M", (l, q) -> base(l).demandeur(Adulte.neLe(DATE.minusYears(19)))
                .situation("SORTIE_ASE", Preuve.JUSTIFIEE));

        // housing conditions (D.542-14 CSS: 9 m² for one person) and taux d'effort bands on 1,000 € of resources
        seul("SUROCCUPATION", (l, q) -> base(l).logeEn(modele(l), l.commune(), 0, 1, Typologie.T1, 8));
        avec("SOUS_OCCUPATION", (l, q) -> base(l).logeEn(modele(l), l.commune(), 0, 1, Typologie.T4, 80),
                Map.of("NCA_MUTATION_SOUS_OCCUPATION", "en mutation, libérer ce logement sous-occupé compte aussi dans"
                        + " la grille de mutation de Nice"));
        avec("TAUX_EFFORT_45", (l, q) -> loyer(l, 450), Map.of("NCA_MUTATION_LOYER", LOYER_MUTATION));
        avec("TAUX_EFFORT_30_45", (l, q) -> loyer(l, 400), Map.of("NCA_MUTATION_LOYER", LOYER_MUTATION));
        seul("TAUX_EFFORT_30", (l, q) -> loyer(l, 300));
        // a rent and resources declared at zero: no taux d'effort, the fact the socle scores as its highest band
        seul("TAUX_EFFORT_RESSOURCES_NULLES", (l, q) -> base(l).demandeur(adulte().avecRessource(NatureRessource.RETRAITE, 0))
                .logeEn(modele(l), l.commune(), 450, 1, Typologie.T1, 30));

        // family
        seul("MONOPARENTAL", (l, q) -> base(l).enfant(LocalDate.of(2015, 4, 1)));
        seul("NAISSANCE_ATTENDUE", (l, q) -> couple(l).naissancesAttendues(1));
        seul("SEPARATION", (l, q) -> base(l).motif(MotifDemande.DIVORCE_SEPARATION, Preuve.JUSTIFIEE));
        seul("DECOHABITATION", (l, q) -> base(l).motif(MotifDemande.DECOHABITATION, Preuve.JUSTIFIEE));

        // reasons
        seul("DEMOLITION", (l, q) -> base(l).motif(MotifDemande.DEMOLITION, Preuve.JUSTIFIEE));
        seul("LOGEMENT_REPRIS", (l, q) -> base(l).motif(MotifDemande.LOGEMENT_REPRIS, Preuve.JUSTIFIEE));
        seul("SANTE", (l, q) -> base(l).motif(MotifDemande.RAISONS_DE_SANTE, Preuve.JUSTIFIEE));

        // ancienneté: q.mois months since the first filing
        avec("ANCIENNETE", (l, q) -> base(l).deposeeLe(DATE.minusMonths(q.mois())),
                Map.of("DELAI_ANORMALEMENT_LONG", "passé 36 mois, le délai anormalement long s'ajoute (vérification du plafond)"));
        avec("DELAI_ANORMALEMENT_LONG", (l, q) -> base(l).deposeeLe(DATE.minusMonths(36)),
                Map.of("ANCIENNETE", "le délai anormalement long suppose 36 mois d'ancienneté, qui comptent aussi"));

        // refusals: a first refusal, then q.fois repeated refusals without legitimate reason, q.mois months ago
        avec("REFUS_SANS_MOTIF", GrilleEgaleMoteurTest::refus, Map.of("ANCIENNETE", REFUS_ANCIEN));
        avec("NCA_REFUS_SANS_MOTIF", GrilleEgaleMoteurTest::refus, Map.of("ANCIENNETE", REFUS_ANCIEN));

        // Métropole Nice Côte d'Azur
        seul("NCA_MENAGE_ACTIF", (l, q) -> base(l).demandeur(adulte().avecSituationProfessionnelle(TypeContrat.CDI, null)));
        avec("NCA_PROFESSION_ESSENTIELLE", (l, q) -> base(l)
                        .demandeur(adulte().avecSituationProfessionnelle(TypeContrat.CDI, null))
                        .situation("PROFESSION_ESSENTIELLE", Preuve.VALIDEE),
                Map.of("NCA_MENAGE_ACTIF", "exercer une profession essentielle, c'est travailler : le ménage est actif"));
        seul("NCA_JEUNE_INSERTION", (l, q) -> base(l).demandeur(Adulte.neLe(DATE.minusYears(22)))
                .situation("JEUNE_EN_INSERTION", Preuve.JUSTIFIEE));
        avec("NCA_HABITE_ET_TRAVAILLE", (l, q) -> base(l)
                        .demandeur(adulte().avecSituationProfessionnelle(TypeContrat.CDI, l.autreCommune())),
                Map.of("NCA_MENAGE_ACTIF", TRAVAILLER));
        avec("NCA_TRAVAILLE_COMMUNE", (l, q) -> base(l).logeEn(modele(l), l.horsTerritoire(), Preuve.DECLAREE)
                        .demandeur(adulte().avecSituationProfessionnelle(TypeContrat.CDI, l.commune())),
                Map.of("NCA_MENAGE_ACTIF", TRAVAILLER));
        seul("NCA_VIOLENCES_FAMILIALES", (l, q) -> base(l).motif(MotifDemande.VIOLENCES_FAMILIALES, Preuve.DECLAREE));
        seul("NCA_FRAUDE", (l, q) -> base(l).situation("FRAUDE", Preuve.VALIDEE));
        seul("NCA_INCIVILITES", (l, q) -> base(l).situation("INCIVILITES", Preuve.VALIDEE));
        avec("NCA_MUTATION_SOUS_OCCUPATION", (l, q) -> base(l).logeEn(modele(l), l.commune(), 0, 1, Typologie.T4, 80),
                Map.of("SOUS_OCCUPATION", "le même logement sous-occupé compte aussi dans les conditions de logement du socle"));
        avec("NCA_MUTATION_HANDICAP", (l, q) -> base(l).handicap(new Handicap(true, null, null, Preuve.JUSTIFIEE)),
                Map.of("L441_1_A", "le handicap est aussi la priorité a) de l'art. L.441-1 dans le socle"));
        avec("NCA_MUTATION_LOYER", (l, q) -> loyer(l, 400),
                Map.of("TAUX_EFFORT_30_45", "un loyer trop lourd est aussi un taux d'effort de plus de 30 % dans le socle"));

        // CA de Sophia Antipolis
        seul("CASA_SINISTRE", (l, q) -> base(l).situation("SINISTRE", Preuve.JUSTIFIEE));
        seul("CASA_LOGEMENT_D_ABORD", (l, q) -> base(l).situation("LOGEMENT_D_ABORD", Preuve.VALIDEE));
    }

    /** A single adult of 40 with no resource declared, renting with no rent given, filed on the evaluation date. */
    static Demande.Builder base(Lieu l) {
        return Demande.builder().numeroUnique("GRILLE").deposeeLe(DATE).demandeur(adulte())
                .logeEn(modele(l), l.commune(), Preuve.DECLAREE)
                .typologies(Typologie.T2).communesSouhaitees(l.commune());
    }

    static Adulte adulte() {
        return Adulte.neLe(LocalDate.of(1985, 3, 15));
    }

    /** A social tenant for the mutation grille, a private one otherwise. */
    static ModeleLogement modele(Lieu l) {
        return l.mutation() ? ModeleLogement.LOCATAIRE_HLM : ModeleLogement.LOCATAIRE_PRIVE;
    }

    static Demande.Builder couple(Lieu l) {
        return base(l).cotitulaire(Adulte.neLe(LocalDate.of(1987, 9, 2)), LienDemandeur.CONJOINT);
    }

    /** A rent of {@code loyer} € on 1,000 € of resources: taux d'effort loyer ÷ 10 %. */
    static Demande.Builder loyer(Lieu l, double loyer) {
        return base(l).demandeur(adulte().avecRessource(NatureRessource.RETRAITE, 1000))
                .logeEn(modele(l), l.commune(), loyer, 1, Typologie.T1, 30);
    }

    static Demande.Builder refus(Lieu l, Q q) {
        // the shipped grilles penalise the repeated refusal only: a first refusal without legitimate reason, a month
        // older, costs nothing and makes each of the q.fois refusals a repeated one
        Demande.Builder b = base(l).deposeeLe(DATE.minusMonths(q.mois() + 1L)).refus(DATE.minusMonths(q.mois() + 1L), false);
        for (int i = 0; i < q.fois(); i++) {
            b.refus(DATE.minusMonths(q.mois()), false);
        }
        return b;
    }

    // ------------------------------------------------------------------------------------------ the checks

    /** One grille of one pack, with where its cases are scored. */
    record GrilleEnPack(PackDescriptor pack, Grille grille, Lieu lieu) {
    }

    static List<GrilleEnPack> grilles(CotationEngine engine) {
        List<CommuneRef> toutes = engine.referentiel().communes().stream()
                .sorted(Comparator.comparing(CommuneRef::code)).toList();
        List<GrilleEnPack> list = new ArrayList<>();
        for (PackDescriptor p : engine.packs()) {
            Set<String> territoire = Set.copyOf(p.communes());
            String hors = toutes.stream().map(CommuneRef::code).filter(c -> !territoire.contains(c)).findFirst().orElseThrow();
            for (String nom : List.of(PackDescriptor.PRINCIPALE, PackDescriptor.MUTATION)) {
                engine.grille(p.id(), p.version(), nom).ifPresent(g -> list.add(new GrilleEnPack(p, g,
                        new Lieu(p.communes().get(0), p.communes().get(1), hors, nom.equals(PackDescriptor.MUTATION)))));
            }
        }
        return list;
    }

    @TestFactory
    List<DynamicTest> every_criterion_of_every_published_grille_scores_what_the_grille_says() {
        CotationEngine engine = MoteurPaca.engine();
        assertEquals(List.of(), engine.problemesPacks());
        List<DynamicTest> tests = new ArrayList<>();
        for (GrilleEnPack g : grilles(engine)) {
            for (CritereDeGrille c : g.grille().criteres()) {
                String nom = g.pack().id() + " " + g.grille().nom() + " " + c.code();
                tests.add(DynamicTest.dynamicTest(nom, () -> {
                    try {
                        verifier(engine, g, c);
                    } catch (AssertionError e) {
                        throw new AssertionError(nom + " : " + e.getMessage(), e);
                    }
                }));
            }
        }
        return tests;
    }

    @Test
    void every_case_is_a_criterion_of_a_shipped_grille_and_its_companions_too() {
        Set<String> publies = grilles(MoteurPaca.engine()).stream().flatMap(g -> g.grille().criteres().stream())
                .map(CritereDeGrille::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inutiles = new TreeSet<>(CAS.keySet());
        inutiles.removeAll(publies);
        assertEquals(Set.of(), inutiles, "cases for criteria no grille publishes any more: remove them");
        for (var e : CAS.entrySet()) {
            for (String autre : e.getValue().avec().keySet()) {
                assertTrue(publies.contains(autre), e.getKey() + " : critère compagnon inconnu " + autre);
            }
        }
    }

    static void verifier(CotationEngine engine, GrilleEnPack g, CritereDeGrille c) {
        Cas cas = CAS.get(c.code());
        if (cas == null) {
            fail("aucun cas pour le critère " + c.code() + " (« " + c.libelle() + " », règle « " + c.regle() + " » de "
                    + c.fichier() + ") de la grille " + g.grille().nom() + " du pack " + g.pack().id()
                    + " : ajouter à GrilleEgaleMoteurTest.CAS une demande où il s'applique");
        }
        if (c.points() != null) {
            List<Ligne> l = lignes(engine, g, c, cas, Q.UNE_FOIS);
            assertEquals(1, l.size(), () -> "une ligne " + c.code() + " attendue : " + l);
            assertEquals(c.points(), l.get(0).points(), () -> c.code() + " : la grille publie " + c.points() + " points");
            assertEquals(c.points(), l.get(0).pointsCalcules());
        } else if (c.pointsParMois() != null) {
            BigDecimal plafond = c.plafond() == null ? null : c.plafond().abs();
            int auDela = plafond == null ? 60 : plafond.divide(c.pointsParMois(), 0, RoundingMode.CEILING).intValue() + 5;
            for (int mois : new int[] {1, 7, auDela}) {
                BigDecimal attendu = c.pointsParMois().multiply(BigDecimal.valueOf(mois));
                if (plafond != null && attendu.compareTo(plafond) > 0) {
                    attendu = plafond;
                }
                List<Ligne> l = lignes(engine, g, c, cas, new Q(1, mois));
                assertEquals(1, l.size(), () -> "une ligne " + c.code() + " attendue : " + l);
                assertEquals(0, attendu.compareTo(l.get(0).points()), c.code() + " à " + mois + " mois : la grille publie "
                        + c.pointsParMois() + " par mois" + (plafond == null ? "" : ", plafonné à " + plafond)
                        + ", le moteur donne " + l.get(0).points());
            }
        } else {
            if (cas.calcul() == null) {
                fail(c.code() + " ne déclare ni @points ni @parMois : le cas doit donner le calcul que la grille publie ("
                        + c.bareme() + ")");
            }
            List<Ligne> l = lignes(engine, g, c, cas, Q.UNE_FOIS);
            assertEquals(0, cas.calcul().apply(Q.UNE_FOIS).compareTo(somme(l)), c.code());
        }
        // a repeated criterion stops at its cap
        if (c.points() != null && c.plafond() != null) {
            int fois = c.plafond().abs().divide(c.points().abs(), 0, RoundingMode.FLOOR).intValue() + 1;
            List<Ligne> l = lignes(engine, g, c, cas, new Q(fois, 0));
            assertEquals(fois, l.size(), () -> fois + " lignes " + c.code() + " attendues : " + l);
            assertEquals(0, c.plafond().abs().multiply(BigDecimal.valueOf(c.points().signum())).compareTo(somme(l)),
                    () -> c.code() + " × " + fois + " : plafonné à " + c.plafond() + ", le moteur donne " + somme(l));
        }
        // a fact limited in time counts until, and not after, its duration
        if (c.dureeMois() != null) {
            List<Ligne> avant = lignes(engine, g, c, cas, new Q(1, c.dureeMois() - 1));
            assertEquals(1, avant.size(), () -> c.code() + " compte encore à " + (c.dureeMois() - 1) + " mois : " + avant);
            assertEquals(c.points(), avant.get(0).points());
            List<Ligne> apres = lignes(engine, g, c, cas, new Q(1, c.dureeMois()));
            assertEquals(List.of(), apres, () -> c.code() + " ne compte plus après " + c.dureeMois() + " mois");
        }
    }

    /**
     * Scores the case and returns the criterion's lines, after checking that the pack and grille scored, that every
     * line refers to the published grille, and that no other criterion scored unless the case says why.
     */
    static List<Ligne> lignes(CotationEngine engine, GrilleEnPack g, CritereDeGrille c, Cas cas, Q q) {
        Demande d = cas.scenario().demande(g.lieu(), q).mutation(g.lieu().mutation()).build();
        CotationResult r = engine.coter(d, DATE);
        assertTrue(r.valide(), () -> c.code() + " : demande invalide " + r.problemes());
        Cotation cot = r.commune(g.lieu().commune()).orElseThrow();
        assertEquals(Cotation.Statut.COTEE, cot.statut(), cot::message);
        assertEquals(g.pack().id(), cot.pack());
        assertEquals(g.grille().nom(), cot.grille());
        Map<String, CritereDeGrille> publies = new LinkedHashMap<>();
        g.grille().criteres().forEach(x -> publies.put(x.code() + "/" + x.regle(), x));
        Set<String> autres = new TreeSet<>();
        for (Ligne l : cot.lignes()) {
            CritereDeGrille p = publies.get(l.critere() + "/" + l.regle());
            assertTrue(p != null, () -> "ligne hors de la grille publiée : " + l);
            assertEquals(p.libelle(), l.libelle());
            assertEquals(p.rubrique(), l.rubrique());
            if (!l.critere().equals(c.code())) {
                autres.add(l.critere());
            }
        }
        autres.removeAll(cas.avec().keySet());
        assertEquals(Set.of(), autres, () -> c.code() + " devait s'appliquer seul (ou avec " + cas.avec().keySet()
                + ") : " + cot.lignes());
        assertEquals(0, somme(cot.lignes()).compareTo(cot.total()), "total = somme des lignes");
        return cot.lignes().stream().filter(l -> l.critere().equals(c.code())).toList();
    }

    static BigDecimal somme(List<Ligne> lignes) {
        return lignes.stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
