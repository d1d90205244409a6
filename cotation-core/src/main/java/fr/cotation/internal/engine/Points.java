package fr.cotation.internal.engine;

import fr.cotation.Ligne;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Points as exact decimals with no trailing zeros, so that totals are exact sums of lines. */
final class Points {
    private Points() {
    }

    /** Bound of each cache: a grille uses a few dozen values; anything past the bound is computed each time. */
    private static final int CACHE_MAX = 4096;
    private static final ConcurrentHashMap<Double, BigDecimal> DECIMAUX = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<BigDecimal, String> TEXTES = new ConcurrentHashMap<>();

    /** The double as exact decimal points; kept once computed (BigDecimal.valueOf goes through a string). */
    static BigDecimal of(double d) {
        BigDecimal b = DECIMAUX.get(d);
        if (b == null) {
            b = norm(BigDecimal.valueOf(d));
            if (DECIMAUX.size() < CACHE_MAX) {
                DECIMAUX.putIfAbsent(d, b);
            }
        }
        return b;
    }

    static BigDecimal norm(BigDecimal b) {
        if (b.scale() == 0) {
            return b; // what stripping then rescaling to 0 would give: the same unscaled value at scale 0
        }
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * The exact sum of points: in a {@code long} while every value is a whole number that fits one (the common case,
     * without a {@code BigDecimal} per addition), in decimals otherwise.
     */
    static BigDecimal somme(List<Ligne> lignes) {
        long entier = 0;
        try {
            for (int i = 0; i < lignes.size(); i++) {
                BigDecimal p = lignes.get(i).points();
                if (p.scale() != 0) {
                    return sommeDecimale(lignes);
                }
                entier = Math.addExact(entier, p.longValueExact());
            }
        } catch (ArithmeticException e) {
            return sommeDecimale(lignes);
        }
        return BigDecimal.valueOf(entier);
    }

    private static BigDecimal sommeDecimale(List<Ligne> lignes) {
        BigDecimal total = BigDecimal.ZERO;
        for (Ligne l : lignes) {
            total = total.add(l.points());
        }
        return norm(total);
    }

    static String format(BigDecimal b) {
        return norm(b).toPlainString();
    }

    /** A number as French text: "31", "15,5". */
    static String nombre(BigDecimal b) {
        return format(b).replace('.', ',');
    }

    /** "1 pt", "1,5 pt", "2 pts", "-10 pts", "0,5 pt". */
    static String pts(BigDecimal b) {
        String texte = TEXTES.get(b);
        if (texte == null) {
            String n = nombre(b);
            texte = n + (b.abs().compareTo(BigDecimal.valueOf(2)) >= 0 ? " pts" : " pt"); // French: singular below 2
            if (TEXTES.size() < CACHE_MAX) {
                TEXTES.putIfAbsent(b, texte);
            }
        }
        return texte;
    }
}
