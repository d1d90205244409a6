package fr.cotation.bilan;

import java.math.BigDecimal;

/** Checks of the fields of the bilan's inputs: each failure names the field and the value. */
final class Champs {
    private Champs() {
    }

    static String requis(String champ, String valeur) {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException(champ + " absent");
        }
        return valeur.strip();
    }

    static String facultatif(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
    }

    static int positif(String champ, int valeur) {
        if (valeur < 0) {
            throw new IllegalArgumentException(champ + " négatif : " + valeur);
        }
        return valeur;
    }

    static BigDecimal taux(String champ, BigDecimal valeur, boolean zeroAdmis) {
        if (valeur == null) {
            throw new IllegalArgumentException(champ + " absent");
        }
        if (valeur.compareTo(BigDecimal.ONE) > 0 || valeur.signum() < 0 || (!zeroAdmis && valeur.signum() == 0)) {
            throw new IllegalArgumentException(champ + " hors de " + (zeroAdmis ? "[0, 1]" : "]0, 1]") + " : "
                    + valeur.toPlainString() + " (une part s'écrit 0.25 pour 25 %)");
        }
        return valeur;
    }
}
