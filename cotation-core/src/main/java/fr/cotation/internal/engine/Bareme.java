package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.pack.Rubrique;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the lines the rules gave into the explanation: order them deterministically, apply each
 * criterion's cap ({@code @plafond}), then each rubrique's mode (only the best criterion counts) and
 * cap. A line cut by a cap or a rubrique stays visible with the points it keeps and why.
 */
final class Bareme {
    /**
     * The display order of each rubrique code (the last declaration of a code wins), for a scan by reference: the
     * codes interned, as {@link Critere#rubrique()} is, and their order.
     */
    private final String[] codes;
    private final int[] ordres;
    /**
     * The deterministic order of the lines: rubrique's display order, rubrique, criterion, rule, points
     * (highest first), explanation, then proof, commune flag, situations and categories: a total order on what a
     * line shows, so the order in which the rules fired never shows in the result. The display order is looked up
     * once per line, before sorting.
     */
    private static int comparer(int rangA, LigneBrute a, int rangB, LigneBrute b) {
        int c = Integer.compare(rangA, rangB);
        if (c != 0) {
            return c;
        }
        c = a.critere().rubrique().compareTo(b.critere().rubrique());
        if (c == 0) {
            c = a.critere().code().compareTo(b.critere().code());
        }
        if (c == 0) {
            c = a.regle().compareTo(b.regle());
        }
        if (c == 0) {
            c = b.points().compareTo(a.points());
        }
        if (c == 0) {
            c = a.explication().compareTo(b.explication());
        }
        // what is left tells apart lines a rule gave for different facts: the order never depends on firing order
        if (c == 0) {
            c = java.util.Comparator.nullsFirst(java.util.Comparator.<fr.cotation.demande.Preuve>naturalOrder())
                    .compare(a.preuve(), b.preuve());
        }
        if (c == 0) {
            c = Boolean.compare(a.dependDeLaCommune(), b.dependDeLaCommune());
        }
        if (c == 0) {
            c = String.join(",", a.situations()).compareTo(String.join(",", b.situations()));
        }
        return c != 0 ? c : String.join(",", a.categoriesL4411()).compareTo(String.join(",", b.categoriesL4411()));
    }

    /** The rubriques as declared, so that a display order is also the index of the rubrique of that code. */
    private final List<Rubrique> rubriques;
    /** The cap of the rubrique of each display order, as exact points; null when it has none or is not the last of its code. */
    private final BigDecimal[] plafonds;
    /** The notes of a line a rubrique changes, by display order: written once per grille, not once per line. */
    private final String[] nonRetenu;
    private final String[] rubriquePlafonnee;

    /** What does not depend on the demande, computed once per grille. */
    Bareme(List<Rubrique> rubriques) {
        Map<String, Integer> ordres = new HashMap<>();
        for (int i = 0; i < rubriques.size(); i++) {
            if (rubriques.get(i).code() != null) { // no rule can name it: a rule's @rubrique is required
                ordres.put(rubriques.get(i).code(), i);
            }
        }
        this.codes = new String[ordres.size()];
        this.ordres = new int[ordres.size()];
        int k = 0;
        for (Map.Entry<String, Integer> e : ordres.entrySet()) {
            codes[k] = e.getKey().intern();
            this.ordres[k++] = e.getValue();
        }
        this.rubriques = List.copyOf(rubriques);
        this.plafonds = new BigDecimal[rubriques.size()];
        for (int i = 0; i < rubriques.size(); i++) {
            Double plafond = rubriques.get(i).plafond();
            plafonds[i] = plafond == null ? null : Points.of(plafond);
        }
        this.nonRetenu = new String[rubriques.size()];
        this.rubriquePlafonnee = new String[rubriques.size()];
        for (int i = 0; i < rubriques.size(); i++) {
            Rubrique r = rubriques.get(i);
            nonRetenu[i] = "non retenu : dans la rubrique " + r.libelle() + ", seul le meilleur critère compte";
            rubriquePlafonnee[i] = plafonds[i] == null ? null
                    : "rubrique " + r.libelle() + " plafonnée à " + Points.pts(plafonds[i]);
        }
    }

    /** The display order of a rubrique code; {@link Integer#MAX_VALUE}, after all others, for a code not declared. */
    private int ordre(String rubrique) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == rubrique) {
                return ordres[i];
            }
        }
        return Integer.MAX_VALUE;
    }

    /** One-off use, for callers without a compiled grille. */
    static List<Ligne> appliquer(List<LigneBrute> brutes, List<Rubrique> rubriques) {
        return new Bareme(rubriques).appliquer(brutes);
    }

    /**
     * The lines in the order of {@link #comparer}, with the caps of the criteria, then for each rubrique its mode and
     * cap. The order makes the lines of one rubrique code consecutive (same display order, then the same code), and
     * within them the lines of one criterion code: each rubrique is one run of lines and each criterion one run inside
     * it.
     */
    List<Ligne> appliquer(List<LigneBrute> brutes) {
        int n = brutes.size();
        // sorted by insertion, the display order beside each line: a few dozen lines, most already in order
        LigneBrute[] tri = new LigneBrute[n];
        int[] rangs = new int[n];
        for (int i = 0; i < n; i++) {
            LigneBrute l = brutes.get(i);
            int rang = ordre(l.critere().rubrique());
            int bas = 0;
            int haut = i;
            while (bas < haut) { // the first place whose line comes after l: equal lines keep their order
                int milieu = (bas + haut) >>> 1;
                if (comparer(rang, l, rangs[milieu], tri[milieu]) < 0) {
                    haut = milieu;
                } else {
                    bas = milieu + 1;
                }
            }
            System.arraycopy(tri, bas, tri, bas + 1, i - bas);
            System.arraycopy(rangs, bas, rangs, bas + 1, i - bas);
            tri[bas] = l;
            rangs[bas] = rang;
        }
        BigDecimal[] points = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            points[i] = tri[i].points();
        }
        String[] notes = new String[n];
        plafonnerLesCriteres(tri, points, notes);
        for (int debut = 0, fin; debut < n; debut = fin) {
            int rang = rangs[debut];
            String code = tri[debut].critere().rubrique();
            fin = debut + 1;
            while (fin < n && rangs[fin] == rang && java.util.Objects.equals(code, tri[fin].critere().rubrique())) {
                fin++;
            }
            // a rubrique the grille declares (the display order of a code is the index of its last declaration)
            if (code != null && rang != Integer.MAX_VALUE) {
                if (rubriques.get(rang).mode() == Rubrique.Mode.MEILLEUR) {
                    garderLeMeilleur(nonRetenu[rang], tri, debut, fin, points, notes);
                }
                if (plafonds[rang] != null) {
                    plafonnerLaRubrique(rubriquePlafonnee[rang], plafonds[rang], debut, fin, points, notes);
                }
            }
        }
        Ligne[] lignes = new Ligne[n];
        for (int i = 0; i < n; i++) {
            lignes[i] = tri[i].ligne(points[i], notes[i]);
        }
        return List.of(lignes);
    }

    /**
     * Caps per criterion, on the absolute value of the criterion's running total, in the lines' order. A criterion
     * code may have lines in two rubriques: its running total goes through both.
     */
    private static void plafonnerLesCriteres(LigneBrute[] tri, BigDecimal[] points, String[] notes) {
        String[] codes = null; // most grilles cap few criteria: nothing allocated until one is met
        BigDecimal[] cumuls = null;
        int plafonnes = 0;
        for (int i = 0; i < tri.length; i++) {
            Critere c = tri[i].critere();
            if (c.plafond() == null) {
                continue;
            }
            if (codes == null) {
                codes = new String[tri.length];
                cumuls = new BigDecimal[tri.length];
            }
            int k = 0;
            while (k < plafonnes && !codes[k].equals(c.code())) {
                k++;
            }
            if (k == plafonnes) {
                codes[k] = c.code();
                cumuls[k] = BigDecimal.ZERO;
                plafonnes++;
            }
            BigDecimal avant = cumuls[k];
            BigDecimal apres = avant.add(points[i]);
            BigDecimal cap = c.plafond().abs();
            if (apres.abs().compareTo(cap) > 0) {
                BigDecimal borne = apres.signum() < 0 ? cap.negate() : cap;
                points[i] = borne.subtract(avant);
                notes[i] = "critère plafonné à " + Points.pts(cap);
                apres = borne;
            }
            cumuls[k] = apres;
        }
    }

    /**
     * In a rubrique where only the best criterion counts: the criterion with the highest positive total (the first
     * of equal ones) keeps its points; the other positive criteria keep theirs visible at zero, with {@code note}. A
     * malus is not in competition and always counts.
     */
    private static void garderLeMeilleur(String note, LigneBrute[] tri, int debut, int fin, BigDecimal[] points,
                                         String[] notes) {
        // the total of each criterion, on its run of lines
        BigDecimal[] totaux = new BigDecimal[fin - debut];
        int meilleur = -1;
        for (int i = debut, j; i < fin; i = j) {
            String code = tri[i].critere().code();
            BigDecimal total = points[i];
            for (j = i + 1; j < fin && tri[j].critere().code().equals(code); j++) {
                total = total.add(points[j]);
            }
            java.util.Arrays.fill(totaux, i - debut, j - debut, total);
            if (total.signum() > 0 && (meilleur < 0 || total.compareTo(totaux[meilleur - debut]) > 0)) {
                meilleur = i;
            }
        }
        String meilleurCode = meilleur < 0 ? null : tri[meilleur].critere().code();
        for (int i = debut; i < fin; i++) {
            if (!tri[i].critere().code().equals(meilleurCode) && totaux[i - debut].signum() > 0
                    && points[i].signum() != 0) {
                points[i] = BigDecimal.ZERO;
                notes[i] = note;
            }
        }
    }

    /** The rubrique's cap on the running total of its lines, in their order; {@code note} on a line it cuts. */
    private static void plafonnerLaRubrique(String note, BigDecimal cap, int debut, int fin, BigDecimal[] points,
                                            String[] notes) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = debut; i < fin; i++) {
            BigDecimal apres = total.add(points[i]);
            if (apres.compareTo(cap) > 0) {
                points[i] = cap.subtract(total).max(BigDecimal.ZERO);
                notes[i] = note;
                apres = total.add(points[i]);
            }
            total = apres;
        }
    }
}
