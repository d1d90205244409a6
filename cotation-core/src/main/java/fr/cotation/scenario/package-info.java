/**
 * Scenario tests as data (<i>scénarios</i>): plain YAML files, next to a pack, that state for a demande, a
 * commune and an evaluation date the cotation the grille must give, its total and its lines, in the spirit of
 * OpenFisca's test files. Rule authors (EPCI staff) write them; a generic runner checks every file.
 *
 * <p>A file lives at {@code <pack folder>/scenarios/*.yaml} and reads:
 *
 * <pre>{@code
 * pack: nice-cote-azur            # the pack expected to score
 * scenarios:
 *   - nom: "Mère isolée qui travaille à Nice"
 *     date: 2025-06-30            # evaluation date
 *     commune: "06088"            # the commune scored (INSEE code, in quotes)
 *     demande: { ... }            # the JSON form of a demande (docs/json.md), written in YAML
 *     total: 86
 *     lignes: {TAUX_EFFORT_45: 13, ANCIENNETE: 33, ...}
 * }</pre>
 *
 * <ul>
 *   <li>{@link Scenarios} reads a file ({@link Scenarios#read(java.nio.file.Path)}), finds the files of a
 *       directory tree or of the classpath packs, and runs a scenario against an engine
 *       ({@link Scenarios#run(Scenario, fr.cotation.CotationEngine)});</li>
 *   <li>{@link ScenarioFile} and {@link Scenario} are what a file says;</li>
 *   <li>{@link ScenarioResult} says whether the engine agreed and renders expected and actual lines side by
 *       side ({@link ScenarioResult#report()});</li>
 *   <li>{@link ScenarioException} is a file that cannot be read, naming the file, the line, the scenario and
 *       the key.</li>
 * </ul>
 *
 * The format is documented for rule authors in {@code docs/scenarios.md}.
 */
package fr.cotation.scenario;
