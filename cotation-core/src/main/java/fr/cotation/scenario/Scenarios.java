package fr.cotation.scenario;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.json.CotationJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads scenario files (<i>fichiers de scénarios</i>), finds them, and runs a scenario against an engine.
 *
 * <h2>Format</h2>
 * A YAML file at {@code <pack folder>/scenarios/*.yaml}: {@code pack} (the id of the pack expected to score),
 * an optional {@code description}, and {@code scenarios}, a list where each scenario has
 * {@code nom}, {@code description} (optional), {@code date} (evaluation date), {@code commune} (INSEE code, in
 * quotes), {@code grille} (optional, checked when present), {@code statut} ({@code COTEE} by default,
 * {@code SANS_GRILLE}, {@code ERREUR}), {@code message} (optional: text the cotation's message must contain),
 * {@code demande} (the JSON form of a demande, see {@code docs/json.md}, written in YAML), {@code total} and
 * {@code lignes} (criterion code → points counted, summed per criterion). {@code total} and {@code lignes} are
 * required for a {@code COTEE} scenario; a {@code total} that is not the sum of {@code lignes} makes the scenario
 * fail (an engine's total always is), with the engine's lines shown so that the author sees which is wrong.
 *
 * <p>Defaults that keep a demande short: {@code numeroUnique} defaults to the scenario's name as a slug,
 * {@code communesSouhaitees} to {@code [commune]}, {@code typologies} to {@code [T2]}, {@code dateDepot} to the
 * evaluation date (no ancienneté). Every other convention is the JSON form's, through
 * {@link CotationJson#mapper()}: an unknown key or code is an error. Here every error names the file, the line,
 * the scenario and the key, and every problem of a file is reported at once ({@link ScenarioException}).
 *
 * <h2>Where the files are</h2>
 * In a directory tree, every {@code *.yaml} (or {@code *.yml}) file of a folder named {@value #DOSSIER}
 * ({@link #find(Path)}). On the classpath, every resource listed in the {@value #REGISTRE} files, one resource
 * path a line, like {@code META-INF/cotation/packs} lists the packs ({@link #findOnClasspath(ClassLoader)}).
 *
 * <h2>Checking</h2>
 * {@link #run(Scenario, CotationEngine)} scores the demande at the date and compares the cotation of the
 * commune: statut, pack, grille, message, total and every criterion. A criterion listed must appear with the
 * points listed (0 included); a criterion not listed must be absent or have 0 points.
 */
public final class Scenarios {
    /** Classpath file listing the scenario files a jar provides, one resource path a line. */
    public static final String REGISTRE = "META-INF/cotation/scenarios";
    /** Name of the folder, in a pack folder, that holds its scenario files. */
    public static final String DOSSIER = "scenarios";

    private Scenarios() {
    }

    // ------------------------------------------------------------------------------------------------ finding

    /**
     * Every scenario file under {@code root}, at any depth: the {@code *.yaml} and {@code *.yml} files of the
     * folders named {@value #DOSSIER}, sorted.
     */
    public static List<Path> find(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent() != null && p.getParent().getFileName() != null
                            && p.getParent().getFileName().toString().equals(DOSSIER))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("dossier de scénarios illisible : " + root, e);
        }
    }

    /** The resource paths of the scenario files listed in every {@value #REGISTRE} file visible to {@code loader}, sorted. */
    public static List<String> findOnClasspath(ClassLoader loader) {
        return fr.cotation.internal.Registres.entrees(loader, REGISTRE);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** Reads a scenario file. */
    public static ScenarioFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), List.of(file + " : fichier illisible : " + e.getMessage()));
        }
        return read(file.toString(), text);
    }

    /** Reads a scenario file of the classpath, named by its resource path (as listed in {@value #REGISTRE}). */
    public static ScenarioFile readResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(resource, List.of(resource + " : fichier de scénarios introuvable sur le"
                        + " classpath (listé dans " + REGISTRE + ")"));
            }
            return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(resource, List.of(resource + " : fichier illisible : " + e.getMessage()));
        }
    }

    /**
     * Reads the text of a scenario file.
     *
     * @param fichier the file's name, for messages
     * @param yaml    its text
     * @throws ScenarioException listing every problem of the file
     */
    public static ScenarioFile read(String fichier, String yaml) {
        return new Lecteur(fichier).lire(yaml);
    }

    // ------------------------------------------------------------------------------------------------ running

    /**
     * Scores the scenario's demande at its date with {@code engine} and compares the cotation of its commune
     * with what the scenario expects.
     */
    public static ScenarioResult run(Scenario scenario, CotationEngine engine) {
        CotationResult r = engine.coter(scenario.demande(), scenario.date());
        if (!r.valide()) {
            return new ScenarioResult(scenario, null, r.problemes(),
                    List.of("demande invalide : " + r.problemes().size() + " problème(s), rien n'est coté"));
        }
        Cotation c = r.commune(scenario.commune()).orElse(null);
        if (c == null) {
            return new ScenarioResult(scenario, null, List.of(),
                    List.of("aucune cotation pour la commune " + scenario.commune()));
        }
        List<String> ecarts = new ArrayList<>();
        if (c.statut() != scenario.statut()) {
            ecarts.add("statut : attendu " + scenario.statut() + ", obtenu " + c.statut()
                    + (c.message() == null ? "" : " (" + c.message() + ")"));
        }
        if (scenario.message() != null && (c.message() == null || !c.message().contains(scenario.message()))) {
            ecarts.add("message : attendu « " + scenario.message() + " », obtenu « " + c.message() + " »");
        }
        if (scenario.pack() != null && c.pack() != null && !scenario.pack().equals(c.pack())) {
            ecarts.add("pack : attendu " + scenario.pack() + ", obtenu " + c.pack());
        }
        if (scenario.grille() != null && !scenario.grille().equals(c.grille())) {
            ecarts.add("grille : attendue " + scenario.grille() + ", obtenue " + c.grille());
        }
        BigDecimal somme = scenario.lignes().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (scenario.statut() == Cotation.Statut.COTEE && somme.compareTo(scenario.total()) != 0) {
            ecarts.add("total attendu " + Tableau.nombre(scenario.total()) + " mais la somme des lignes attendues est "
                    + Tableau.nombre(somme) + " : le total est toujours la somme des lignes, l'un des deux est faux");
        }
        if (scenario.total().compareTo(c.total()) != 0) {
            ecarts.add("total : attendu " + Tableau.nombre(scenario.total()) + ", obtenu " + Tableau.nombre(c.total()));
        }
        Map<String, BigDecimal> obtenu = parCritere(c.lignes());
        scenario.lignes().forEach((critere, attendu) -> {
            BigDecimal o = obtenu.get(critere);
            if (o == null) {
                ecarts.add(critere + " : attendu " + Tableau.nombre(attendu) + ", absent");
            } else if (o.compareTo(attendu) != 0) {
                ecarts.add(critere + " : attendu " + Tableau.nombre(attendu) + ", obtenu " + Tableau.nombre(o));
            }
        });
        obtenu.forEach((critere, o) -> {
            if (!scenario.lignes().containsKey(critere) && o.signum() != 0) {
                ecarts.add(critere + " : non attendu, obtenu " + Tableau.nombre(o));
            }
        });
        return new ScenarioResult(scenario, c, List.of(), ecarts);
    }

    /** Points counted per criterion, summed over its lines, in the lines' order. */
    static Map<String, BigDecimal> parCritere(List<Ligne> lignes) {
        return lignes.stream().collect(Collectors.toMap(Ligne::critere, Ligne::points, BigDecimal::add,
                LinkedHashMap::new));
    }
}
