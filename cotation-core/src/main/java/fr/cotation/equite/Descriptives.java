package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.demande.Demande;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.regles.Situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The descriptive statistics of the notes of the generated stock ({@link Statistiques}). */
final class Descriptives {
    private static final int[] PAS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};

    private Descriptives() {
    }

    /** One demande of the stock with a note in the pack's territory, and what the engine derives from it. */
    private record Note(BigDecimal note, Faits faits, String commune, Map<String, BigDecimal> parCritere) {
    }

    static final String PRIORITAIRE = "Ménage prioritaire (DALO, PDALHPD ou L.441-1)";
    static final String NON_PRIORITAIRE = "Ménage non prioritaire";

    static Statistiques calculer(Contexte ctx, Demande[] demandes, ControlesEquite.Base[] bases) {
        Derivation derivation = new Derivation(PrioritesL4411.nationales());
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < demandes.length; i++) {
            Cotation c = bases[i].coteePar(ctx.pack.id());
            if (c == null) {
                continue;
            }
            Map<String, BigDecimal> pc = new TreeMap<>();
            c.lignes().forEach(l -> pc.merge(l.critere(), l.points(), BigDecimal::add));
            notes.add(new Note(c.total(), derivation.deriver(demandes[i], ctx.date), c.commune(), pc));
        }
        List<BigDecimal> triees = notes.stream().map(Note::note).sorted().toList();
        if (triees.isEmpty()) {
            return new Statistiques(0, null, null, null, null, null, null, List.of(), List.of());
        }
        BigDecimal seuil = rang(triees, 0.9);
        Map<String, Predicate<Note>> groupes = new LinkedHashMap<>();
        groupes.put("Toutes les demandes", n -> true);
        groupes.put("DALO", n -> situation(n, "DALO"));
        groupes.put("Label PDALHPD", n -> situation(n, "PDALHPD"));
        for (CategoriePrioritaire c : PrioritesL4411.nationales().enVigueurLe(ctx.date)) {
            groupes.put("L.441-1 " + c.categorie() + ") " + c.libelle(), n -> n.faits().priorites().stream()
                    .map(Priorite::getCategorie).anyMatch(c.categorie()::equals));
        }
        groupes.put("Aucune priorité (ni DALO, ni PDALHPD, ni L.441-1)", n -> n.faits().priorites().isEmpty()
                && !situation(n, "DALO") && !situation(n, "PDALHPD"));
        groupes.put("Ménage avec emploi", n -> n.faits().dossier().getNombreActifs() > 0);
        groupes.put("Ménage sans emploi", n -> n.faits().dossier().getNombreActifs() == 0);
        groupes.put("Lien avec la commune (y habite ou y travaille)", Descriptives::lien);
        groupes.put("Sans lien avec la commune", n -> !lien(n));
        List<Statistiques.Groupe> g = new ArrayList<>();
        for (var e : groupes.entrySet()) {
            List<BigDecimal> membres = notes.stream().filter(e.getValue()).map(Note::note).sorted().toList();
            if (membres.isEmpty()) {
                g.add(new Statistiques.Groupe(e.getKey(), 0, null, null));
            } else {
                long haut = membres.stream().filter(x -> x.compareTo(seuil) >= 0).count();
                g.add(new Statistiques.Groupe(e.getKey(), membres.size(), rang(membres, 0.5),
                        (double) haut / membres.size()));
            }
        }
        return new Statistiques(triees.size(), triees.get(0), rang(triees, 0.25), rang(triees, 0.5),
                rang(triees, 0.75), triees.get(triees.size() - 1), seuil, tranches(triees), g, partsLocales(notes));
    }

    /** A priority household of art. L.441-1 and L.441-2-3 CCH: DALO, PDALHPD, or an L.441-1 category. */
    private static boolean prioritaire(Note n) {
        return !n.faits().priorites().isEmpty() || situation(n, "DALO") || situation(n, "PDALHPD");
    }

    /**
     * The local share of the note of the median priority and non-priority household. A criterion belongs to the
     * priorities when it gives points to priority households only; every other criterion is local.
     */
    static List<Statistiques.PartLocale> partsLocales(List<Note> notes) {
        Set<String> locaux = new HashSet<>();
        Set<String> positifs = new HashSet<>();
        for (Note n : notes) {
            n.parCritere().forEach((code, pts) -> {
                if (pts.signum() > 0) {
                    positifs.add(code);
                }
                if (pts.signum() != 0 && !prioritaire(n) || pts.signum() < 0) {
                    locaux.add(code); // scores a household outside the priorities, or takes points away: local
                }
            });
        }
        Set<String> prioritaires = new HashSet<>(positifs);
        prioritaires.removeAll(locaux);
        List<Statistiques.PartLocale> out = new ArrayList<>();
        for (boolean p : new boolean[] {true, false}) {
            List<Note> membres = notes.stream().filter(n -> prioritaire(n) == p)
                    .sorted(Comparator.comparing(Note::note)).toList(); // stable: ties keep the order of the stock
            String libelle = p ? PRIORITAIRE : NON_PRIORITAIRE;
            if (membres.isEmpty()) {
                out.add(new Statistiques.PartLocale(libelle, 0, null, null, null));
                continue;
            }
            Note m = membres.get(Math.max(0, (int) Math.ceil(0.5 * membres.size()) - 1));
            BigDecimal locale = m.parCritere().entrySet().stream().filter(e -> !prioritaires.contains(e.getKey()))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new Statistiques.PartLocale(libelle, membres.size(), m.note(), locale, m.note().signum() > 0
                    ? locale.doubleValue() / m.note().doubleValue() : null));
        }
        return out;
    }

    private static boolean situation(Note n, String code) {
        return n.faits().situations().stream().map(Situation::getCode).anyMatch(code::equals);
    }

    /** The household lives or works in the commune where its note was read. */
    private static boolean lien(Note n) {
        return n.commune().equals(n.faits().communeResidence()) || n.faits().communesTravail().contains(n.commune());
    }

    /** The nearest-rank percentile {@code p} of sorted values. */
    static BigDecimal rang(List<BigDecimal> triees, double p) {
        int r = (int) Math.ceil(p * triees.size());
        return triees.get(Math.max(0, Math.min(triees.size() - 1, r - 1)));
    }

    /** Bands of one round width (1, 2, 5, 10, 20, 25, 50... points), at most 12, from the lowest note. */
    static List<Statistiques.Tranche> tranches(List<BigDecimal> triees) {
        BigDecimal min = triees.get(0);
        BigDecimal max = triees.get(triees.size() - 1);
        BigDecimal etendue = max.subtract(min);
        int pas = PAS[PAS.length - 1];
        for (int p : PAS) {
            if (etendue.divide(BigDecimal.valueOf(p), 0, RoundingMode.FLOOR).compareTo(BigDecimal.valueOf(12)) < 0) {
                pas = p;
                break;
            }
        }
        BigDecimal w = BigDecimal.valueOf(pas);
        BigDecimal de = min.divide(w, 0, RoundingMode.FLOOR).multiply(w);
        List<Statistiques.Tranche> t = new ArrayList<>();
        int i = 0;
        while (de.compareTo(max) <= 0) {
            BigDecimal a = de.add(w);
            int n = 0;
            while (i < triees.size() && triees.get(i).compareTo(a) < 0) {
                n++;
                i++;
            }
            t.add(new Statistiques.Tranche(de, a, n));
            de = a;
        }
        return t;
    }
}
