package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.pack.Rubrique;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /** The rubriques, one per code, in the order of their first declaration (the last declaration of a code wins). */
    private final List<Rubrique> parCode;
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

    /** What does not depend on the demande, computed once per grille. */
    Bareme(List<Rubrique> rubriques) {
        Map<String, Integer> ordres = new HashMap<>();
        for (int i = 0; i < rubriques.size(); i++) {
            ordres.put(rubriques.get(i).code(), i);
        }
        this.ordreRubrique = java.util.Collections.unmodifiableMap(ordres);
        Map<String, Rubrique> codes = new LinkedHashMap<>();
        rubriques.forEach(r -> codes.put(r.code(), r));
        this.parCode = List.copyOf(codes.values());
    }

    /** One-off use, for callers without a compiled grille. */
    static List<Ligne> appliquer(List<LigneBrute> brutes, List<Rubrique> rubriques) {
        return new Bareme(rubriques).appliquer(brutes);
    }

    List<Ligne> appliquer(List<LigneBrute> brutes) {
        Rangee[] rangees = new Rangee[brutes.size()];
        for (int i = 0; i < rangees.length; i++) {
            LigneBrute l = brutes.get(i);
            rangees[i] = new Rangee(ordreRubrique.getOrDefault(l.critere().rubrique(), Integer.MAX_VALUE), l);
        }
        java.util.Arrays.sort(rangees, ORDRE);
        List<LigneBrute> tri = new ArrayList<>(rangees.length);
        for (Rangee r : rangees) {
            tri.add(r.ligne());
        }

        List<BigDecimal> points = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (LigneBrute l : tri) {
            points.add(l.points());
            notes.add(null);
        }
        // caps per criterion, on the absolute value of the criterion's running total
        Map<String, BigDecimal> cumul = new HashMap<>();
        for (int i = 0; i < tri.size(); i++) {
            Critere c = tri.get(i).critere();
            if (c.plafond() == null) {
                continue;
            }
            BigDecimal avant = cumul.getOrDefault(c.code(), BigDecimal.ZERO);
            BigDecimal apres = avant.add(points.get(i));
            BigDecimal cap = c.plafond().abs();
            if (apres.abs().compareTo(cap) > 0) {
                BigDecimal borne = apres.signum() < 0 ? cap.negate() : cap;
                points.set(i, borne.subtract(avant));
                notes.set(i, "critère plafonné à " + Points.pts(cap));
                apres = borne;
            }
            cumul.put(c.code(), apres);
        }
        // rubriques: only the best criterion counts, then the rubrique's cap
        // the lines of each rubrique, in the sorted order, found in one pass
        Map<String, List<Integer>> parRubrique = new HashMap<>();
        for (int i = 0; i < tri.size(); i++) {
            String rubrique = tri.get(i).critere().rubrique();
            if (rubrique != null) {
                parRubrique.computeIfAbsent(rubrique, k -> new ArrayList<>()).add(i);
            }
        }
        for (Rubrique r : parCode) {
            List<Integer> idx = parRubrique.get(r.code());
            if (idx == null) {
                continue;
            }
            if (r.mode() == Rubrique.Mode.MEILLEUR) {
                Map<String, BigDecimal> parCritere = new LinkedHashMap<>();
                for (int i : idx) {
                    parCritere.merge(tri.get(i).critere().code(), points.get(i), BigDecimal::add);
                }
                // the best bonus wins; a malus is not in competition and always counts
                String meilleur = null;
                for (var e : parCritere.entrySet()) {
                    if (e.getValue().signum() > 0
                            && (meilleur == null || e.getValue().compareTo(parCritere.get(meilleur)) > 0)) {
                        meilleur = e.getKey();
                    }
                }
                for (int i : idx) {
                    String code = tri.get(i).critere().code();
                    if (!code.equals(meilleur) && parCritere.get(code).signum() > 0 && points.get(i).signum() != 0) {
                        points.set(i, BigDecimal.ZERO);
                        notes.set(i, "non retenu : dans la rubrique " + r.libelle() + ", seul le meilleur critère compte");
                    }
                }
            }
            if (r.plafond() != null) {
                BigDecimal cap = Points.of(r.plafond());
                BigDecimal total = BigDecimal.ZERO;
                for (int i : idx) {
                    BigDecimal apres = total.add(points.get(i));
                    if (apres.compareTo(cap) > 0) {
                        points.set(i, cap.subtract(total).max(BigDecimal.ZERO));
                        notes.set(i, "rubrique " + r.libelle() + " plafonnée à " + Points.pts(cap));
                        apres = total.add(points.get(i));
                    }
                    total = apres;
                }
            }
        }
        List<Ligne> lignes = new ArrayList<>(tri.size());
        for (int i = 0; i < tri.size(); i++) {
            LigneBrute l = tri.get(i);
            String explication = notes.get(i) == null ? l.explication() : l.explication() + " (" + notes.get(i) + ")";
            lignes.add(new Ligne(l.critere().code(), l.critere().libelle(), l.critere().rubrique(), Points.norm(points.get(i)),
                    l.points(), l.preuve(), l.regle(), l.critere().reference(), explication, l.dependDeLaCommune(),
                    l.situations(), l.categoriesL4411()));
        }
        return lignes;
    }
}
