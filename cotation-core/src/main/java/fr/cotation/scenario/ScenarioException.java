package fr.cotation.scenario;

import java.util.List;

/**
 * A scenario file that cannot be read: unknown key, missing key, wrong value. The message names the file,
 * the line, the scenario and the key, in French, for the rule author; every problem of the file is listed.
 */
public final class ScenarioException extends RuntimeException {
    private final String fichier;
    private final List<String> problemes;

    public ScenarioException(String fichier, List<String> problemes) {
        super(message(fichier, problemes));
        this.fichier = fichier;
        this.problemes = List.copyOf(problemes);
    }

    /** The file concerned. */
    public String fichier() {
        return fichier;
    }

    /** Each problem, one sentence each, starting with {@code fichier:ligne}. */
    public List<String> problemes() {
        return problemes;
    }

    private static String message(String fichier, List<String> problemes) {
        if (problemes.size() == 1) {
            return problemes.get(0);
        }
        return problemes.size() + " problèmes dans " + fichier + " :\n  " + String.join("\n  ", problemes);
    }
}
