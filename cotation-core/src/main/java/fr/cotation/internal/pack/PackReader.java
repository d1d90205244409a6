package fr.cotation.internal.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.cotation.ProblemePack;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.pack.PackDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Finds and reads pack descriptors, on the classpath and in directories. */
public final class PackReader {
    /** Classpath file listing the pack descriptors a jar provides, one resource path a line. */
    public static final String REGISTRE = "META-INF/cotation/packs";
    /** File name of a pack descriptor. */
    public static final String DESCRIPTEUR = "pack.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PackReader() {
    }

    /** Every pack listed in {@value #REGISTRE} files visible to {@code loader}. */
    public static List<PackSource> fromClasspath(ClassLoader loader, Consumer<ProblemePack> problems) {
        return fromClasspath(loader, problems, c -> { });
    }

    /** As above; each pack whose descriptor has errors goes to {@code casses}, for its DRL to be checked too. */
    public static List<PackSource> fromClasspath(ClassLoader loader, Consumer<ProblemePack> problems,
                                                 Consumer<PackSource.Casse> casses) {
        List<String> paths = fr.cotation.internal.Registres.entrees(loader, REGISTRE);
        List<PackSource> sources = new ArrayList<>();
        for (String path : paths) {
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            PackSource.Fichiers fichiers = relatif -> {
                try (InputStream in = loader.getResourceAsStream(folder + relatif)) {
                    if (in == null) {
                        throw new IOException("fichier introuvable : " + folder + relatif);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            };
            read("classpath:" + path, fichiers, PackSource.Origine.CLASSPATH, null, problems, casses)
                    .ifPresent(sources::add);
        }
        return sources;
    }

    /** Every {@value #DESCRIPTEUR} under {@code dir}, at any depth, to be checked for safety before compiling. */
    public static List<PackSource> fromDirectory(Path dir, Consumer<ProblemePack> problems) {
        return fromDirectory(dir, false, problems);
    }

    /**
     * Every {@value #DESCRIPTEUR} under {@code dir}, at any depth; {@code trusted} packs are not checked for safety
     * before compiling.
     */
    public static List<PackSource> fromDirectory(Path dir, boolean trusted, Consumer<ProblemePack> problems) {
        return fromDirectory(dir, trusted, problems, c -> { });
    }

    /** As above; each pack whose descriptor has errors goes to {@code casses}, for its DRL to be checked too. */
    public static List<PackSource> fromDirectory(Path dir, boolean trusted, Consumer<ProblemePack> problems,
                                                 Consumer<PackSource.Casse> casses) {
        PackSource.Origine origine = trusted ? PackSource.Origine.REPERTOIRE_DE_CONFIANCE : PackSource.Origine.REPERTOIRE;
        List<Path> descriptors;
        try (Stream<Path> walk = Files.walk(dir)) {
            descriptors = walk.filter(p -> p.getFileName().toString().equals(DESCRIPTEUR)).sorted().toList();
        } catch (IOException e) {
            problems.accept(new ProblemePack(dir.toString(), dir.toString(), 0, null,
                    "dossier de packs illisible : " + e.getMessage()));
            return List.of();
        }
        List<PackSource> sources = new ArrayList<>();
        Path racine;
        try {
            racine = dir.toRealPath();
        } catch (IOException e) {
            problems.accept(new ProblemePack(dir.toString(), dir.toString(), 0, null,
                    "dossier de packs illisible : " + e.getMessage()));
            return List.of();
        }
        for (Path d : descriptors) {
            Path folder = d.getParent();
            PackSource.Fichiers fichiers = relatif -> Files.readString(confine(racine, folder, relatif), StandardCharsets.UTF_8);
            List<Path> autres = descriptors.stream().map(Path::getParent).filter(x -> !x.equals(folder)).toList();
            read(d.toString(), fichiers, origine, () -> drlDuDossier(folder, autres), problems, casses)
                    .ifPresent(sources::add);
        }
        return sources;
    }

    /**
     * The file {@code relatif} of the pack folder {@code folder}, once sure it stays there: no absolute path, no
     * {@code ..}, and no symbolic link leading out of the folder (nor of the pack directory {@code racine}, for the
     * descriptor). A pack folder is an EPCI's, not the application's: its descriptor must not make the engine read,
     * and echo in its messages, a file elsewhere on the machine.
     */
    static Path confine(Path racine, Path folder, String relatif) throws IOException {
        String pourquoi = cheminRefuse(relatif);
        if (pourquoi != null) {
            throw new IOException("chemin « " + abrege(relatif) + " » refusé : " + pourquoi);
        }
        Path dossier = folder.toRealPath();
        Path p = folder.resolve(relatif).normalize();
        if (!p.startsWith(folder.normalize())) {
            throw new IOException("chemin « " + abrege(relatif) + " » refusé : il sort du dossier du pack");
        }
        Path reel = p.toRealPath(); // follows links; NoSuchFileException names the path only
        if (!reel.startsWith(dossier) || !reel.startsWith(racine)) {
            throw new IOException("chemin « " + abrege(relatif) + " » refusé : un lien symbolique mène hors du dossier"
                    + " du pack");
        }
        if (!Files.isRegularFile(reel)) {
            throw new IOException("chemin « " + abrege(relatif) + " » refusé : ce n'est pas un fichier");
        }
        return reel;
    }

    /**
     * Why a path written in a descriptor is refused, or null: it must be relative, inside the pack's folder, written
     * with {@code /}, and (but for the descriptor) name a {@code .drl} file.
     */
    static String cheminRefuse(String relatif) {
        if (relatif == null || relatif.isBlank()) {
            return "chemin vide";
        }
        if (relatif.startsWith("/") || relatif.startsWith("\\") || relatif.matches("^[A-Za-z]:.*") || relatif.contains("\\")) {
            return "un fichier du pack se nomme par un chemin relatif à son dossier, avec des /";
        }
        if (relatif.codePoints().anyMatch(c -> Character.isISOControl(c) || c == ':')) {
            return "caractère interdit dans un nom de fichier";
        }
        for (String segment : relatif.split("/", -1)) {
            if (segment.equals("..")) {
                return "« .. » sortirait du dossier du pack";
            }
        }
        if (!relatif.equals(DESCRIPTEUR) && !relatif.endsWith(".drl")) {
            return "une grille ne liste que des fichiers de règles .drl du pack";
        }
        return null;
    }

    private static String abrege(String s) {
        String t = s == null ? "" : s.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    /**
     * Every {@code .drl} file of a pack folder, relative to it, sorted; not those in the folder of another pack
     * ({@code autres}) nested in it.
     */
    private static List<String> drlDuDossier(Path folder, List<Path> autres) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .filter(p -> autres.stream().noneMatch(a -> a.startsWith(folder) && p.startsWith(a)))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * What a pack whose descriptor has errors still says of its DRL: the files its {@code grilles} lists (those
     * with a path allowed), read from the YAML tree whatever the other keys; else, for a folder, every {@code .drl}.
     */
    private static PackSource.Casse casse(String location, String text, PackSource.Fichiers fichiers,
                                          PackSource.Origine origine,
                                          java.util.function.Supplier<List<String>> drlDuDossier) {
        com.fasterxml.jackson.databind.JsonNode arbre;
        try {
            arbre = YAML.readTree(text);
        } catch (JsonProcessingException | RuntimeException e) {
            arbre = null;
        }
        String id = location;
        String base = null;
        java.util.Set<String> drl = new java.util.LinkedHashSet<>();
        if (arbre != null && arbre.isObject()) {
            if (arbre.path("id").isTextual() && !arbre.path("id").asText().isBlank()) {
                id = arbre.path("id").asText();
            }
            if (arbre.path("base").isTextual() && !arbre.path("base").asText().isBlank()) {
                base = arbre.path("base").asText();
            }
            com.fasterxml.jackson.databind.JsonNode grilles = arbre.path("grilles");
            if (grilles.isObject()) {
                java.util.SortedSet<String> noms = new java.util.TreeSet<>();
                grilles.fieldNames().forEachRemaining(noms::add);
                for (String nom : noms) {
                    grilles.path(nom).forEach(f -> {
                        if (f.isTextual() && cheminRefuse(f.asText()) == null) {
                            drl.add(f.asText());
                        }
                    });
                }
            }
        }
        if (drl.isEmpty() && drlDuDossier != null) {
            drl.addAll(drlDuDossier.get());
        }
        return new PackSource.Casse(id, base, List.copyOf(drl), fichiers, origine);
    }

    private static java.util.Optional<PackSource> read(String location, PackSource.Fichiers fichiers,
                                                        PackSource.Origine origine,
                                                        java.util.function.Supplier<List<String>> drlDuDossier,
                                                        Consumer<ProblemePack> problems,
                                                        Consumer<PackSource.Casse> casses) {
        String text;
        try {
            text = fichiers.lire(DESCRIPTEUR);
        } catch (IOException e) {
            problems.accept(new ProblemePack(location, DESCRIPTEUR, 0, null, e.getMessage()));
            return java.util.Optional.empty();
        }
        List<ProblemePack> erreurs = new ArrayList<>();
        DescriptorYaml yaml = Descripteurs.lire(YAML, text, location, erreurs);
        if (yaml == null) {
            erreurs.forEach(problems);
            casses.accept(casse(location, text, fichiers, origine, drlDuDossier));
            return java.util.Optional.empty();
        }
        String id = blank(yaml.id) ? location : yaml.id;
        List<String> missing = new ArrayList<>();
        if (blank(yaml.id)) missing.add("id");
        if (blank(yaml.nom)) missing.add("nom");
        if (blank(yaml.version)) missing.add("version");
        if (yaml.statut == null) missing.add("statut (modele, projet ou adoptee)");
        if (yaml.enVigueurDu == null) missing.add("enVigueurDu");
        if (yaml.grilles == null || !yaml.grilles.containsKey(PackDescriptor.PRINCIPALE)) {
            missing.add("grilles.principale");
        }
        if (!missing.isEmpty()) {
            erreurs.add(new ProblemePack(id, DESCRIPTEUR, 0, null,
                    "champs obligatoires absents : " + String.join(", ", missing)));
        }
        if (!erreurs.isEmpty()) {
            erreurs.forEach(problems);
            casses.accept(casse(location, text, fichiers, origine, drlDuDossier));
            return java.util.Optional.empty();
        }
        if (blank(yaml.epci) && yaml.communes != null && !yaml.communes.isEmpty()) {
            erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null,
                    "un pack qui liste des communes doit nommer son EPCI (clé epci : le SIREN) ; sans epci, c'est un"
                            + " socle que d'autres packs étendent et il n'a pas de territoire"));
        }
        for (var g : yaml.grilles.entrySet()) {
            if (!g.getKey().equals(PackDescriptor.PRINCIPALE) && !g.getKey().equals(PackDescriptor.MUTATION)) {
                erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null,
                        "grille inconnue '" + abrege(g.getKey()) + "' : seules 'principale' et 'mutation' existent"));
            }
            List<String> liste = g.getValue() == null ? List.of() : g.getValue();
            for (int i = 0; i < liste.size(); i++) {
                String pourquoi = cheminRefuse(liste.get(i));
                if (pourquoi != null) {
                    erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null, "grilles." + g.getKey() + "[" + i
                            + "] : chemin « " + abrege(liste.get(i)) + " » refusé : " + pourquoi));
                }
            }
        }
        if (yaml.enVigueurAu != null && yaml.enVigueurAu.isBefore(yaml.enVigueurDu)) {
            erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null,
                    "enVigueurAu " + yaml.enVigueurAu + " antérieur à enVigueurDu " + yaml.enVigueurDu));
        }
        if (yaml.effetsDesRefus != null) {
            java.util.Set<String> vus = new java.util.HashSet<>();
            for (int i = 0; i < yaml.effetsDesRefus.size(); i++) {
                EffetDesRefus e = yaml.effetsDesRefus.get(i);
                String erreur = e == null || blank(e.critere()) ? "le code du critère (critere) est obligatoire"
                        : e.dureeMois() == null || e.dureeMois() < 1 ? "la durée (dureeMois) est obligatoire, en mois, au moins 1"
                        : !vus.add(e.critere()) ? "le critère " + e.critere() + " est déclaré deux fois" : null;
                if (erreur != null) {
                    erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null, "effetsDesRefus[" + i + "] : " + erreur));
                }
            }
        }
        if (yaml.motifsLegitimesDeRefus != null) {
            fr.cotation.pack.MotifsLegitimesDeRefus m = yaml.motifsLegitimesDeRefus;
            String erreur = blank(m.reference()) ? "la source (reference) est obligatoire : le plan partenarial ou la "
                    + "délibération qui les définit"
                    : m.motifs().isEmpty() ? "au moins un motif (motifs) est attendu"
                    : m.motifs().stream().anyMatch(PackReader::blank) ? "un motif est vide" : null;
            if (erreur != null) {
                erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null, "motifsLegitimesDeRefus : " + erreur));
            }
        }
        if (yaml.exceptionsMonotonie != null) {
            for (int i = 0; i < yaml.exceptionsMonotonie.size(); i++) {
                fr.cotation.pack.ExceptionMonotonie e = yaml.exceptionsMonotonie.get(i);
                String erreur = e == null || blank(e.rubrique()) ? "le code de la rubrique (rubrique) est obligatoire"
                        : blank(e.justification()) ? "la justification (justification) est obligatoire"
                        : e.variation() != null && !fr.cotation.pack.ExceptionMonotonie.VARIATIONS.contains(e.variation())
                        ? "variation inconnue '" + e.variation() + "' : "
                        + String.join(", ", fr.cotation.pack.ExceptionMonotonie.VARIATIONS) + " ou rien (toutes)"
                        : null;
                if (erreur != null) {
                    erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null, "exceptionsMonotonie[" + i + "] : " + erreur));
                }
            }
        }
        if (yaml.difficultesFinancieres != null) {
            java.util.Set<java.time.LocalDate> dates = new java.util.HashSet<>();
            for (int i = 0; i < yaml.difficultesFinancieres.size(); i++) {
                fr.cotation.pack.PlafondDifficultesFinancieres p = yaml.difficultesFinancieres.get(i);
                String erreur = p == null || p.enVigueurDu() == null ? "la date (enVigueurDu) est obligatoire"
                        : blank(p.reference()) ? "la source (reference) est obligatoire : la délibération qui fixe le"
                        + " plafond, ou la mention qu'il est proposé"
                        : p.plafondsMensuels().size() != 6 || p.plafondsMensuels().stream()
                        .anyMatch(m -> m == null || m.signum() <= 0)
                        ? "plafondsMensuels : six montants positifs attendus (catégories de ménage 1 à 6), "
                        + p.plafondsMensuels().size() + " lus"
                        : p.parPersonneSupplementaire() != null && p.parPersonneSupplementaire().signum() < 0
                        ? "parPersonneSupplementaire ne peut pas être négatif"
                        : !dates.add(p.enVigueurDu()) ? "deux plafonds commencent le " + p.enVigueurDu() : null;
                if (erreur != null) {
                    erreurs.add(new ProblemePack(yaml.id, DESCRIPTEUR, 0, null,
                            "difficultesFinancieres[" + i + "] : " + erreur));
                }
            }
        }
        if (!erreurs.isEmpty()) {
            erreurs.forEach(problems);
            casses.accept(casse(location, text, fichiers, origine, drlDuDossier));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PackSource(location, yaml.toDescriptor(), fichiers, origine));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
