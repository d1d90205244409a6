package fr.cotation.internal.conformite;

import java.util.regex.Pattern;

/**
 * Whether a rule's {@code @reference} names what the criterion rests on (C011): an article (art. L.441-1 CCH,
 * art. 225-1 code pénal, art. 15 de la loi n° 89-462...) or a dated text (délibération du conseil métropolitain du
 * 14 décembre 2022, décret n° 2019-1378 du 17 décembre 2019, arrêté du ...). A name alone ("grille métropolitaine
 * 2023", "ancienne grille de l'État") does not say which text a reader can look up.
 */
public final class References {
    /** "art. L.441-1", "article R.441-2-10", "art. 15", "art. D.542-14", "articles L.441-1". */
    private static final Pattern ARTICLE = Pattern.compile(
            "(?iu)\\bart(?:icles?\\b|\\.)\\s*(?:[LRD]\\s?\\.?\\s?)?\\d");
    /** A deliberation, décret, arrêté, loi or ordonnance with its year. */
    private static final Pattern TEXTE_DATE = Pattern.compile(
            "(?iu)\\b(?:délibération|deliberation|décret|decret|arrêté|arrete|loi|ordonnance)\\b[^;]*?\\b(?:19|20)\\d\\d\\b");

    private References() {
    }

    /**
     * Why {@code reference} does not cite an article or a dated text, in French, or {@code null} when it does.
     *
     * @param reference the text of {@code @reference}, {@code null} when the rule has none
     */
    public static String manque(String reference) {
        if (reference == null || reference.isBlank()) {
            return "la règle n'a pas de @reference";
        }
        if (ARTICLE.matcher(reference).find() || TEXTE_DATE.matcher(reference).find()) {
            return null;
        }
        return "@reference(\"" + reference + "\") ne cite ni un article ni un texte daté (délibération, décret, arrêté,"
                + " loi)";
    }
}
