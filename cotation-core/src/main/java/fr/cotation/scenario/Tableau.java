package fr.cotation.scenario;

import fr.cotation.Cotation;
import fr.cotation.Ligne;
import fr.cotation.demande.Probleme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Renders a {@link ScenarioResult} as a side-by-side plain-text table. */
final class Tableau {
    static final String ECART = "<-- écart";
    static final String ABSENT = "—";

    private Tableau() {
    }

    static String nombre(BigDecimal b) {
        if (b == null) {
            return ABSENT;
        }
        BigDecimal s = b.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private record Rangee(String quoi, String attendu, String obtenu, String note) {
    }

    static String rapport(ScenarioResult r) {
        Scenario s = r.scenario();
        Cotation c = r.cotation();
        StringBuilder b = new StringBuilder();
        b.append("Scénario « ").append(s.nom()).append(" » (").append(s.source()).append(") : ");
        b.append(r.passed() ? "RÉUSSI" : "ÉCHEC, " + r.ecarts().size() + (r.ecarts().size() > 1 ? " écarts" : " écart"));
        b.append('\n');
        b.append("Commune ").append(s.commune());
        if (c != null && c.nomCommune() != null) {
            b.append(' ').append(c.nomCommune());
        }
        b.append(", évaluation au ").append(s.date());
        if (c != null && c.pack() != null) {
            b.append(" ; cotée par ").append(c.pack()).append(' ').append(c.version());
            if (c.grille() != null) {
                b.append(", grille ").append(c.grille());
            }
        }
        b.append('\n');
        if (!r.problemes().isEmpty()) {
            b.append("\nDemande invalide, rien n'est coté :\n");
            for (Probleme p : r.problemes()) {
                b.append("  ").append(p.champ()).append(" = ").append(p.valeur()).append(" : ").append(p.message())
                        .append('\n');
            }
            return b.toString();
        }
        if (c == null) {
            r.ecarts().forEach(e -> b.append("  ").append(e).append('\n'));
            return b.toString();
        }

        Map<String, BigDecimal> obtenu = Scenarios.parCritere(c.lignes());
        Set<String> criteres = new LinkedHashSet<>(s.lignes().keySet());
        criteres.addAll(obtenu.keySet());
        List<Rangee> rangees = new ArrayList<>();
        for (String critere : criteres) {
            BigDecimal a = s.lignes().get(critere);
            BigDecimal o = obtenu.get(critere);
            String note = "";
            if (a != null && o == null) {
                note = ECART + " (absent)";
            } else if (a == null && o != null && o.signum() != 0) {
                note = ECART + " (non attendu)";
            } else if (a != null && a.compareTo(o) != 0) {
                note = ECART;
            }
            rangees.add(new Rangee(critere, nombre(a), nombre(o), note));
        }
        List<Rangee> pied = new ArrayList<>();
        pied.add(new Rangee("total", nombre(s.total()), nombre(c.total()),
                s.total().compareTo(c.total()) != 0 ? ECART : ""));
        pied.add(new Rangee("statut", s.statut().name(), c.statut().name(), s.statut() != c.statut() ? ECART : ""));
        if (s.grille() != null) {
            pied.add(new Rangee("grille", s.grille(), texte(c.grille()), s.grille().equals(c.grille()) ? "" : ECART));
        }
        if (s.pack() != null && c.pack() != null && !s.pack().equals(c.pack())) {
            pied.add(new Rangee("pack", s.pack(), c.pack(), ECART));
        }
        int l1 = "critère".length();
        int l2 = "attendu".length();
        int l3 = "obtenu".length();
        for (List<Rangee> liste : List.of(rangees, pied)) {
            for (Rangee x : liste) {
                l1 = Math.max(l1, x.quoi().length());
                l2 = Math.max(l2, x.attendu().length());
                l3 = Math.max(l3, x.obtenu().length());
            }
        }
        String format = "  %-" + l1 + "s  %" + l2 + "s  %" + l3 + "s  %s";
        b.append('\n');
        b.append(String.format(format, "critère", "attendu", "obtenu", "").stripTrailing()).append('\n');
        for (Rangee x : rangees) {
            b.append(String.format(format, x.quoi(), x.attendu(), x.obtenu(), x.note()).stripTrailing()).append('\n');
        }
        b.append("  ").append("-".repeat(l1 + l2 + l3 + 4)).append('\n');
        for (Rangee x : pied) {
            b.append(String.format(format, x.quoi(), x.attendu(), x.obtenu(), x.note()).stripTrailing()).append('\n');
        }
        if (s.message() != null) {
            boolean ok = c.message() != null && c.message().contains(s.message());
            b.append("\nMessage attendu (extrait) : « ").append(s.message()).append(" »").append(ok ? "" : "  " + ECART)
                    .append('\n');
        }
        if (c.message() != null) {
            b.append("Message obtenu : « ").append(c.message()).append(" »\n");
        }
        if (!c.lignes().isEmpty()) {
            b.append("\nLignes obtenues (points comptés, critère, explication) :\n");
            int lc = c.lignes().stream().mapToInt(l -> l.critere().length()).max().orElse(0);
            int lp = c.lignes().stream().mapToInt(l -> nombre(l.points()).length()).max().orElse(0);
            for (Ligne l : c.lignes()) {
                b.append(String.format("  %" + lp + "s  %-" + lc + "s  %s", nombre(l.points()), l.critere(),
                        l.explication()));
                if (l.preuve() != null) {
                    b.append(" [preuve ").append(switch (l.preuve()) {
                        case DECLAREE -> "déclarée";
                        case JUSTIFIEE -> "justifiée";
                        case VALIDEE -> "validée";
                    }).append(']');
                }
                b.append('\n');
            }
        }
        if (!r.passed()) {
            b.append("\nÉcarts :\n");
            r.ecarts().forEach(e -> b.append("  ").append(e).append('\n'));
        }
        return b.toString();
    }

    private static String texte(String s) {
        return Objects.requireNonNullElse(s, ABSENT);
    }
}
