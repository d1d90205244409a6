package fr.cotation.internal.redaction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small document (headings, paragraphs, lists, tables, a warning) rendered the same way to Markdown, to plain
 * text (for a letter or a desk screen) and to a standalone HTML page: inline CSS, no script, {@code lang="fr"},
 * tables with captions and header scopes. Output is deterministic: same document, same bytes; lines end with
 * {@code \n}. Internal: used by the published grille and the applicant's fiche.
 */
public final class Document {
    private sealed interface Bloc permits Titre, Paragraphe, Liste, Tableau, Avertissement, Sommaire, Code {
    }

    private record Titre(int niveau, Texte texte, String ancre) implements Bloc {
    }

    private record Paragraphe(Texte texte) implements Bloc {
    }

    /** A list; a compact one is a single paragraph in Markdown (long lists of communes). */
    private record Liste(List<Texte> items, boolean compacte) implements Bloc {
    }

    private record Tableau(String legende, List<String> entetes, List<List<Texte>> lignes) implements Bloc {
    }

    private record Avertissement(List<Texte> paragraphes) implements Bloc {
    }

    private record Sommaire() implements Bloc {
    }

    /** Preformatted text (a demande in JSON), kept as is. */
    private record Code(String langage, String texte) implements Bloc {
    }

    private final String titre;
    private final List<Bloc> blocs = new ArrayList<>();
    private Texte pied = Texte.vide();
    private String cssEnPlus = "";
    private boolean xml;

    public Document(String titre) {
        this.titre = titre;
        blocs.add(new Titre(1, Texte.de(titre), null));
    }

    public Document section(String titre) {
        blocs.add(new Titre(2, Texte.de(titre), ancre(titre)));
        return this;
    }

    public Document sousSection(String titre) {
        blocs.add(new Titre(3, Texte.de(titre), null));
        return this;
    }

    public Document paragraphe(Texte t) {
        blocs.add(new Paragraphe(t));
        return this;
    }

    public Document paragraphe(String s) {
        return paragraphe(Texte.de(s));
    }

    public Document liste(List<Texte> items) {
        blocs.add(new Liste(List.copyOf(items), false));
        return this;
    }

    public Document listeCompacte(List<Texte> items) {
        blocs.add(new Liste(List.copyOf(items), true));
        return this;
    }

    /** A table; the first column heads its row (the criterion). */
    public Document tableau(String legende, List<String> entetes, List<List<Texte>> lignes) {
        blocs.add(new Tableau(legende, List.copyOf(entetes), List.copyOf(lignes)));
        return this;
    }

    public Document avertissement(List<Texte> paragraphes) {
        blocs.add(new Avertissement(List.copyOf(paragraphes)));
        return this;
    }

    /** Preformatted text in a language ({@code json}), kept line by line. */
    public Document code(String langage, String texte) {
        blocs.add(new Code(langage, texte.strip()));
        return this;
    }

    /** A list of links to the sections, where it is placed. */
    public Document sommaire() {
        blocs.add(new Sommaire());
        return this;
    }

    public Document pied(Texte t) {
        this.pied = t;
        return this;
    }

    /** CSS rules added after the common ones in the HTML page. */
    public Document css(String regles) {
        this.cssEnPlus = regles;
        return this;
    }

    /** Emit HTML that is also well-formed XML (void elements closed), so that an XML parser can check it. */
    public Document xml() {
        this.xml = true;
        return this;
    }

    // ------------------------------------------------------------------------------------------ plain text

    /** The no-break space French puts before a colon or a semicolon, so that a wrapped line never starts with one. */
    private static final String INSECABLE = "\u00a0";

    /** Width at which {@link #texte()} wraps paragraphs and list items. */
    public static final int LARGEUR = 80;

    /**
     * Plain text: headings underlined ({@code =} then {@code -}), paragraphs and list items wrapped at
     * {@value #LARGEUR} columns, each table row as a list item whose non-empty cells are named by their column,
     * warnings indented; no formatting characters, no table of contents.
     */
    public String texte() {
        StringBuilder sb = new StringBuilder();
        for (Bloc b : blocs) {
            if (b instanceof Sommaire) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            if (b instanceof Titre t) {
                String titre = t.texte().brut();
                sb.append(titre).append('\n');
                if (t.niveau() < 3) {
                    sb.append((t.niveau() == 1 ? "=" : "-").repeat(titre.length())).append('\n');
                }
            } else if (b instanceof Paragraphe p) {
                plier(sb, p.texte().brut(), "", "");
            } else if (b instanceof Liste l && l.compacte()) {
                plier(sb, String.join(", ", l.items().stream().map(Texte::brut).toList()) + ".", "", "");
            } else if (b instanceof Liste l) {
                l.items().forEach(i -> plier(sb, i.brut(), "- ", "  "));
            } else if (b instanceof Avertissement a) {
                for (int i = 0; i < a.paragraphes().size(); i++) {
                    if (i > 0) {
                        sb.append('\n');
                    }
                    plier(sb, a.paragraphes().get(i).brut(), "  ! ", "    ");
                }
            } else if (b instanceof Tableau t) {
                sb.append(t.legende()).append(" :\n");
                for (List<Texte> ligne : t.lignes()) {
                    StringBuilder l = new StringBuilder(ligne.get(0).brut());
                    List<String> cellules = new ArrayList<>();
                    for (int i = 1; i < ligne.size(); i++) {
                        if (!ligne.get(i).estVide()) {
                            cellules.add(t.entetes().get(i).toLowerCase(Locale.ROOT) + INSECABLE + ": " + ligne.get(i).brut());
                        }
                    }
                    if (!cellules.isEmpty()) {
                        l.append(" — ").append(String.join(INSECABLE + "; ", cellules));
                    }
                    plier(sb, l.toString(), "- ", "  ");
                }
            }
        }
        if (!pied.estVide()) {
            sb.append("\n--\n");
            plier(sb, pied.brut(), "", "");
        }
        return sb.toString();
    }

    /** Appends {@code texte} wrapped at {@link #LARGEUR}: the first line after {@code debut}, the others after {@code suite}. */
    private static void plier(StringBuilder sb, String texte, String debut, String suite) {
        StringBuilder ligne = new StringBuilder(debut);
        boolean vide = true;
        for (String mot : texte.split(" ")) {
            if (mot.isEmpty()) {
                continue;
            }
            if (!vide && ligne.length() + 1 + mot.length() > LARGEUR) {
                sb.append(ligne).append('\n');
                ligne = new StringBuilder(suite);
                vide = true;
            }
            if (!vide) {
                ligne.append(' ');
            }
            ligne.append(mot);
            vide = false;
        }
        sb.append(ligne).append('\n');
    }

    // ------------------------------------------------------------------------------------------ Markdown

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        for (Bloc b : blocs) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            if (b instanceof Titre t) {
                sb.append("#".repeat(t.niveau())).append(' ').append(t.texte().markdown()).append('\n');
            } else if (b instanceof Paragraphe p) {
                sb.append(p.texte().markdown()).append('\n');
            } else if (b instanceof Liste l && l.compacte()) {
                sb.append(String.join(", ", l.items().stream().map(Texte::markdown).toList())).append(".\n");
            } else if (b instanceof Liste l) {
                l.items().forEach(i -> sb.append("- ").append(i.markdown()).append('\n'));
            } else if (b instanceof Avertissement a) {
                for (int i = 0; i < a.paragraphes().size(); i++) {
                    if (i > 0) {
                        sb.append(">\n");
                    }
                    sb.append("> ").append(a.paragraphes().get(i).markdown()).append('\n');
                }
            } else if (b instanceof Tableau t) {
                sb.append("| ").append(String.join(" | ", t.entetes().stream().map(Texte::echapperMd).toList()))
                        .append(" |\n");
                sb.append('|').append("---|".repeat(t.entetes().size())).append('\n');
                for (List<Texte> ligne : t.lignes()) {
                    sb.append("| ").append(String.join(" | ", ligne.stream()
                            .map(c -> c.estVide() ? " " : c.markdown()).toList())).append(" |\n");
                }
            } else if (b instanceof Code c) {
                String fence = c.texte().contains("```") ? "~~~~" : "```";
                sb.append(fence).append(c.langage()).append('\n').append(c.texte()).append('\n').append(fence).append('\n');
            } else if (b instanceof Sommaire) {
                sections().forEach(t -> sb.append("- [").append(t.texte().markdown()).append("](#")
                        .append(t.ancre()).append(")\n"));
            }
        }
        if (!pied.estVide()) {
            sb.append("\n---\n\n").append(pied.markdown()).append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ HTML

    public String html() {
        StringBuilder sb = new StringBuilder();
        String fin = xml ? "/>" : ">";
        sb.append("<!DOCTYPE html>\n<html lang=\"fr\"").append(xml ? " xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"fr\"" : "")
                .append(">\n<head>\n<meta charset=\"utf-8\"").append(fin).append('\n')
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"").append(fin).append('\n')
                .append("<title>").append(Texte.echapperHtml(titre)).append("</title>\n")
                .append("<style>\n").append(CSS).append(cssEnPlus).append("</style>\n</head>\n<body>\n<main>\n");
        for (Bloc b : blocs) {
            if (b instanceof Titre t) {
                sb.append("<h").append(t.niveau()).append(t.ancre() == null ? "" : " id=\"" + t.ancre() + "\"")
                        .append('>').append(t.texte().html()).append("</h").append(t.niveau()).append(">\n");
            } else if (b instanceof Paragraphe p) {
                sb.append("<p>").append(p.texte().html()).append("</p>\n");
            } else if (b instanceof Liste l) {
                sb.append(l.compacte() ? "<ul class=\"compacte\">\n" : "<ul>\n");
                l.items().forEach(i -> sb.append("<li>").append(i.html()).append("</li>\n"));
                sb.append("</ul>\n");
            } else if (b instanceof Avertissement a) {
                sb.append("<div class=\"avertissement\" role=\"note\">\n");
                a.paragraphes().forEach(p -> sb.append("<p>").append(p.html()).append("</p>\n"));
                sb.append("</div>\n");
            } else if (b instanceof Tableau t) {
                sb.append("<div class=\"tableau\">\n<table>\n<caption>").append(Texte.echapperHtml(t.legende()))
                        .append("</caption>\n<thead>\n<tr>");
                t.entetes().forEach(e -> sb.append("<th scope=\"col\">").append(Texte.echapperHtml(e)).append("</th>"));
                sb.append("</tr>\n</thead>\n<tbody>\n");
                for (List<Texte> ligne : t.lignes()) {
                    sb.append("<tr>");
                    for (int i = 0; i < ligne.size(); i++) {
                        sb.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(ligne.get(i).html())
                                .append(i == 0 ? "</th>" : "</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</tbody>\n</table>\n</div>\n");
            } else if (b instanceof Code c) {
                sb.append("<pre style=\"overflow-x: auto\"><code>").append(Texte.echapperHtml(c.texte())).append("</code></pre>\n");
            } else if (b instanceof Sommaire) {
                sb.append("<nav aria-label=\"Sommaire\">\n<ul>\n");
                sections().forEach(t -> sb.append("<li><a href=\"#").append(t.ancre()).append("\">")
                        .append(t.texte().html()).append("</a></li>\n"));
                sb.append("</ul>\n</nav>\n");
            }
        }
        sb.append("</main>\n");
        if (!pied.estVide()) {
            sb.append("<footer>\n<p>").append(pied.html()).append("</p>\n</footer>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private List<Titre> sections() {
        return blocs.stream().filter(b -> b instanceof Titre t && t.niveau() == 2).map(b -> (Titre) b).toList();
    }

    /**
     * The anchor GitHub gives a heading: lower case, letters, digits, hyphens and underscores kept, spaces turned
     * into hyphens, the rest dropped; the HTML page uses the same ids, so links work in both.
     */
    public static String ancre(String titre) {
        StringBuilder sb = new StringBuilder();
        for (char c : titre.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    /** A key to sort names the French way without depending on the JDK's collation: accents ignored, then code. */
    public static String cleDeTri(String nom) {
        return Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5;
              color: #1b1b1b; background: #fff; margin: 0; }
            main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
            h1 { font-size: 1.9rem; margin: 1.5rem 0 0.5rem; }
            h2 { font-size: 1.45rem; margin: 2.25rem 0 0.5rem; border-bottom: 2px solid #000091; padding-bottom: 0.2rem; }
            h3 { font-size: 1.15rem; margin: 1.5rem 0 0.4rem; }
            a { color: #000091; }
            a:focus { outline: 3px solid #0a76f6; outline-offset: 2px; }
            .avertissement { border-left: 6px solid #b34000; background: #fff4ed; padding: 0.5rem 1rem; margin: 1rem 0; }
            .tableau { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
            caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
            th, td { border: 1px solid #929292; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
            thead th { background: #eeeeee; }
            tbody th { font-weight: 500; }
            code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; }
            ul.compacte { columns: 16rem; padding-left: 1.25rem; }
            footer { border-top: 1px solid #929292; margin-top: 2rem; padding-bottom: 1.5rem; font-size: 0.9rem; }
            @media print { a { color: inherit; } .avertissement { border-color: #000; } }
            """;
}
