package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.classement.Position;
import fr.cotation.pack.Analogie;
import fr.cotation.publication.RapportEquitePublie;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property 6, ranking consistency: it holds on the classement of the generated demandes, by commune, by EPCI and by
 * resource band; it fails, naming the two demandes, when the positions it reads are perturbed (the suite's test hook
 * {@code perturbation}): two ranks swapped, a tie broken the wrong way, a note altered, a rank skipped.
 */
class CoherenceClassementTest {
    private static final int CAS = 200;

    private static ProprieteResult classement(CotationEngine e, UnaryOperator<List<Position>> perturbation) {
        return SuiteEquite.builder(e).cas(CAS).proprietes(Propriete.CLASSEMENT).perturbation(perturbation).build()
                .verifier().propriete(Propriete.CLASSEMENT).orElseThrow();
    }

    /**
     * Swaps the ranks of the first two demandes of one group, next to each other, that satisfy {@code paire} (the
     * one ranked ahead, the one behind); records them in {@code devant} and {@code derriere}.
     */
    private static UnaryOperator<List<Position>> echanger(BiPredicate<Position, Position> paire,
                                                          AtomicReference<Position> devant,
                                                          AtomicReference<Position> derriere) {
        return positions -> {
            List<Position> l = new ArrayList<>(positions);
            for (int i = 1; i < l.size(); i++) {
                Position a = l.get(i - 1);
                Position b = l.get(i);
                if (a.groupe() == b.groupe() && b.rang() == a.rang() + 1 && paire.test(a, b)) {
                    devant.set(a);
                    derriere.set(b);
                    l.set(i - 1, rang(a, b.rang()));
                    l.set(i, rang(b, a.rang()));
                    return l;
                }
            }
            throw new AssertionError("aucune paire de ce genre dans le classement");
        };
    }

    private static Position rang(Position p, int rang) {
        return new Position(p.numeroUnique(), p.dateDepot(), p.commune(), p.typologie(), p.note(), rang, rang - 1,
                p.noteSuperieure(), p.taille(), p.percentile(), p.quartile(), p.groupe());
    }

    @Test
    void the_classement_of_the_generated_demandes_is_consistent_and_adds_no_scoring() {
        CotationEngine e = Moteurs.packs("anciennete");
        java.util.concurrent.atomic.AtomicInteger scorings = new java.util.concurrent.atomic.AtomicInteger();
        ProprieteResult p = SuiteEquite.builder(e).cas(CAS).proprietes(Propriete.CLASSEMENT).coteur((d, date) -> {
            scorings.incrementAndGet();
            return e.coter(d, date);
        }).build().verifier().propriete(Propriete.CLASSEMENT).orElseThrow();
        assertTrue(p.reussie(), p.details().toString());
        assertEquals(CAS, scorings.get(), "each demande scored once, by the suite; the classement reuses the results");
        assertTrue(p.sansObjet() < CAS / 2, "most generated demandes are ranked: " + p.details());
        assertTrue(p.details().stream().anyMatch(x -> x.startsWith("règle de départage : Les demandes sont classées "
                + "par note décroissante")), p.details().toString());
    }

    @ParameterizedTest
    @EnumSource(value = Analogie.class, names = {"TYPOLOGIE_EPCI", "TYPOLOGIE_RESSOURCES"})
    void the_property_holds_with_groups_by_epci_and_by_resource_band(Analogie analogie, @TempDir Path dir) {
        // 10 points per dependant, 1 more in the commune the household lives in: notes differ from one commune to the
        // next, and an EPCI group ranks each demande with its best one
        String regles = PackEcrit.regle("Personnes à charge", "@critere(\"PAC\") @libelle(\"Personnes à charge\") "
                + "@rubrique(\"R\")", "$d : Dossier( nombrePersonnesACharge > 0 )",
                "note.retenir(kcontext, 10 * $d.getNombrePersonnesACharge(), \"10 points par personne à charge\");")
                + PackEcrit.regle("Habite la commune", "HABITE", "Commune( habite )");
        PackEcrit.packDecrit(dir, "casa", "epci: \"" + Registre.SIREN_CASA + "\"\nversion: \"1\"\n"
                + "enVigueurDu: 2020-01-01\nanalogie: " + analogie + "\n", regles);
        CotationEngine e = Moteurs.depuis(dir);
        assertEquals(List.of(), e.problemesPacks());
        List<Position> lues = new ArrayList<>();
        ProprieteResult p = classement(e, positions -> {
            lues.addAll(positions);
            return positions;
        });
        assertTrue(p.reussie(), () -> p.details() + "\n" + p.contreExemple());
        assertFalse(lues.isEmpty());
        assertTrue(lues.stream().allMatch(x -> x.groupe().analogie() == analogie), "every group is by " + analogie);
    }

    @Test
    void a_higher_note_ranked_behind_a_lower_one_fails_naming_both_demandes_without_shrinking() {
        AtomicReference<Position> devant = new AtomicReference<>();
        AtomicReference<Position> derriere = new AtomicReference<>();
        ProprieteResult p = classement(Moteurs.packs("anciennete"),
                echanger((a, b) -> a.note().compareTo(b.note()) > 0, devant, derriere));
        assertFalse(p.reussie());
        assertEquals(1, p.echecs(), "charged to the demande ranked too low only");
        ContreExemple c = p.contreExemple();
        assertEquals("classement", c.controle());
        // the higher note, now second, is the demande wronged; the other one is the one ranked ahead of it
        String haute = devant.get().numeroUnique();
        String basse = derriere.get().numeroUnique();
        assertEquals(haute, c.reduite().numeroUnique());
        assertEquals(basse, c.variante().numeroUnique());
        assertSame(c.originale(), c.reduite(), "a pair is not shrunk");
        assertEquals(0, c.etapes());
        assertTrue(c.message().contains("la demande " + haute + " (note " + devant.get().note().toPlainString()), c.message());
        assertTrue(c.message().contains("derrière la demande " + basse + " (note "
                + derriere.get().note().toPlainString()), c.message());
        assertTrue(c.message().endsWith("une note supérieure classée derrière une note inférieure"), c.message());
        String md = RapportEquitePublie.de(SuiteEquite.builder(Moteurs.packs("anciennete")).cas(CAS)
                .proprietes(Propriete.CLASSEMENT).perturbation(echanger((a, b) -> a.note().compareTo(b.note()) > 0,
                        new AtomicReference<>(), new AtomicReference<>())).build().verifier()).markdown();
        assertTrue(md.contains("non réduite : le classement met en jeu deux demandes"), md);
        assertTrue(md.contains("Demande classée devant elle :"), md);
    }

    @Test
    void a_tie_broken_against_the_rule_fails() {
        AtomicReference<Position> devant = new AtomicReference<>();
        AtomicReference<Position> derriere = new AtomicReference<>();
        ProprieteResult p = classement(Moteurs.packs("fixes"),
                echanger((a, b) -> a.note().compareTo(b.note()) == 0, devant, derriere));
        assertFalse(p.reussie());
        ContreExemple c = p.contreExemple();
        assertEquals(devant.get().numeroUnique(), c.reduite().numeroUnique());
        assertTrue(c.message().endsWith("à note égale, contre la règle de départage (premier dépôt le plus ancien, "
                + "puis numéro unique croissant)"), c.message());
    }

    @Test
    void a_position_whose_note_is_not_the_scored_one_fails() {
        AtomicReference<String> numero = new AtomicReference<>();
        ProprieteResult p = classement(Moteurs.packs("anciennete"), positions -> {
            List<Position> l = new ArrayList<>(positions);
            Position x = l.get(l.size() - 1); // the last of the last group: one more point keeps the order
            numero.set(x.numeroUnique());
            l.set(l.size() - 1, new Position(x.numeroUnique(), x.dateDepot(), x.commune(), x.typologie(),
                    x.note().subtract(BigDecimal.ONE), x.rang(), x.devant(), x.noteSuperieure(), x.taille(),
                    x.percentile(), x.quartile(), x.groupe()));
            return l;
        });
        assertFalse(p.reussie());
        ContreExemple c = p.contreExemple();
        assertNotNull(c);
        assertEquals(numero.get(), c.reduite().numeroUnique());
        assertTrue(c.message().contains(" porte la note ") && c.message().contains(" ; le scoring donne "),
                c.message());
    }

    @Test
    void a_rank_skipped_fails() {
        ProprieteResult p = classement(Moteurs.packs("anciennete"), positions -> {
            List<Position> l = new ArrayList<>(positions);
            Position x = l.get(l.size() - 1);
            l.set(l.size() - 1, rang(x, x.rang() + 1));
            return l;
        });
        assertFalse(p.reussie());
        assertTrue(p.contreExemple().message().contains("les rangs ne vont pas de 1 à"), p.contreExemple().message());
    }
}
