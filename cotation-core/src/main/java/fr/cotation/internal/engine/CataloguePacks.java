package fr.cotation.internal.engine;

import fr.cotation.ProblemePack;
import fr.cotation.internal.conformite.AnalyseDrl;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.internal.pack.PackSource;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pack catalogue: every pack the engine read (class path, pack directories, trusted directories), one per id and
 * version; the territorial ones in load order and by commune; the chain of bases of a pack; the DRL text of each
 * pack, read once, so that what is checked is what is compiled. Reads files, compiles nothing. Filled when the engine
 * is built, then only read (the DRL texts are kept in a concurrent map).
 */
final class CataloguePacks {
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);

    private final Referentiel referentiel;
    /** Problems met while reading the packs, before any compilation. */
    private final List<ProblemePack> problemes = new ArrayList<>();
    /** The packs whose descriptor has errors: not loaded, their DRL checked all the same. */
    private final List<PackSource.Casse> descripteursCasses = new ArrayList<>();
    /** Every pack read, one per id and version, for the compliance check. */
    private final Map<String, List<PackSource>> sourcesParId = new LinkedHashMap<>();
    /** The DRL text of each pack, read once: what is checked is what is compiled. */
    private final Map<PackSource, Map<String, String>> textes = new ConcurrentHashMap<>();
    /** The territorial packs, in load order (id, then start date); each compiled on first use. */
    private final List<Candidat> candidats = new ArrayList<>();
    /** The territorial packs whose territory holds a commune, in load order. */
    private final Map<String, List<Candidat>> candidatsParCommune = new HashMap<>();

    /**
     * A territorial pack and, once decided, what loading it gave ({@link ChargementPacks}).
     *
     * @param rang   its place in the load order
     * @param source the pack as read
     */
    record Candidat(int rang, PackSource source, AtomicReference<ChargementPacks.Issue> issue, ReentrantLock verrou) {
        PackDescriptor descriptor() {
            return source.descriptor();
        }
    }

    /** Reads the packs the configuration names: the class path's (less those excluded), then each directory's. */
    CataloguePacks(Moteur.Config config, Referentiel referentiel) {
        this.referentiel = referentiel;
        List<PackSource> sources = new ArrayList<>();
        if (config.classpath()) {
            List<PackSource> embarques = PackReader.fromClasspath(config.classLoader(), problemes::add,
                    descripteursCasses::add);
            for (String id : new TreeSet<>(config.exclus())) {
                if (embarques.stream().noneMatch(s -> s.descriptor().id().equals(id))) {
                    problemes.add(new ProblemePack(id, "META-INF/cotation/packs", 0, null, "aucun pack embarqué n'a l'identifiant " + id
                            + " (withoutClasspathPack) : vérifiez l'orthographe ; rien n'a été retiré"));
                }
            }
            embarques.stream().filter(s -> !config.exclus().contains(s.descriptor().id())).forEach(sources::add);
        }
        for (Path dir : config.repertoires()) {
            sources.addAll(PackReader.fromDirectory(dir, false, problemes::add, descripteursCasses::add));
        }
        for (Path dir : config.repertoiresDeConfiance()) {
            LOG.warn("packs chargés SANS vérification de sûreté depuis {} (trustedPackDirectory) : leurs règles DRL"
                    + " s'exécutent comme du code de l'application, sans contrôle de ce qu'elles appellent", dir);
            sources.addAll(PackReader.fromDirectory(dir, true, problemes::add, descripteursCasses::add));
        }
        inscrire(sources);
    }

    private void inscrire(List<PackSource> sources) {
        for (PackSource s : sources) {
            List<PackSource> versions = sourcesParId.computeIfAbsent(s.descriptor().id(), k -> new ArrayList<>());
            if (versions.stream().anyMatch(v -> v.descriptor().version().equals(s.descriptor().version()))) {
                problemes.add(new ProblemePack(s.descriptor().id(), s.location(), 0, null, "le pack " + s.descriptor().id()
                        + " version " + s.descriptor().version() + " est chargé deux fois ; cette copie est ignorée"));
                continue;
            }
            versions.add(s);
        }
        List<PackSource> territoriaux = sources.stream().filter(s -> !s.descriptor().estBase())
                .filter(s -> sourcesParId.get(s.descriptor().id()).contains(s))
                .sorted(Comparator.comparing((PackSource s) -> s.descriptor().id()).thenComparing(s -> s.descriptor().enVigueurDu()))
                .toList();
        for (PackSource s : territoriaux) {
            Candidat c = new Candidat(candidats.size(), s, new AtomicReference<>(), new ReentrantLock());
            candidats.add(c);
            for (String commune : territoire(s.descriptor())) {
                candidatsParCommune.computeIfAbsent(commune, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** The problems met while reading the packs, in the order found. */
    List<ProblemePack> problemesDeLecture() {
        return problemes;
    }

    /** The packs whose descriptor has errors, in the order read. */
    List<PackSource.Casse> descripteursCasses() {
        return descripteursCasses;
    }

    /** The territorial packs, in load order. */
    List<Candidat> candidats() {
        return candidats;
    }

    /** The territorial packs whose territory holds this commune, in load order. */
    List<Candidat> candidatsDe(String commune) {
        return candidatsParCommune.getOrDefault(commune, List.of());
    }

    /** Every pack read (bases included), sorted by id; the versions of one id in the order read. */
    Map<String, List<PackSource>> parId() {
        return new TreeMap<>(sourcesParId);
    }

    /** The versions read of a pack id; empty when none. */
    List<PackSource> versions(String packId) {
        return sourcesParId.getOrDefault(packId, List.of());
    }

    /** The communes of a pack's territory: those it lists, else those of its EPCI in the registry. */
    List<String> territoire(PackDescriptor d) {
        if (!d.communes().isEmpty()) {
            return d.communes();
        }
        return d.epci() == null ? List.of() : referentiel.communesDe(d.epci()).stream().map(CommuneRef::code).toList();
    }

    /** The chain of bases of a pack, the farthest first, the pack last; null after reporting a missing base. */
    List<PackSource> chaine(PackSource source, List<ProblemePack> problems) {
        PackDescriptor d = source.descriptor();
        List<PackSource> chaine = new ArrayList<>();
        chaine.add(source);
        PackSource courant = source;
        while (courant.descriptor().base() != null) {
            String baseId = courant.descriptor().base();
            PackSource base = versions(baseId).stream()
                    .filter(b -> b.descriptor().enVigueurLe(d.enVigueurDu()))
                    .max(Comparator.comparing(b -> b.descriptor().enVigueurDu())).orElse(null);
            if (base == null || chaine.contains(base)) {
                problems.add(new ProblemePack(d.id(), PackReader.DESCRIPTEUR, 0, null, base == null
                        ? "base '" + baseId + "' introuvable ou pas en vigueur au " + d.enVigueurDu()
                        : "extension circulaire via '" + baseId + "'"));
                return null;
            }
            chaine.add(0, base);
            courant = base;
        }
        return chaine;
    }

    /** Every DRL file of the chain (all its grilles), read once per pack; null after reporting an unreadable file. */
    List<AnalyseDrl.Fichier> fichiers(PackDescriptor pack, List<PackSource> chaine, List<ProblemePack> problems) {
        List<AnalyseDrl.Fichier> fichiers = new ArrayList<>();
        for (PackSource s : chaine) {
            Map<String, String> lus = textes(s, pack, problems);
            if (lus == null) {
                return null;
            }
            lus.forEach((f, texte) -> fichiers.add(new AnalyseDrl.Fichier(s.descriptor().id(), s.descriptor().id() + "/" + f,
                    texte)));
        }
        return fichiers;
    }

    /** The DRL texts of a pack, by file, as {@link #fichiers} read them; null when not read yet. */
    Map<String, String> textesLus(PackSource s) {
        return textes.get(s);
    }

    private Map<String, String> textes(PackSource s, PackDescriptor pack, List<ProblemePack> problems) {
        Map<String, String> lus = textes.get(s);
        if (lus != null) {
            return lus;
        }
        lus = new LinkedHashMap<>();
        for (List<String> liste : new TreeMap<>(s.descriptor().grilles()).values()) {
            for (String f : liste) {
                if (lus.containsKey(f)) {
                    continue;
                }
                try {
                    lus.put(f, s.fichiers().lire(f));
                } catch (IOException e) {
                    problems.add(new ProblemePack(pack.id(), s.descriptor().id() + "/" + f, 0, null,
                            "fichier de règles illisible : " + e.getMessage()));
                    return null;
                }
            }
        }
        Map<String, String> fige = Collections.unmodifiableMap(lus);
        Map<String, String> deja = textes.putIfAbsent(s, fige);
        return deja == null ? fige : deja;
    }
}
