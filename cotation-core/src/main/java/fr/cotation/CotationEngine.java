package fr.cotation;

import fr.cotation.conformite.Conformite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.internal.engine.Moteur;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.FaitsDerives;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.territoire.Referentiel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Scores demandes de logement social with the grilles de cotation of the EPCI of each wished commune
 * (art. L.441-2-8 and R.441-2-10 CCH). The single entry point of the library:
 *
 * <pre>{@code
 * CotationEngine engine = CotationEngine.builder().build();      // packs found on the classpath
 * CotationResult r = engine.coter(demande, LocalDate.of(2025, 6, 30));
 * for (Cotation c : r.cotations()) {
 *     System.out.println(c.commune() + " : " + c.total() + " points");
 * }
 * }</pre>
 *
 * <p>An engine reads every pack when built and compiles each territorial pack once, the first time it is
 * needed: the first cotation in one of its communes, or a call to {@link #packs()}, {@link #problemesPacks()},
 * {@link #grille}, {@link #packPour} or {@link #conformite()}, which load what they report on. So building is
 * quick and the first cotation only waits for the packs of its communes; call {@link #problemesPacks()} right after
 * {@link Builder#build()} to load everything at start-up. A pack that fails to load is reported in
 * {@link #problemesPacks()} (file, line, rule) and every other pack keeps working; the packs loaded, the problems and
 * every result are the same whatever the order packs were first used in. An engine is immutable in what it
 * answers and thread-safe: share one between threads. It reads no clock: the evaluation date is always an
 * argument. It never logs personal data.
 */
public final class CotationEngine {
    private final Moteur moteur;

    private CotationEngine(Moteur moteur) {
        this.moteur = moteur;
    }

    /** A builder; by default it loads the packs and the commune registry found on the classpath. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Scores a demande in each of its distinct wished communes, in the applicant's order. An invalid
     * demande gives a result listing every problem and no cotation; it never throws for bad input.
     *
     * @param demande        the demande
     * @param dateEvaluation the date the cotation is computed for (ancienneté, ages, grille in force)
     */
    public CotationResult coter(Demande demande, LocalDate dateEvaluation) {
        Objects.requireNonNull(dateEvaluation, "dateEvaluation");
        return moteur.coter(demande, dateEvaluation);
    }

    /**
     * Scores every demande of a stock, lazily and in order; a bad demande gives a result with its
     * problems and the others are still scored.
     */
    public Stream<CotationResult> coterToutes(Iterable<Demande> demandes, LocalDate dateEvaluation) {
        Objects.requireNonNull(dateEvaluation, "dateEvaluation");
        return StreamSupport.stream(demandes.spliterator(), false).map(d -> moteur.coter(d, dateEvaluation));
    }

    /** Every problem of a demande, each naming the field path and the value; empty when valid. */
    public List<Probleme> valider(Demande demande, LocalDate dateEvaluation) {
        return moteur.valider(demande, Objects.requireNonNull(dateEvaluation, "dateEvaluation"));
    }

    /**
     * The facts the rules see of a demande at a date (the {@code Dossier}, situations, L.441-1 categories and
     * refusals), derived as {@link #coter} derives them: a read-only view for a plain-Java reference of a grille or
     * an audit. Empty when the demande is invalid at that date ({@link #valider} says why); never throws for bad
     * input.
     */
    public Optional<FaitsDerives> faits(Demande demande, LocalDate dateEvaluation) {
        Objects.requireNonNull(dateEvaluation, "dateEvaluation");
        return moteur.faits(demande, dateEvaluation)
                .map(f -> new FaitsDerives(f.dossier(), f.situations(), f.priorites(), f.refus()));
    }

    /** The packs loaded, territory resolved; loads every pack not loaded yet (packs are compiled on first use). */
    public List<PackDescriptor> packs() {
        return moteur.packs();
    }

    /** The pack in force in a commune at a date, if any. */
    public Optional<PackDescriptor> packPour(String codeInsee, LocalDate date) {
        return moteur.packPour(codeInsee, date);
    }

    /**
     * The published form of one grille of a loaded pack: its rubriques and criteria as the rules declare
     * them. Empty when the pack, the version or the grille ({@code principale}, {@code mutation}) is
     * not loaded.
     */
    public Optional<Grille> grille(String packId, String version, String nomGrille) {
        return moteur.grille(packId, version, nomGrille);
    }

    /**
     * The problems met while reading and loading packs, in load order; the packs concerned are not loaded. Loads
     * every pack not loaded yet (packs are compiled on first use), so the list is always complete.
     */
    public List<ProblemePack> problemesPacks() {
        return moteur.problemes();
    }

    /**
     * The compliance check of one pack this engine read: a loaded pack, a base (compiled for the check), or a pack
     * refused at load (its load problems are findings). Checks that every L.441-1 category in force during the
     * pack's period and DALO get positive points, that no rule reads protected data, that sensitive criteria
     * (age, residence, employment) are justified in the descriptor, that refusal maluses are declared with their
     * duration, that criterion codes are unique, and that the DRL stays within the rule vocabulary. Every code is
     * explained in {@code docs/conformite.md}. Empty when no pack of that id and version was read.
     *
     * <p>The checks run the pack's grilles on synthetic households, on a worker thread, for at most
     * {@link Builder#packLoadTimeout}: past it (a loop in a trusted pack's rule or function), the report gets a
     * {@code C000} finding and a loaded pack is marked broken, as a grille past {@link Builder#scoringTimeout} is.
     */
    public Optional<Conformite> conformite(String packId, String version) {
        return moteur.conformite(Objects.requireNonNull(packId, "packId"), Objects.requireNonNull(version, "version"));
    }

    /** The compliance check of every pack this engine read, by id then date; see {@link #conformite(String, String)}. */
    public List<Conformite> conformite() {
        return moteur.conformite();
    }

    /** The priority categories of art. L.441-1 CCH the engine derives (the bundled list unless the builder gave one). */
    public PrioritesL4411 prioritesL4411() {
        return moteur.priorites();
    }

    /** The commune registry the engine uses. */
    public Referentiel referentiel() {
        return moteur.referentiel();
    }

    /** Collects the engine's configuration; {@link #build()} reads the packs, which are compiled on first use. */
    public static final class Builder {
        private ClassLoader classLoader = CotationEngine.class.getClassLoader();
        private boolean classpath = true;
        private final java.util.Set<String> exclus = new java.util.TreeSet<>();
        private final List<Path> repertoires = new ArrayList<>();
        private final List<Path> repertoiresDeConfiance = new ArrayList<>();
        private Referentiel referentiel;
        private PrioritesL4411 priorites = PrioritesL4411.nationales();
        private int limiteDeclenchements = 10_000;
        private int communesMax = Demande.COMMUNES_SOUHAITEES_MAX;
        private Path cacheDirectory;
        private boolean directEvaluation = true;
        private byte[] cacheKey;
        private java.time.Duration scoringTimeout = Moteur.DELAI_COTATION;
        private java.time.Duration packLoadTimeout = Moteur.DELAI_CHARGEMENT;

        private Builder() {
        }

        /** The class loader packs, registries and rule classes are loaded with. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader);
            return this;
        }

        /** Do not load the packs listed on the classpath ({@code META-INF/cotation/packs}). */
        public Builder withoutClasspathPacks() {
            this.classpath = false;
            return this;
        }

        /**
         * Do not load the embedded (classpath) pack with this id, every version of it; the other embedded packs,
         * bases included, still load. For an application that replaces one EPCI's embedded grille by the copy its
         * staff edit, loaded with {@link #packDirectory(Path)}: without this, the copy would conflict with the
         * embedded pack (same id and version: ignored as a duplicate; same territory and overlapping dates: refused).
         * An id that no embedded pack has is reported in {@link CotationEngine#problemesPacks()}, so that a typo does not
         * silently keep the old grille. Repeatable.
         */
        public Builder withoutClasspathPack(String packId) {
            exclus.add(Objects.requireNonNull(packId));
            return this;
        }

        /**
         * Also load every {@code pack.yaml} found under this directory, an untrusted folder (an EPCI's). Its DRL files
         * are checked before they are compiled against an allow-list of what a grille needs (imports of the rule
         * vocabulary, patterns on its facts comparing properties with literals, consequences made of {@code note}
         * calls, literal metadata; no {@code declare}, {@code function}, {@code query}, {@code eval}, {@code from}...):
         * a pack outside it is refused, with the finding (code, file, line, rule), in {@link CotationEngine#problemesPacks()}.
         * Its files must stay inside its folder (no {@code ..}, absolute path or link leading out). See
         * {@code docs/securite.md}.
         */
        public Builder packDirectory(Path directory) {
            repertoires.add(Objects.requireNonNull(directory));
            return this;
        }

        /**
         * Also load every {@code pack.yaml} found under this directory, <em>without</em> the safety check of
         * {@link #packDirectory(Path)}: for packs the application trusts as its own code. Drools has no sandbox; a
         * DRL consequence runs as Java with the application's rights. The engine logs a warning naming the directory
         * when it is built; {@link CotationEngine#conformite(String, String)} still reports the findings.
         */
        public Builder trustedPackDirectory(Path directory) {
            repertoiresDeConfiance.add(Objects.requireNonNull(directory));
            return this;
        }

        /** Use this registry instead of the ones found on the classpath. */
        public Builder referentiel(Referentiel referentiel) {
            this.referentiel = Objects.requireNonNull(referentiel);
            return this;
        }

        /**
         * Use these priority categories of art. L.441-1 CCH instead of the bundled list (for a law the
         * library does not ship yet).
         */
        public Builder prioritesL4411(PrioritesL4411 priorites) {
            this.priorites = Objects.requireNonNull(priorites);
            return this;
        }

        /**
         * How many rule firings one scoring may take before it is stopped as a loop (default 10,000).
         */
        public Builder maxRuleFirings(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRuleFirings doit être positif : " + max);
            }
            this.limiteDeclenchements = max;
            return this;
        }

        /**
         * Accept up to {@code max} wished communes instead of the form's 8 (for territories whose own
         * form allows more).
         */
        public Builder allowWishedCommunes(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("au moins une commune : " + max);
            }
            this.communesMax = max;
            return this;
        }

        /**
         * Keep the compiled grilles in this directory (created if needed) and reuse them in later engines and
         * later runs: a pack found in the cache skips the Drools compilation, the longest part of loading a
         * pack. An entry is named by a hash of everything the compilation depends on
         * (DRL text and paths, the resolved descriptor, the library's rule vocabulary, the Drools versions; the rules
         * are compiled to Java 17 bytecode whatever the JVM, so the entries serve every Java version), so a changed
         * pack or engine never reads a stale entry. Each entry carries a SHA-256
         * checksum: one that is truncated, altered or unreadable is never trusted; the grille is compiled again
         * and the entry rewritten, with a warning in the log. A grille read from the cache goes through the
         * same smoke scoring as a compiled one, and if it fails there it is compiled again from its DRL before
         * the pack is judged, so {@link CotationEngine#problemesPacks()} and the results are the same with or without
         * a cache. A directory that cannot be written only costs the time saved. Several engines and processes
         * may share one directory (entries are written to a temporary file and moved into place). Old entries
         * are never removed: delete the directory to reclaim the space. By default there is no cache.
         *
         * <p>A pack jar may carry its grilles compiled when it was built, under the same names and with the same
         * checks ({@code META-INF/cotation/compilees/}; the PACA jar does): they are read first, with or without
         * a cache directory, and never copied into it. The directory then serves what the jars do not carry: packs
         * of {@link #packDirectory(Path)}.
         *
         * <p>The cache holds Drools' compiled form of the rules, which is code read back with Java deserialisation.
         * So each entry of the directory is sealed with an HMAC-SHA256 whose secret is held in memory, never written
         * beside the entries: the one given to {@link #cacheKey(byte[])}, or else one drawn at random when the process
         * starts (entries then serve this process only, and are compiled again in the next). An entry whose seal is
         * wrong (written by another user, altered, or sealed with another secret) is never deserialised; what an
         * entry may deserialise is limited to the classes of Drools, MVEL, the JDK's value types and the rule
         * vocabulary. Entries are also keyed on how the pack was admitted (checked or trusted). Still, give a directory
         * only this application can write to.
         */
        public Builder cacheDirectory(Path directory) {
            this.cacheDirectory = Objects.requireNonNull(directory);
            return this;
        }

        /**
         * The secret (at least 32 bytes, kept by the application outside the cache directory, for example in its
         * configuration's secrets) that seals the entries of {@link #cacheDirectory(Path)}, so that later runs reuse
         * them. Whoever holds it can make entries the engine will deserialise: keep it as secret as the application's
         * code.
         */
        public Builder cacheKey(byte[] key) {
            if (Objects.requireNonNull(key).length < 32) {
                throw new IllegalArgumentException("la clé du cache de compilation doit avoir au moins 32 octets");
            }
            this.cacheKey = key.clone();
            return this;
        }

        /**
         * How long a grille may take to score one demande in one commune (default 10 seconds). A grille that takes
         * longer (a loop in a consequence or a function of a trusted pack) is stopped: its thread is interrupted and
         * abandoned if it does not stop, that commune gets an {@code ERREUR} cotation, and the pack is marked broken:
         * its communes get an {@code ERREUR} cotation from then on, without running it again. No lock is held while a
         * grille runs.
         */
        public Builder scoringTimeout(java.time.Duration timeout) {
            this.scoringTimeout = positif(timeout, "scoringTimeout");
            return this;
        }

        /**
         * How long loading one pack (compiling it and scoring its synthetic households) may take (default 2 minutes).
         * A pack that takes longer is refused, with the problem in {@link CotationEngine#problemesPacks()}; other packs load
         * meanwhile (each pack is loaded under its own lock, not the engine's). The compliance checks of one pack
         * ({@link CotationEngine#conformite(String, String)}) are bounded by the same deadline.
         */
        public Builder packLoadTimeout(java.time.Duration timeout) {
            this.packLoadTimeout = positif(timeout, "packLoadTimeout");
            return this;
        }

        private static java.time.Duration positif(java.time.Duration d, String nom) {
            if (Objects.requireNonNull(d, nom).isNegative() || d.isZero()) {
                throw new IllegalArgumentException(nom + " doit être positif : " + d);
            }
            return d;
        }

        /**
         * Whether grilles written in the plain subset of DRL are evaluated without a Drools session (default
         * {@code true}). Most grilles are written in it: each rule's patterns are on the rule vocabulary's facts,
         * each condition compares a property with a literal ({@code Situation( code == "DALO" )},
         * {@code Dossier( tauxEffort > 30, tauxEffort < 45 )}, {@code Refus( !motifLegitime )}), patterns are not
         * joined, and the consequence is one call of {@code note.retenir} or {@code note.parMois} with literal
         * arguments. Such rules fire once per combination of matching facts and change no fact, so the engine
         * evaluates them itself from what Drools compiled: the lines are the same (the PACA packs are checked
         * against Drools sessions on generated stock), many times faster. A grille with one rule outside the
         * subset runs every rule in Drools sessions; so does an evaluation that fails (the session then reports
         * the failure with file, line and rule). {@code false} runs every grille in Drools sessions: for audits
         * and comparisons.
         */
        public Builder directEvaluation(boolean enabled) {
            this.directEvaluation = enabled;
            return this;
        }

        /**
         * Reads the packs and the commune registry; each territorial pack is compiled the first time it is needed.
         * Problems are reported by {@link CotationEngine#problemesPacks()}.
         */
        public CotationEngine build() {
            return new CotationEngine(new Moteur(new Moteur.Config(classLoader, classpath, java.util.Set.copyOf(exclus), List.copyOf(repertoires),
                    List.copyOf(repertoiresDeConfiance), referentiel, priorites, limiteDeclenchements, communesMax,
                    cacheDirectory, directEvaluation, true, cacheKey, scoringTimeout, packLoadTimeout)));
        }
    }
}
