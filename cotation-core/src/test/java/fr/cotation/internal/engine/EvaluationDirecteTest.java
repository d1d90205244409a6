package fr.cotation.internal.engine;

import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.Typologie;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.PackEcrit;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The direct evaluation gives the lines a Drools session gives, for every form of the subset (each operator on
 * int, double and nullable Double properties at and around the boundary, booleans, texts, several patterns, the
 * commune, {@code note.parMois} with a binding, {@code note.retenir} with points), and a grille with one rule
 * outside the subset runs in Drools sessions, named by that rule.
 */
class EvaluationDirecteTest {
    @TempDir
    Path dossier;

    private static String r(String nom, String condition) {
        return PackEcrit.regle(nom, nom.toUpperCase().replace(' ', '_'), condition);
    }

    /** One rule per form of the subset; each rule its own criterion of rubrique R (all lines count). */
    private static final String FORMES = r("booleen", "Dossier( monoparental )")
            + r("negation", "Dossier( !couple )")
            + r("booleen egal", "Dossier( mutation == false )")
            + r("int ge", "Dossier( ancienneteMois >= 10 )")
            + r("int eq", "Dossier( ancienneteMois == 10 )")
            + r("int ne", "Dossier( ancienneteMois != 10 )")
            + r("int lt", "Dossier( ancienneteMois < 10 )")
            + r("int le", "Dossier( ancienneteMois <= 10 )")
            + r("int gt", "Dossier( ancienneteMois > 10 )")
            + r("taux eq", "Dossier( tauxEffort == 30 )")
            + r("taux ne", "Dossier( tauxEffort != 30 )")
            + r("taux lt", "Dossier( tauxEffort < 30 )")
            + r("taux le", "Dossier( tauxEffort <= 30 )")
            + r("taux gt", "Dossier( tauxEffort > 30.0 )")
            + r("taux ge", "Dossier( tauxEffort >= 30 )")
            + r("double", "Dossier( ressourcesMensuelles > 1999.5 )")
            + r("texte eq", "Situation( code == \"DALO\" )")
            + r("texte ne", "Situation( code != \"DALO\" )")
            + r("prouvee", "Situation( prouvee )")
            + r("priorite", "Priorite( categorie == \"a\" )")
            + r("refus", "Refus( !motifLegitime, moisDepuis < 12 )")
            + r("deux motifs", "Dossier( nombreActifs >= 1 ) Refus( moisDepuis < 24 )")
            + r("commune", "Commune( habite )")
            + r("code commune", "Commune( code == \"06088\" )")
            + r("dossier et commune", "Dossier( nombreActifs >= 1 ) Commune( !habite )")
            + PackEcrit.regle("par mois", "@critere(\"PAR_MOIS\") @libelle(\"Par mois\") @rubrique(\"R\") @parMois(0.5)",
            "Dossier( $m : ancienneteMois, ancienneteMois > 0 )", "note.parMois(kcontext, $m, 0.5, 3);")
            + PackEcrit.regle("malus", "@critere(\"MALUS\") @libelle(\"Malus\") @rubrique(\"R\")",
            "Dossier( ageDemandeur > 30 )", "note.retenir(kcontext, -2.5, \"malus de test\");");

    private static Moteur moteur(Path packs, boolean directe) {
        Moteur m = new Moteur(new Moteur.Config(EvaluationDirecteTest.class.getClassLoader(), false, Set.of(),
                List.of(), List.of(packs), Registre.referentiel(), PrioritesL4411.nationales(), 10_000,
                Demande.COMMUNES_SOUHAITEES_MAX, null, directe));
        assertEquals(List.of(), m.problemes());
        return m;
    }

    /** Hand-built demandes at the boundaries, then generated ones. */
    private static List<Demande> demandes() {
        List<Demande> out = new ArrayList<>();
        Demande base = Demandes.pour(Registre.NICE, Registre.CAGNES, Registre.ANTIBES).build(); // taux 30.0, 10 months
        out.add(base);
        out.add(base.toBuilder().logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, Registre.NICE, 0, 2, Typologie.T3, 60)
                .build()); // no rent: taux d'effort null
        out.add(base.toBuilder().logeEn(ModeleLogement.LOCATAIRE_PRIVE, Registre.NICE, 601, 1, Typologie.T2, 45).build());
        out.add(base.toBuilder().deposeeLe(EVALUATION.minusMonths(11)).refus(EVALUATION.minusMonths(3), false)
                .refus(EVALUATION.minusMonths(13), false).refus(EVALUATION.minusMonths(2), true).build());
        out.add(base.toBuilder().deposeeLe(EVALUATION.minusMonths(9)).mutation(true)
                .dalo(StatutDalo.ACTIF, EVALUATION.minusMonths(2), Preuve.VALIDEE)
                .situation("SUROCCUPATION", Preuve.DECLAREE).build());
        GenerateurDemandes g = GenerateurDemandes.builder().graine(77L).dateEvaluation(EVALUATION)
                .communes(List.of(Registre.NICE, Registre.CAGNES, Registre.SAINT_LAURENT, Registre.ANTIBES)).build();
        out.addAll(g.liste(400));
        return out;
    }

    @Test
    void everyFormOfTheSubsetGivesTheLinesOfADroolsSession(@TempDir Path dir) {
        PackEcrit.pack(dir, "test-formes", Registre.SIREN_NCA, FORMES);
        Moteur directe = moteur(dir, true);
        Moteur drools = moteur(dir, false);
        GrilleCompilee grille = directe.grilleCompilee("test-formes", "1", PackDescriptor.PRINCIPALE);
        assertNotNull(grille.directe(), () -> "grille évaluée en sessions : " + grille.enDrools());
        assertNull(drools.grilleCompilee("test-formes", "1", PackDescriptor.PRINCIPALE).directe());
        // P001 only: the forms use `monoparental`, a need-based protected ground (C023, issue 16), which is no concern here
        assertEquals(List.of(), directe.conformite("test-formes", "1").orElseThrow().informations().stream()
                .filter(c -> c.code() == fr.cotation.conformite.CodeConstat.P001).toList());
        // an engine told to run every grille in sessions says nothing of it: the pack is not the cause
        assertEquals(List.of(), drools.conformite("test-formes", "1").orElseThrow().informations().stream()
                .filter(c -> c.code() == fr.cotation.conformite.CodeConstat.P001).toList());

        int lignes = 0;
        java.util.Set<String> criteres = new java.util.TreeSet<>();
        for (Demande d : demandes()) {
            CotationResult attendu = drools.coter(d, EVALUATION);
            assertEquals(attendu, directe.coter(d, EVALUATION), d.numeroUnique());
            for (var c : attendu.cotations()) {
                lignes += c.lignes().size();
                c.lignes().forEach(l -> criteres.add(l.critere()));
            }
        }
        // the demandes reach every rule, so each form was compared on facts that match it and facts that do not
        assertEquals(27, criteres.size(), criteres.toString());
        assertTrue(lignes > 5_000, "lignes : " + lignes);
    }

    /**
     * Throughput: a rule whose patterns match no {@code Situation} nor {@code Priorite} gives the same line for every
     * demande it matches, so the direct evaluation builds it once; the line of a rule on a situation carries that
     * demande's proof and is built for each.
     */
    @Test
    void aLineThatShowsNoSituationIsBuiltOnceForEveryDemande(@TempDir Path dir) {
        PackEcrit.pack(dir, "test-formes", Registre.SIREN_NCA, FORMES);
        Moteur directe = moteur(dir, true);
        Demande declaree = Demandes.pour(Registre.NICE).situation("REPRISE_ACTIVITE", Preuve.DECLAREE).build();
        Demande validee = Demandes.pour(Registre.NICE).situation("REPRISE_ACTIVITE", Preuve.VALIDEE).build();
        List<fr.cotation.Ligne> a = directe.coter(declaree, EVALUATION).cotations().get(0).lignes();
        List<fr.cotation.Ligne> b = directe.coter(validee, EVALUATION).cotations().get(0).lignes();
        for (String critere : List.of("MALUS", "PAR_MOIS", "COMMUNE", "CODE_COMMUNE", "INT_GE")) {
            assertSame(ligne(a, critere, null), ligne(b, critere, null), critere);
        }
        assertEquals(Preuve.DECLAREE, ligne(a, "TEXTE_NE", "REPRISE_ACTIVITE").preuve());
        assertEquals(Preuve.VALIDEE, ligne(b, "TEXTE_NE", "REPRISE_ACTIVITE").preuve());
    }

    /** The one line of a criterion (for a situation's code, when not null) among a cotation's lines. */
    private static fr.cotation.Ligne ligne(List<fr.cotation.Ligne> lignes, String critere, String situation) {
        List<fr.cotation.Ligne> l = lignes.stream().filter(x -> x.critere().equals(critere))
                .filter(x -> situation == null || x.situations().contains(situation)).toList();
        assertEquals(1, l.size(), critere + " " + situation + " : " + lignes);
        return l.get(0);
    }

    /**
     * Start-up: each grille's analysis used to build a class per condition; the 25 PACA grilles repeat the regional
     * base's conditions, so the accessors are shared: a second engine analysing the same grille creates none.
     */
    @Test
    void aSecondGrilleWithTheSameConditionsCreatesNoAccessor(@TempDir Path dir) {
        PackEcrit.pack(dir, "test-formes", Registre.SIREN_NCA, FORMES);
        assertNotNull(moteur(dir, true).grilleCompilee("test-formes", "1", PackDescriptor.PRINCIPALE).directe());
        int avant = EvaluationDirecte.accesseurs();
        assertTrue(avant >= 10, "accesseurs : " + avant); // the forms read more than ten distinct getters
        GrilleCompilee seconde = moteur(dir, true).grilleCompilee("test-formes", "1", PackDescriptor.PRINCIPALE);
        assertNotNull(seconde.directe());
        assertEquals(avant, EvaluationDirecte.accesseurs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            négation d'un motif          # not Situation( code == "DALO" )                      # note.retenir(kcontext);
            existence                    # exists Situation( prouvee )                          # note.retenir(kcontext);
            jointure                     # Dossier( $a : ancienneteMois ) Refus( moisDepuis < $a ) # note.retenir(kcontext);
            disjonction                  # Dossier( ancienneteMois > 10 || mutation )           # note.retenir(kcontext);
            deux propriétés              # Dossier( tauxEffort > ressourcesMensuelles )         # note.retenir(kcontext);
            entier et décimal            # Dossier( ancienneteMois > 10.5 )                     # note.retenir(kcontext);
            eval                         # Dossier() eval( 1 < 2 )                              # note.retenir(kcontext);
            énumération                  # Situation( preuve == Preuve.VALIDEE )                # note.retenir(kcontext);
            deux instructions            # Dossier( mutation )                                  # note.retenir(kcontext); note.retenir(kcontext);
            texte avec échappement       # Dossier( mutation )                                  # note.retenir(kcontext, 1, "a\\tb");
            """)
    void aRuleOutsideTheSubsetRunsTheGrilleInDroolsSessions(String nom, String condition, String consequence) {
        String regles = r("simple", "Dossier( ancienneteMois >= 10 )")
                + PackEcrit.regle(nom, "@critere(\"HORS\") @libelle(\"Hors\") @rubrique(\"R\") @points(1)", condition,
                consequence);
        PackEcrit.pack(dossier, "test-hors", Registre.SIREN_NCA, "import fr.cotation.demande.Preuve;\n" + regles);
        Moteur m = moteur(dossier, true);
        GrilleCompilee grille = m.grilleCompilee("test-hors", "1", PackDescriptor.PRINCIPALE);
        assertNull(grille.directe());
        assertTrue(grille.enDrools().startsWith("règle \"" + nom + "\""), grille.enDrools());
        // rule authors learn it from the compliance check (cotation verify), at the rule's line: the import added
        // to the header puts the first rule at line 8, the second 8 lines further
        List<fr.cotation.conformite.Constat> p001 = m.conformite("test-hors", "1").orElseThrow().informations();
        assertEquals(1, p001.size(), p001.toString());
        assertEquals(fr.cotation.conformite.CodeConstat.P001, p001.get(0).code());
        assertEquals(nom, p001.get(0).regle());
        assertEquals("test-hors/regles.drl", p001.get(0).fichier());
        assertEquals(16, p001.get(0).ligne());
        // in French, what the rule must be to be evaluated directly, for an author who does not read the README
        assertTrue(p001.get(0).message().endsWith(VerificationConformite.SOUS_ENSEMBLE), p001.get(0).message());
        assertTrue(p001.get(0).message().contains("note.retenir(kcontext)"), p001.get(0).message());
        // and it still scores: the simple rule's line is there
        CotationResult res = m.coter(Demandes.base().build(), EVALUATION);
        assertTrue(res.cotations().get(0).lignes().stream().anyMatch(l -> l.critere().equals("SIMPLE")), res.toString());
    }

    @Test
    void anAttributeThatChangesWhichRulesFireRunsTheGrilleInDroolsSessions(@TempDir Path dir) {
        String regles = "rule \"groupe\"\n    @critere(\"G\") @libelle(\"G\") @rubrique(\"R\") @points(1)\n"
                + "    activation-group \"un seul\"\nwhen\n    Dossier( ancienneteMois >= 10 )\nthen\n"
                + "    note.retenir(kcontext);\nend\n";
        PackEcrit.pack(dir, "test-groupe", Registre.SIREN_NCA, regles);
        GrilleCompilee grille = moteur(dir, true).grilleCompilee("test-groupe", "1", PackDescriptor.PRINCIPALE);
        assertNull(grille.directe());
        assertTrue(grille.enDrools().contains("groupe d'agenda, d'activation"), grille.enDrools());
    }
}
