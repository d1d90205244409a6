package fr.cotation.internal.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of text with the little formatting a published grille needs (strong, code, link), rendered to
 * Markdown or HTML with each format's escaping. Whitespace is normalised: a text never breaks a line.
 */
public final class Texte {
    private enum Genre { BRUT, FORT, CODE, LIEN, DECORATIF }

    private record Morceau(Genre genre, String texte, String cible) {
    }

    private final List<Morceau> morceaux = new ArrayList<>();

    private Texte() {
    }

    public static Texte de(String brut) {
        return new Texte().brut(brut);
    }

    public static Texte vide() {
        return new Texte();
    }

    public Texte brut(String s) {
        return add(Genre.BRUT, s, null);
    }

    public Texte fort(String s) {
        return add(Genre.FORT, s, null);
    }

    public Texte code(String s) {
        return add(Genre.CODE, s, null);
    }

    public Texte lien(String texte, String cible) {
        return add(Genre.LIEN, texte, cible);
    }

    /**
     * A decorative text (a histogram bar): as is in Markdown, hidden from screen readers in HTML
     * ({@code aria-hidden}); the figures it draws must be given in text beside it.
     */
    public Texte decoratif(String s) {
        return add(Genre.DECORATIF, s, null);
    }

    public boolean estVide() {
        return morceaux.isEmpty();
    }

    private Texte add(Genre g, String s, String cible) {
        if (s != null && !s.isEmpty()) {
            morceaux.add(new Morceau(g, s.replaceAll("\\s+", " "), cible));
        }
        return this;
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        for (Morceau m : morceaux) {
            switch (m.genre()) {
                case BRUT -> sb.append(echapperMd(m.texte()));
                case FORT -> sb.append(avant(m.texte())).append("**").append(echapperMd(m.texte().strip())).append("**")
                        .append(apres(m.texte()));
                case CODE -> {
                    String fence = m.texte().contains("`") ? "`` " : "`";
                    sb.append(fence).append(m.texte().replace("|", "\\|")).append(new StringBuilder(fence).reverse());
                }
                case DECORATIF -> sb.append(echapperMd(m.texte()));
                case LIEN -> sb.append('[').append(echapperMd(m.texte())).append("](")
                        .append(m.cible().replace(" ", "%20").replace(")", "%29")).append(')');
            }
        }
        return sb.toString().strip();
    }

    public String html() {
        StringBuilder sb = new StringBuilder();
        for (Morceau m : morceaux) {
            switch (m.genre()) {
                case BRUT -> sb.append(echapperHtml(m.texte()));
                case FORT -> sb.append(avant(m.texte())).append("<strong>").append(echapperHtml(m.texte().strip()))
                        .append("</strong>").append(apres(m.texte()));
                case CODE -> sb.append("<code>").append(echapperHtml(m.texte())).append("</code>");
                case DECORATIF -> sb.append("<span aria-hidden=\"true\">").append(echapperHtml(m.texte()))
                        .append("</span>");
                case LIEN -> sb.append("<a href=\"").append(echapperHtml(m.cible())).append("\">")
                        .append(echapperHtml(m.texte())).append("</a>");
            }
        }
        return sb.toString().strip();
    }

    /** The space before a strong text goes outside its markers (Markdown ignores "** x**"). */
    private static String avant(String s) {
        return s.startsWith(" ") ? " " : "";
    }

    private static String apres(String s) {
        return s.endsWith(" ") ? " " : "";
    }

    /** The text without formatting. */
    public String brut() {
        StringBuilder sb = new StringBuilder();
        morceaux.forEach(m -> sb.append(m.texte()));
        return sb.toString().strip();
    }

    /** Markdown's inline specials, and the table cell separator, escaped with a backslash. */
    public static String echapperMd(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public static String echapperHtml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
