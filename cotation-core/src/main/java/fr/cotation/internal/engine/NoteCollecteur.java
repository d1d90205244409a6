package fr.cotation.internal.engine;

import fr.cotation.demande.Preuve;
import fr.cotation.regles.Commune;
import fr.cotation.regles.Note;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.Situation;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects the lines of one scoring; one instance per session run, never shared between threads. The rule whose
 * consequence calls it is the match the session is firing: {@link #ecouteur()}, added to the session for the run, sets
 * it before each consequence runs ({@code beforeMatchFired}) and clears it after; a session fires its matches one at a
 * time on the thread that called {@code fireAllRules}, the thread that owns this collector.
 */
final class NoteCollecteur implements Note {
    private final Map<String, Critere> criteres;
    /** What each rule of the grille gives, found once per rule and shared by the grille's collectors. */
    private final Map<Rule, Regle> parRegle;
    private final List<LigneBrute> lignes = new ArrayList<>();
    /** The match whose consequence runs; null outside consequences. */
    private Match courant;
    private final AgendaEventListener ecouteur = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            courant = event.getMatch();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            courant = null;
        }
    };

    /**
     * The criterion of a rule, and the text of the line of {@link #retenir()} (null when the rule
     * declares no points).
     */
    record Regle(Critere critere, String texteFixe) {
    }

    /** A collector for one scoring; {@code parRegle} is the grille's thread-safe cache of {@link Regle}. */
    NoteCollecteur(Map<String, Critere> criteres, Map<Rule, Regle> parRegle) {
        this.criteres = criteres;
        this.parRegle = parRegle;
    }

    List<LigneBrute> lignes() {
        return lignes;
    }

    /** What tells this collector which rule fires: to add to the session for the run, and remove after. */
    AgendaEventListener ecouteur() {
        return ecouteur;
    }

    /** The match whose consequence calls the note. */
    private Match match() {
        if (courant == null) {
            throw new IllegalStateException("note appelée hors de la conséquence d'une règle : note.retenir(...) et"
                    + " note.parMois(...) s'écrivent après then");
        }
        return courant;
    }

    @Override
    public void retenir() {
        Match m = match();
        Regle r = regle(m.getRule());
        Critere c = r.critere();
        if (c.points() == null) {
            throw new IllegalStateException("la règle \"" + m.getRule().getName()
                    + "\" appelle note.retenir() sans déclarer @points");
        }
        add(m, c, c.points(), r.texteFixe());
    }

    @Override
    public void retenir(double points, String explication) {
        Match m = match();
        add(m, regle(m.getRule()).critere(), Points.of(points), explication);
    }

    @Override
    public void parMois(int mois, double pointsParMois, double plafond) {
        Match m = match();
        Critere c = regle(m.getRule()).critere();
        String erreur = incoherence(c, pointsParMois, plafond);
        if (erreur != null) {
            throw new IllegalStateException("la règle \"" + m.getRule().getName() + "\" " + erreur);
        }
        lignes.add(parMois(c, m.getRule().getName(), mois, pointsParMois, plafond, m.getObjects()));
    }

    @Override
    public void parMois(int mois) {
        Match m = match();
        Critere c = regle(m.getRule()).critere();
        if (c.parMois() == null) {
            throw new IllegalStateException("la règle \"" + m.getRule().getName() + "\" " + SANS_PAR_MOIS);
        }
        lignes.add(parMois(c, m.getRule().getName(), mois, c.parMois().doubleValue(), plafond(c), m.getObjects()));
    }

    /** Why {@code note.parMois(mois)} cannot be called by a rule without {@code @parMois}. */
    static final String SANS_PAR_MOIS = "appelle note.parMois(mois) sans déclarer @parMois : écrire le nombre"
            + " de points par mois dans les métadonnées, par exemple @parMois(1), et le plafond éventuel, @plafond(36)";

    /** The cap of {@code note.parMois(mois)}: the rule's {@code @plafond}, -1 (none) when it declares none. */
    static double plafond(Critere c) {
        return c.plafond() == null ? -1 : c.plafond().abs().doubleValue();
    }

    /**
     * Why {@code note.parMois(mois, pointsParMois, plafond)} contradicts the rule's {@code @parMois} or
     * {@code @plafond} (the published grille shows the metadata: the consequence may not say otherwise); null when
     * it does not.
     */
    static String incoherence(Critere c, double pointsParMois, double plafond) {
        if (c.parMois() != null && c.parMois().compareTo(Points.of(pointsParMois)) != 0) {
            return "déclare @parMois(" + Points.format(c.parMois()) + ") mais appelle note.parMois avec "
                    + Points.format(Points.of(pointsParMois)) + " point(s) par mois";
        }
        if (c.plafond() != null && plafond < 0) {
            return "déclare @plafond(" + Points.format(c.plafond()) + ") mais appelle note.parMois sans plafond ("
                    + Points.format(Points.of(plafond)) + ") : écrire note.parMois(mois), qui applique"
                    + " @parMois et @plafond";
        }
        if (c.plafond() != null && c.plafond().abs().compareTo(Points.of(plafond)) != 0) {
            return "déclare @plafond(" + Points.format(c.plafond()) + ") mais appelle note.parMois avec un plafond de "
                    + Points.format(Points.of(plafond));
        }
        return null;
    }

    /** The line of {@code note.parMois}, for a rule whose metadata agree with the arguments. */
    static LigneBrute parMois(Critere c, String regle, int mois, double pointsParMois, double plafond, List<?> objets) {
        BigDecimal brut = Points.of(pointsParMois).multiply(BigDecimal.valueOf(Math.max(0, mois)));
        BigDecimal p = brut;
        String explication = c.libelle() + " : " + mois + " mois × " + Points.pts(Points.of(pointsParMois));
        if (plafond >= 0 && brut.compareTo(Points.of(plafond)) > 0) {
            p = Points.of(plafond);
            explication += " = " + Points.nombre(brut) + ", plafonné à " + Points.nombre(p);
        } else {
            explication += " = " + Points.pts(Points.norm(brut));
        }
        return ligne(c, regle, Points.norm(p), explication, objets);
    }

    private Regle regle(Rule rule) {
        Regle r = parRegle.get(rule);
        if (r == null) {
            Critere c = criteres.get(cle(rule));
            r = new Regle(c, c == null || c.points() == null ? null : texteFixe(c));
            parRegle.putIfAbsent(rule, r);
        }
        return r;
    }

    /** The explanation of {@code note.retenir()}: the criterion's label and its {@code @points}. */
    static String texteFixe(Critere c) {
        return c.libelle() + " : " + Points.pts(c.points());
    }

    static String cle(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    private void add(Match m, Critere c, BigDecimal points, String explication) {
        lignes.add(ligne(c, m.getRule().getName(), points, explication, m.getObjects()));
    }

    /**
     * A line of a rule that matched {@code objets}: the weakest proof of the {@link Situation} and {@link Priorite}
     * facts matched, their codes and categories (sorted, once each), and whether the rule matched the {@code Commune}.
     */
    static LigneBrute ligne(Critere c, String regle, BigDecimal points, String explication, List<?> objets) {
        Preuve preuve = null;
        boolean commune = false;
        List<String> situations = List.of();
        List<String> categories = List.of();
        for (int i = 0; i < objets.size(); i++) { // lists of the match or of the direct evaluation: random access, no iterator
            Object o = objets.get(i);
            Preuve p = null;
            if (o instanceof Situation s) {
                p = s.getPreuve();
                situations = ajouter(situations, s.getCode());
            } else if (o instanceof Priorite pr) {
                p = pr.getPreuve();
                categories = ajouter(categories, pr.getCategorie());
            } else if (o instanceof Commune) {
                commune = true;
            }
            if (p != null && (preuve == null || p.compareTo(preuve) < 0)) {
                preuve = p;
            }
        }
        return new LigneBrute(c, regle, points, explication, preuve, commune, situations, categories);
    }

    /** {@code liste} with {@code code}, sorted, once each; a new list (the common case of one code costs one). */
    private static List<String> ajouter(List<String> liste, String code) {
        if (liste.isEmpty()) {
            return List.of(code);
        }
        if (liste.contains(code)) {
            return liste;
        }
        TreeSet<String> tri = new TreeSet<>(liste);
        tri.add(code);
        return List.copyOf(tri);
    }
}
