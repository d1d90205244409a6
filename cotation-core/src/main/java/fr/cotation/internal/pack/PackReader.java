package fr.cotation.internal.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.cotation.PackProblem;
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
    public static List<PackSource> fromClasspath(ClassLoader loader, Consumer<PackProblem> problems) {
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
            read("classpath:" + path, fichiers, PackSource.Origine.CLASSPATH, problems).ifPresent(sources::add);
        }
        return sources;
    }

    /** Every {@value #DESCRIPTEUR} under {@code dir}, at any depth, to be checked for safety before compiling. */
    public static List<PackSource> fromDirectory(Path dir, Consumer<PackProblem> problems) {
        return fromDirectory(dir, false, problems);
    }

    /**
     * Every {@value #DESCRIPTEUR} under {@code dir}, at any depth; {@code trusted} packs are not checked for safety
     * before compiling.
     */
    public static List<PackSource> fromDirectory(Path dir, boolean trusted, Consumer<PackProblem> problems) {
        PackSource.Origine origine = trusted ? PackSource.Origine.REPERTOIRE_DE_CONFIANCE : PackSource.Origine.REPERTOIRE;
        List<Path> descriptors;
        try (Stream<Path> walk = Files.walk(dir)) {
            descriptors = walk.filter(p -> p.getFileName().toString().equals(DESCRIPTEUR)).sorted().toList();
        } catch (IOException e) {
            problems.accept(new PackProblem(dir.toString(), dir.toString(), 0, null,
                    "dossier de packs illisible : " + e.getMessage()));
            return List.of();
        }
        List<PackSource> sources = new ArrayList<>();
        for (Path d : descriptors) {
            Path folder = d.getParent();
            PackSource.Fichiers fichiers = relatif -> Files.readString(folder.resolve(relatif), StandardCharsets.UTF_8);
            read(d.toString(), fichiers, origine, problems).ifPresent(sources::add);
        }
        return sources;
    }

    private static java.util.Optional<PackSource> read(String location, PackSource.Fichiers fichiers,
                                                        PackSource.Origine origine, Consumer<PackProblem> problems) {
        String text;
        try {
            text = fichiers.lire(DESCRIPTEUR);
        } catch (IOException e) {
            problems.accept(new PackProblem(location, DESCRIPTEUR, 0, null, e.getMessage()));
            return java.util.Optional.empty();
        }
        DescriptorYaml yaml;
        try {
            yaml = YAML.readValue(text, DescriptorYaml.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.accept(new PackProblem(location, DESCRIPTEUR, line, null,
                    "descripteur illisible : " + e.getOriginalMessage()));
            return java.util.Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (yaml == null) {
            yaml = new DescriptorYaml();
        }
        if (blank(yaml.id)) missing.add("id");
        if (blank(yaml.nom)) missing.add("nom");
        if (blank(yaml.version)) missing.add("version");
        if (yaml.statut == null) missing.add("statut (modele ou adoptee)");
        if (yaml.enVigueurDu == null) missing.add("enVigueurDu");
        if (yaml.grilles == null || !yaml.grilles.containsKey(PackDescriptor.PRINCIPALE)) {
            missing.add("grilles.principale");
        }
        if (!missing.isEmpty()) {
            problems.accept(new PackProblem(yaml.id == null ? location : yaml.id, DESCRIPTEUR, 0, null,
                    "champs obligatoires absents : " + String.join(", ", missing)));
            return java.util.Optional.empty();
        }
        if (blank(yaml.epci) && yaml.communes != null && !yaml.communes.isEmpty()) {
            problems.accept(new PackProblem(yaml.id, DESCRIPTEUR, 0, null,
                    "un pack qui liste des communes doit nommer son EPCI (clé epci : le SIREN) ; sans epci, c'est un"
                            + " socle que d'autres packs étendent et il n'a pas de territoire"));
            return java.util.Optional.empty();
        }
        for (String g : yaml.grilles.keySet()) {
            if (!g.equals(PackDescriptor.PRINCIPALE) && !g.equals(PackDescriptor.MUTATION)) {
                problems.accept(new PackProblem(yaml.id, DESCRIPTEUR, 0, null,
                        "grille inconnue '" + g + "' : seules 'principale' et 'mutation' existent"));
                return java.util.Optional.empty();
            }
        }
        if (yaml.enVigueurAu != null && yaml.enVigueurAu.isBefore(yaml.enVigueurDu)) {
            problems.accept(new PackProblem(yaml.id, DESCRIPTEUR, 0, null,
                    "enVigueurAu " + yaml.enVigueurAu + " antérieur à enVigueurDu " + yaml.enVigueurDu));
            return java.util.Optional.empty();
        }
        if (yaml.effetsDesRefus != null) {
            java.util.Set<String> vus = new java.util.HashSet<>();
            for (int i = 0; i < yaml.effetsDesRefus.size(); i++) {
                EffetDesRefus e = yaml.effetsDesRefus.get(i);
                String erreur = e == null || blank(e.critere()) ? "le code du critère (critere) est obligatoire"
                        : e.dureeMois() == null || e.dureeMois() < 1 ? "la durée (dureeMois) est obligatoire, en mois, au moins 1"
                        : !vus.add(e.critere()) ? "le critère " + e.critere() + " est déclaré deux fois" : null;
                if (erreur != null) {
                    problems.accept(new PackProblem(yaml.id, DESCRIPTEUR, 0, null, "effetsDesRefus[" + i + "] : " + erreur));
                    return java.util.Optional.empty();
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
                problems.accept(new PackProblem(yaml.id, DESCRIPTEUR, 0, null, "motifsLegitimesDeRefus : " + erreur));
                return java.util.Optional.empty();
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
                    problems.accept(new PackProblem(yaml.id, DESCRIPTEUR, 0, null, "exceptionsMonotonie[" + i + "] : " + erreur));
                    return java.util.Optional.empty();
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
                    problems.accept(new PackProblem(yaml.id, DESCRIPTEUR, 0, null,
                            "difficultesFinancieres[" + i + "] : " + erreur));
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.of(new PackSource(location, yaml.toDescriptor(), fichiers, origine));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
