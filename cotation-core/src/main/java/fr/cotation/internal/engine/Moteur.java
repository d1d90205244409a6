package fr.cotation.internal.engine;

import fr.cotation.CotationResult;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.conformite.Conformite;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.internal.validation.Validateur;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.territoire.Referentiel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine behind {@code CotationEngine}: reads every pack when built, compiles each territorial pack once, the
 * first time it is needed (a cotation in one of its communes, or a call that lists packs or problems), then scores.
 * Thread-safe; what it answers does not depend on the order packs were first used.
 *
 * <p>A coordinator: each part does one thing and is found by its name in this package.
 * <ul>
 *   <li>{@link CataloguePacks}: the packs read, their chains of bases and DRL texts;</li>
 *   <li>{@link CompilationPacks}: a pack compiled along its chain ({@link Compilateur}, {@link CacheCompilation}) and
 *       smoke-scored ({@link Fumee});</li>
 *   <li>{@link ChargementPacks}: each territorial pack loaded once, on first use, within the load deadline;</li>
 *   <li>{@link Evaluation}: a demande validated, derived and scored in each wished commune;</li>
 *   <li>{@link ConformitePacks}: the compliance report of each pack read;</li>
 *   <li>{@link Execution}: the context class loader and the deadlines of the rule author's code.</li>
 * </ul>
 */
public final class Moteur {
    /** Default time a grille may take to score one demande in one commune. */
    public static final java.time.Duration DELAI_COTATION = java.time.Duration.ofSeconds(10);
    /** Default time a pack may take to load (compile and smoke-score). */
    public static final java.time.Duration DELAI_CHARGEMENT = java.time.Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);

    /**
     * Configuration, as the public builder collected it.
     *
     * @param exclus                 ids of classpath packs not to load
     * @param repertoires            pack directories, checked for safety before compiling
     * @param repertoiresDeConfiance pack directories loaded without the safety check (logged)
     * @param cache                  directory of compiled grilles kept between engines; null for none
     * @param directe                whether grilles in the plain subset are evaluated without a session
     * @param compilees              whether grilles compiled at build time and carried on the class path
     *                               ({@code META-INF/cotation/compilees}, see {@link Precompilation}) are read when
     *                               their key matches; false compiles every grille from its DRL (tests comparing
     *                               the two, and the build step that writes them)
     */
    public record Config(ClassLoader classLoader, boolean classpath, Set<String> exclus, List<Path> repertoires,
                         List<Path> repertoiresDeConfiance, Referentiel referentiel, PrioritesL4411 priorites,
                         int limiteDeclenchements, int communesMax, Path cache, boolean directe, boolean compilees,
                         byte[] cleCache, java.time.Duration delaiCotation, java.time.Duration delaiChargement) {

        /** Without a secret for the cache's seals (one per process) and with the default deadlines. */
        public Config(ClassLoader classLoader, boolean classpath, Set<String> exclus, List<Path> repertoires,
                      List<Path> repertoiresDeConfiance, Referentiel referentiel, PrioritesL4411 priorites,
                      int limiteDeclenchements, int communesMax, Path cache, boolean directe, boolean compilees) {
            this(classLoader, classpath, exclus, repertoires, repertoiresDeConfiance, referentiel, priorites,
                    limiteDeclenchements, communesMax, cache, directe, compilees, null, DELAI_COTATION, DELAI_CHARGEMENT);
        }

        /** The configuration that reads the grilles compiled at build time ({@code compilees} true). */
        public Config(ClassLoader classLoader, boolean classpath, Set<String> exclus, List<Path> repertoires,
                      List<Path> repertoiresDeConfiance, Referentiel referentiel, PrioritesL4411 priorites,
                      int limiteDeclenchements, int communesMax, Path cache, boolean directe) {
            this(classLoader, classpath, exclus, repertoires, repertoiresDeConfiance, referentiel, priorites,
                    limiteDeclenchements, communesMax, cache, directe, true);
        }
    }

    private final Referentiel referentiel;
    private final PrioritesL4411 priorites;
    private final CataloguePacks catalogue;
    private final CompilationPacks compilation;
    private final ChargementPacks chargement;
    private final Evaluation evaluation;
    private final ConformitePacks conformite;

    public Moteur(Config config) {
        this.referentiel = config.referentiel() != null ? config.referentiel()
                : Referentiel.fromClasspath(config.classLoader());
        this.priorites = config.priorites();
        int limite = config.limiteDeclenchements();
        java.time.Duration delaiCotation = config.delaiCotation() == null ? DELAI_COTATION : config.delaiCotation();
        java.time.Duration delaiChargement = config.delaiChargement() == null ? DELAI_CHARGEMENT
                : config.delaiChargement();
        Execution execution = new Execution(config.classLoader());
        Compilateur compilateur = new Compilateur(config.classLoader(), config.cache() == null && !config.compilees()
                ? null : new CacheCompilation(config.cache(), config.classLoader(), config.compilees(), config.cleCache()),
                config.directe());
        this.catalogue = new CataloguePacks(config, referentiel);
        this.compilation = new CompilationPacks(catalogue, compilateur, limite);
        this.chargement = new ChargementPacks(catalogue, compilation, execution, delaiChargement);
        this.evaluation = new Evaluation(referentiel, new Validateur(referentiel, config.communesMax()),
                new Derivation(config.priorites()), catalogue, chargement, execution, limite, delaiCotation);
        this.conformite = new ConformitePacks(catalogue, compilation, chargement, execution, priorites, limite,
                delaiChargement);
        for (ProblemePack p : catalogue.problemesDeLecture()) {
            LOG.warn("pack non chargé : {}", p);
        }
        LOG.info("{} pack(s) de cotation trouvé(s), chargé(s) chacun à sa première utilisation ; {} problème(s) de lecture",
                catalogue.candidats().size(), catalogue.problemesDeLecture().size());
    }

    public PrioritesL4411 priorites() {
        return priorites;
    }

    public Referentiel referentiel() {
        return referentiel;
    }

    /** The problems of reading, then of each territorial pack in load order: loads every pack not loaded yet. */
    public List<ProblemePack> problemes() {
        List<ProblemePack> tous = new ArrayList<>(catalogue.problemesDeLecture());
        tous.addAll(compilation.problemesDrlDesCasses());
        tous.addAll(chargement.problemes());
        return List.copyOf(tous);
    }

    /** The packs loaded, in load order: loads every pack not loaded yet. */
    public List<PackDescriptor> packs() {
        return chargement.charges().stream().map(PackCharge::descriptor).toList();
    }

    public Optional<fr.cotation.pack.Grille> grille(String packId, String version, String nom) {
        return chargement.charge(packId, version)
                .map(p -> PackDescriptor.MUTATION.equals(nom) ? p.mutation() : PackDescriptor.PRINCIPALE.equals(nom)
                        ? p.principale() : null)
                .map(GrilleCompilee::publiee);
    }

    /** One compiled grille of a loaded pack, for the tests of this package. */
    GrilleCompilee grilleCompilee(String packId, String version, String nom) {
        return chargement.charge(packId, version)
                .map(p -> PackDescriptor.MUTATION.equals(nom) ? p.mutation() : p.principale())
                .orElseThrow();
    }

    /**
     * Every grille of the loaded packs ("pack version/grille", sorted), with why it runs in Drools sessions, or
     * null when it is evaluated directly ({@link EvaluationDirecte}). Loads every pack.
     */
    public Map<String, String> evaluation() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (PackCharge p : chargement.charges()) {
            for (GrilleCompilee g : java.util.Arrays.asList(p.principale(), p.mutation())) {
                if (g != null) {
                    out.put(p.descriptor().id() + " " + p.descriptor().version() + "/" + g.nom(),
                            g.directe() != null ? null : g.enDrools());
                }
            }
        }
        return out;
    }

    public List<Probleme> valider(Demande demande, LocalDate date) {
        return evaluation.valider(demande, date);
    }

    public Optional<PackDescriptor> packPour(String commune, LocalDate date) {
        return chargement.enVigueur(commune, date).map(PackCharge::descriptor);
    }

    /** The facts derived from a demande at a date, or empty when the demande is invalid then. */
    public Optional<fr.cotation.regles.FaitsDerives> faits(Demande demande, LocalDate date) {
        return evaluation.faits(demande, date);
    }

    public CotationResult coter(Demande demande, LocalDate date) {
        return evaluation.coter(demande, date);
    }

    /** How many times each grille ("pack version/grille") was compiled from its DRL by this engine. */
    public Map<String, Integer> compilations() {
        return compilation.compilations();
    }

    /**
     * Entries of compiled grilles read (from the class path or the cache directory), written (to the directory) and
     * rejected as untrustworthy; zeros when the engine uses neither.
     */
    public record UsageCache(int lues, int ecrites, int rejetees) {
    }

    /** What this engine did with its compilation cache. */
    public UsageCache usageCache() {
        CacheCompilation cache = compilation.cache();
        return cache == null ? new UsageCache(0, 0, 0) : new UsageCache(cache.lues(), cache.ecrites(), cache.rejetees());
    }

    /** The compliance report of every pack read: loaded, bases, refused at load; by id then version. */
    public List<Conformite> conformite() {
        return conformite.conformite();
    }

    /** The compliance report of one pack read by this engine, if any. */
    public Optional<Conformite> conformite(String packId, String version) {
        return conformite.conformite(packId, version);
    }
}
