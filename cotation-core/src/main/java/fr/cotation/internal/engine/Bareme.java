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
    private Bareme() {
    }

    static List<Ligne> appliquer(List<LigneBrute> brutes, List<Rubrique> rubriques) {
        Map<String, Integer> ordreRubrique = new HashMap<>();
        for (int i = 0; i < rubriques.size(); i++) {
            ordreRubrique.put(rubriques.get(i).code(), i);
        }
        List<LigneBrute> tri = new ArrayList<>(brutes);
        tri.sort(Comparator.<LigneBrute>comparingInt(l -> ordreRubrique.getOrDefault(l.critere().rubrique(), Integer.MAX_VALUE))
                .thenComparing(l -> l.critere().rubrique())
                .thenComparing(l -> l.critere().code())
                .thenComparing(LigneBrute::regle)
                .thenComparing(LigneBrute::points, Comparator.reverseOrder())
                .thenComparing(LigneBrute::explication));

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
        Map<String, Rubrique> parCode = new LinkedHashMap<>();
        rubriques.forEach(r -> parCode.put(r.code(), r));
        for (Rubrique r : parCode.values()) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < tri.size(); i++) {
                if (r.code().equals(tri.get(i).critere().rubrique())) {
                    idx.add(i);
                }
            }
            if (idx.isEmpty()) {
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
                    l.points(), l.preuve(), l.regle(), l.critere().reference(), explication, l.dependDeLaCommune()));
        }
        return lignes;
    }
}
