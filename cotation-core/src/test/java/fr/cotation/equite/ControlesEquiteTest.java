package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.Ligne;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.NatureRessource;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The checks themselves, on hand-built cotations whose flaw is known. */
class ControlesEquiteTest {
    private static final LocalDate DATE = Demandes.EVALUATION;

    private static Contexte contexte(CotationEngine e) {
        var pack = e.packs().get(0);
        return new Contexte(e, e::coter, pack, DATE, GenerateurDemandes.builder().dateEvaluation(DATE)
                .communes(pack.communes()).build());
    }

    /** The taux d'effort pack: 600 € for 2,000 € is 30 %, the 9-point band. */
    private static Cotation coteeTauxEffort(Contexte ctx) {
        return ctx.engine.coter(Demandes.base().build(), DATE).cotations().get(0);
    }

    private static Cotation avecLignes(Cotation c, BigDecimal total, List<Ligne> lignes) {
        return new Cotation(c.commune(), c.nomCommune(), c.epci(), c.nomEpci(), c.statut(), c.pack(), c.version(),
                c.grille(), total, lignes, c.provisoire(), c.avertissements(), c.message());
    }

    private static Ligne avec(Ligne l, String critere, String regle, BigDecimal points, BigDecimal calcules) {
        return new Ligne(critere, l.libelle(), l.rubrique(), points, calcules, l.preuve(), regle, l.reference(),
                l.explication(), l.dependDeLaCommune());
    }

    @Test
    void a_sound_explanation_passes_and_each_kind_of_flaw_is_named() {
        Contexte ctx = contexte(Moteurs.packs("taux-effort"));
        Cotation c = coteeTauxEffort(ctx);
        Ligne l = c.lignes().get(0);
        assertEquals("TAUX_EFFORT", l.critere());
        assertEquals(0, BigDecimal.valueOf(9).compareTo(l.points()));
        assertNull(ControlesEquite.ecartExplication(ctx, c));

        assertEquals("le total 10 n'est pas la somme des lignes 9", ControlesEquite.ecartExplication(ctx,
                avecLignes(c, BigDecimal.TEN, c.lignes())));
        assertEquals("la ligne INCONNU (règle « " + l.regle() + " ») ne correspond à aucun critère de la grille publiée",
                ControlesEquite.ecartExplication(ctx, avecLignes(c, l.points(),
                        List.of(avec(l, "INCONNU", l.regle(), l.points(), l.pointsCalcules())))));
        // the 9-point rule claiming 13 points: the grille publishes 9 for that rule
        Ligne treize = avec(l, l.critere(), l.regle(), BigDecimal.valueOf(13), BigDecimal.valueOf(13));
        assertEquals("la ligne TAUX_EFFORT calcule 13 points, la grille publiée en annonce 9",
                ControlesEquite.ecartExplication(ctx, avecLignes(c, BigDecimal.valueOf(13), List.of(treize))));
        Ligne plus = avec(l, l.critere(), l.regle(), BigDecimal.valueOf(10), l.pointsCalcules());
        assertEquals("la ligne TAUX_EFFORT compte 10 points pour 9 calculés",
                ControlesEquite.ecartExplication(ctx, avecLignes(c, BigDecimal.TEN, List.of(plus))));
    }

    @Test
    void a_rubrique_that_keeps_only_the_best_criterion_may_not_count_two() {
        Contexte ctx = contexte(Moteurs.packs("taux-effort"));
        Cotation c = coteeTauxEffort(ctx);
        Ligne l = c.lignes().get(0);
        var rubrique = ctx.descripteur(c).orElseThrow().rubriques().stream()
                .filter(r -> r.code().equals(l.rubrique())).findFirst().orElseThrow();
        List<Ligne> deux = List.of(l, l);
        String e = ControlesEquite.ecartExplication(ctx, avecLignes(c, l.points().add(l.points()), deux));
        if (rubrique.mode() == fr.cotation.pack.Rubrique.Mode.MEILLEUR) {
            assertEquals("la rubrique " + l.rubrique() + " ne retient que le meilleur critère, mais 2 lignes y comptent "
                    + "des points", e);
        } else {
            assertNull(e, "a CUMUL rubrique adds its criteria");
        }
    }

    @Test
    void two_communes_may_differ_only_by_commune_dependent_criteria() {
        Contexte ctx = contexte(Moteurs.packs("taux-effort"));
        Cotation c = coteeTauxEffort(ctx);
        Ligne l = c.lignes().get(0);
        Ligne communale = new Ligne("HABITE", "Habite la commune", "LOCAL", BigDecimal.valueOf(5),
                BigDecimal.valueOf(5), null, "Habite", null, "", true);
        List<Ligne> plus = new ArrayList<>(c.lignes());
        plus.add(communale);
        assertNull(ControlesEquite.ecartCommunes(c, avecLignes(c, l.points().add(BigDecimal.valueOf(5)), plus)));
        Ligne autre = avec(l, l.critere(), l.regle(), BigDecimal.ONE, BigDecimal.ONE);
        assertEquals("des critères qui ne dépendent pas de la commune : TAUX_EFFORT [9] / [1]",
                ControlesEquite.ecartCommunes(c, avecLignes(c, BigDecimal.ONE, List.of(autre))));
    }

    @Test
    void the_order_variant_reverses_every_list_whose_order_must_not_matter() {
        Demande d = Demandes.pour(Registre.NICE, Registre.CAGNES)
                .cotitulaire(Demandes.adulte().avecRessource(NatureRessource.AUTRE, 100), LienDemandeur.CONJOINT)
                .refus(DATE.minusMonths(3), true)
                .refus(DATE.minusMonths(2), false)
                .build();
        Demande p = ControlesEquite.permuter(d);
        assertEquals(List.of(Registre.CAGNES, Registre.NICE), p.communesSouhaitees());
        assertEquals(List.of(d.refus().get(1), d.refus().get(0)), p.refus());
        assertEquals(List.of(d.menage().cotitulaires().get(0).personne().ressources().get(1),
                d.menage().cotitulaires().get(0).personne().ressources().get(0)),
                p.menage().cotitulaires().get(0).personne().ressources());
        assertEquals(d, ControlesEquite.permuter(p));
    }

    @Test
    void an_earlier_filing_keeps_the_last_renewal() {
        Demande d = Demandes.base().build();
        Demande v = ControlesEquite.anciennete(d, 4);
        assertEquals(d.dateDepot().minusMonths(5), v.dateDepot());
        assertEquals(d.dateDepot(), v.dateRenouvellement(), "never renewed: last touched on its first filing");
        assertEquals(List.of(), Moteurs.packs("fixes").valider(v, DATE));
    }
}
