package fr.cotation.examples.cli;

import fr.cotation.Ligne;
import fr.cotation.attribution.Adequation;
import fr.cotation.attribution.Candidat;
import fr.cotation.attribution.Candidats;
import fr.cotation.attribution.Logement;
import fr.cotation.attribution.Verification;
import fr.cotation.regles.Priorite;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The proposal of candidates as the commission reads it: a text table, or a standalone printable HTML page. */
final class PropositionEcrite {
    private PropositionEcrite() {
    }

    static String logement(Logement l, Referentiel r) {
        String commune = r.commune(l.commune()).map(CommuneRef::nom).map(n -> n + " (" + l.commune() + ")")
                .orElse(l.commune());
        return (l.reference() == null ? "" : l.reference() + " : ") + l.typologie().code() + " à " + commune
                + (l.surface() == null ? "" : ", " + l.surface().stripTrailingZeros().toPlainString() + " m²")
                + ", " + l.financement().code() + ", loyer " + l.loyer().stripTrailingZeros().toPlainString()
                + " € + charges " + l.charges().stripTrailingZeros().toPlainString() + " €, "
                + (l.etage() == null ? "étage non précisé" : l.etage() == 0 ? "rez-de-chaussée" : "étage " + l.etage())
                + (l.ascenseur() ? " avec ascenseur" : " sans ascenseur") + ", " + l.accessibilite().libelle()
                + (l.qpv() ? ", en QPV" : "") + ", contingent " + l.contingent().code() + " (" + l.contingent().libelle()
                + ")";
    }

    static String compte(Candidats c) {
        return "Demandes examinées : " + c.examinees() + " ; adéquates : " + c.adequates() + " (" + c.proposes().size()
                + " proposée(s), " + c.derriere() + " derrière) ; de peu : " + c.proches() + " ; inadéquates : "
                + c.inadequates() + (c.filtreContingent() ? " ; hors du public du contingent : " + c.horsPublic() : "")
                + " ; rejetées : " + c.rejetees();
    }

    static String ecarts(Candidats c) {
        return c.ecartsParControle().entrySet().stream().map(e -> e.getKey().libelle() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String priorite(Candidat c) {
        List<String> p = new ArrayList<>();
        if (c.dalo()) {
            p.add("DALO");
        }
        if (!c.priorites().isEmpty()) {
            p.add("L.441-1 " + c.priorites().stream().map(Priorite::getCategorie).collect(Collectors.joining(" ")));
        }
        return p.isEmpty() ? "-" : String.join(", ", p);
    }

    static String ligne(Ligne l) {
        return l.critere() + " " + l.points().stripTrailingZeros().toPlainString() + (l.provisoire() ? " (déclaré)" : "");
    }

    static String aVerifier(Adequation a) {
        return a.aVerifier().stream().map(v -> v.controle().libelle()).collect(Collectors.joining(", "));
    }

    static String note(Candidat c) {
        return c.note() == null ? "-" : c.note().stripTrailingZeros().toPlainString();
    }

    /** The text table. */
    static String table(Candidats c, Referentiel r) {
        StringBuilder b = new StringBuilder();
        b.append("Logement ").append(logement(c.logement(), r)).append('\n');
        b.append("Évaluation au ").append(c.dateEvaluation()).append(". ").append(c.regleOrdre()).append('\n');
        b.append(compte(c)).append('\n');
        if (!c.ecartsParControle().isEmpty()) {
            b.append("Écarts par contrôle : ").append(ecarts(c)).append('\n');
        }
        for (String a : c.avertissements()) {
            b.append("Attention : ").append(a).append('\n');
        }
        section(b, "Candidats proposés", c.proposes());
        section(b, "Demandes adéquates de peu (non proposées)", c.presqueAdequats());
        return b.toString();
    }

    private static void section(StringBuilder b, String titre, List<Candidat> liste) {
        if (liste.isEmpty()) {
            return;
        }
        b.append('\n').append(titre).append('\n');
        String f = "%-4s %-23s %5s  %-10s  %-20s  %s%n";
        b.append(String.format(f, "Rang", "Demande", "Note", "Dépôt", "Priorité", "Ménage"));
        for (Candidat c : liste) {
            b.append(String.format(f, c.rang(), c.numeroUnique(), note(c), c.dateDepot(), priorite(c),
                    c.categorieMenage().libelle() + " (" + c.categorieMenage().explication() + ")"));
        }
        for (Candidat c : liste) {
            b.append('\n').append(c.rang()).append(". ").append(c.numeroUnique()).append(" : ").append(note(c))
                    .append(" points").append(c.cotation().pack() == null ? "" : " (" + c.cotation().pack() + " "
                            + c.cotation().version() + ", " + c.cotation().grille() + ")")
                    .append(c.coteeHorsVoeux() ? ", cotée hors de ses vœux (périmètre de l'EPCI)" : "").append('\n');
            if (!c.criteresPrincipaux().isEmpty()) {
                b.append("   critères principaux : ").append(c.criteresPrincipaux().stream().map(PropositionEcrite::ligne)
                        .collect(Collectors.joining(", "))).append('\n');
            }
            b.append("   déclaré, non justifié : ").append(c.provisoires().isEmpty() ? "rien"
                    : c.provisoires().stream().map(PropositionEcrite::ligne).collect(Collectors.joining(", ")))
                    .append('\n');
            for (Verification v : c.adequation().verifications()) {
                b.append(String.format("   %-22s %-12s %s ; attendu %s ; %s%n", v.controle().libelle(),
                        v.statut().libelle(), v.constate(), v.attendu(), v.explication()));
            }
        }
    }

    /** A standalone HTML page: no script, headers and captions for screen readers, printable on A4. */
    static String html(Candidats c, Referentiel r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Proposition de candidats : ").append(e(logementCourt(c.logement()))).append("</title>\n")
                .append("<style>\nbody{font-family:system-ui,sans-serif;margin:1.5rem;color:#111;line-height:1.4}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\n")
                .append("th,td{border:1px solid #555;padding:.25rem .4rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#eee}caption{text-align:left;font-weight:bold;padding:.3rem 0}\n")
                .append(".proche,.a_verifier{font-weight:bold}.non_respecte{font-weight:bold;text-decoration:underline}\n")
                .append("@media print{body{margin:0;font-size:10pt}section{break-inside:avoid}a{color:inherit}}\n")
                .append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<h1>Proposition de candidats à la commission d'attribution</h1>\n");
        b.append("<p>").append(e(logement(c.logement(), r))).append("</p>\n");
        b.append("<p>Évaluation au ").append(c.dateEvaluation()).append(". ").append(e(c.regleOrdre())).append("</p>\n");
        b.append("<p>").append(e(compte(c))).append("</p>\n");
        if (!c.ecartsParControle().isEmpty()) {
            b.append("<p>Écarts par contrôle : ").append(e(ecarts(c))).append("</p>\n");
        }
        for (String a : c.avertissements()) {
            b.append("<p role=\"note\"><strong>Attention :</strong> ").append(e(a)).append("</p>\n");
        }
        sectionHtml(b, "propose", "Candidats proposés", c.proposes());
        sectionHtml(b, "de-peu", "Demandes adéquates de peu (non proposées)", c.presqueAdequats());
        b.append("<p>La cotation est une aide à la décision : la commission reste libre de son choix "
                + "(CE, 27 décembre 2024, n° 491357).</p>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String logementCourt(Logement l) {
        return l.typologie().code() + " " + l.commune() + (l.reference() == null ? "" : " " + l.reference());
    }

    private static void sectionHtml(StringBuilder b, String id, String titre, List<Candidat> liste) {
        if (liste.isEmpty()) {
            return;
        }
        b.append("<h2>").append(e(titre)).append("</h2>\n<table>\n<caption>").append(e(titre)).append(" : ")
                .append(liste.size()).append("</caption>\n<thead><tr><th scope=\"col\">Rang</th><th scope=\"col\">"
                        + "Demande</th><th scope=\"col\">Note</th><th scope=\"col\">Premier dépôt</th><th scope=\"col\">"
                        + "Priorité</th><th scope=\"col\">Ménage</th><th scope=\"col\">À vérifier</th></tr></thead>\n<tbody>\n");
        for (Candidat c : liste) {
            b.append("<tr><th scope=\"row\">").append(c.rang()).append("</th><td>").append(e(c.numeroUnique()))
                    .append("</td><td>").append(note(c)).append("</td><td>").append(c.dateDepot()).append("</td><td>")
                    .append(e(priorite(c))).append("</td><td>").append(e(c.categorieMenage().libelle())).append("</td><td>")
                    .append(e(aVerifier(c.adequation()))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        for (Candidat c : liste) {
            b.append("<section aria-labelledby=\"").append(id).append('-').append(c.rang()).append("\">\n<h3 id=\"")
                    .append(id).append('-').append(c.rang()).append("\">").append(c.rang()).append(". ")
                    .append(e(c.numeroUnique())).append(" : ").append(note(c)).append(" points</h3>\n");
            b.append("<p>Critères principaux : ").append(e(c.criteresPrincipaux().stream().map(PropositionEcrite::ligne)
                    .collect(Collectors.joining(", ")))).append("<br>Déclaré, non justifié : ")
                    .append(e(c.provisoires().isEmpty() ? "rien" : c.provisoires().stream().map(PropositionEcrite::ligne)
                            .collect(Collectors.joining(", ")))).append("</p>\n");
            b.append("<table>\n<caption>Contrôles d'adéquation</caption>\n<thead><tr><th scope=\"col\">Contrôle</th>"
                    + "<th scope=\"col\">Résultat</th><th scope=\"col\">Constaté</th><th scope=\"col\">Attendu</th>"
                    + "<th scope=\"col\">Explication</th></tr></thead>\n<tbody>\n");
            for (Verification v : c.adequation().verifications()) {
                b.append("<tr><th scope=\"row\">").append(e(v.controle().libelle())).append("</th><td class=\"")
                        .append(v.statut().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                        .append(e(v.statut().libelle())).append("</td><td>").append(e(v.constate())).append("</td><td>")
                        .append(e(v.attendu())).append("</td><td>").append(e(v.explication())).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</section>\n");
        }
    }

    private static String e(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
