package fr.cotation.examples.cli;

import fr.cotation.bilan.Anomalie;
import fr.cotation.bilan.Bilan;
import fr.cotation.bilan.Compte;
import fr.cotation.bilan.ConventionFlux;
import fr.cotation.bilan.DonneesBilan;
import fr.cotation.bilan.FluxConvention;
import fr.cotation.bilan.Indicateur;
import fr.cotation.bilan.ObjectifLegal;
import fr.cotation.bilan.SeuilPremierQuartile;
import fr.cotation.csv.CsvWriter;
import fr.cotation.csv.FormatCsv;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly bilan written by {@code cotation bilan}: Markdown, an HTML page with an inline SVG chart (no external
 * asset), or a CSV for spreadsheets set to French ({@code ;}, decimal comma, UTF-8 BOM, cells that a spreadsheet
 * would take for a formula made inert). Figures are those of {@link Bilan}, only formatted.
 */
final class RapportBilan {
    /** The output formats. */
    enum Format {
        MARKDOWN, HTML, CSV
    }

    private RapportBilan() {
    }

    static void ecrire(Format format, DonneesBilan d, Bilan b, PrintWriter w) {
        switch (format) {
            case MARKDOWN -> markdown(d, b, w);
            case HTML -> html(d, b, w);
            case CSV -> csv(b, w);
        }
        w.flush();
    }

    // ---- figures in French -------------------------------------------------------------------------------------

    /** "25,0 %" for 0.25; "–" for none. */
    static String pourcent(BigDecimal part) {
        return part == null ? "–" : part.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',') + " %";
    }

    /** "7,00" for 7.00. */
    static String decimal(BigDecimal v) {
        return v.toPlainString().replace('.', ',');
    }

    static String etat(Indicateur.Etat e) {
        return switch (e) {
            case ATTEINT -> "atteint";
            case NON_ATTEINT -> "non atteint";
            case SANS_ATTRIBUTION -> "sans attribution";
            case SEUIL_INCONNU -> "seuil du 1er quartile inconnu";
        };
    }

    static String objectif(ObjectifLegal o) {
        return switch (o) {
            case DALO_PRIORITAIRES -> "DALO ou prioritaires";
            case PREMIER_QUARTILE_HORS_QPV -> "1er quartile hors QPV";
            case AUTRES_QUARTILES_EN_QPV -> "Autres quartiles en QPV";
        };
    }

    static String niveau(Compte c) {
        return switch (c.niveau()) {
            case RESERVATAIRE -> c.typeReservataire().libelle();
            case BAILLEUR -> "Bailleur (hors convention)";
            case EPCI -> "EPCI";
        };
    }

    private static String ecart(int e) {
        return e > 0 ? "+" + e : String.valueOf(e);
    }

    /** The lines a report prints before the tables. */
    private static List<String> resume(Bilan b) {
        List<String> l = new ArrayList<>();
        l.add("Attributions comptées : " + b.attributions() + ", dont " + b.horsConvention()
                + " de logements hors convention (logements propres des bailleurs).");
        l.add("Attributions signalées en anomalie : " + b.anomalies().size() + ".");
        long manques = b.comptes().stream().flatMap(c -> c.indicateurs().stream())
                .filter(i -> i.etat() == Indicateur.Etat.NON_ATTEINT).count();
        l.add("Objectifs non atteints : " + manques + " ; seuil du premier quartile inconnu : "
                + b.comptes().stream().flatMap(c -> c.indicateurs().stream())
                .filter(i -> i.etat() == Indicateur.Etat.SEUIL_INCONNU).count() + ".");
        return l;
    }

    private static final String CONVENTIONS = "Flux des conventions de gestion en flux (art. L.441-1 et R.441-5 CCH)";
    private static final String NOTE_FLUX = "Rotation = logements libérés sur les 12 derniers mois ÷ logements du "
            + "périmètre ; flux = (rotation × périmètre − logements déduits) × part, jamais négatif (doctrine du COPIL "
            + "régional PACA, 2024). Année civile.";
    private static final String OBJECTIFS = "Objectifs de l'article L.441-1 CCH";
    private static final String NOTE_OBJECTIFS = "DALO ou prioritaires : au moins 25 % des attributions de l'année de "
            + "chaque réservataire et des logements propres du bailleur. 1er quartile hors QPV : au moins 25 % des "
            + "attributions suivies d'un bail signé hors QPV, à des demandeurs dont les ressources par unité de "
            + "consommation sont inférieures au seuil de l'arrêté, ou relogés au titre du renouvellement urbain. "
            + "Autres quartiles en QPV : la part fixée par la convention intercommunale d'attribution, 50 % à défaut. "
            + "Requis = plus petit nombre d'attributions qui atteint l'objectif ; écart = comptées − requis.";

    // ---- Markdown ------------------------------------------------------------------------------------------------

    static void markdown(DonneesBilan d, Bilan b, PrintWriter w) {
        w.println("# Bilan des attributions " + b.annee());
        w.println();
        resume(b).forEach(l -> w.println(l + "  "));
        w.println();
        w.println("## " + CONVENTIONS);
        w.println();
        w.println(NOTE_FLUX);
        w.println();
        w.println("| Convention | Réservataire | Type | Bailleur | EPCI | Périmètre | Libérés 12 mois | Rotation "
                + "| Déduits | Part | Flux annuel | Attributions |");
        w.println("|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (FluxConvention f : b.conventions()) {
            ConventionFlux c = f.convention();
            w.println("| " + md(c.identifiant()) + " | " + md(c.reservataire()) + " | " + c.typeReservataire().libelle()
                    + " | " + md(c.bailleur()) + " | " + md(c.epci()) + " | " + c.perimetre() + " | "
                    + c.liberes12Mois() + " | " + pourcent(c.rotation()) + " | " + c.deduits() + " | "
                    + pourcent(c.part()) + " | " + decimal(c.fluxAnnuel()) + (c.fluxPlancher() ? " (plancher)" : "")
                    + " | " + f.attributions() + " |");
        }
        w.println();
        w.println("## " + OBJECTIFS);
        w.println();
        w.println(NOTE_OBJECTIFS);
        for (Compte.Niveau n : Compte.Niveau.values()) {
            List<Compte> comptes = b.comptes(n);
            if (comptes.isEmpty()) {
                continue;
            }
            w.println();
            w.println("### " + titre(n));
            w.println();
            w.println("| Compte | Type | Attributions | Objectif | Base | Comptées | Non renseignées | Part | Cible "
                    + "| Requis | Écart | État |");
            w.println("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
            for (Compte c : comptes) {
                for (Indicateur i : c.indicateurs()) {
                    w.println("| " + md(c.cle()) + " | " + niveau(c) + " | " + c.attributions() + " | "
                            + objectif(i.objectif()) + " | " + i.base() + " | " + i.nombre() + " | " + i.nonRenseignes()
                            + " | " + pourcent(i.part()) + " | " + pourcent(i.cible()) + " | " + i.requis() + " | "
                            + ecart(i.ecart()) + " | " + etat(i.etat()) + " |");
                }
            }
        }
        w.println();
        w.println("## Seuils du premier quartile lus");
        w.println();
        if (d.seuils().isEmpty()) {
            w.println("Aucun seuil fourni : les objectifs de quartile ne peuvent pas être mesurés.");
        } else {
            w.println("| EPCI | En vigueur au | Montant (€ par UC et par an) | Source |");
            w.println("|---|---|---:|---|");
            for (SeuilPremierQuartile s : d.seuils()) {
                w.println("| " + md(s.epci()) + " | " + s.dateEffet() + " | " + decimal(s.montant()) + " | "
                        + md(s.source()) + " |");
            }
        }
        w.println();
        w.println("## Anomalies");
        w.println();
        if (b.anomalies().isEmpty()) {
            w.println("Aucune : chaque attribution de l'année est comptée telle quelle.");
        } else {
            w.println("| Attribution | Champ | Valeur | Ce qui en a été fait |");
            w.println("|---|---|---|---|");
            for (Anomalie a : b.anomalies()) {
                w.println("| " + md(a.attribution()) + " | " + a.champ() + " | " + md(a.valeur()) + " | "
                        + md(a.message()) + " |");
            }
        }
    }

    private static String titre(Compte.Niveau n) {
        return switch (n) {
            case RESERVATAIRE -> "Par réservataire (logements mis à sa disposition)";
            case BAILLEUR -> "Logements propres des bailleurs (hors convention)";
            case EPCI -> "Par EPCI (toutes les attributions de ses logements)";
        };
    }

    /** Text from the input, inert in Markdown: control characters dropped, markup characters escaped. */
    static String md(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isISOControl(c)) {
                b.append(' ');
            } else {
                if ("\\|*_`<>[]#!~".indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---- HTML ----------------------------------------------------------------------------------------------------

    static void html(DonneesBilan d, Bilan b, PrintWriter w) {
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"fr\">");
        w.println("<head>");
        w.println("<meta charset=\"utf-8\">");
        w.println("<title>Bilan des attributions " + b.annee() + "</title>");
        w.println("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}"
                + "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem}"
                + "td.n{text-align:right}caption{text-align:left;font-weight:bold;padding:.25rem 0}"
                + ".non{color:#9b1c1c;font-weight:bold}.oui{color:#1b5e20}</style>");
        w.println("</head>");
        w.println("<body>");
        w.println("<main>");
        w.println("<h1>Bilan des attributions " + b.annee() + "</h1>");
        for (String l : resume(b)) {
            w.println("<p>" + h(l) + "</p>");
        }
        w.println("<h2>" + h(CONVENTIONS) + "</h2>");
        w.println("<p>" + h(NOTE_FLUX) + "</p>");
        w.println("<table>");
        w.println("<caption>Flux annuel de chaque convention</caption>");
        en_tete(w, "Convention", "Réservataire", "Type", "Bailleur", "EPCI", "Périmètre", "Libérés 12 mois", "Rotation",
                "Déduits", "Part", "Flux annuel", "Attributions");
        for (FluxConvention f : b.conventions()) {
            ConventionFlux c = f.convention();
            w.println("<tr>" + td(c.identifiant()) + td(c.reservataire()) + td(c.typeReservataire().libelle())
                    + td(c.bailleur()) + td(c.epci()) + tdn(String.valueOf(c.perimetre()))
                    + tdn(String.valueOf(c.liberes12Mois())) + tdn(pourcent(c.rotation()))
                    + tdn(String.valueOf(c.deduits())) + tdn(pourcent(c.part()))
                    + tdn(decimal(c.fluxAnnuel()) + (c.fluxPlancher() ? " (plancher)" : ""))
                    + tdn(String.valueOf(f.attributions())) + "</tr>");
        }
        w.println("</table>");
        w.println("<h2>" + h(OBJECTIFS) + "</h2>");
        w.println("<p>" + h(NOTE_OBJECTIFS) + "</p>");
        graphique(b, w);
        for (Compte.Niveau n : Compte.Niveau.values()) {
            List<Compte> comptes = b.comptes(n);
            if (comptes.isEmpty()) {
                continue;
            }
            w.println("<table>");
            w.println("<caption>" + h(titre(n)) + "</caption>");
            en_tete(w, "Compte", "Type", "Attributions", "Objectif", "Base", "Comptées", "Non renseignées", "Part",
                    "Cible", "Requis", "Écart", "État");
            for (Compte c : comptes) {
                for (Indicateur i : c.indicateurs()) {
                    String classe = i.etat() == Indicateur.Etat.ATTEINT ? "oui"
                            : i.etat() == Indicateur.Etat.SANS_ATTRIBUTION ? "" : "non";
                    w.println("<tr>" + td(c.cle()) + td(niveau(c)) + tdn(String.valueOf(c.attributions()))
                            + td(objectif(i.objectif())) + tdn(String.valueOf(i.base()))
                            + tdn(String.valueOf(i.nombre())) + tdn(String.valueOf(i.nonRenseignes()))
                            + tdn(pourcent(i.part())) + tdn(pourcent(i.cible())) + tdn(String.valueOf(i.requis()))
                            + tdn(ecart(i.ecart())) + "<td" + (classe.isEmpty() ? "" : " class=\"" + classe + "\"")
                            + ">" + h(etat(i.etat())) + "</td></tr>");
                }
            }
            w.println("</table>");
        }
        w.println("<h2>Seuils du premier quartile lus</h2>");
        if (d.seuils().isEmpty()) {
            w.println("<p>Aucun seuil fourni : les objectifs de quartile ne peuvent pas être mesurés.</p>");
        } else {
            w.println("<table>");
            w.println("<caption>Seuils en vigueur</caption>");
            en_tete(w, "EPCI", "En vigueur au", "Montant (€ par UC et par an)", "Source");
            for (SeuilPremierQuartile s : d.seuils()) {
                w.println("<tr>" + td(s.epci()) + td(s.dateEffet().toString()) + tdn(decimal(s.montant()))
                        + td(s.source()) + "</tr>");
            }
            w.println("</table>");
        }
        w.println("<h2>Anomalies</h2>");
        if (b.anomalies().isEmpty()) {
            w.println("<p>Aucune : chaque attribution de l'année est comptée telle quelle.</p>");
        } else {
            w.println("<table>");
            w.println("<caption>Attributions signalées</caption>");
            en_tete(w, "Attribution", "Champ", "Valeur", "Ce qui en a été fait");
            for (Anomalie a : b.anomalies()) {
                w.println("<tr>" + td(a.attribution()) + td(a.champ()) + td(a.valeur()) + td(a.message()) + "</tr>");
            }
            w.println("</table>");
        }
        w.println("</main>");
        w.println("</body>");
        w.println("</html>");
    }

    /**
     * A horizontal bar per account and objective measured: the share, a mark at the objective, and the verdict in
     * words (colour is never the only cue). The tables above and below hold the same figures.
     */
    static void graphique(Bilan b, PrintWriter w) {
        List<String[]> lignes = new ArrayList<>();
        List<Indicateur> indicateurs = new ArrayList<>();
        for (Compte c : b.comptes()) {
            for (Indicateur i : c.indicateurs()) {
                if (i.base() > 0) {
                    lignes.add(new String[] {c.cle() + " – " + objectif(i.objectif())});
                    indicateurs.add(i);
                }
            }
        }
        if (indicateurs.isEmpty()) {
            return;
        }
        int gauche = 340;
        int largeur = 300;
        int hauteur = 22;
        int total = 30 + hauteur * indicateurs.size();
        w.println("<figure>");
        w.println("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + (gauche + largeur + 200)
                + "\" height=\"" + total + "\" viewBox=\"0 0 " + (gauche + largeur + 200) + " " + total
                + "\" aria-labelledby=\"graphique-titre graphique-desc\">");
        w.println("<title id=\"graphique-titre\">Part de chaque objectif de l'article L.441-1, par compte</title>");
        w.println("<desc id=\"graphique-desc\">Une barre par compte et par objectif mesuré : sa longueur est la part "
                + "atteinte (de 0 à 100 %), le trait vertical noir marque l'objectif ; le texte à droite donne la part, "
                + "l'objectif et le verdict. Les mêmes chiffres sont dans les tableaux.</desc>");
        w.println("<text x=\"" + gauche + "\" y=\"14\" font-size=\"12\">0 %</text>");
        w.println("<text x=\"" + (gauche + largeur - 30) + "\" y=\"14\" font-size=\"12\">100 %</text>");
        for (int k = 0; k < indicateurs.size(); k++) {
            Indicateur i = indicateurs.get(k);
            int y = 22 + hauteur * k;
            double part = i.part().doubleValue();
            int longueur = (int) Math.round(Math.min(1, part) * largeur);
            int marque = gauche + (int) Math.round(i.cible().doubleValue() * largeur);
            String couleur = switch (i.etat()) {
                case ATTEINT -> "#1b5e20";
                case NON_ATTEINT -> "#9b1c1c";
                default -> "#6b6b6b";
            };
            w.println("<text x=\"" + (gauche - 6) + "\" y=\"" + (y + 14) + "\" font-size=\"12\" text-anchor=\"end\">"
                    + h(lignes.get(k)[0]) + "</text>");
            w.println("<rect x=\"" + gauche + "\" y=\"" + (y + 3) + "\" width=\"" + largeur + "\" height=\"14\" "
                    + "fill=\"#eeeeee\"/>");
            w.println("<rect x=\"" + gauche + "\" y=\"" + (y + 3) + "\" width=\"" + longueur + "\" height=\"14\" "
                    + "fill=\"" + couleur + "\"/>");
            w.println("<line x1=\"" + marque + "\" x2=\"" + marque + "\" y1=\"" + y + "\" y2=\"" + (y + 20) + "\" "
                    + "stroke=\"#000000\" stroke-width=\"2\"/>");
            w.println("<text x=\"" + (gauche + largeur + 8) + "\" y=\"" + (y + 14) + "\" font-size=\"12\">"
                    + h(pourcent(i.part()) + " (objectif " + pourcent(i.cible()) + ") " + etat(i.etat())) + "</text>");
        }
        w.println("</svg>");
        w.println("<figcaption>Part atteinte de chaque objectif ; trait noir : l'objectif.</figcaption>");
        w.println("</figure>");
    }

    private static void en_tete(PrintWriter w, String... colonnes) {
        StringBuilder b = new StringBuilder("<thead><tr>");
        for (String c : colonnes) {
            b.append("<th scope=\"col\">").append(h(c)).append("</th>");
        }
        w.println(b.append("</tr></thead>"));
    }

    private static String td(String s) {
        return "<td>" + h(s) + "</td>";
    }

    private static String tdn(String s) {
        return "<td class=\"n\">" + h(s) + "</td>";
    }

    /** Text from the input, inert in HTML. */
    static String h(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }

    // ---- CSV -----------------------------------------------------------------------------------------------------

    /** The CSV's columns: a row per convention (flux) and a row per account and objective. */
    static final List<String> COLONNES_CSV = List.of("ligne", "cle", "type", "bailleur", "epci", "perimetre",
            "liberes_12_mois", "rotation", "deduits", "part_reservataire", "flux_annuel", "attributions", "objectif",
            "base", "comptees", "non_renseignees", "part", "cible", "requis", "ecart", "etat");

    /** The bilan as CSV, in the French spreadsheets' form ({@link FormatCsv#FRANCAIS}) of every CSV of the tool. */
    static void csv(Bilan b, PrintWriter w) {
        try {
            CsvWriter csv = new CsvWriter(w, FormatCsv.FRANCAIS);
            csv.ligne(COLONNES_CSV);
            for (FluxConvention f : b.conventions()) {
                ConventionFlux c = f.convention();
                csv.ligne("convention", c.identifiant(), c.typeReservataire().libelle(), c.bailleur(), c.epci(),
                        c.perimetre(), c.liberes12Mois(), c.rotation(), c.deduits(), c.part(), c.fluxAnnuel(),
                        f.attributions(), "", "", "", "", "", "", "", "", "");
            }
            for (Compte c : b.comptes()) {
                for (Indicateur i : c.indicateurs()) {
                    csv.ligne(c.niveau().name().toLowerCase(java.util.Locale.ROOT), c.cle(), niveau(c), "",
                            c.niveau() == Compte.Niveau.EPCI ? c.cle() : "", "", "", "", "", "", "",
                            c.attributions(), objectif(i.objectif()), i.base(), i.nombre(), i.nonRenseignes(),
                            i.part(), i.cible(), i.requis(), i.ecart(), etat(i.etat()));
                }
            }
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
