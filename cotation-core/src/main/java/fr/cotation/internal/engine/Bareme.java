package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.pack.Rubrique;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the lines the rules gave into the explanation: order them deterministically, apply each
 * criterion's cap ({@code @plafond}), then each rubrique's mode (only the best criterion counts) and
 * cap. A line cut by a cap or a rubrique stays visible with the points it keeps and why.
 */
final class Bareme {
    /** Display order of each rubrique code (the last declaration of a code wins, as before). */
    private final Map<String, Integer> ordreRubrique;
    /**
     * The deterministic order of the lines: rubrique's display order, rubrique, criterion, rule, points
     * (highest first), explanation, then proof, commune flag, situations and categories: a total order on what a
     * line shows, so the order in which the rules fired never shows in the result. The display order is looked up once per line, before sorting.
     */
    private static final Comparator<Rangee> ORDRE = (x, y) -> {
        int c = Integer.compare(x.rang(), y.rang());
        if (c != 0) {
            return c;
        }
        LigneBrute a = x.ligne();
        LigneBrute b = y.ligne();
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
    };

    /** A line with the display order of its rubrique. */
    private record Rangee(int rang, LigneBrute ligne) {
    }

    /** The rubriques as declared, so that a display order is also the index of the rubrique of that code. */
    private final List<Rubrique> rubriques;
    /** The cap of the rubrique of each display order, as exact points; null when it has none or is not the last of its code. */
    private final BigDecimal[] plafonds;

    /** What does not depend on the demande, computed once per grille. */
    Bareme(List<Rubrique> rubriques) {
        Map<String, Integer> ordres = new HashMap<>();
        for (int i = 0; i < rubriques.size(); i++) {
            ordres.put(rubriques.get(i).code(), i);
        }
        this.ordreRubrique = java.util.Collections.unmodifiableMap(ordres);
        this.rubriques = List.copyOf(rubriques);
        this.plafonds = new BigDecimal[rubriques.size()];
        for (int i = 0; i < rubriques.size(); i++) {
            Double plafond = rubriques.get(i).plafond();
            plafonds[i] = plafond == null ? null : Points.of(plafond);
        }
    }

    /** One-off use, for callers without a compiled grille. */
    static List<Ligne> appliquer(List<LigneBrute> brutes, List<Rubrique> rubriques) {
        return new Bareme(rubriques).appliquer(brutes);
    }

    /**
     * The lines in the order of {@link #ORDRE}, with the caps of the criteria, then for each rubrique its mode and cap.
     * The order makes the lines of one rubrique code consecutive (same display order, then the same code), and within
     * them the lines of one criterion code: each rubrique is one run of lines and each criterion one run inside it.
     */
    List<Ligne> appliquer(List<LigneBrute> brutes) {
        int n = brutes.size();
        Rangee[] rangees = new Rangee[n];
        for (int i = 0; i < n; i++) {
            LigneBrute l = brutes.get(i);
            Integer rang = l.critere().rubrique() == null ? null : ordreRubrique.get(l.critere().rubrique());
            rangees[i] = new Rangee(rang == null ? Integer.MAX_VALUE : rang, l);
        }
        if (n > 1) {
            java.util.Arrays.sort(rangees, ORDRE);
        }
        BigDecimal[] points = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            points[i] = rangees[i].ligne().points();
        }
        String[] notes = new String[n];
        plafonnerLesCriteres(rangees, points, notes);
        for (int debut = 0, fin; debut < n; debut = fin) {
            int rang = rangees[debut].rang();
            String code = rangees[debut].ligne().critere().rubrique();
            fin = debut + 1;
            while (fin < n && rangees[fin].rang() == rang && java.util.Objects.equals(code, rangees[fin].ligne().critere().rubrique())) {
                fin++;
            }
            // a rubrique the grille declares (the display order of a code is the index of its last declaration)
            if (code != null && rang != Integer.MAX_VALUE) {
                Rubrique r = rubriques.get(rang);
                if (r.mode() == Rubrique.Mode.MEILLEUR) {
                    garderLeMeilleur(r, rangees, debut, fin, points, notes);
                }
                if (plafonds[rang] != null) {
                    plafonnerLaRubrique(r, plafonds[rang], debut, fin, points, notes);
                }
            }
        }
        Ligne[] lignes = new Ligne[n];
        for (int i = 0; i < n; i++) {
            lignes[i] = rangees[i].ligne().ligne(points[i], notes[i]);
        }
        return List.of(lignes);
    }

    /** Caps per criterion, on the absolute value of the criterion's running total, in the lines' order. */
    private static void plafonnerLesCriteres(Rangee[] rangees, BigDecimal[] points, String[] notes) {
        Map<String, BigDecimal> cumul = null; // most grilles cap few criteria: no map until one is met
        for (int i = 0; i < rangees.length; i++) {
            Critere c = rangees[i].ligne().critere();
            if (c.plafond() == null) {
                continue;
            }
            if (cumul == null) {
                cumul = new HashMap<>();
            }
            BigDecimal avant = cumul.getOrDefault(c.code(), BigDecimal.ZERO);
            BigDecimal apres = avant.add(points[i]);
            BigDecimal cap = c.plafond().abs();
            if (apres.abs().compareTo(cap) > 0) {
                BigDecimal borne = apres.signum() < 0 ? cap.negate() : cap;
                points[i] = borne.subtract(avant);
                notes[i] = "critère plafonné à " + Points.pts(cap);
                apres = borne;
            }
            cumul.put(c.code(), apres);
        }
    }

    /**
     * In a rubrique where only the best criterion counts: the criterion with the highest positive total (the first
     * of equal ones) keeps its points; the other positive criteria keep theirs visible at zero. A malus is not in
     * competition and always counts.
     */
    private static void garderLeMeilleur(Rubrique r, Rangee[] rangees, int debut, int fin, BigDecimal[] points,
                                         String[] notes) {
        // the total of each criterion, on its run of lines
        BigDecimal[] totaux = new BigDecimal[fin - debut];
        int meilleur = -1;
        for (int i = debut, j; i < fin; i = j) {
            String code = rangees[i].ligne().critere().code();
            BigDecimal total = points[i];
            for (j = i + 1; j < fin && rangees[j].ligne().critere().code().equals(code); j++) {
                total = total.add(points[j]);
            }
            java.util.Arrays.fill(totaux, i - debut, j - debut, total);
            if (total.signum() > 0 && (meilleur < 0 || total.compareTo(totaux[meilleur - debut]) > 0)) {
                meilleur = i;
            }
        }
        String meilleurCode = meilleur < 0 ? null : rangees[meilleur].ligne().critere().code();
        for (int i = debut; i < fin; i++) {
            if (!rangees[i].ligne().critere().code().equals(meilleurCode) && totaux[i - debut].signum() > 0
                    && points[i].signum() != 0) {
                points[i] = BigDecimal.ZERO;
                notes[i] = "non retenu : dans la rubrique " + r.libelle() + ", seul le meilleur critère compte";
            }
        }
    }

    /** The rubrique's cap on the running total of its lines, in their order. */
    private static void plafonnerLaRubrique(Rubrique r, BigDecimal cap, int debut, int fin, BigDecimal[] points,
                                            String[] notes) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = debut; i < fin; i++) {
            BigDecimal apres = total.add(points[i]);
            if (apres.compareTo(cap) > 0) {
                points[i] = cap.subtract(total).max(BigDecimal.ZERO);
                notes[i] = "rubrique " + r.libelle() + " plafonnée à " + Points.pts(cap);
                apres = total.add(points[i]);
            }
            total = apres;
        }
    }
}
