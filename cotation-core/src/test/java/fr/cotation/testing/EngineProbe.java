package fr.cotation.testing;

import fr.cotation.CotationResult;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.internal.engine.Moteur;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.territoire.Referentiel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test fixture for the pack modules' tests: an engine over the class path packs that also answers what the public
 * {@code CotationEngine} keeps to itself, how it compiled, cached and evaluated each grille. Other modules' tests
 * must not import {@code fr.cotation.internal} (a test over the compiled classes checks it); they use this class,
 * published with cotation-core's test classes as the {@code test-jar} (scope {@code test}), never on an
 * application's class path. Only types of the public API cross it.
 */
public final class EngineProbe {
    private final Moteur moteur;

    private EngineProbe(Moteur moteur) {
        this.moteur = moteur;
    }

    /**
     * The packs of this class loader's class path, with the defaults of {@code CotationEngine.builder()}, direct
     * evaluation on.
     *
     * @param cacheDirectory      the compilation cache directory, or null for none
     * @param precompiledGrilles  whether grilles compiled when the pack jar was built
     *                            ({@code META-INF/cotation/compilees}) are read; false compiles every grille from
     *                            its DRL (and writes it to {@code cacheDirectory})
     */
    public static EngineProbe classpath(ClassLoader classLoader, Path cacheDirectory, boolean precompiledGrilles) {
        return new EngineProbe(new Moteur(new Moteur.Config(classLoader, true, Set.of(), List.of(), List.of(), null,
                PrioritesL4411.nationales(), 10_000, Demande.COMMUNES_SOUHAITEES_MAX, cacheDirectory, true,
                precompiledGrilles)));
    }

    /** As {@code CotationEngine.score}. */
    public CotationResult coter(Demande demande, LocalDate date) {
        return moteur.coter(demande, date);
    }

    /** As {@code CotationEngine.problems}: loads every pack. */
    public List<ProblemePack> problemesPacks() {
        return moteur.problemes();
    }

    /** As {@code CotationEngine.packs}. */
    public List<PackDescriptor> packs() {
        return moteur.packs();
    }

    /** As {@code CotationEngine.grille}. */
    public Optional<Grille> grille(String packId, String version, String nomGrille) {
        return moteur.grille(packId, version, nomGrille);
    }

    /** As {@code CotationEngine.referentiel}. */
    public Referentiel referentiel() {
        return moteur.referentiel();
    }

    /** How many times each grille ("pack version/grille") was compiled from its DRL by this engine. */
    public Map<String, Integer> compilations() {
        return moteur.compilations();
    }

    /** Entries of compiled grilles read (class path or cache directory), written (directory) and rejected. */
    public record CacheUse(int read, int written, int rejected) {
    }

    /** What this engine did with compiled grilles: read, written, rejected. */
    public CacheUse cacheUse() {
        Moteur.UsageCache u = moteur.usageCache();
        return new CacheUse(u.lues(), u.ecrites(), u.rejetees());
    }

    /**
     * Every grille of the loaded packs ("pack version/grille", sorted), with why it runs in Drools sessions, or null
     * when the engine evaluates it directly. Loads every pack.
     */
    public Map<String, String> evaluation() {
        return moteur.evaluation();
    }
}
