package fr.cotation.classement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The numéros uniques of a stock in one byte array, with an open-addressing hash index: a numéro costs its length in
 * bytes and a few ints, not a {@code String}. Each numéro gets the next index, starting at 0. Not thread-safe: filled
 * by the single thread that reads the stock, read-only afterwards.
 */
final class Numeros {
    private byte[] octets = new byte[1 << 16];
    private int fin;
    private final Tableaux.Entiers debuts = new Tableaux.Entiers(1 << 10);
    private int[] table = new int[1 << 10];   // index + 1, 0 when empty
    private int nombre;

    /** The index of {@code numero}, adding it if new; {@code -(index + 1)} of the earlier one if already there. */
    int ajouter(String numero) {
        byte[] b = numero.getBytes(StandardCharsets.UTF_8);
        int masque = table.length - 1;
        int h = hash(b, 0, b.length) & masque;
        while (table[h] != 0) {
            int i = table[h] - 1;
            if (egal(i, b)) {
                return -(i + 1);
            }
            h = (h + 1) & masque;
        }
        if (fin + b.length > octets.length) {
            octets = Arrays.copyOf(octets, Math.max(fin + b.length, octets.length + (octets.length >> 1)));
        }
        System.arraycopy(b, 0, octets, fin, b.length);
        debuts.ajouter(fin);
        fin += b.length;
        table[h] = ++nombre;
        if (nombre * 2 > table.length) {
            agrandir();
        }
        return nombre - 1;
    }

    /** The index of {@code numero}, or -1. */
    int indice(String numero) {
        if (numero == null) {
            return -1;
        }
        byte[] b = numero.getBytes(StandardCharsets.UTF_8);
        int masque = table.length - 1;
        for (int h = hash(b, 0, b.length) & masque; table[h] != 0; h = (h + 1) & masque) {
            if (egal(table[h] - 1, b)) {
                return table[h] - 1;
            }
        }
        return -1;
    }

    int nombre() {
        return nombre;
    }

    String numero(int i) {
        return new String(octets, debut(i), fin(i) - debut(i), StandardCharsets.UTF_8);
    }

    /** The order of {@link String#compareTo} between numéros {@code a} and {@code b}. */
    int comparer(int a, int b) {
        int i = debut(a);
        int j = debut(b);
        int fa = fin(a);
        int fb = fin(b);
        while (i < fa && j < fb) {
            byte x = octets[i++];
            byte y = octets[j++];
            if (x < 0 || y < 0) {
                return numero(a).compareTo(numero(b)); // beyond ASCII: UTF-16 order, as String does
            }
            if (x != y) {
                return x - y;
            }
        }
        return (fa - debut(a)) - (fb - debut(b));
    }

    private int debut(int i) {
        return debuts.get(i);
    }

    private int fin(int i) {
        return i + 1 < nombre ? debuts.get(i + 1) : fin;
    }

    private boolean egal(int i, byte[] b) {
        int d = debut(i);
        return fin(i) - d == b.length && Arrays.equals(octets, d, d + b.length, b, 0, b.length);
    }

    private void agrandir() {
        int[] t = new int[table.length << 1];
        int masque = t.length - 1;
        for (int i = 0; i < nombre; i++) {
            int d = debut(i);
            int h = hash(octets, d, fin(i)) & masque;
            while (t[h] != 0) {
                h = (h + 1) & masque;
            }
            t[h] = i + 1;
        }
        table = t;
    }

    private static int hash(byte[] b, int debut, int fin) {
        int h = 0x811C9DC5;
        for (int i = debut; i < fin; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
