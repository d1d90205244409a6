package fr.cotation.scenario;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.json.CotationJson;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
 * {@link CotationJson#reader()}: an unknown key or code is an error. Here every error names the file, the line,
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

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

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

    // ------------------------------------------------------------------------------------ a base's scenarios

    /**
     * The pack a scenario file names in its {@code pack} key, without reading its scenarios; empty when the text is
     * not a YAML mapping with a textual {@code pack}.
     */
    public static Optional<String> packOf(String yaml) {
        return texte(yaml, "pack");
    }

    /** The text of a top-level key of a YAML mapping, if any. */
    static Optional<String> texte(String yaml, String cle) {
        try {
            JsonNode n = YAML.readTree(yaml);
            JsonNode pack = n == null ? null : n.get(cle);
            return pack != null && pack.isTextual() && !pack.asText().isBlank() ? Optional.of(pack.asText())
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code packId} is a base (<i>socle</i>) that a pack of the engine extends. */
    public static boolean isBase(CotationEngine engine, String packId) {
        return engine.packs().stream().anyMatch(p -> packId.equals(p.base()));
    }

    /**
     * The territories where a base's scenarios are played: the territorial packs of the engine that extend
     * {@code base} and add no rule of their own (every grille of their {@code pack.yaml} empty), by id then version.
     * A territory with rules of its own writes its own scenarios: the base's could not hold there.
     */
    public static List<PackDescriptor> territories(CotationEngine engine, String base) {
        return engine.packs().stream()
                .filter(p -> !p.estBase() && base.equals(p.base()))
                .filter(p -> p.grilles().values().stream().allMatch(List::isEmpty))
                .sorted(Comparator.comparing(PackDescriptor::id).thenComparing(PackDescriptor::enVigueurDu))
                .toList();
    }

    /**
     * Reads a base's scenario file as played in one territory: {@code pack} becomes the territory's pack, each
     * scenario's name is prefixed with it ({@code grand-avignon › ...}) and the placeholders take the territory's
     * values: {@code $commune} its main commune (the most populous), {@code $commune2}, {@code $commune3}... the next
     * ones (from the first again when the territory has fewer), {@code $chaqueCommune} every commune in turn (one
     * scenario per commune), {@code $debut} the first day its grille is in force and {@code $veille} the day before,
     * {@code $territoire} the EPCI's name.
     *
     * @throws ScenarioException listing every problem of the file
     */
    public static ScenarioFile readFor(String fichier, String yaml, PackDescriptor territoire, Referentiel referentiel) {
        List<String> communes = territoire.communes().stream()
                .sorted(Comparator.comparing((String c) -> referentiel.commune(c).map(CommuneRef::population)
                        .orElse(null), Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(c -> c))
                .toList();
        String nom = territoire.epci() == null ? territoire.nom()
                : referentiel.nomEpci(territoire.epci()).orElse(territoire.nom());
        return new Lecteur(fichier, new Territoire(territoire.id(), nom, territoire.enVigueurDu(), communes)).lire(yaml);
    }

    /**
     * The scenario files a file stands for with an engine: the file itself; or, when its {@code pack} is a base of
     * the engine's packs ({@link #isBase}), the file read for each of its {@link #territories} that {@code joue}
     * accepts ({@link #readFor}), possibly none.
     *
     * @throws ScenarioException listing every problem of the file (in the first territory where it has some)
     */
    public static List<ScenarioFile> readAll(String fichier, String yaml, CotationEngine engine,
                                             Predicate<PackDescriptor> joue) {
        Optional<String> pack = packOf(yaml);
        if (pack.isEmpty() || !isBase(engine, pack.get())) {
            return List.of(read(fichier, yaml));
        }
        return territories(engine, pack.get()).stream().filter(joue)
                .map(t -> readFor(fichier, yaml, t, engine.referentiel())).toList();
    }

    /** The text of a file, for {@link #readAll}; a file that cannot be read is a {@link ScenarioException}. */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), List.of(file + " : fichier illisible : " + e.getMessage()));
        }
    }

    /** The text of a classpath scenario file, for {@link #readAll}. */
    public static String text(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(resource, List.of(resource + " : fichier de scénarios introuvable sur le"
                        + " classpath (listé dans " + REGISTRE + ")"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(resource, List.of(resource + " : fichier illisible : " + e.getMessage()));
        }
    }

    /**
     * Whether {@code scenario} checks the same case as {@code other}, whatever their names and communes: the same
     * date, statut, grille, total and lines, and the same demande apart from its communes and its number. A
     * territory's own file that repeats a base's scenario played in that territory adds nothing: write only what is
     * the territory's own.
     */
    public static boolean sameCase(Scenario scenario, Scenario other) {
        return scenario.date().equals(other.date()) && scenario.statut() == other.statut()
                && java.util.Objects.equals(scenario.grille(), other.grille())
                && scenario.total().compareTo(other.total()) == 0
                && parCritereEgaux(scenario.lignes(), other.lignes())
                && sansCommunes(scenario.demande()).equals(sansCommunes(other.demande()));
    }

    private static boolean parCritereEgaux(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    /** The JSON form of a demande without its number and with every commune code masked. */
    private static JsonNode sansCommunes(fr.cotation.demande.Demande demande) {
        JsonNode n;
        try {
            n = CotationJson.reader().readTree(CotationJson.enTexte(demande));
        } catch (java.io.IOException e) { // the library's own text, just written
            throw new java.io.UncheckedIOException(e);
        }
        masquer(n);
        return n;
    }

    private static void masquer(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("numeroUnique");
            List<String> cles = new ArrayList<>();
            o.fieldNames().forEachRemaining(cles::add);
            for (String k : cles) {
                if (k.startsWith("commune")) {
                    o.put(k, "*");
                } else {
                    masquer(o.get(k));
                }
            }
        } else if (n != null && n.isArray()) {
            n.forEach(Scenarios::masquer);
        }
    }

    /**
     * The scenarios that repeat another, one French sentence each: a scenario of a territory's own file
     * ({@code propres}) that checks the same case ({@link #sameCase}) as a base's scenario played in that territory
     * ({@code socle}, files as {@link #readFor} gives them), or as a scenario of the own file of another territory
     * that plays the same base's scenarios (two territories that apply one base alone have the same rules: a case
     * they share is the base's). A pack folder holds only what is its own: what the base checks in every territory is
     * written once, in the base. Packs with rules of their own may check the same case, each for its own rules.
     */
    public static List<String> repetitions(List<ScenarioFile> socle, List<ScenarioFile> propres) {
        Set<String> repetitions = new java.util.LinkedHashSet<>();
        Map<String, Set<String>> basesJouees = new java.util.HashMap<>();
        socle.forEach(b -> basesJouees.computeIfAbsent(b.pack(), k -> new java.util.HashSet<>()).add(b.fichier()));
        for (int i = 0; i < propres.size(); i++) {
            ScenarioFile f = propres.get(i);
            for (Scenario s : f.scenarios()) {
                for (ScenarioFile b : socle) {
                    if (!b.pack().equals(f.pack())) {
                        continue;
                    }
                    Set<String> vus = new java.util.HashSet<>(); // one sentence per written scenario of the base
                    for (Scenario t : b.scenarios()) {
                        if (sameCase(s, t) && vus.add(t.source())) {
                            repetitions.add(s.source() + " : le scénario « " + s.nom() + " » répète « " + t.nom()
                                    + " » du socle (" + t.source() + "), déjà joué dans " + f.pack()
                                    + " : le retirer, le socle le vérifie dans chaque territoire qui l'applique");
                        }
                    }
                }
                for (ScenarioFile g : propres.subList(i + 1, propres.size())) {
                    Set<String> communes = new java.util.HashSet<>(basesJouees.getOrDefault(f.pack(), Set.of()));
                    communes.retainAll(basesJouees.getOrDefault(g.pack(), Set.of()));
                    if (g.pack().equals(f.pack()) || communes.isEmpty()) {
                        continue;
                    }
                    for (Scenario t : g.scenarios()) {
                        if (sameCase(s, t)) {
                            repetitions.add(s.source() + " : le scénario « " + s.nom() + " » répète « " + t.nom()
                                    + " » (" + t.source() + ") : un cas commun à plusieurs territoires s'écrit une"
                                    + " fois, dans les scénarios de leur socle (« pack: » l'id du socle, avec"
                                    + " $commune)");
                        }
                    }
                }
            }
        }
        return List.copyOf(repetitions);
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
