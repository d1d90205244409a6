package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.conformite.MotifsProteges;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Cotitulaire;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.Motif;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Preuve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Counterfactuals through proxies (issue 16, item 4). Property 2 changes only data the engine never shows the rules,
 * so it cannot fail on a real pack; these change, in each demande of the stock, the facts the table of
 * {@link MotifsProteges} ties to a ground — a regroupement familial among the motifs (nationality, origin), a couple
 * against one adult with the same resources and children (family situation), an expected birth (pregnancy) — and
 * report, per ground, how far totals move and which criteria move them. A report, not a property: a need-based
 * criterion may lawfully move a total (the compliance check, codes C020 to C023, says which may).
 */
final class Contrefactuels {
    /** Demandes of the stock put through the counterfactuals: enough to see a criterion, few enough to stay fast. */
    static final int DEMANDES_MAX = 200;

    private Contrefactuels() {
    }

    /** One change of a fact tied to a ground, with and without. */
    private record Variation(String element, String changement, BiFunction<Demande, Boolean, Demande> appliquer) {
    }

    private static final List<Variation> VARIATIONS = List.of(
            new Variation("Situation:REGROUPEMENT_FAMILIAL", "motif « regroupement familial » ajouté (avec / sans)",
                    (d, avec) -> {
                        Brouillon b = new Brouillon(d);
                        b.motifs.removeIf(m -> m.code() == MotifDemande.REGROUPEMENT_FAMILIAL);
                        if (avec) {
                            b.motifs.add(new Motif(MotifDemande.REGROUPEMENT_FAMILIAL, Preuve.DECLAREE));
                        }
                        return b.demande();
                    }),
            new Variation("Dossier.couple", "en couple (conjoint sans ressources) contre seul, mêmes ressources et enfants",
                    (d, avec) -> {
                        Brouillon b = new Brouillon(d);
                        if (b.demandeur == null) {
                            return null;
                        }
                        b.cotitulaires.removeIf(c -> c.lien() == LienDemandeur.CONJOINT);
                        if (avec) {
                            b.cotitulaires.add(0, new Cotitulaire(Adulte.neLe(b.demandeur.dateNaissance()),
                                    LienDemandeur.CONJOINT));
                        }
                        return b.demande();
                    }),
            new Variation("Dossier.naissancesAttendues", "une naissance attendue (avec / sans)",
                    (d, avec) -> {
                        Brouillon b = new Brouillon(d);
                        b.naissancesAttendues = avec ? 1 : 0;
                        return b.demande();
                    }));

    static List<Contrefactuel> calculer(Contexte ctx, Demande[] demandes, ControlesEquite.Base[] bases) {
        MotifsProteges table = MotifsProteges.catalogue();
        List<Contrefactuel> out = new ArrayList<>();
        for (Variation v : VARIATIONS) {
            MotifsProteges.Element el = table.element(v.element()).orElseThrow();
            int comparees = 0;
            int modifiees = 0;
            BigDecimal somme = BigDecimal.ZERO;
            BigDecimal min = null;
            BigDecimal max = null;
            Map<String, Integer> criteres = new TreeMap<>();
            for (int i = 0; i < Math.min(demandes.length, DEMANDES_MAX); i++) {
                Cotation cotee = bases[i].coteePar(ctx.pack.id());
                String commune = cotee == null ? null : cotee.commune();
                Demande avec = v.appliquer().apply(demandes[i], true);
                Demande sans = v.appliquer().apply(demandes[i], false);
                if (commune == null || avec == null || sans == null) {
                    continue;
                }
                Cotation ca = cotee(ctx.coter(avec), commune);
                Cotation cs = cotee(ctx.coter(sans), commune);
                if (ca == null || cs == null) {
                    continue;
                }
                comparees++;
                BigDecimal ecart = ca.total().subtract(cs.total());
                somme = somme.add(ecart);
                min = min == null || ecart.compareTo(min) < 0 ? ecart : min;
                max = max == null || ecart.compareTo(max) > 0 ? ecart : max;
                if (ecart.signum() != 0) {
                    modifiees++;
                }
                Map<String, BigDecimal> parCritere = new TreeMap<>();
                ca.lignes().forEach(l -> parCritere.merge(l.critere(), l.points(), BigDecimal::add));
                cs.lignes().forEach(l -> parCritere.merge(l.critere(), l.points().negate(), BigDecimal::add));
                parCritere.forEach((code, d) -> {
                    if (d.signum() != 0) {
                        criteres.merge(code, 1, Integer::sum);
                    }
                });
            }
            out.add(new Contrefactuel(el.motifs(), table.libelles(el.motifs()), v.changement(), comparees, modifiees,
                    comparees == 0 ? BigDecimal.ZERO : somme.divide(BigDecimal.valueOf(comparees), 2, RoundingMode.HALF_UP),
                    min == null ? BigDecimal.ZERO : min, max == null ? BigDecimal.ZERO : max, criteres));
        }
        return out;
    }

    private static Cotation cotee(CotationResult r, String commune) {
        if (r == null || !r.valide()) {
            return null;
        }
        Cotation c = r.commune(commune).orElse(null);
        return c != null && c.statut() == Cotation.Statut.COTEE ? c : null;
    }
}
