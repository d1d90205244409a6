package fr.cotation.examples.cli;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.classement.Classement;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.classement.Position;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.Analogie;
import fr.cotation.regles.CategoriePrioritaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What {@code cotation comparer} computes: the classement of one stock under two sets of packs (A, the grille in
 * force, and B, the grille proposed), compared group by group, and the points each criterion brings under each.
 *
 * <p>Everything comes from the library: {@link Classement} for the ranks, {@link CotationEngine#coter} for the
 * lines, {@link fr.cotation.regles.PrioritesL4411#categoriesDe} for the priority public. The stock is read once per
 * engine; what is kept beyond the two {@link ClassementResult} (compact arrays) is the head of each group, the
 * per-criterion totals and the priority categories of the demandes that have one (a small integer each).
 */
final class Comparaison {
    /** The bounds of the |Δ rang| histogram: 0, 1–5, 6–20, 21–100, more. */
    static final int[] BORNES = {0, 5, 20, 100};
    static final List<String> TRANCHES = List.of("0", "1–5", "6–20", "21–100", "> 100");

    /** What identifies a group of analogous demandes in both classements. */
    record Cle(Analogie analogie, Typologie typologie, String territoire, int tranche) {
        static Cle de(GroupeAnalogue g) {
            return new Cle(g.analogie(), g.typologie(), g.territoire(), g.tranche() == null ? 0 : g.tranche().rang());
        }
    }

    /** The order of {@link ClassementResult#groupes()}: territory, typology, band, analogie. */
    static final Comparator<Cle> ORDRE = Comparator.comparing(Cle::territoire).thenComparing(Cle::typologie)
            .thenComparingInt(Cle::tranche).thenComparing(Cle::analogie);

    /** A demande entering or leaving the head of a group; rank 0 and note {@code null} when not ranked there. */
    record Mouvement(String numeroUnique, int rangAvant, int rangApres, BigDecimal noteAvant, BigDecimal noteApres) {
    }

    /** A group whose first N change. */
    record Tete(String groupe, int tailleAvant, int tailleApres, List<Mouvement> entrants, List<Mouvement> sortants) {
    }

    /** A priority public and its positions in the top decile of the groups, under A and under B. */
    record Part(String libelle, long avant, long apres) {
    }

    /** The points a criterion brings over the whole stock, under A and under B. */
    record Contribution(String critere, String libelle, long lignesAvant, BigDecimal pointsAvant, long lignesApres,
                        BigDecimal pointsApres) {
        BigDecimal difference() {
            return pointsApres.subtract(pointsAvant);
        }
    }

    /**
     * The comparison.
     *
     * @param lues          demandes read (the same stock is read under A and under B)
     * @param classeesAvant demandes ranked in at least one group under A
     * @param comparees     demandes ranked in at least one same group under A and B
     * @param deplacees     of them, demandes whose rank changes in at least one group
     * @param histogramme   demandes by their largest |Δ rang| over their groups, in the {@link #TRANCHES}
     * @param ecartMoyen    the mean of that largest |Δ rang|
     * @param ecartMaximum  the largest |Δ rang|
     * @param seulementAvant demandes ranked under A only (their communes have no grille under B)
     * @param sansGroupeCommun demandes ranked under both but in no same group (the analogie changed)
     * @param groupes       groups under A and under B together
     * @param tetes         the groups whose first {@code premiers} change
     * @param decileAvant   positions in the top decile of the groups under A (the ⌈taille / 10⌉ first of each)
     * @param parts         each priority public in those positions
     */
    record Resultat(LocalDate date, long lues, long classeesAvant, long classeesApres, long comparees, long deplacees,
                    long[] histogramme, double ecartMoyen, int ecartMaximum, long seulementAvant, long seulementApres,
                    long sansGroupeCommun, int premiers, int groupes, List<Tete> tetes, long decileAvant, long decileApres, List<Part> parts,
                    List<Contribution> contributions) {
    }

    private Comparaison() {
    }

    /**
     * Compares the classements of a stock under two engines.
     *
     * @param stock    gives the stock each time it is called; called once per engine
     * @param premiers the N of the heads of groups
     */
    static Resultat comparer(CotationEngine avant, CotationEngine apres, Supplier<Iterable<Demande>> stock,
                             LocalDate date, int premiers) {
        List<CategoriePrioritaire> categories = avant.prioritesL4411().enVigueurLe(date);
        Passe a = new Passe(avant, date, categories);
        ClassementResult ra = a.classer(stock.get());
        Passe b = new Passe(apres, date, null);
        ClassementResult rb = b.classer(stock.get());
        Map<String, Integer> publics = a.publics;

        long[] histogramme = new long[TRANCHES.size()];
        long[] comptes = new long[6]; // comparées, déplacées, somme des écarts, seulement A, seulement B, sans groupe commun
        int[] maximum = {0};
        Map<Cle, List<Position>> tetesA = new TreeMap<>(ORDRE);
        Map<Cle, List<Position>> tetesB = new TreeMap<>(ORDRE);
        long[] decileA = new long[categories.size() + 2];
        long[] decileB = new long[categories.size() + 2];
        parGroupe(ra, (cle, p) -> {
            retenir(cle, p, premiers, tetesA, decileA, publics);
            List<Position> la = ra.positions(p.numeroUnique());
            if (!cle.equals(premiere(la))) {
                return;   // the demande is counted at its first group
            }
            List<Position> lb = rb.positions(p.numeroUnique());
            if (lb.isEmpty()) {
                comptes[3]++;
                return;
            }
            Map<Cle, Integer> rangsB = rangs(lb);
            int ecart = -1;
            for (Position x : la) {
                Integer r = rangsB.get(Cle.de(x.groupe()));
                if (r != null) {
                    ecart = Math.max(ecart, Math.abs(x.rang() - r));
                }
            }
            if (ecart < 0) {
                comptes[5]++;
            } else {
                comptes[0]++;
                comptes[1] += ecart > 0 ? 1 : 0;
                comptes[2] += ecart;
                maximum[0] = Math.max(maximum[0], ecart);
                histogramme[tranche(ecart)]++;
            }
        });
        parGroupe(rb, (cle, p) -> {
            retenir(cle, p, premiers, tetesB, decileB, publics);
            if (ra.positions(p.numeroUnique()).isEmpty() && cle.equals(premiere(rb.positions(p.numeroUnique())))) {
                comptes[4]++;
            }
        });

        Set<Cle> cles = new TreeSet<>(ORDRE);
        cles.addAll(tetesA.keySet());
        cles.addAll(tetesB.keySet());
        Set<Cle> tousGroupes = new HashSet<>();
        ra.groupes().forEach(g -> tousGroupes.add(Cle.de(g)));
        rb.groupes().forEach(g -> tousGroupes.add(Cle.de(g)));
        List<Tete> tetes = new ArrayList<>();
        for (Cle cle : cles) {
            List<Position> ta = tetesA.getOrDefault(cle, List.of());
            List<Position> tb = tetesB.getOrDefault(cle, List.of());
            Set<String> na = numeros(ta);
            Set<String> nb = numeros(tb);
            List<Mouvement> entrants = new ArrayList<>();
            for (Position p : tb) {
                if (!na.contains(p.numeroUnique())) {
                    Position x = dans(ra, p.numeroUnique(), cle);
                    entrants.add(new Mouvement(p.numeroUnique(), x == null ? 0 : x.rang(), p.rang(),
                            x == null ? null : x.note(), p.note()));
                }
            }
            List<Mouvement> sortants = new ArrayList<>();
            for (Position p : ta) {
                if (!nb.contains(p.numeroUnique())) {
                    Position x = dans(rb, p.numeroUnique(), cle);
                    sortants.add(new Mouvement(p.numeroUnique(), p.rang(), x == null ? 0 : x.rang(), p.note(),
                            x == null ? null : x.note()));
                }
            }
            if (!entrants.isEmpty() || !sortants.isEmpty()) {
                GroupeAnalogue g = (ta.isEmpty() ? tb : ta).get(0).groupe();
                tetes.add(new Tete(Textes.groupe(g), ta.isEmpty() ? 0 : ta.get(0).taille(),
                        tb.isEmpty() ? 0 : tb.get(0).taille(), List.copyOf(entrants), List.copyOf(sortants)));
            }
        }

        List<Part> parts = new ArrayList<>();
        parts.add(new Part("DALO (reconnu prioritaire et urgent)", decileA[1], decileB[1]));
        for (int i = 0; i < categories.size(); i++) {
            CategoriePrioritaire c = categories.get(i);
            parts.add(new Part("L.441-1 " + c.categorie() + ") " + c.libelle(), decileA[i + 2], decileB[i + 2]));
        }
        return new Resultat(date, a.lues, ra.demandesClassees(), rb.demandesClassees(), comptes[0], comptes[1],
                histogramme, comptes[0] == 0 ? 0 : (double) comptes[2] / comptes[0], maximum[0], comptes[3],
                comptes[4], comptes[5], premiers, tousGroupes.size(), List.copyOf(tetes), decileA[0], decileB[0],
                List.copyOf(parts), contributions(a.criteres, b.criteres));
    }

    /** The bucket of the histogram of an |Δ rang|. */
    static int tranche(int ecart) {
        for (int i = 0; i < BORNES.length; i++) {
            if (ecart <= BORNES[i]) {
                return i;
            }
        }
        return BORNES.length;
    }

    /** Each (group, demande) once, in the order of the classement: an EPCI group lists a demande per commune. */
    private static void parGroupe(ClassementResult r, BiConsumer<Cle, Position> action) {
        GroupeAnalogue[] groupe = {null};
        Cle[] cle = {null};
        String[] dernier = {null};
        r.forEachPosition(p -> {
            if (p.groupe() != groupe[0]) {
                groupe[0] = p.groupe();
                cle[0] = Cle.de(p.groupe());
                dernier[0] = null;
            }
            if (!p.numeroUnique().equals(dernier[0])) {
                dernier[0] = p.numeroUnique();
                action.accept(cle[0], p);
            }
        });
    }

    /** Keeps a position in the head of its group and counts it in the top decile. */
    private static void retenir(Cle cle, Position p, int premiers, Map<Cle, List<Position>> tetes, long[] decile,
                                Map<String, Integer> publics) {
        if (p.rang() <= premiers) {
            tetes.computeIfAbsent(cle, k -> new ArrayList<>()).add(p);
        }
        if (p.rang() <= (p.taille() + 9) / 10) {
            decile[0]++;
            int masque = publics.getOrDefault(p.numeroUnique(), 0);
            for (int i = 1; i < decile.length; i++) {
                if ((masque & (1 << (i - 1))) != 0) {
                    decile[i]++;
                }
            }
        }
    }

    private static Cle premiere(List<Position> positions) {
        return positions.stream().map(x -> Cle.de(x.groupe())).min(ORDRE).orElse(null);
    }

    private static Map<Cle, Integer> rangs(List<Position> positions) {
        Map<Cle, Integer> m = new HashMap<>();
        positions.forEach(x -> m.putIfAbsent(Cle.de(x.groupe()), x.rang()));
        return m;
    }

    private static Position dans(ClassementResult r, String numero, Cle cle) {
        return r.positions(numero).stream().filter(x -> Cle.de(x.groupe()).equals(cle)).findFirst().orElse(null);
    }

    private static Set<String> numeros(List<Position> l) {
        Set<String> s = new HashSet<>();
        l.forEach(p -> s.add(p.numeroUnique()));
        return s;
    }

    private static List<Contribution> contributions(Map<String, Cumul> a, Map<String, Cumul> b) {
        Set<String> codes = new TreeSet<>(a.keySet());
        codes.addAll(b.keySet());
        List<Contribution> l = new ArrayList<>();
        Cumul vide = new Cumul(null);
        for (String code : codes) {
            Cumul x = a.getOrDefault(code, vide);
            Cumul y = b.getOrDefault(code, vide);
            l.add(new Contribution(code, y.libelle != null ? y.libelle : x.libelle, x.lignes, x.points, y.lignes,
                    y.points));
        }
        return List.copyOf(l);
    }

    /** The lines of one criterion. */
    private static final class Cumul {
        final String libelle;
        long lignes;
        BigDecimal points = BigDecimal.ZERO;

        Cumul(String libelle) {
            this.libelle = libelle;
        }
    }

    /**
     * One engine's pass over the stock: the classement, and on the way each demande scored for its lines and, when
     * {@code categories} is given, its priority public (bit 0 DALO, bit i + 1 the i-th category).
     */
    private static final class Passe {
        final CotationEngine engine;
        final LocalDate date;
        final List<CategoriePrioritaire> categories;
        final Map<String, Cumul> criteres = new HashMap<>();
        final Map<String, Integer> publics = new HashMap<>();
        long lues;

        Passe(CotationEngine engine, LocalDate date, List<CategoriePrioritaire> categories) {
            this.engine = engine;
            this.date = date;
            this.categories = categories;
        }

        ClassementResult classer(Iterable<Demande> stock) {
            Iterable<Demande> observe = () -> {
                Iterator<Demande> it = stock.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Demande next() {
                        Demande d = it.next();
                        observer(d);
                        return d;
                    }
                };
            };
            return Classement.builder(engine).dateEvaluation(date).build().classer(observe);
        }

        private void observer(Demande d) {
            lues++;
            if (d == null) {
                return;
            }
            CotationResult r = engine.coter(d, date);
            if (!r.valide()) {
                return;
            }
            for (Cotation c : r.cotations()) {
                if (c.statut() != Cotation.Statut.COTEE) {
                    continue;
                }
                for (Ligne l : c.lignes()) {
                    Cumul cumul = criteres.computeIfAbsent(l.critere(), k -> new Cumul(l.libelle()));
                    cumul.lignes++;
                    cumul.points = cumul.points.add(l.points());
                }
            }
            if (categories != null && d.numeroUnique() != null) {
                int masque = d.dalo() != null && d.dalo().statut() == StatutDalo.ACTIF ? 1 : 0;
                List<String> lettres = engine.prioritesL4411().categoriesDe(d, date);
                for (int i = 0; i < categories.size(); i++) {
                    if (lettres.contains(categories.get(i).categorie())) {
                        masque |= 1 << (i + 1);
                    }
                }
                if (masque != 0) {
                    publics.putIfAbsent(d.numeroUnique(), masque);
                }
            }
        }
    }
}
