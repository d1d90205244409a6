package fr.cotation.scenario;

import java.util.List;

/**
 * A scenario file (<i>fichier de scénarios</i>), as read.
 *
 * @param fichier     where it was read from: a path, or {@code classpath:} and a resource path
 * @param pack        id of the pack expected to score its scenarios
 * @param description free text, {@code null} if none
 * @param scenarios   its scenarios, in the file's order
 */
public record ScenarioFile(String fichier, String pack, String description, List<Scenario> scenarios) {

    public ScenarioFile {
        scenarios = List.copyOf(scenarios);
    }
}
