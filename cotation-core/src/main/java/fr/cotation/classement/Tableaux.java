package fr.cotation.classement;

import java.util.Arrays;

/** Growable primitive arrays and a stable sort of indexes, so that millions of entries cost no object each. */
final class Tableaux {
    private Tableaux() {
    }

    /** A growable {@code int[]}. */
    static final class Entiers {
        private int[] valeurs;
        private int taille;

        Entiers(int capacite) {
            valeurs = new int[Math.max(1, capacite)];
        }

        void ajouter(int v) {
            if (taille == valeurs.length) {
                valeurs = Arrays.copyOf(valeurs, taille + (taille >> 1) + 1);
            }
            valeurs[taille++] = v;
        }

        int get(int i) {
            return valeurs[i];
        }

        void set(int i, int v) {
            valeurs[i] = v;
        }

        int taille() {
            return taille;
        }

        /** The values, trimmed; the list must not be used afterwards. */
        int[] figer() {
            int[] v = taille == valeurs.length ? valeurs : Arrays.copyOf(valeurs, taille);
            valeurs = null;
            return v;
        }
    }

    /** A growable {@code double[]}. */
    static final class Reels {
        private double[] valeurs;
        private int taille;

        Reels(int capacite) {
            valeurs = new double[Math.max(1, capacite)];
        }

        void ajouter(double v) {
            if (taille == valeurs.length) {
                valeurs = Arrays.copyOf(valeurs, taille + (taille >> 1) + 1);
            }
            valeurs[taille++] = v;
        }

        double get(int i) {
            return valeurs[i];
        }

        int taille() {
            return taille;
        }

        /** The values, trimmed; the list must not be used afterwards. */
        double[] figer() {
            double[] v = taille == valeurs.length ? valeurs : Arrays.copyOf(valeurs, taille);
            valeurs = null;
            return v;
        }
    }

    /** An order on indexes. */
    @FunctionalInterface
    interface OrdreIndex {
        int comparer(int a, int b);
    }

    /** The indexes {@code 0 .. n-1} sorted by {@code ordre}; a stable merge sort. */
    static int[] trier(int n, OrdreIndex ordre) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        if (n < 2) {
            return a;
        }
        int[] tampon = new int[n];
        int[] source = a;
        int[] cible = tampon;
        for (int largeur = 1; largeur < n; largeur <<= 1) {
            for (int debut = 0; debut < n; debut += largeur << 1) {
                int milieu = Math.min(debut + largeur, n);
                int fin = Math.min(debut + (largeur << 1), n);
                int i = debut;
                int j = milieu;
                int k = debut;
                while (i < milieu && j < fin) {
                    cible[k++] = ordre.comparer(source[j], source[i]) < 0 ? source[j++] : source[i++];
                }
                while (i < milieu) {
                    cible[k++] = source[i++];
                }
                while (j < fin) {
                    cible[k++] = source[j++];
                }
            }
            int[] t = source;
            source = cible;
            cible = t;
        }
        return source;
    }
}
