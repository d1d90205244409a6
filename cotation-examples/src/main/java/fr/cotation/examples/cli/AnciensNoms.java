package fr.cotation.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names the commands and options had before the tool spoke one language (French, docs/cli.md): still accepted for
 * one version, so that scripts and recorded runs keep working, then removed. They are translated before picocli parses
 * the command line and appear nowhere in the help.
 */
final class AnciensNoms {
    /** Old command name, new. */
    static final Map<String, String> COMMANDES = Map.of(
            "score", "coter",
            "verify", "verifier",
            "compare", "comparer",
            "generate", "generer",
            "serve", "servir");

    /** Old option, new, for every command. */
    static final Map<String, String> OPTIONS = Map.of(
            "--output", "--sortie",
            "--trust", "--confiance",
            "--debug", "--trace");

    /** Old option, new, for one command (the old name meant something else elsewhere). */
    static final Map<String, Map<String, String>> OPTIONS_DE = Map.of(
            "grille", Map.of("--version", "--version-grille"),
            "fiche", Map.of("-n", "--numero"));

    private AnciensNoms() {
    }

    /** {@code args} with the old names replaced by the new ones; everything after {@code --} is left as it is. */
    static String[] traduire(String[] args) {
        List<String> r = new ArrayList<>(args.length);
        String commande = null;
        boolean fin = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (fin) {
                r.add(a);
            } else if (a.equals("--")) {
                fin = true;
                r.add(a);
            } else if (a.startsWith("-") && a.length() > 1) {
                r.add(option(a, commande));
                if (commande == null && a.equals("--cache") && i + 1 < args.length) {
                    r.add(args[++i]); // the folder, even if named like a command
                }
            } else if (commande == null) {
                commande = COMMANDES.getOrDefault(a, a);
                r.add(commande);
            } else {
                r.add(a);
            }
        }
        return r.toArray(String[]::new);
    }

    private static String option(String a, String commande) {
        Map<String, String> propres = commande == null ? Map.of() : OPTIONS_DE.getOrDefault(commande, Map.of());
        for (Map<String, String> table : List.of(propres, OPTIONS)) {
            for (Map.Entry<String, String> e : table.entrySet()) {
                String ancien = e.getKey();
                if (a.equals(ancien)) {
                    return e.getValue();
                }
                if (ancien.startsWith("--") && a.startsWith(ancien + "=")) {
                    return e.getValue() + a.substring(ancien.length());
                }
                if (!ancien.startsWith("--") && !a.startsWith("--") && a.startsWith(ancien)) {
                    return e.getValue() + "=" + a.substring(ancien.length()); // -n0060… : the value attached
                }
            }
        }
        return a;
    }
}
