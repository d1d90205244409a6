package fr.cotation.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code cotation comparer} ({@link Comparaison.Resultat}): text for a terminal, or a standalone HTML
 * page (XHTML-compatible markup, no script, printable) whose charts are inline SVG, each with a title and its
 * figures in a table beside it.
 */
final class RapportComparaison {
    private static final Locale FR = Locale.FRANCE;

    private final Comparaison.Resultat r;
    private final String avant;
    private final String apres;

    /**
     * @param avant what A is, for example "nice-cote-azur 2023.1 (dossier grille-2023)"
     * @param apres what B is
     */
    RapportComparaison(Comparaison.Resultat r, String avant, String apres) {
        this.r = r;
        this.avant = avant;
        this.apres = apres;
    }

    // ------------------------------------------------------------------------------------------------------ text

    String texte() {
        StringBuilder b = new StringBuilder();
        b.append("Comparaison au ").append(r.date()).append(" : A = ").append(avant).append(", B = ").append(apres)
                .append('\n');
        b.append(r.lues()).append(" demandes lues ; classées : ").append(r.classeesAvant()).append(" sous A, ")
                .append(r.classeesApres()).append(" sous B ; ").append(r.groupes()).append(" groupes de demandes "
                        + "analogues\n");
        b.append("\nChangements de rang (plus grand écart de chaque demande dans ses groupes)\n");
        b.append("  ").append(r.deplacees()).append(" demandes sur ").append(r.comparees()).append(" changent de rang (")
                .append(pourcent(r.deplacees(), r.comparees())).append(") ; écart moyen ")
                .append(String.format(FR, "%.1f", r.ecartMoyen())).append(" rangs, maximal ").append(r.ecartMaximum())
                .append('\n');
        if (r.seulementAvant() + r.seulementApres() + r.sansGroupeCommun() > 0) {
            b.append("  classées sous A seulement : ").append(r.seulementAvant()).append(", sous B seulement : ")
                    .append(r.seulementApres()).append(", sous les deux sans groupe commun : ")
                    .append(r.sansGroupeCommun()).append('\n');
        }
        b.append(String.format(FR, "  %-9s  %9s%n", "|Δ rang|", "demandes"));
        for (int i = 0; i < Comparaison.TRANCHES.size(); i++) {
            b.append(String.format(FR, "  %-9s  %9d%n", Comparaison.TRANCHES.get(i), r.histogramme()[i]));
        }
        b.append("\nPremier décile de chaque groupe : ").append(r.decileAvant()).append(" positions sous A, ")
                .append(r.decileApres()).append(" sous B\n");
        b.append(String.format(FR, "  %-60s  %7s  %7s  %9s%n", "public prioritaire", "A", "B", "écart"));
        for (Comparaison.Part p : r.parts()) {
            double a = part(p.avant(), r.decileAvant());
            double c = part(p.apres(), r.decileApres());
            b.append(String.format(FR, "  %-60s  %6.1f %%  %6.1f %%  %+6.1f pts%n", coupe(p.libelle(), 60), a, c, c - a));
        }
        b.append("\nEntrées et sorties des ").append(r.premiers()).append(" premiers : ").append(r.tetes().size())
                .append(" groupe(s) sur ").append(r.groupes()).append(" changent\n");
        for (Comparaison.Tete t : r.tetes()) {
            b.append(t.groupe()).append(" : ").append(t.tailleAvant()).append(" demandes sous A, ")
                    .append(t.tailleApres()).append(" sous B\n");
            for (Comparaison.Mouvement m : t.entrants()) {
                b.append("  entre  ").append(mouvement(m)).append('\n');
            }
            for (Comparaison.Mouvement m : t.sortants()) {
                b.append("  sort   ").append(mouvement(m)).append('\n');
            }
        }
        b.append("\nPoints par critère (toutes les communes cotées de toutes les demandes valides)\n");
        b.append(String.format(FR, "  %-28s  %8s  %9s  %8s  %9s  %9s%n", "critère", "lignes A", "points A",
                "lignes B", "points B", "écart"));
        for (Comparaison.Contribution c : r.contributions()) {
            b.append(String.format(FR, "  %-28s  %8d  %9s  %8d  %9s  %9s%n", coupe(c.critere(), 28), c.lignesAvant(),
                    c.pointsAvant().toPlainString(), c.lignesApres(), c.pointsApres().toPlainString(),
                    signe(c.difference())));
        }
        return b.toString();
    }

    private static String mouvement(Comparaison.Mouvement m) {
        return m.numeroUnique() + "  rang " + rang(m.rangAvant()) + " → " + rang(m.rangApres()) + "  note "
                + note(m.noteAvant()) + " → " + note(m.noteApres());
    }

    private static String rang(int rang) {
        return rang == 0 ? "non classée" : String.valueOf(rang);
    }

    private static String note(BigDecimal n) {
        return n == null ? "—" : n.toPlainString();
    }

    private static String signe(BigDecimal d) {
        return d.signum() > 0 ? "+" + d.toPlainString() : d.toPlainString();
    }

    private static String coupe(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static double part(long n, long total) {
        return total == 0 ? 0 : 100.0 * n / total;
    }

    private static String pourcent(long n, long total) {
        return String.format(FR, "%.1f %%", part(n, total));
    }

    // ------------------------------------------------------------------------------------------------------ html

    String html() {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>Effet du changement de grille au ").append(r.date())
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111;line-height:1.4}\n")
                .append("table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #999;padding:.2rem .5rem}\n")
                .append("td.n{text-align:right}caption{text-align:left;font-weight:bold}\n")
                .append("svg{max-width:100%;height:auto}\n")
                .append("section{break-inside:avoid;page-break-inside:avoid}\n")
                .append("@media print{body{font-size:10pt;max-width:none}a{color:inherit}}\n")
                .append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<h1>Effet du changement de grille sur le stock au ").append(r.date()).append("</h1>\n");
        b.append("<p>A (grille en vigueur) : ").append(x(avant)).append("<br/>B (grille proposée) : ").append(x(apres))
                .append("</p>\n<p>").append(r.lues()).append(" demandes lues ; classées : ").append(r.classeesAvant())
                .append(" sous A, ").append(r.classeesApres()).append(" sous B, dans ").append(r.groupes())
                .append(" groupes de demandes analogues (même typologie, même territoire).</p>\n");

        b.append("<section>\n<h2>Changements de rang</h2>\n<p><strong>").append(r.deplacees())
                .append(" demandes sur ").append(r.comparees()).append("</strong> changent de rang dans au moins un "
                        + "groupe (").append(x(pourcent(r.deplacees(), r.comparees()))).append(") ; écart moyen ")
                .append(String.format(FR, "%.1f", r.ecartMoyen())).append(" rangs, maximal ").append(r.ecartMaximum())
                .append(". Chaque demande compte une fois, avec son plus grand écart.</p>\n");
        if (r.seulementAvant() + r.seulementApres() + r.sansGroupeCommun() > 0) {
            b.append("<p>Classées sous A seulement : ").append(r.seulementAvant()).append(" ; sous B seulement : ")
                    .append(r.seulementApres()).append(" ; sous les deux sans groupe commun (l'analogie a changé) : ")
                    .append(r.sansGroupeCommun()).append(".</p>\n");
        }
        List<String> libelles = new ArrayList<>();
        List<Long> valeurs = new ArrayList<>();
        for (int i = 0; i < Comparaison.TRANCHES.size(); i++) {
            libelles.add(Comparaison.TRANCHES.get(i));
            valeurs.add(r.histogramme()[i]);
        }
        b.append(histogramme("Demandes selon leur écart de rang entre A et B", libelles, valeurs));
        b.append("<table>\n<caption>Demandes par écart de rang</caption>\n<thead><tr><th scope=\"col\">|Δ rang|</th>"
                + "<th scope=\"col\">demandes</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < libelles.size(); i++) {
            b.append("<tr><th scope=\"row\">").append(x(libelles.get(i))).append("</th><td class=\"n\">")
                    .append(valeurs.get(i)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");

        b.append("<section>\n<h2>Publics prioritaires dans le premier décile des groupes</h2>\n<p>Le premier décile "
                + "d'un groupe est ses ⌈taille / 10⌉ premières demandes : ").append(r.decileAvant())
                .append(" positions sous A, ").append(r.decileApres()).append(" sous B, tous groupes réunis.</p>\n");
        b.append(paires("Part de chaque public prioritaire dans le premier décile, avant (A) et après (B)"));
        b.append("<table>\n<caption>Part dans le premier décile</caption>\n<thead><tr><th scope=\"col\">public</th>"
                + "<th scope=\"col\">A</th><th scope=\"col\">B</th><th scope=\"col\">écart</th></tr></thead>\n<tbody>\n");
        for (Comparaison.Part p : r.parts()) {
            double a = part(p.avant(), r.decileAvant());
            double c = part(p.apres(), r.decileApres());
            b.append("<tr><th scope=\"row\">").append(x(p.libelle())).append("</th><td class=\"n\">")
                    .append(String.format(FR, "%.1f %% (%d)", a, p.avant())).append("</td><td class=\"n\">")
                    .append(String.format(FR, "%.1f %% (%d)", c, p.apres())).append("</td><td class=\"n\">")
                    .append(String.format(FR, "%+.1f pts", c - a)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");

        b.append("<section>\n<h2>Points par critère</h2>\n<p>Points apportés par chaque critère à toutes les communes "
                + "cotées de toutes les demandes valides, sous A et sous B.</p>\n");
        b.append(ecarts("Écart de points par critère entre B et A"));
        b.append("<table>\n<caption>Points par critère</caption>\n<thead><tr><th scope=\"col\">critère</th>"
                + "<th scope=\"col\">lignes A</th><th scope=\"col\">points A</th><th scope=\"col\">lignes B</th>"
                + "<th scope=\"col\">points B</th><th scope=\"col\">écart</th></tr></thead>\n<tbody>\n");
        for (Comparaison.Contribution c : r.contributions()) {
            b.append("<tr><th scope=\"row\"><abbr title=\"").append(x(c.libelle())).append("\">").append(x(c.critere()))
                    .append("</abbr></th><td class=\"n\">").append(c.lignesAvant()).append("</td><td class=\"n\">")
                    .append(c.pointsAvant().toPlainString()).append("</td><td class=\"n\">").append(c.lignesApres())
                    .append("</td><td class=\"n\">").append(c.pointsApres().toPlainString()).append("</td><td class=\"n\">")
                    .append(signe(c.difference())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");

        b.append("<section>\n<h2>Entrées et sorties des ").append(r.premiers()).append(" premiers</h2>\n<p>")
                .append(r.tetes().size()).append(" groupe(s) sur ").append(r.groupes())
                .append(" voient leurs ").append(r.premiers()).append(" premiers changer.</p>\n");
        for (Comparaison.Tete t : r.tetes()) {
            b.append("<table>\n<caption>").append(x(t.groupe())).append(" : ").append(t.tailleAvant())
                    .append(" demandes sous A, ").append(t.tailleApres()).append(" sous B</caption>\n<thead><tr>"
                            + "<th scope=\"col\">mouvement</th><th scope=\"col\">numéro unique</th>"
                            + "<th scope=\"col\">rang A → B</th><th scope=\"col\">note A → B</th></tr></thead>\n<tbody>\n");
            for (Comparaison.Mouvement m : t.entrants()) {
                b.append(ligne("entre", m));
            }
            for (Comparaison.Mouvement m : t.sortants()) {
                b.append(ligne("sort", m));
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</section>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String ligne(String mouvement, Comparaison.Mouvement m) {
        return "<tr><td>" + mouvement + "</td><td>" + x(m.numeroUnique()) + "</td><td class=\"n\">"
                + x(rang(m.rangAvant()) + " → " + rang(m.rangApres())) + "</td><td class=\"n\">"
                + x(note(m.noteAvant()) + " → " + note(m.noteApres())) + "</td></tr>\n";
    }

    /** A vertical bar chart, one bar per label, its value written above it. */
    private static String histogramme(String titre, List<String> libelles, List<Long> valeurs) {
        int largeur = 560;
        int hauteur = 240;
        int bas = 200;
        long max = Math.max(1, valeurs.stream().mapToLong(Long::longValue).max().orElse(1));
        int pas = (largeur - 40) / libelles.size();
        StringBuilder b = new StringBuilder(svg(titre, largeur, hauteur));
        b.append("<line x1=\"20\" y1=\"").append(bas).append("\" x2=\"").append(largeur - 20).append("\" y2=\"")
                .append(bas).append("\" stroke=\"#333\"/>\n");
        for (int i = 0; i < libelles.size(); i++) {
            int h = (int) Math.round(160.0 * valeurs.get(i) / max);
            int x0 = 20 + i * pas + pas / 6;
            int l = pas * 2 / 3;
            b.append("<rect x=\"").append(x0).append("\" y=\"").append(bas - h).append("\" width=\"").append(l)
                    .append("\" height=\"").append(h).append("\" fill=\"#1f5f99\"/>\n");
            b.append(etiquette(x0 + l / 2, bas - h - 6, "middle", String.valueOf(valeurs.get(i))));
            b.append(etiquette(x0 + l / 2, bas + 18, "middle", libelles.get(i)));
        }
        b.append(etiquette(largeur / 2, hauteur - 4, "middle", "écart de rang |Δ rang| (nombre de demandes au-dessus)"));
        return b.append("</svg>\n").toString();
    }

    /** Two horizontal bars per public: A (light, outlined) and B (dark), each with its percentage. */
    private String paires(String titre) {
        int largeur = 720;
        int gauche = 300;
        int echelle = 340;
        List<Comparaison.Part> parts = r.parts();
        int hauteur = 40 + parts.size() * 40;
        double max = 1;
        for (Comparaison.Part p : parts) {
            max = Math.max(max, Math.max(part(p.avant(), r.decileAvant()), part(p.apres(), r.decileApres())));
        }
        StringBuilder b = new StringBuilder(svg(titre, largeur, hauteur));
        b.append("<rect x=\"").append(gauche).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"#d9d9d9\" "
                + "stroke=\"#333\"/>\n").append(etiquette(gauche + 18, 16, "start", "A (avant)"));
        b.append("<rect x=\"").append(gauche + 110).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"#1f5f99\"/>\n")
                .append(etiquette(gauche + 128, 16, "start", "B (après)"));
        for (int i = 0; i < parts.size(); i++) {
            Comparaison.Part p = parts.get(i);
            int y = 32 + i * 40;
            double a = part(p.avant(), r.decileAvant());
            double c = part(p.apres(), r.decileApres());
            b.append(etiquette(gauche - 8, y + 19, "end", coupe(p.libelle(), 46)));
            int la = (int) Math.round(echelle * a / max);
            int lb = (int) Math.round(echelle * c / max);
            b.append("<rect x=\"").append(gauche).append("\" y=\"").append(y).append("\" width=\"").append(la)
                    .append("\" height=\"14\" fill=\"#d9d9d9\" stroke=\"#333\"/>\n");
            b.append(etiquette(gauche + la + 4, y + 11, "start", String.format(FR, "%.1f %%", a)));
            b.append("<rect x=\"").append(gauche).append("\" y=\"").append(y + 16).append("\" width=\"").append(lb)
                    .append("\" height=\"14\" fill=\"#1f5f99\"/>\n");
            b.append(etiquette(gauche + lb + 4, y + 27, "start", String.format(FR, "%.1f %%", c)));
        }
        return b.append("</svg>\n").toString();
    }

    /** The criteria whose points change: a bar right (more points under B) or left (fewer) of a centre line. */
    private String ecarts(String titre) {
        List<Comparaison.Contribution> l = r.contributions().stream().filter(c -> c.difference().signum() != 0).toList();
        if (l.isEmpty()) {
            return "<p>Aucun critère ne change de points.</p>\n";
        }
        int largeur = 720;
        int centre = 500;
        int demi = 180;
        int hauteur = 20 + l.size() * 24;
        double max = l.stream().mapToDouble(c -> c.difference().abs().doubleValue()).max().orElse(1);
        StringBuilder b = new StringBuilder(svg(titre, largeur, hauteur));
        b.append("<line x1=\"").append(centre).append("\" y1=\"4\" x2=\"").append(centre).append("\" y2=\"")
                .append(hauteur - 4).append("\" stroke=\"#333\"/>\n");
        for (int i = 0; i < l.size(); i++) {
            Comparaison.Contribution c = l.get(i);
            int y = 10 + i * 24;
            int w = (int) Math.max(1, Math.round(demi * c.difference().abs().doubleValue() / max));
            boolean plus = c.difference().signum() > 0;
            b.append(etiquette(150, y + 13, "end", coupe(c.critere(), 24)));
            b.append("<rect x=\"").append(plus ? centre : centre - w).append("\" y=\"").append(y).append("\" width=\"")
                    .append(w).append("\" height=\"16\" fill=\"").append(plus ? "#1f5f99" : "#b35900").append("\"/>\n");
            b.append(etiquette(plus ? centre + w + 4 : centre - w - 4, y + 13, plus ? "start" : "end",
                    signe(c.difference()) + " pts"));
        }
        return b.append("</svg>\n").toString();
    }

    private static String svg(String titre, int largeur, int hauteur) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + x(titre) + "\" viewBox=\"0 0 "
                + largeur + " " + hauteur + "\" width=\"" + largeur + "\" height=\"" + hauteur
                + "\" font-family=\"sans-serif\" font-size=\"12\">\n<title>" + x(titre) + "</title>\n";
    }

    private static String etiquette(int x, int y, String ancre, String s) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + ancre + "\">" + x(s) + "</text>\n";
    }

    /** Escapes text for HTML and XML alike. */
    static String x(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
