package fr.cotation.internal.pack;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One DRL text as Drools' parser reads it ({@link DrlParser}, the parser {@code KnowledgeBuilder} runs on the same
 * text): its descriptors and, for each rule, its consequence read once ({@link ConsequenceLue}) and the line of the
 * file where that consequence starts. What the allow-list, the load-time checks and the direct evaluation read rules
 * from, never the text itself. Immutable once read; shared by threads (the engine keeps one per text).
 */
public final class DrlLu {
    private final String texte;
    private final PackageDescr paquet;
    private final boolean erreurs;
    /** Offsets of the start of each line, for lines computed from offsets. */
    private final int[] debuts;
    private final List<RegleLue> regles;
    private final Map<String, List<RegleLue>> parNom;

    /**
     * A rule of the text: its descriptor, its consequence ({@code null} when it has none or only blanks), and the
     * line of the file where the consequence starts.
     */
    public record RegleLue(RuleDescr descr, ConsequenceLue consequence, int debut) {
        /** The line of the file of line {@code ligne} (1 for the first) of the consequence. */
        public int ligne(int ligne) {
            return debut + ligne - 1;
        }
    }

    private DrlLu(String texte) {
        this.texte = texte;
        List<Integer> d = new ArrayList<>();
        d.add(0);
        for (int i = 0; i < texte.length(); i++) {
            if (texte.charAt(i) == '\n') {
                d.add(i + 1);
            }
        }
        debuts = d.stream().mapToInt(Integer::intValue).toArray();
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr p;
        try {
            p = parser.parse(null, texte);
        } catch (org.drools.drl.parser.DroolsParserException | RuntimeException e) {
            p = null;
        }
        paquet = p;
        erreurs = parser.hasErrors();
        List<RegleLue> lues = new ArrayList<>();
        Map<String, List<RegleLue>> noms = new HashMap<>();
        if (p != null) {
            for (RuleDescr r : p.getRules()) {
                Object c = r.getConsequence();
                String code = c == null ? "" : c.toString();
                RegleLue l = new RegleLue(r, r instanceof QueryDescr || code.isBlank() ? null : ConsequenceLue.lire(code),
                        debutConsequence(r, code));
                lues.add(l);
                noms.computeIfAbsent(r.getName(), k -> new ArrayList<>(1)).add(l);
            }
        }
        regles = List.copyOf(lues);
        noms.replaceAll((k, v) -> List.copyOf(v));
        parNom = Map.copyOf(noms);
    }

    /** The text read by Drools' parser (DRL6, as the compiler). */
    public static DrlLu lire(String texte) {
        return new DrlLu(texte);
    }

    /** The package descriptor; null when the parser gives none. */
    public PackageDescr paquet() {
        return paquet;
    }

    /** Whether the parser reported syntax errors. */
    public boolean erreurs() {
        return erreurs;
    }

    /** The rules (queries included), in text order. */
    public List<RegleLue> regles() {
        return regles;
    }

    /** The declarations of rule {@code nom} in the text (more than one is a compilation error). */
    public List<RegleLue> regles(String nom) {
        return parNom.getOrDefault(nom, List.of());
    }

    /** The line (1 for the first) of an offset of the text. */
    public int ligne(int offset) {
        int l = java.util.Arrays.binarySearch(debuts, offset);
        return l >= 0 ? l + 1 : -l - 1;
    }

    /** The offset of the start of line {@code ligne} (1 for the first). */
    int debut(int ligne) {
        return ligne > 0 && ligne <= debuts.length ? debuts[ligne - 1] : 0;
    }

    /**
     * The line where the consequence text starts in the file: the parser gives the line of {@code then}, and the
     * consequence without the blanks that follow it; its first characters are found from that line.
     */
    private int debutConsequence(RuleDescr r, String code) {
        int ligneThen = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : r.getLine();
        int depuis = debut(ligneThen);
        String tete = code.strip();
        tete = tete.substring(0, Math.min(tete.length(), 20));
        int i = tete.isEmpty() ? -1 : texte.indexOf(tete, depuis);
        return i < 0 ? ligneThen : ligne(i);
    }

    /**
     * Every call of the old form {@code note.retenir(kcontext)} in the rules, as (line of the file, rule, message):
     * refused at load for every pack, trusted or not, with what to write instead.
     */
    public List<AncienneForme> anciennesFormes() {
        List<AncienneForme> out = new ArrayList<>();
        for (RegleLue r : regles) {
            if (r.consequence() == null) {
                continue;
            }
            for (ConsequenceLue.Appel a : r.consequence().appels()) {
                if (a.ancienne()) {
                    out.add(new AncienneForme(r.ligne(a.ligne()), r.descr().getName(), a.ancienneForme()));
                }
            }
        }
        return out;
    }

    /** A call of the old form: the line of the file, the rule, what to write instead. */
    public record AncienneForme(int ligne, String regle, String message) {
    }
}
