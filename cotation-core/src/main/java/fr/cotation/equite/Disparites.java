package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.regles.PrioritesL4411;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Disparities of the generated stock among the best notes, by attribute the generator varies (issue 16, item 3). */
public final class Disparites {
    /** The four-fifths rule: a group whose share of the best notes is under 80 % of its share of the stock. */
    public static final double QUATRE_CINQUIEMES = 0.8;
    /** Groups smaller than this are shown but never flagged: their ratios move by chance (as ProprieteResult.CAS_MINIMUM). */
    public static final int EFFECTIF_MINIMUM = 30;
    /** A gap smaller than this many standard deviations (binomial) is taken as chance and never flagged. */
    public static final double Z_HASARD = 2.0;

    private Disparites() {
    }

    /** One demande with a note in the territory: its groups and its points per criterion. */
    private record Cas(Map<String, String> groupes, BigDecimal note, Map<String, BigDecimal> parCritere) {
    }

    private static final Map<String, Function<Demande, String>> PAR_DEMANDE = new LinkedHashMap<>();
    private static final Map<String, Function<Faits, String>> PAR_FAITS = new LinkedHashMap<>();

    static {
        PAR_DEMANDE.put("Sexe du demandeur", d -> demandeur(d) == null || demandeur(d).identite().sexe() == null
                ? null : demandeur(d).identite().sexe().libelle());
        PAR_DEMANDE.put("Nationalité du demandeur", d -> demandeur(d) == null
                || demandeur(d).identite().nationalite() == null ? null : demandeur(d).identite().nationalite().libelle());
        PAR_FAITS.put("Âge du demandeur", f -> f.dossier().getAgeDemandeur() < 30 ? "moins de 30 ans"
                : f.dossier().getAgeDemandeur() < 60 ? "30 à 59 ans" : "60 ans ou plus");
        PAR_FAITS.put("Situation de famille", f -> f.dossier().isCouple() ? "en couple"
                : f.dossier().isMonoparental() ? "famille monoparentale" : "seul(e), sans enfant");
        PAR_FAITS.put("Naissance attendue", f -> f.dossier().getNaissancesAttendues() > 0 ? "oui" : "non");
        PAR_FAITS.put("Handicap dans le ménage", f -> f.situations().stream()
                .anyMatch(s -> s.getCode().equals("HANDICAP")) ? "oui" : "non");
    }

    private static Adulte demandeur(Demande d) {
        return d.menage() == null ? null : d.menage().demandeur();
    }

    static List<Disparite> calculer(Contexte ctx, Demande[] demandes, ControlesEquite.Base[] bases) {
        Derivation derivation = new Derivation(PrioritesL4411.nationales());
        List<Cas> cas = new ArrayList<>();
        Set<String> defavorables = new HashSet<>();
        Set<String> grilles = new HashSet<>();
        Set<String> criteres = new LinkedHashSet<>();
        for (int i = 0; i < demandes.length; i++) {
            Cotation c = bases[i].coteePar(ctx.pack.id());
            if (c == null) {
                continue;
            }
            Faits f = derivation.deriver(demandes[i], ctx.date);
            Map<String, String> g = new LinkedHashMap<>();
            for (var e : PAR_DEMANDE.entrySet()) {
                g.put(e.getKey(), e.getValue().apply(demandes[i]));
            }
            for (var e : PAR_FAITS.entrySet()) {
                g.put(e.getKey(), e.getValue().apply(f));
            }
            if (grilles.add(c.grille())) {
                defavorables.addAll(defavorables(ctx, c));
            }
            Map<String, BigDecimal> pc = new TreeMap<>();
            c.lignes().forEach(l -> pc.merge(l.critere(), l.points(), BigDecimal::add));
            criteres.addAll(pc.keySet());
            cas.add(new Cas(g, c.total(), pc));
        }
        List<Disparite> out = new ArrayList<>();
        if (cas.size() < EFFECTIF_MINIMUM) {
            return out;
        }
        List<BigDecimal> notes = cas.stream().map(Cas::note).toList();
        for (String attribut : concat(PAR_DEMANDE.keySet(), PAR_FAITS.keySet())) {
            Map<String, Integer> effectifs = new TreeMap<>();
            cas.forEach(x -> {
                if (x.groupes().get(attribut) != null) {
                    effectifs.merge(x.groupes().get(attribut), 1, Integer::sum);
                }
            });
            if (effectifs.size() < 2) {
                continue; // the attribute does not vary in this stock
            }
            for (var e : effectifs.entrySet()) {
                String groupe = e.getKey();
                double[] r = ratios(cas, notes, attribut, groupe);
                // under four fifths, on a group large enough, and not by chance: at least two standard deviations
                // under what the group's share of the stock would give (with 200 demandes, a top decile holds 20)
                boolean sous = e.getValue() >= EFFECTIF_MINIMUM && (r[3] < QUATRE_CINQUIEMES && r[5] <= -Z_HASARD
                        || r[4] < QUATRE_CINQUIEMES && r[6] <= -Z_HASARD);
                boolean signalee = false;
                List<String> moteurs = new ArrayList<>();
                List<String> contraires = new ArrayList<>();
                if (sous) {
                    double avant = Math.min(r[3], r[4]);
                    Map<String, Double> gains = new LinkedHashMap<>();
                    for (String critere : criteres) {
                        List<BigDecimal> sans = cas.stream().map(x -> x.note().subtract(x.parCritere()
                                .getOrDefault(critere, BigDecimal.ZERO))).toList();
                        double[] s = ratios(cas, sans, attribut, groupe);
                        double apres = Math.min(s[3], s[4]);
                        if (apres > avant + 1e-9) {
                            gains.put(critere, apres);
                        }
                        // flagged only when one criterion drives the gap: without it, the group is back over 0.8
                        signalee |= apres >= QUATRE_CINQUIEMES;
                    }
                    gains.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(3)
                            .forEach(x -> moteurs.add(x.getKey() + " (" + deux(avant) + " → " + deux(x.getValue()) + ")"));
                    // a criterion whose removal alone brings the group back over the rule drives the gap; when the
                    // compliance check finds it unfavourable to a protected ground (C020), the flag is an error
                    gains.entrySet().stream().filter(x -> x.getValue() >= QUATRE_CINQUIEMES)
                            .map(Map.Entry::getKey).filter(defavorables::contains).sorted().forEach(contraires::add);
                }
                out.add(new Disparite(attribut, groupe, e.getValue(), r[0], r[1], r[2], r[3], r[4], signalee, moteurs,
                        contraires));
            }
        }
        return out;
    }

    /**
     * The codes of the criteria of the grille of {@code c} that the compliance check of the pack finds unfavourable to
     * a protected ground (C020), matched by rule name and file.
     */
    private static Set<String> defavorables(Contexte ctx, Cotation c) {
        Set<String> regles = new HashSet<>();
        ctx.engine.conformite(ctx.pack.id(), ctx.pack.version()).ifPresent(k -> k.constats().stream()
                .filter(x -> x.code() == CodeConstat.C020 && x.regle() != null)
                .forEach(x -> regles.add(x.fichier() + '\u0000' + x.regle())));
        Set<String> codes = new HashSet<>();
        ctx.grille(c).ifPresent(g -> g.criteres().stream()
                .filter(k -> regles.contains(k.fichier() + '\u0000' + k.regle()))
                .forEach(k -> codes.add(k.code())));
        return codes;
    }

    /** Share of the stock, of the top decile, of the top quartile, and the two ratios. */
    private static double[] ratios(List<Cas> cas, List<BigDecimal> notes, String attribut, String groupe) {
        List<BigDecimal> triees = notes.stream().sorted().toList();
        BigDecimal decile = Descriptives.rang(triees, 0.9);
        BigDecimal quartile = Descriptives.rang(triees, 0.75);
        int n = 0;
        int dansGroupe = 0;
        int hautD = 0;
        int groupeD = 0;
        int hautQ = 0;
        int groupeQ = 0;
        for (int i = 0; i < cas.size(); i++) {
            boolean g = groupe.equals(cas.get(i).groupes().get(attribut));
            if (cas.get(i).groupes().get(attribut) == null) {
                continue;
            }
            n++;
            dansGroupe += g ? 1 : 0;
            if (notes.get(i).compareTo(decile) >= 0) {
                hautD++;
                groupeD += g ? 1 : 0;
            }
            if (notes.get(i).compareTo(quartile) >= 0) {
                hautQ++;
                groupeQ += g ? 1 : 0;
            }
        }
        double part = n == 0 ? 0 : (double) dansGroupe / n;
        double pd = hautD == 0 ? 0 : (double) groupeD / hautD;
        double pq = hautQ == 0 ? 0 : (double) groupeQ / hautQ;
        return new double[] {part, pd, pq, part == 0 ? 1 : pd / part, part == 0 ? 1 : pq / part,
                z(groupeD, hautD, part), z(groupeQ, hautQ, part)};
    }

    /** How many standard deviations the group's count among the best notes lies from what its share would give. */
    private static double z(int dansLeHaut, int haut, double part) {
        double attendu = haut * part;
        double ecart = Math.sqrt(haut * part * (1 - part));
        return ecart == 0 ? 0 : (dansLeHaut - attendu) / ecart;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    /** A ratio with two decimals, French style: 0,62. */
    public static String deux(double x) {
        return String.format(Locale.ROOT, "%.2f", x).replace('.', ',');
    }
}
