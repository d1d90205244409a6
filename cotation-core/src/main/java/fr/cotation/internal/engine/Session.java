package fr.cotation.internal.engine;

import fr.cotation.internal.derivation.Faits;
import fr.cotation.regles.Commune;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one grille on the facts of one demande in one commune: without a session when the grille's rules are in the
 * subset of {@link EvaluationDirecte}; else (or when that evaluation fails or fires more than the limit) in a
 * session of its own for the time of the call: a session taken from the grille's pool (reset when given back, used by one thread at a time), or
 * destroyed if the rules threw or looped.
 */
final class Session {
    /** Key prefix, in the loop diagnosis, of the count of facts a rule's consequence changed. */
    private static final String MODIFIE = "\u0000modifie:";
    private static final Pattern NEAR = Pattern.compile("\\{\\.\\.\\.\\s*(.+?)\\s*\\.\\.\\.\\.}");

    private Session() {
    }

    static List<LigneBrute> executer(GrilleCompilee grille, Faits faits, Commune commune, int limite)
            throws ScoringException {
        List<LigneBrute> lignes = directe(grille, faits, commune, limite);
        return lignes != null ? lignes : enSession(grille, faits, commune, limite);
    }

    /**
     * The lines of the direct evaluation; null when the grille has none, or it failed or fired more than
     * {@code limite} times: a session then runs the same rules and reports the failure with file, line and rule.
     * Needs no context class loader (no Drools code runs).
     */
    static List<LigneBrute> directe(GrilleCompilee grille, Faits faits, Commune commune, int limite) {
        if (grille.directe() == null) {
            return null;
        }
        try {
            return grille.directe().executer(faits, commune, limite);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The lines of a Drools session, whatever the grille. */
    static List<LigneBrute> enSession(GrilleCompilee grille, Faits faits, Commune commune, int limite)
            throws ScoringException {
        NoteCollecteur note = new NoteCollecteur(grille.criteres(), grille.parRegle());
        int fired;
        try {
            fired = run(grille, faits, commune, limite, note, null);
        } catch (RuntimeException e) {
            throw new ScoringException(describe(grille, e), e, localiser(grille, e));
        }
        if (fired > limite) {
            Map<String, Integer> counts = new TreeMap<>();
            try {
                run(grille, faits, commune, limite, new NoteCollecteur(grille.criteres(), grille.parRegle()), counts);
            } catch (RuntimeException ignored) {
                // the first run already succeeded up to the limit
            }
            // the rule to blame is the one whose consequence keeps changing facts; else the one that fired most
            Map.Entry<String, Integer> pire = counts.entrySet().stream().filter(e -> e.getKey().startsWith(MODIFIE))
                    .max(Map.Entry.comparingByValue())
                    .map(e -> Map.entry(e.getKey().substring(MODIFIE.length()), e.getValue()))
                    .or(() -> counts.entrySet().stream().filter(e -> !e.getKey().startsWith(MODIFIE))
                            .max(Map.Entry.comparingByValue()))
                    .orElse(null);
            String worst = pire == null ? "?" : "\"" + pire.getKey() + "\"";
            String message = "la grille " + grille.pack().id() + " boucle : " + limite
                    + " déclenchements de règles sans fin, surtout " + worst
                    + " ; sa conséquence modifie sans doute un fait qui la redéclenche";
            throw new ScoringException(message, null, pire == null ? null : aLaRegle(grille, pire.getKey(), message));
        }
        return note.lignes();
    }

    private static int run(GrilleCompilee grille, Faits faits, Commune commune, int limite, NoteCollecteur note,
                           Map<String, Integer> counts) {
        // the loop diagnosis adds listeners: it gets a session of its own, never one from the pool
        KieSession s = counts == null ? grille.sessions().newKieSession() : grille.kieBase().newKieSession();
        boolean propre = false;
        try {
            if (counts != null) {
                s.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                    }
                });
                s.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        parRegle(event.getRule());
                    }

                    @Override
                    public void objectUpdated(ObjectUpdatedEvent event) {
                        parRegle(event.getRule());
                    }

                    @Override
                    public void objectDeleted(ObjectDeletedEvent event) {
                        parRegle(event.getRule());
                    }

                    private void parRegle(org.kie.api.definition.rule.Rule rule) {
                        if (rule != null) {
                            counts.merge(MODIFIE + rule.getName(), 1, Integer::sum);
                        }
                    }
                });
            }
            // the note learns which rule fires from the session: a consequence calls note.retenir() without naming it
            s.addEventListener(note.ecouteur());
            s.setGlobal(Compilateur.GLOBAL, note);
            s.insert(faits.dossier());
            faits.situations().forEach(s::insert);
            faits.priorites().forEach(s::insert);
            faits.refus().forEach(s::insert);
            s.insert(commune);
            int fired = s.fireAllRules(limite + 1); // one past the bound tells a loop from a grille that needs exactly the bound
            propre = fired <= limite;
            return fired;
        } finally {
            s.removeEventListener(note.ecouteur()); // the next run's note brings its own
            if (propre) {
                s.dispose(); // a pooled session is reset and goes back to the pool
            } else {
                s.destroy(); // a session that threw or looped is never reused
            }
        }
    }

    /** Where a runtime failure comes from, when the message quotes the failing constraint. */
    record Echec(String fichier, int ligne, String regle, String message) {
        @Override
        public String toString() {
            return fichier == null ? message : fichier + ":" + ligne + ": règle \"" + regle + "\": " + message;
        }
    }

    static String describe(GrilleCompilee grille, Throwable e) {
        return localiser(grille, e).toString();
    }

    static Echec localiser(GrilleCompilee grille, Throwable e) {
        StringBuilder all = new StringBuilder();
        String root = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append('\n');
                root = t.getMessage();
            }
        }
        Matcher m = NEAR.matcher(all);
        if (m.find()) {
            String snippet = m.group(1).strip();
            for (var src : grille.sources().entrySet()) {
                String[] lines = src.getValue().split("\\R", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(snippet)) {
                        return new Echec(src.getKey(), i + 1, Compilateur.regleALaLigne(src.getValue(), i + 1),
                                "échec à l'évaluation de '" + snippet + "' : " + firstLine(root)
                                        + " (types comparés incompatibles ?)");
                    }
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
                return aLaRegle(grille, ce.getMatch().getRule().getName(), "échec dans la conséquence : "
                        + firstLine(t.getCause() != null && t.getCause().getMessage() != null
                        ? t.getCause().getMessage() : root));
            }
        }
        return new Echec(null, 0, null, "erreur à l'évaluation de la grille " + grille.pack().id() + " : "
                + firstLine(root == null ? e.toString() : root));
    }

    /** A failure of one rule, located at the line where the rule starts. */
    private static Echec aLaRegle(GrilleCompilee grille, String regle, String message) {
        for (var src : grille.sources().entrySet()) {
            int ligne = Compilateur.ligneDeLaRegle(src.getValue(), regle);
            if (ligne > 0) {
                return new Echec(src.getKey(), ligne, regle, message);
            }
        }
        return new Echec(null, 0, regle, message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
