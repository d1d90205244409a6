package fr.cotation.internal.engine;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Conformite;
import fr.cotation.conformite.Constat;
import fr.cotation.internal.conformite.AnalyseDrl;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.internal.pack.PackSource;
import fr.cotation.internal.validation.Validateur;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import fr.cotation.regles.Commune;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine behind {@code CotationEngine}: reads every pack when built, compiles each territorial pack once, the
 * first time it is needed (a cotation in one of its communes, or a call that lists packs or problems), then scores.
 * Thread-safe; what it answers does not depend on the order packs were first used.
 */
public final class Moteur {
    /** Default time a grille may take to score one demande in one commune. */
    public static final java.time.Duration DELAI_COTATION = java.time.Duration.ofSeconds(10);
    /** Default time a pack may take to load (compile and smoke-score). */
    public static final java.time.Duration DELAI_CHARGEMENT = java.time.Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);
    /** The warning of a cotation by a grille of status {@code modele}; the whole list when the demande has no other. */
    private static final List<String> AVERTISSEMENT_MODELE = List.of("grille modèle (statut 'modele') : critères"
            + " documentés pour ce territoire, points proposés, pas la grille adoptée par l'EPCI");

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
    private final Validateur validateur;
    private final Derivation derivation;
    private final int limite;
    private final PrioritesL4411 priorites;
    private final Compilateur compilateur;
    /** The class loader of packs and rule classes: the context class loader of every Drools call. */
    private final ClassLoader chargeur;
    /** Problems met while reading the packs, before any compilation. */
    private final List<ProblemePack> problemes = new ArrayList<>();
    /** The packs whose descriptor has errors: not loaded, their DRL checked all the same ({@link #problemesDrlDesCasses}). */
    private final List<PackSource.Casse> descripteursCasses = new ArrayList<>();
    /** What checking their DRL found, once. */
    private volatile List<ProblemePack> drlDesCasses;
    /** Every pack read, one per id and version, for the compliance check. */
    private final Map<String, List<PackSource>> sourcesParId = new LinkedHashMap<>();
    /** The DRL text of each pack, read once: what is checked is what is compiled. */
    private final Map<PackSource, Map<String, String>> textes = new java.util.concurrent.ConcurrentHashMap<>();
    /** The territorial packs, in load order (id, then start date); each compiled on first use. */
    private final List<Candidat> candidats = new ArrayList<>();
    /** The territorial packs whose territory holds a commune, in load order. */
    private final Map<String, List<Candidat>> candidatsParCommune = new HashMap<>();
    /** How long a grille may take for one demande in one commune, in a Drools session. */
    private final java.time.Duration delaiCotation;
    /** How long loading one pack may take. */
    private final java.time.Duration delaiChargement;
    /**
     * Packs stopped while scoring (past the deadline, or an {@link Error} such as StackOverflowError), by "id version",
     * with why: their communes get an ERREUR cotation without running them again.
     */
    private final Map<String, String> casses = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The threads grilles run on when they may run a rule author's code (Drools sessions, loading): daemon threads, so
     * that one abandoned past its deadline (a loop that ignores interruption) never keeps the JVM alive.
     */
    private static final java.util.concurrent.ExecutorService FILS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cotation-grille");
        t.setDaemon(true);
        return t;
    });

    /**
     * A territorial pack and, once decided, what loading it gave.
     *
     * @param rang   its place in the load order
     * @param source the pack as read
     */
    private record Candidat(int rang, PackSource source, java.util.concurrent.atomic.AtomicReference<Issue> issue,
                            java.util.concurrent.locks.ReentrantLock verrou) {
        PackDescriptor descriptor() {
            return source.descriptor();
        }
    }

    /**
     * What loading a territorial pack gave.
     *
     * @param charge     the pack ready to score; null when refused
     * @param problemes  why it was refused, in the order found; empty when loaded
     * @param compilation true when refused by its own rules (not by a conflict with another pack): its communes
     *                    then get an ERREUR cotation rather than SANS_GRILLE
     */
    private record Issue(PackCharge charge, List<ProblemePack> problemes, boolean compilation) {
    }

    public Moteur(Config config) {
        this.referentiel = config.referentiel() != null ? config.referentiel()
                : Referentiel.fromClasspath(config.classLoader());
        this.validateur = new Validateur(referentiel, config.communesMax());
        this.derivation = new Derivation(config.priorites());
        this.limite = config.limiteDeclenchements();
        this.delaiCotation = config.delaiCotation() == null ? DELAI_COTATION : config.delaiCotation();
        this.delaiChargement = config.delaiChargement() == null ? DELAI_CHARGEMENT : config.delaiChargement();
        this.priorites = config.priorites();
        this.chargeur = config.classLoader();
        this.compilateur = new Compilateur(config.classLoader(), config.cache() == null && !config.compilees() ? null
                : new CacheCompilation(config.cache(), config.classLoader(), config.compilees(), config.cleCache()),
                config.directe());
        List<PackSource> sources = new ArrayList<>();
        if (config.classpath()) {
            List<PackSource> embarques = PackReader.fromClasspath(config.classLoader(), problemes::add,
                    descripteursCasses::add);
            for (String id : new java.util.TreeSet<>(config.exclus())) {
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
        charger(sources);
        for (ProblemePack p : problemes) {
            LOG.warn("pack non chargé : {}", p);
        }
        LOG.info("{} pack(s) de cotation trouvé(s), chargé(s) chacun à sa première utilisation ; {} problème(s) de lecture",
                candidats.size(), problemes.size());
    }

    public PrioritesL4411 priorites() {
        return priorites;
    }

    public Referentiel referentiel() {
        return referentiel;
    }

    /** The problems of reading, then of each territorial pack in load order: loads every pack not loaded yet. */
    public List<ProblemePack> problemes() {
        List<ProblemePack> tous = new ArrayList<>(problemes);
        tous.addAll(problemesDrlDesCasses());
        candidats.forEach(c -> tous.addAll(issue(c).problemes()));
        new java.util.TreeMap<>(casses).forEach((cle, pourquoi) -> tous.add(new ProblemePack(cle.substring(0, cle.indexOf(' ')),
                PackReader.DESCRIPTEUR, 0, null, pourquoi)));
        return List.copyOf(tous);
    }

    /**
     * The problems of the DRL files of the packs whose descriptor has errors, found once: an author sees them in the
     * same run as the descriptor's. What needs no valid descriptor is checked: the syntax, the allow-list for a pack
     * directory not declared trusted, and (when both pass) the compiler's errors, among them the vocabulary, with the
     * files of its base when the descriptor names one that was read.
     */
    private List<ProblemePack> problemesDrlDesCasses() {
        List<ProblemePack> deja = drlDesCasses;
        if (deja != null) {
            return deja;
        }
        synchronized (descripteursCasses) {
            if (drlDesCasses == null) {
                List<ProblemePack> out = new ArrayList<>();
                descripteursCasses.forEach(c -> out.addAll(problemesDrl(c)));
                drlDesCasses = List.copyOf(out);
            }
            return drlDesCasses;
        }
    }

    private List<ProblemePack> problemesDrl(PackSource.Casse c) {
        List<ProblemePack> out = new ArrayList<>();
        List<Compilateur.Fichier> siens = new ArrayList<>();
        for (String f : c.drl()) {
            try {
                siens.add(new Compilateur.Fichier(c.id() + "/" + f, c.fichiers().lire(f)));
            } catch (java.nio.file.NoSuchFileException e) {
                out.add(new ProblemePack(c.id(), c.id() + "/" + f, 0, null, "fichier de règles introuvable dans le"
                        + " dossier du pack : " + f));
            } catch (IOException e) {
                out.add(new ProblemePack(c.id(), c.id() + "/" + f, 0, null, "fichier de règles illisible : "
                        + e.getMessage()));
            }
        }
        List<ProblemePack> syntaxe = compilateur.erreursDeSyntaxe(c.id(), siens);
        if (c.aVerifier()) {
            List<Constat> refus = fr.cotation.internal.pack.ListePermise.verifier(siens.stream()
                    .map(f -> new AnalyseDrl.Fichier(c.id(), f.chemin(), f.texte())).toList());
            refus.forEach(x -> out.add(ProblemePack.of(c.id(), x)));
            if (!refus.isEmpty()) {
                out.addAll(syntaxe); // the allow-list leaves syntax errors to the compiler, which is not run
                return out;
            }
        }
        if (!syntaxe.isEmpty() && c.aVerifier()) {
            out.addAll(syntaxe);
            return out;
        }
        List<Compilateur.Fichier> tous = new ArrayList<>();
        PackSource base = c.base() == null ? null : sourcesParId.getOrDefault(c.base(), List.of()).stream()
                .max(Comparator.comparing(b -> b.descriptor().enVigueurDu())).orElse(null);
        if (base != null) {
            List<PackSource> chaine = chaine(base, new ArrayList<>());
            List<AnalyseDrl.Fichier> deBase = chaine == null ? null : fichiers(base.descriptor(), chaine, new ArrayList<>());
            if (deBase != null) {
                deBase.forEach(f -> tous.add(new Compilateur.Fichier(f.chemin(), f.texte())));
            }
        }
        tous.addAll(siens);
        Set<String> aSignaler = new java.util.HashSet<>();
        siens.forEach(f -> aSignaler.add(f.chemin()));
        out.addAll(compilateur.erreursDeCompilation(c.id(), tous, aSignaler));
        return out;
    }

    /** The packs loaded, in load order: loads every pack not loaded yet. */
    public List<PackDescriptor> packs() {
        return charges().stream().map(PackCharge::descriptor).toList();
    }

    /** Every territorial pack loaded, in load order, after loading those not loaded yet. */
    private List<PackCharge> charges() {
        return candidats.stream().map(this::issue).map(Issue::charge).filter(java.util.Objects::nonNull).toList();
    }

    /** The loaded packs of this id and version (at most one), loading only those. */
    private Optional<PackCharge> charge(String packId, String version) {
        return candidats.stream().filter(c -> c.descriptor().id().equals(packId) && c.descriptor().version().equals(version))
                .map(this::issue).map(Issue::charge).filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<fr.cotation.pack.Grille> grille(String packId, String version, String nom) {
        return charge(packId, version)
                .map(p -> PackDescriptor.MUTATION.equals(nom) ? p.mutation() : PackDescriptor.PRINCIPALE.equals(nom)
                        ? p.principale() : null)
                .map(GrilleCompilee::publiee);
    }

    /** One compiled grille of a loaded pack, for the tests of this package. */
    GrilleCompilee grilleCompilee(String packId, String version, String nom) {
        return charge(packId, version).map(p -> PackDescriptor.MUTATION.equals(nom) ? p.mutation() : p.principale())
                .orElseThrow();
    }

    /**
     * Every grille of the loaded packs ("pack version/grille", sorted), with why it runs in Drools sessions, or
     * null when it is evaluated directly ({@link EvaluationDirecte}). Loads every pack.
     */
    public Map<String, String> evaluation() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (PackCharge p : charges()) {
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
        return validateur.valider(demande, date);
    }

    public Optional<PackDescriptor> packPour(String commune, LocalDate date) {
        return enVigueur(commune, date).map(PackCharge::descriptor);
    }

    /** The first pack loaded, in load order, that covers the commune and is in force at the date; loads only those. */
    private Optional<PackCharge> enVigueur(String commune, LocalDate date) {
        for (Candidat c : candidatsParCommune.getOrDefault(commune, List.of())) {
            if (c.descriptor().enVigueurLe(date)) {
                PackCharge charge = issue(c).charge();
                if (charge != null) {
                    return Optional.of(charge);
                }
            }
        }
        return Optional.empty();
    }

    /** The facts derived from a demande at a date, or empty when the demande is invalid then. */
    public Optional<Faits> faits(Demande demande, LocalDate date) {
        if (!validateur.valider(demande, date).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(derivation.deriver(demande, date));
    }

    public CotationResult coter(Demande demande, LocalDate date) {
        String numero = demande == null ? null : demande.numeroUnique();
        List<Probleme> problemesDemande = validateur.valider(demande, date);
        if (!problemesDemande.isEmpty()) {
            return new CotationResult(numero, date, problemesDemande, List.of());
        }
        Faits faits;
        try {
            faits = derivation.deriver(demande, date);
        } catch (RuntimeException e) {
            LOG.error("dérivation impossible ({})", e.getClass().getSimpleName());
            return new CotationResult(numero, date, List.of(new Probleme("demande", "?",
                    "erreur interne en dérivant la demande : " + e.getClass().getSimpleName())), List.of());
        }
        Avertissements avertissements = demande.renouvellementInconnu() ? RENOUVELLEMENT_INCONNU
                : avertissements(faits.dossier().getMoisDepuisRenouvellement());
        List<String> souhaitees = demande.communesSouhaitees();
        List<Cotation> cotations = new ArrayList<>(souhaitees.size());
        List<Reprise> reprises = new ArrayList<>(2);
        for (int i = 0; i < souhaitees.size(); i++) {
            String code = souhaitees.get(i);
            if (souhaitees.indexOf(code) == i) { // each commune once, at its first place
                cotations.add(coterCommune(code, demande, faits, date, avertissements, reprises));
            }
        }
        return new CotationResult(numero, date, List.of(), cotations);
    }

    /** The warning of a cotation by a draft grille (status {@code projet}). */
    private static final String AVERTISSEMENT_PROJET = "grille en projet (statut 'projet') : pas encore adoptée par"
            + " l'EPCI, ces points sont un essai";

    private static List<String> avecProjet(List<String> avertissements) {
        List<String> out = new ArrayList<>(avertissements);
        out.add(AVERTISSEMENT_PROJET);
        return List.copyOf(out);
    }

    /**
     * The warnings of every cotation of a demande: those of the demande, and the same followed by the model-grille
     * warning for a pack whose status is {@code modele}.
     */
    private record Avertissements(List<String> demande, List<String> modele) {
    }

    private static final Avertissements RENOUVELEE = new Avertissements(List.of(), AVERTISSEMENT_MODELE);

    /** A demande whose source does not give the last renewal: its validity is not known (art. R.441-2-7 CCH). */
    private static final Avertissements RENOUVELLEMENT_INCONNU = inconnu();

    private static Avertissements inconnu() {
        String texte = "date du dernier renouvellement inconnue (absente du fichier) : la validité de la demande "
                + "n'a pas pu être vérifiée (R.441-2-7 CCH)";
        List<String> avecModele = new ArrayList<>(List.of(texte));
        avecModele.addAll(AVERTISSEMENT_MODELE);
        return new Avertissements(List.of(texte), List.copyOf(avecModele));
    }

    /** {@link #avertissements} by month count, up to ten years; written on first use (a race writes one twice). */
    private static final Avertissements[] NON_RENOUVELEE = new Avertissements[120];

    /** The warnings of a demande whose last renewal (or first filing) was {@code mois} months ago. */
    private static Avertissements avertissements(int mois) {
        if (mois < 12) {
            return RENOUVELEE;
        }
        Avertissements a = mois < NON_RENOUVELEE.length ? NON_RENOUVELEE[mois] : null;
        if (a == null) {
            // at 12 months or more the year of validity is reached or past: "it expires within the year" is untrue
            String texte = "demande non renouvelée depuis " + mois + " mois : sa validité d'un an est atteinte ou "
                    + "dépassée (R.441-2-7 CCH) ; sans renouvellement, elle est radiée (R.441-2-8 e) CCH)";
            List<String> avecModele = new ArrayList<>(List.of(texte));
            avecModele.addAll(AVERTISSEMENT_MODELE);
            a = new Avertissements(List.of(texte), List.copyOf(avecModele));
            if (mois < NON_RENOUVELEE.length) {
                NON_RENOUVELEE[mois] = a;
            }
        }
        return a;
    }

    /**
     * The lines a grille gave for one demande in a commune whose code the rules did not read, with their total and
     * provisional flag: another commune of the same grille with the same flags ({@link #drapeaux}) gets the same
     * lines without running the rules again.
     */
    private record Reprise(GrilleCompilee grille, int drapeaux, List<Ligne> lignes, BigDecimal total,
                           boolean provisoire) {
    }

    /** The fields of the {@code Commune} fact other than its code (the EPCI is the grille's). */
    private static int drapeaux(Commune c) {
        return (c.isHabite() ? 1 : 0) | (c.isTravaille() ? 2 : 0) | (c.isHabiteLeTerritoire() ? 4 : 0)
                | (c.isTravailleSurLeTerritoire() ? 8 : 0);
    }

    private Cotation coterCommune(String code, Demande demande, Faits faitsDeLaDemande, LocalDate date,
                                  Avertissements avertissementsDeLaDemande, List<Reprise> reprises) {
        List<String> avertissementsDemande = avertissementsDeLaDemande.demande();
        Optional<CommuneRef> ref = referentiel.commune(code);
        String nom = ref.map(CommuneRef::nom).orElse(null);
        String epci = ref.map(CommuneRef::epci).orElse(null);
        String nomEpci = ref.map(CommuneRef::nomEpci).orElse(null);
        Optional<PackCharge> pack = enVigueur(code, date);
        if (pack.isEmpty()) {
            for (Candidat c : candidatsParCommune.getOrDefault(code, List.of())) {
                Issue e = c.descriptor().enVigueurLe(date) ? issue(c) : null;
                if (e != null && e.compilation()) {
                    String raison = e.problemes().isEmpty() ? "erreur inconnue" : e.problemes().get(0).toString();
                    return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.ERREUR, c.descriptor().id(),
                            c.descriptor().version(), null, BigDecimal.ZERO, List.of(), false, avertissementsDemande,
                            "la grille " + c.descriptor().id() + " n'a pas pu être chargée : " + raison);
                }
            }
            String ou = nom == null ? code : nom + " (" + code + ")";
            String why = ref.isEmpty() ? referentiel.pourquoiInconnue(code).orElse("commune inconnue")
                    : "aucune grille de cotation pour " + ou + (nomEpci == null ? "" : ", " + nomEpci) + " au " + date;
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.SANS_GRILLE, null, null, null, BigDecimal.ZERO,
                    List.of(), false, avertissementsDemande, why);
        }
        PackCharge p = pack.get();
        boolean mutation = demande.mutation();
        GrilleCompilee grille = mutation && p.mutation() != null ? p.mutation() : p.principale();
        // category c) of L.441-1 from resources, when the territory sets a ceiling (a dated parameter of its pack)
        var plafond = fr.cotation.pack.PlafondDifficultesFinancieres.enVigueurLe(p.descriptor().difficultesFinancieres(), date);
        Faits faits = plafond == null ? faitsDeLaDemande
                : derivation.avecDifficultesFinancieres(faitsDeLaDemande, demande, date, plafond);
        String epciPack = p.descriptor().epci();
        Set<String> territoire = p.territoire();
        boolean travailleSurLeTerritoire = false;
        if (!faits.communesTravail().isEmpty()) { // no iterator for the many who work nowhere
            for (String travail : faits.communesTravail()) {
                travailleSurLeTerritoire |= territoire.contains(travail);
            }
        }
        Commune commune = new Commune(code, epciPack, code.equals(faits.communeResidence()),
                faits.communesTravail().contains(code),
                faits.communeResidence() != null && territoire.contains(faits.communeResidence()),
                travailleSurLeTerritoire);
        List<String> avertissements = p.descriptor().statut() == fr.cotation.pack.Statut.MODELE
                ? avertissementsDeLaDemande.modele() : p.descriptor().statut() == fr.cotation.pack.Statut.PROJET
                ? avecProjet(avertissementsDemande) : avertissementsDemande;
        try {
            int drapeaux = drapeaux(commune);
            Reprise reprise = null;
            for (Reprise r : reprises) {
                if (r.grille() == grille && r.drapeaux() == drapeaux) {
                    reprise = r;
                }
            }
            String casse = casses.isEmpty() ? null : casses.get(p.descriptor().id() + " " + p.descriptor().version());
            if (casse != null) {
                throw new ScoringException(casse, null, null);
            }
            if (reprise == null) {
                List<LigneBrute> brutes = Session.directe(grille, faits, commune, limite);
                if (brutes == null) {
                    brutes = enSessionBornee(p, grille, faits, commune);
                }
                List<Ligne> lignes = List.copyOf(grille.bareme().appliquer(brutes));
                boolean provisoire = false;
                for (int i = 0; i < lignes.size(); i++) {
                    provisoire |= lignes.get(i).provisoire();
                }
                reprise = new Reprise(grille, drapeaux, lignes, Points.somme(lignes), provisoire);
                if (!commune.codeLu()) {
                    reprises.add(reprise);
                }
            }
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.COTEE, p.descriptor().id(),
                    p.descriptor().version(), grille.nom(), reprise.total(), reprise.lignes(), reprise.provisoire(),
                    avertissements, null);
        } catch (ScoringException e) {
            LOG.warn("échec de cotation avec le pack {} : {}", p.descriptor().id(), e.getMessage());
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.ERREUR, p.descriptor().id(),
                    p.descriptor().version(), grille.nom(), BigDecimal.ZERO, List.of(), false, avertissements, e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- loading

    private void charger(List<PackSource> sources) {
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
            Candidat c = new Candidat(candidats.size(), s, new java.util.concurrent.atomic.AtomicReference<>(),
                    new java.util.concurrent.locks.ReentrantLock());
            candidats.add(c);
            for (String commune : territoire(s.descriptor())) {
                candidatsParCommune.computeIfAbsent(commune, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /**
     * What loading a territorial pack gives, decided once, on first use: compile it (or read it from the cache),
     * smoke-score it, then refuse it if its period conflicts, in one of its communes, with a pack loaded before it
     * (whose own outcome is decided first). The outcome is the one an engine loading every pack in order gets.
     */
    /**
     * Runs Drools work (compiling, scoring) with the engine's class loader as the thread's context class loader, then
     * puts the caller's back. Drools finds its services (executors, compilers) through the context class loader: on a
     * thread whose context loader cannot see Drools (a pool's worker under {@code mvn exec:java}, an application
     * server, a {@code ForkJoinPool} thread), a static initialiser fails once and that Drools class stays unusable
     * for the whole JVM.
     */
    private <T, E extends Exception> T dansLeChargeur(Travail<T, E> travail) throws E {
        Thread fil = Thread.currentThread();
        ClassLoader avant = fil.getContextClassLoader();
        if (avant == chargeur) {
            return travail.faire();
        }
        fil.setContextClassLoader(chargeur);
        try {
            return travail.faire();
        } finally {
            fil.setContextClassLoader(avant);
        }
    }

    /** Drools work that may throw {@code E}. */
    @FunctionalInterface
    private interface Travail<T, E extends Exception> {
        T faire() throws E;
    }

    private Issue issue(Candidat c) {
        Issue issue = c.issue().get();
        if (issue != null) {
            return issue;
        }
        // the pack's own lock: other packs load meanwhile; a pack waits only for the packs loaded before it that
        // share a commune (lower rank), so locks are always taken in rank order
        c.verrou().lock();
        try {
            issue = c.issue().get();
            if (issue == null) {
                issue = chargerBorne(c);
                for (ProblemePack p : issue.problemes()) {
                    LOG.warn("pack non chargé : {}", p);
                }
                c.issue().set(issue);
            }
            return issue;
        } finally {
            c.verrou().unlock();
        }
    }

    /** Loads a pack on a worker thread, for at most the load deadline; an error of the pack refuses that pack only. */
    private Issue chargerBorne(Candidat c) {
        PackDescriptor d = c.descriptor();
        try {
            return borne(() -> dansLeChargeur(() -> charger(c)), delaiChargement);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Issue(null, List.of(new ProblemePack(d.id(), PackReader.DESCRIPTEUR, 0, null, "chargement arrêté :"
                    + " il a dépassé le délai de " + duree(delaiChargement) + " (packLoadTimeout) ; une règle ou une"
                    + " fonction boucle sans doute sur un ménage du test de fumée ; le pack n'est pas chargé")), true);
        } catch (Throwable e) {
            LOG.error("pack {} : erreur {} au chargement", d.id(), e.getClass().getSimpleName());
            return new Issue(null, List.of(new ProblemePack(d.id(), PackReader.DESCRIPTEUR, 0, null, "chargement arrêté"
                    + " par une erreur " + e.getClass().getSimpleName() + " (récursion sans fin, mémoire épuisée ?) ;"
                    + " le pack n'est pas chargé")), true);
        }
    }

    /**
     * Runs {@code travail} on a worker thread and waits for it at most {@code delai}: past it, the thread is
     * interrupted and, if it goes on (a loop that never checks), abandoned at the lowest priority. Whatever the work
     * throws (an {@link Error} included) is thrown here, to the caller, which keeps it with the pack concerned.
     */
    private static <T> T borne(java.util.concurrent.Callable<T> travail, java.time.Duration delai) throws Throwable {
        java.util.concurrent.atomic.AtomicReference<Thread> fil = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.Future<T> f = FILS.submit(() -> {
            fil.set(Thread.currentThread());
            try {
                return travail.call();
            } finally {
                fil.set(null);
                Thread.interrupted(); // a worker goes back to the pool without a pending interruption
            }
        });
        try {
            return f.get(delai.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            Thread t = fil.get();
            if (t != null) {
                t.setPriority(Thread.MIN_PRIORITY);
                t.setName("cotation-grille-abandonnee");
            }
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    private static String duree(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * The lines of a grille run in a Drools session (the rule author's code), on a worker thread, for at most the
     * scoring deadline. Past it, or on an {@link Error}, the pack is marked broken.
     */
    private List<LigneBrute> enSessionBornee(PackCharge p, GrilleCompilee grille, Faits faits, Commune commune)
            throws ScoringException {
        String cle = p.descriptor().id() + " " + p.descriptor().version();
        try {
            return borne(() -> dansLeChargeur(() -> Session.enSession(grille, faits, commune, limite)), delaiCotation);
        } catch (ScoringException | RuntimeException e) {
            if (e instanceof ScoringException se) {
                throw se;
            }
            throw new ScoringException(Session.describe(grille, e), e, Session.localiser(grille, e));
        } catch (java.util.concurrent.TimeoutException e) {
            String m = "la grille " + grille.nom() + " du pack " + p.descriptor().id() + " a dépassé le délai de cotation"
                    + " de " + duree(delaiCotation) + " (scoringTimeout) : elle est arrêtée et le pack est marqué en échec"
                    + " (une conséquence ou une fonction boucle sans doute)";
            casses.putIfAbsent(cle, m);
            LOG.error("pack {} marqué en échec : délai de cotation dépassé", cle);
            throw new ScoringException(m, null, null);
        } catch (InterruptedException e) {
            throw new ScoringException("cotation interrompue", e, null);
        } catch (Throwable e) {
            String m = "la grille " + grille.nom() + " du pack " + p.descriptor().id() + " a échoué sur une erreur "
                    + e.getClass().getSimpleName() + " (récursion sans fin, mémoire épuisée ?) : le pack est marqué en"
                    + " échec";
            casses.putIfAbsent(cle, m);
            LOG.error("pack {} marqué en échec : {}", cle, e.getClass().getSimpleName());
            throw new ScoringException(m, null, null);
        }
    }

    private Issue charger(Candidat candidat) {
        PackSource s = candidat.source();
        List<ProblemePack> problems = new ArrayList<>();
        PackCharge charge = compiler(s, problems);
        if (charge == null) {
            // a file in both grilles (main and mutation) gives its problem once
            return new Issue(null, List.copyOf(new java.util.LinkedHashSet<>(problems)), true);
        }
        String chevauche = null;
        for (String commune : charge.descriptor().communes()) {
            for (Candidat autre : candidatsParCommune.getOrDefault(commune, List.of())) {
                if (autre.rang() < candidat.rang() && chevauchent(autre.descriptor(), charge.descriptor())
                        && issue(autre).charge() != null) {
                    chevauche = autre.descriptor().id() + " " + autre.descriptor().version() + " pour la commune " + commune;
                }
            }
        }
        if (chevauche != null) {
            return new Issue(null, List.of(new ProblemePack(s.descriptor().id(), PackReader.DESCRIPTEUR, 0, null,
                    "période de validité en conflit avec " + chevauche + " ; ce pack n'est pas chargé")), false);
        }
        return new Issue(charge, List.of(), false);
    }

    private static boolean chevauchent(PackDescriptor a, PackDescriptor b) {
        LocalDate aFin = a.enVigueurAu() == null ? LocalDate.MAX : a.enVigueurAu();
        LocalDate bFin = b.enVigueurAu() == null ? LocalDate.MAX : b.enVigueurAu();
        return !a.enVigueurDu().isAfter(bFin) && !b.enVigueurDu().isAfter(aFin);
    }

    private List<String> territoire(PackDescriptor d) {
        if (!d.communes().isEmpty()) {
            return d.communes();
        }
        return d.epci() == null ? List.of() : referentiel.communesDe(d.epci()).stream().map(CommuneRef::code).toList();
    }

    private PackCharge compiler(PackSource source, List<ProblemePack> problems) {
        PackDescriptor d = source.descriptor();
        List<PackSource> chaine = chaine(source, problems);
        if (chaine == null) {
            return null;
        }
        List<String> communes = territoire(d);
        if (communes.isEmpty()) {
            problems.add(new ProblemePack(d.id(), PackReader.DESCRIPTEUR, 0, null, "aucune commune : l'EPCI " + d.epci()
                    + " est inconnu du référentiel et le descripteur ne liste pas de communes"));
            return null;
        }
        Compile c = compilerChaine(d, chaine, communes, problems, true);
        if (c == null) {
            return null;
        }
        int before = problems.size();
        fumee(c, problems);
        if (problems.size() > before && (c.principale().cleCache() != null
                || (c.mutation() != null && c.mutation().cleCache() != null))) {
            // rules read from the cache failed: never trust the entry, judge the pack on its DRL compiled now
            LOG.warn("pack {} : la grille lue du cache de compilation échoue au test de fumée ; elle est recompilée", d.id());
            problems.subList(before, problems.size()).clear();
            for (GrilleCompilee g : c.mutation() == null ? List.of(c.principale()) : List.of(c.principale(), c.mutation())) {
                if (g.cleCache() != null) {
                    compilateur.cache().oublier(g.cleCache());
                }
            }
            c = compilerChaine(d, chaine, communes, problems, false);
            if (c == null) {
                return null;
            }
            fumee(c, problems);
        }
        return problems.size() > before ? null : new PackCharge(c.resolu(), c.principale(), c.mutation());
    }

    private void fumee(Compile c, List<ProblemePack> problems) {
        Fumee.verifier(c.principale(), problems, limite);
        if (c.mutation() != null) {
            Fumee.verifier(c.mutation(), problems, limite);
        }
    }

    /** How many times each grille ("pack version/grille") was compiled from its DRL by this engine. */
    public Map<String, Integer> compilations() {
        return compilateur.compilations();
    }

    /**
     * Entries of compiled grilles read (from the class path or the cache directory), written (to the directory) and
     * rejected as untrustworthy; zeros when the engine uses neither.
     */
    public record UsageCache(int lues, int ecrites, int rejetees) {
    }

    /** What this engine did with its compilation cache. */
    public UsageCache usageCache() {
        CacheCompilation cache = compilateur.cache();
        return cache == null ? new UsageCache(0, 0, 0) : new UsageCache(cache.lues(), cache.ecrites(), cache.rejetees());
    }

    /** The chain of bases of a pack, the farthest first, the pack last; null after reporting a missing base. */
    private List<PackSource> chaine(PackSource source, List<ProblemePack> problems) {
        PackDescriptor d = source.descriptor();
        List<PackSource> chaine = new ArrayList<>();
        chaine.add(source);
        PackSource courant = source;
        while (courant.descriptor().base() != null) {
            String baseId = courant.descriptor().base();
            PackSource base = sourcesParId.getOrDefault(baseId, List.of()).stream()
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

    /** A pack resolved along its chain and compiled. */
    private record Compile(PackDescriptor resolu, GrilleCompilee principale, GrilleCompilee mutation) {
    }

    /**
     * Reads the files of the chain once, refuses the pack if a file from a pack directory fails the safety check
     * (before anything is compiled: Drools evaluates metadata with MVEL while compiling), then compiles its grilles.
     */
    private Compile compilerChaine(PackDescriptor d, List<PackSource> chaine, List<String> communes,
                                   List<ProblemePack> problems, boolean depuisLeCache) {
        List<AnalyseDrl.Fichier> fichiers = fichiers(d, chaine, problems);
        if (fichiers == null) {
            return null;
        }
        Set<String> aVerifier = new java.util.HashSet<>();
        chaine.stream().filter(PackSource::aVerifier).forEach(s -> aVerifier.add(s.descriptor().id()));
        if (!aVerifier.isEmpty()) {
            List<Constat> refus = fr.cotation.internal.pack.ListePermise.verifier(fichiers.stream()
                    .filter(f -> aVerifier.contains(f.pack())).toList());
            if (!refus.isEmpty()) {
                refus.forEach(c -> problems.add(ProblemePack.of(d.id(), c)));
                // the allow-list leaves syntax errors to the compiler, which is not run: say them now, not next run
                problems.addAll(compilateur.erreursDeSyntaxe(d.id(), fichiers.stream()
                        .filter(f -> aVerifier.contains(f.pack()))
                        .map(f -> new Compilateur.Fichier(f.chemin(), f.texte())).toList()));
                return null;
            }
        }
        PackDescriptor resolu = resoudre(d, chaine, communes);
        boolean aMutation = chaine.stream().anyMatch(s -> s.descriptor().grilles().containsKey(PackDescriptor.MUTATION));
        GrilleCompilee principale = grille(resolu, PackDescriptor.PRINCIPALE, chaine, problems, depuisLeCache);
        GrilleCompilee mutation = aMutation ? grille(resolu, PackDescriptor.MUTATION, chaine, problems, depuisLeCache) : null;
        if (principale == null || (aMutation && mutation == null)) {
            return null;
        }
        return new Compile(resolu, principale, mutation);
    }

    /** The descriptor with the territory and what the chain of bases declares: rubriques, justifications, refusals. */
    private static PackDescriptor resoudre(PackDescriptor d, List<PackSource> chaine, List<String> communes) {
        Map<String, Rubrique> rubriques = new LinkedHashMap<>();
        Map<String, String> justifications = new LinkedHashMap<>();
        Map<String, EffetDesRefus> refus = new LinkedHashMap<>();
        List<fr.cotation.pack.ExceptionMonotonie> exceptions = new ArrayList<>();
        // the ceilings of category c): the nearest pack of the chain that declares some (the territory's, else its base's)
        List<fr.cotation.pack.PlafondDifficultesFinancieres> difficultes = List.of();
        fr.cotation.pack.MotifsLegitimesDeRefus motifs = null;
        for (PackSource s : chaine) {
            if (!s.descriptor().difficultesFinancieres().isEmpty()) {
                difficultes = s.descriptor().difficultesFinancieres();
            }
            exceptions.addAll(s.descriptor().exceptionsMonotonie());
            if (s.descriptor().motifsLegitimesDeRefus() != null) {
                motifs = s.descriptor().motifsLegitimesDeRefus(); // the territory's replaces its base's
            }
            s.descriptor().rubriques().forEach(r -> rubriques.put(r.code(), r));
            justifications.putAll(s.descriptor().justifications());
            s.descriptor().effetsDesRefus().forEach(e -> refus.put(e.critere(), e));
        }
        return new PackDescriptor(d.id(), d.nom(), d.epci(), d.base(), d.version(), d.statut(),
                d.enVigueurDu(), d.enVigueurAu(), d.sources(), d.analogie(), communes, List.copyOf(rubriques.values()),
                d.grilles(), d.remarque(), justifications, List.copyOf(refus.values()), exceptions, difficultes, motifs);
    }

    /** Every DRL file of the chain (all its grilles), read once per pack; null after reporting an unreadable file. */
    private List<AnalyseDrl.Fichier> fichiers(PackDescriptor pack, List<PackSource> chaine, List<ProblemePack> problems) {
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

    private Map<String, String> textes(PackSource s, PackDescriptor pack, List<ProblemePack> problems) {
        Map<String, String> lus = textes.get(s);
        if (lus != null) {
            return lus;
        }
        lus = new LinkedHashMap<>();
        for (List<String> liste : new java.util.TreeMap<>(s.descriptor().grilles()).values()) {
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
        Map<String, String> fige = java.util.Collections.unmodifiableMap(lus);
        Map<String, String> deja = textes.putIfAbsent(s, fige);
        return deja == null ? fige : deja;
    }

    /**
     * The files of one grille along the chain: each pack gives its files for that grille, or its main
     * grille's files when it has no specific list for it.
     */
    private GrilleCompilee grille(PackDescriptor pack, String nom, List<PackSource> chaine, List<ProblemePack> problems,
                                  boolean depuisLeCache) {
        List<Compilateur.Fichier> fichiers = new ArrayList<>();
        for (PackSource s : chaine) {
            List<String> liste = s.descriptor().grilles().getOrDefault(nom,
                    s.descriptor().grilles().getOrDefault(PackDescriptor.PRINCIPALE, List.of()));
            Map<String, String> lus = textes.get(s); // read by fichiers() before any compilation
            for (String f : liste) {
                fichiers.add(new Compilateur.Fichier(s.descriptor().id() + "/" + f, lus.get(f)));
            }
        }
        String mode = chaine.stream().anyMatch(PackSource::aVerifier) ? Compilateur.LISTE_PERMISE : Compilateur.CONFIANCE;
        return compilateur.compiler(pack, nom, fichiers, pack.rubriques(), problems, depuisLeCache, mode);
    }

    // ---------------------------------------------------------------------------------------------- compliance

    /** The compliance report of every pack read: loaded, bases, refused at load; by id then version. */
    public List<Conformite> conformite() {
        List<Conformite> out = new ArrayList<>();
        new java.util.TreeMap<>(sourcesParId).forEach((id, versions) -> versions.stream()
                .sorted(Comparator.comparing(s -> s.descriptor().enVigueurDu()))
                .forEach(s -> out.add(conformite(s))));
        return out;
    }

    /** The compliance report of one pack read by this engine, if any. */
    public Optional<Conformite> conformite(String packId, String version) {
        return sourcesParId.getOrDefault(packId, List.of()).stream()
                .filter(s -> s.descriptor().version().equals(version)).findFirst().map(this::conformite);
    }

    private Conformite conformite(PackSource source) {
        return dansLeChargeur(() -> conformiteDe(source));
    }

    private Conformite conformiteDe(PackSource source) {
        PackDescriptor d = source.descriptor();
        Optional<PackCharge> charge = d.estBase() ? Optional.empty() : charge(d.id(), d.version());
        List<Constat> constats;
        if (charge.isPresent()) {
            PackCharge p = charge.get();
            List<GrilleCompilee> grilles = p.mutation() == null ? List.of(p.principale()) : List.of(p.principale(), p.mutation());
            constats = verifierBorne(p.descriptor(), grilles, analyser(grilles), true);
        } else {
            // a base (compiled here, for the check only) or a pack refused at load
            List<ProblemePack> problems = new ArrayList<>(candidats.stream().filter(c -> c.source().equals(source))
                    .findFirst().map(c -> issue(c).problemes()).orElse(List.of()));
            List<Constat> trouves = new ArrayList<>();
            List<PackSource> chaine = chaine(source, problems);
            List<AnalyseDrl.Fichier> fichiers = chaine == null ? null : fichiers(d, chaine, problems);
            AnalyseDrl.Resultat analyse = fichiers == null ? null : AnalyseDrl.analyser(fichiers);
            if (analyse != null) {
                trouves.addAll(analyse.constats());
            }
            if (d.estBase() && analyse != null && problems.isEmpty()) {
                Compile c = compilerChaine(d, chaine, List.of(), problems, true);
                if (c != null) {
                    List<GrilleCompilee> grilles = c.mutation() == null ? List.of(c.principale())
                            : List.of(c.principale(), c.mutation());
                    trouves.addAll(verifierBorne(c.resolu(), grilles, analyse, false));
                }
            }
            for (ProblemePack p : problems) {
                trouves.add(p.constat() != null ? p.constat() : new Constat(CodeConstat.C000, p.pack(), p.fichier(),
                        p.ligne(), p.regle(), (d.estBase() ? "la base ne se charge pas : " : "pack refusé au chargement : ")
                        + p.message()));
            }
            constats = VerificationConformite.trier(trouves);
        }
        return new Conformite(d.id(), d.version(), constats);
    }

    /**
     * The compliance checks of {@code pack} ({@link VerificationConformite}), which run its grilles on synthetic households: on a
     * worker thread, for at most the pack-load deadline, as the load's smoke scoring. Past it, or on an {@link Error},
     * the report gets a {@code C000} finding (the analysis of the DRL text, which runs no rule, is kept) and a loaded
     * pack ({@code charge}) is marked broken, as a grille past the scoring deadline is: it would loop on a demande too.
     */
    private List<Constat> verifierBorne(PackDescriptor pack, List<GrilleCompilee> grilles, AnalyseDrl.Resultat analyse,
                                        boolean charge) {
        String pourquoi;
        try {
            return borne(() -> dansLeChargeur(() -> VerificationConformite.verifier(pack, grilles, analyse, priorites, limite)),
                    delaiChargement);
        } catch (java.util.concurrent.TimeoutException e) {
            pourquoi = "vérification arrêtée : elle a dépassé le délai de " + duree(delaiChargement) + " (packLoadTimeout)"
                    + " ; une règle ou une fonction boucle sans doute sur un ménage synthétique de la vérification";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pourquoi = "vérification interrompue";
        } catch (Throwable e) {
            pourquoi = "vérification arrêtée par une erreur " + e.getClass().getSimpleName()
                    + " (récursion sans fin, mémoire épuisée ?)";
        }
        LOG.error("pack {} {} : {}", pack.id(), pack.version(), pourquoi);
        if (charge) {
            casses.putIfAbsent(pack.id() + " " + pack.version(), pourquoi + " ; le pack est marqué en échec");
        }
        List<Constat> constats = new ArrayList<>(analyse.constats());
        constats.add(new Constat(CodeConstat.C000, pack.id(), PackReader.DESCRIPTEUR, 0, null, pourquoi));
        return VerificationConformite.trier(constats);
    }

    /** The DRL text of compiled grilles, analysed together (a type declared in a base serves its extensions). */
    private static AnalyseDrl.Resultat analyser(List<GrilleCompilee> grilles) {
        Map<String, String> sources = new LinkedHashMap<>();
        grilles.forEach(g -> sources.putAll(g.sources()));
        List<AnalyseDrl.Fichier> fichiers = new ArrayList<>();
        sources.forEach((chemin, texte) -> fichiers.add(new AnalyseDrl.Fichier(chemin.substring(0, chemin.indexOf('/')),
                chemin, texte)));
        return AnalyseDrl.analyser(fichiers);
    }
}
