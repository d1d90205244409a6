package fr.cotation.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Communes drawn by weight: a commune of 300,000 inhabitants is wished 300 times as often as one of 1,000. Equal
 * weights when no population is known. Immutable.
 */
final class Bassin {
    private final List<String> codes;
    private final double[] cumul;

    /**
     * @param codes   distinct INSEE codes
     * @param poids   weight of each code (population), or {@code null} for equal weights
     */
    Bassin(List<String> codes, List<Integer> poids) {
        this.codes = List.copyOf(codes);
        this.cumul = new double[codes.size()];
        double total = 0;
        for (int i = 0; i < codes.size(); i++) {
            Integer p = poids == null ? null : poids.get(i);
            total += p == null || p < 1 ? 1 : p;
            cumul[i] = total;
        }
    }

    /** Several bassins as one, each commune keeping its weight. */
    static Bassin union(List<Bassin> bassins) {
        List<String> codes = new ArrayList<>();
        List<Integer> poids = new ArrayList<>();
        for (Bassin b : bassins) {
            for (int i = 0; i < b.codes.size(); i++) {
                codes.add(b.codes.get(i));
                poids.add((int) Math.round(b.poids(i)));
            }
        }
        return new Bassin(codes, poids);
    }

    List<String> codes() {
        return codes;
    }

    int taille() {
        return codes.size();
    }

    boolean estVide() {
        return codes.isEmpty();
    }

    /** Total weight: the population of the bassin, or its number of communes without populations. */
    double poids() {
        return cumul.length == 0 ? 0 : cumul[cumul.length - 1];
    }

    private double poids(int i) {
        return i == 0 ? cumul[0] : cumul[i] - cumul[i - 1];
    }

    /** A commune drawn in proportion to its weight. */
    String tirer(SplittableRandom rnd) {
        double x = rnd.nextDouble() * poids();
        int bas = 0;
        int haut = cumul.length - 1;
        while (bas < haut) {
            int m = (bas + haut) >>> 1;
            if (x < cumul[m]) {
                haut = m;
            } else {
                bas = m + 1;
            }
        }
        return codes.get(bas);
    }
}
