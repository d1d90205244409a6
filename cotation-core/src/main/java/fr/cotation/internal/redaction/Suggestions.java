package fr.cotation.internal.redaction;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * "Vouliez-vous dire … ?": the nearest names to a misspelled one (a property of the rules' vocabulary, a key of
 * {@code pack.yaml}), for messages to rule authors.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The known names nearest to {@code faute}: same name but for case, else those within an edit distance of a third
     * of its length (at least 2), else those it starts or ends; only the nearest, at most three.
     */
    public static List<String> proches(String faute, Collection<String> connus) {
        String f = faute.toLowerCase(Locale.ROOT);
        List<String> casse = connus.stream().filter(c -> c.equalsIgnoreCase(faute)).toList();
        if (!casse.isEmpty()) {
            return casse;
        }
        int seuil = Math.max(2, f.length() / 3);
        record Candidat(String nom, int distance) {
        }
        List<Candidat> candidats = new ArrayList<>();
        for (String c : new TreeSet<>(connus)) {
            String l = c.toLowerCase(Locale.ROOT);
            int d = distance(f, l);
            if (d <= seuil) {
                candidats.add(new Candidat(c, d));
            } else if (f.length() >= 4 && (l.startsWith(f) || f.startsWith(l) || l.endsWith(f))) {
                candidats.add(new Candidat(c, seuil + 1 + Math.abs(l.length() - f.length())));
            }
        }
        candidats.sort(java.util.Comparator.comparingInt(Candidat::distance).thenComparing(Candidat::nom));
        if (candidats.isEmpty()) {
            return List.of();
        }
        int meilleure = candidats.get(0).distance();
        return candidats.stream().filter(c -> c.distance() == meilleure).limit(3).map(Candidat::nom).toList();
    }

    /** " : vouliez-vous dire `a` ?" (or "`a`, `b` ou `c`"), empty when nothing is near. */
    public static String vouliezVousDire(String faute, Collection<String> connus) {
        List<String> p = proches(faute, connus);
        if (p.isEmpty()) {
            return "";
        }
        List<String> cites = p.stream().map(s -> "`" + s + "`").toList();
        String liste = cites.size() == 1 ? cites.get(0)
                : String.join(", ", cites.subList(0, cites.size() - 1)) + " ou " + cites.get(cites.size() - 1);
        return " : vouliez-vous dire " + liste + " ?";
    }

    /** The bean properties a rule may read on {@code type} (public getters {@code getX} / {@code isX}), sorted. */
    public static List<String> proprietes(Class<?> type) {
        TreeSet<String> out = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
                out.add(Introspector.decapitalize(n.substring(3)));
            } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
                out.add(Introspector.decapitalize(n.substring(2)));
            }
        }
        return List.copyOf(out);
    }

    /** The class named {@code nom} in {@code loader}, if it loads. */
    public static Optional<Class<?>> classe(String nom, ClassLoader loader) {
        try {
            return Optional.of(Class.forName(nom, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Levenshtein distance (also used by the scenario reader's suggestions). */
    public static int distance(String a, String b) {
        int[] prec = new int[b.length() + 1];
        int[] cour = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prec[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cour[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prec[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cour[j] = Math.min(sub, Math.min(prec[j] + 1, cour[j - 1] + 1));
            }
            int[] t = prec;
            prec = cour;
            cour = t;
        }
        return prec[b.length()];
    }
}
