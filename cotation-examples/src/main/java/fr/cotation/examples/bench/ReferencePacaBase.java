package fr.cotation.examples.bench;

import fr.cotation.regles.Dossier;
import fr.cotation.regles.FaitsDerives;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.Refus;
import fr.cotation.regles.Situation;

import java.util.ArrayList;
import java.util.List;

/**
 * The physical reference of the benchmarks: the 31 rules of the regional base {@code paca-base} written by hand in
 * plain Java, on the facts the engine derives ({@link FaitsDerives}: {@code Dossier}, {@code Situation},
 * {@code Priorite}, {@code Refus}),
 * with the same rubriques (only the best criterion counts in {@code PRIORITES_L441_1}, {@code CONDITIONS_LOGEMENT}
 * and {@code TAUX_EFFORT}; refusals capped at 30 points) and one explanation line per criterion kept. Benchmark
 * sources only: it is what the same grille costs without a rule engine, not a second way to score.
 *
 * <p>{@link ScoringBenchmark} checks it against the engine on the stock moved to Marseille, whose pack
 * ({@code aix-marseille-provence}) is the base alone.
 */
final class ReferencePacaBase {
    /** One explanation line: criterion, points kept, text. */
    record Ligne(String critere, int points, String explication) {
    }

    /** The lines and the total of one (demande, commune) scoring. */
    record Resultat(List<Ligne> lignes, int total) {
    }

    private ReferencePacaBase() {
    }

    static Resultat coter(FaitsDerives f) {
        List<Ligne> lignes = new ArrayList<>(8);
        Dossier d = f.dossier();
        // DALO_PDALHPD: cumulative
        for (Situation s : f.situations()) {
            switch (s.getCode()) {
                case "DALO" -> lignes.add(new Ligne("DALO", 100, "Ménage reconnu prioritaire et à loger d'urgence (DALO) : 100 pts"));
                case "PDALHPD" -> lignes.add(new Ligne("PDALHPD", 50, "Ménage prioritaire du plan départemental (PDALHPD) : 50 pts"));
                default -> {
                }
            }
        }
        // PRIORITES_L441_1: the best category only
        int meilleure = 0;
        String categorie = null;
        for (Priorite p : f.priorites()) {
            int pts = points(p.getCategorie());
            if (pts > meilleure) {
                meilleure = pts;
                categorie = p.getCategorie();
            }
        }
        if (categorie != null) {
            lignes.add(new Ligne("L441_1_" + categorie.toUpperCase().replace(' ', '_'), meilleure,
                    "Priorité " + categorie + ") de l'art. L.441-1 CCH : " + meilleure + " pts"));
        }
        // CONDITIONS_LOGEMENT: the best of suroccupation (15) and sous-occupation (5); SITUATION_FAMILIALE, MOTIFS
        int logement = 0;
        for (Situation s : f.situations()) {
            switch (s.getCode()) {
                case "SUROCCUPATION" -> logement = Math.max(logement, 15);
                case "SOUS_OCCUPATION" -> logement = Math.max(logement, 5);
                case "DIVORCE_SEPARATION" -> lignes.add(new Ligne("SEPARATION", 5, "Divorce ou séparation : 5 pts"));
                case "DECOHABITATION" -> lignes.add(new Ligne("DECOHABITATION", 5, "Décohabitation : 5 pts"));
                case "DEMOLITION" -> lignes.add(new Ligne("DEMOLITION", 20, "Logement voué à la démolition : 20 pts"));
                case "LOGEMENT_REPRIS" -> lignes.add(new Ligne("LOGEMENT_REPRIS", 10,
                        "Logement repris ou mis en vente par le propriétaire : 10 pts"));
                case "RAISONS_DE_SANTE" -> lignes.add(new Ligne("SANTE", 10, "Raisons de santé : 10 pts"));
                default -> {
                }
            }
        }
        if (logement > 0) {
            lignes.add(new Ligne(logement == 15 ? "SUROCCUPATION" : "SOUS_OCCUPATION", logement,
                    (logement == 15 ? "Logement sur-occupé : " : "Logement sous-occupé : ") + logement + " pts"));
        }
        // TAUX_EFFORT: exactly one band when the rate is known
        Double taux = d.getTauxEffort();
        if (taux != null) {
            int pts = taux >= 45 ? 13 : taux > 30 ? 9 : 1;
            lignes.add(new Ligne(taux >= 45 ? "TAUX_EFFORT_45" : taux > 30 ? "TAUX_EFFORT_30_45" : "TAUX_EFFORT_30", pts,
                    "Taux d'effort : " + pts + " pts"));
        } else {
            // a rent with resources declared at zero: no rate, the highest band (situation derived by the engine)
            for (Situation s : f.situations()) {
                if (s.getCode().equals("TAUX_EFFORT_RESSOURCES_NULLES")) {
                    lignes.add(new Ligne("TAUX_EFFORT_RESSOURCES_NULLES", 13, "Loyer sans ressources : 13 pts"));
                }
            }
        }
        if (d.isMonoparental()) {
            lignes.add(new Ligne("MONOPARENTAL", 10, "Famille monoparentale : 10 pts"));
        }
        if (d.getNaissancesAttendues() > 0) {
            lignes.add(new Ligne("NAISSANCE_ATTENDUE", 5, "Naissance attendue dans le ménage : 5 pts"));
        }
        // ANCIENNETE: 1 point a month capped at 36, +10 past the abnormally long delay
        int mois = d.getAncienneteMois();
        if (mois > 0) {
            int pts = Math.min(mois, 36);
            lignes.add(new Ligne("ANCIENNETE", pts, "Ancienneté de la demande : " + mois + " mois × 1 pt = "
                    + (mois > 36 ? mois + ", plafonné à 36" : pts + " pts")));
        }
        if (mois >= 36) {
            lignes.add(new Ligne("DELAI_ANORMALEMENT_LONG", 10, "Délai anormalement long dépassé (36 mois) : 10 pts"));
        }
        // REFUS: −10 per repeated refusal (rank 2 or more) without legitimate reason within 12 months, capped at −30
        int refus = 0;
        for (Refus r : f.refus()) {
            if (!r.isMotifLegitime() && r.getRang() >= 2 && r.getMoisDepuis() < 12) {
                int pts = Math.max(-30 - refus, -10);
                refus += pts;
                lignes.add(new Ligne("REFUS_SANS_MOTIF", pts, "Refus répété d'une proposition adaptée sans motif légitime : " + pts + " pts"));
            }
        }
        int total = 0;
        for (Ligne l : lignes) {
            total += l.points();
        }
        return new Resultat(lignes, total);
    }

    private static int points(String categorie) {
        return switch (categorie) {
            case "a", "h", "i", "k", "l" -> 40;
            case "b", "d" -> 30;
            case "c", "e" -> 20;
            case "f", "j", "m" -> 35;
            case "g", "g bis" -> 50;
            default -> 0;
        };
    }
}
