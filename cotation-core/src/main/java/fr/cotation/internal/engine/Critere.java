package fr.cotation.internal.engine;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A criterion as a rule declares it in its metadata.
 *
 * @param code      {@code @critere}
 * @param libelle   {@code @libelle}
 * @param rubrique  {@code @rubrique}
 * @param reference {@code @reference}, may be null
 * @param points    {@code @points}, may be null when the consequence computes the points
 * @param plafond   {@code @plafond}: cap on the absolute total of the criterion's lines, may be null
 * @param remplace  {@code @remplace}: code of a base criterion this rule replaces, may be null
 * @param parMois   {@code @parMois}: points per month the consequence gives with {@code note.parMois}, may be null
 * @param dureeMois {@code @dureeMois}: months during which the fact the rule tests counts (a refusal...), may be null
 * @param bareme    {@code @bareme}: how the points are computed, in words, for the published grille, may be null
 * @param fichier   the DRL file that declares the rule, as in messages ({@code pack-id/regles/file.drl}), may be null
 * @param proposition {@code @proposition}: why the criterion is a proposal that no source gives, may be null
 */
record Critere(String code, String libelle, String rubrique, String reference, BigDecimal points, BigDecimal plafond,
               String remplace, BigDecimal parMois, Integer dureeMois, String bareme, String fichier,
               String proposition) {

    /** A criterion that rests on a source (no {@code @proposition}). */
    Critere(String code, String libelle, String rubrique, String reference, BigDecimal points, BigDecimal plafond,
            String remplace, BigDecimal parMois, Integer dureeMois, String bareme, String fichier) {
        this(code, libelle, rubrique, reference, points, plafond, remplace, parMois, dureeMois, bareme, fichier, null);
    }

    /** The rubrique code interned, as {@link Bareme}'s are: it finds a line's rubrique by reference, per line and pair. */
    Critere {
        rubrique = rubrique == null ? null : rubrique.intern();
    }

    static final String CRITERE = "critere";
    static final String LIBELLE = "libelle";
    static final String RUBRIQUE = "rubrique";
    static final String REFERENCE = "reference";
    static final String POINTS = "points";
    static final String PLAFOND = "plafond";
    static final String REMPLACE = "remplace";
    static final String PAR_MOIS = "parMois";
    static final String DUREE_MOIS = "dureeMois";
    static final String BAREME = "bareme";
    static final String PROPOSITION = "proposition";

    static Critere of(Map<String, Object> meta, String fichier) {
        BigDecimal duree = number(meta.get(DUREE_MOIS), DUREE_MOIS);
        if (duree != null && (duree.signum() <= 0 || duree.scale() > 0)) {
            throw new IllegalArgumentException("@" + DUREE_MOIS + "(" + meta.get(DUREE_MOIS)
                    + ") doit être un nombre entier de mois, positif");
        }
        return new Critere(text(meta.get(CRITERE)), text(meta.get(LIBELLE)), text(meta.get(RUBRIQUE)),
                text(meta.get(REFERENCE)), number(meta.get(POINTS), POINTS), number(meta.get(PLAFOND), PLAFOND),
                text(meta.get(REMPLACE)), number(meta.get(PAR_MOIS), PAR_MOIS),
                duree == null ? null : duree.intValueExact(), text(meta.get(BAREME)), fichier,
                text(meta.get(PROPOSITION)));
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? null : s;
    }

    static BigDecimal number(Object o, String name) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n) {
            return Points.of(n.doubleValue());
        }
        try {
            return Points.of(Double.parseDouble(text(o)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("@" + name + "(" + o + ") n'est pas un nombre");
        }
    }
}
