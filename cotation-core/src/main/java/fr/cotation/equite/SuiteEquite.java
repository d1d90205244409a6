package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.classement.Position;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.pack.PackDescriptor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The fairness suite ({@code suite d'équité}): puts one pack of an engine through the fairness properties
 * ({@link Propriete}) with demandes drawn by the public seeded generator ({@link GenerateurDemandes}) over the pack's
 * territory, and returns a {@link RapportEquite}. Any EPCI, State service or auditor runs it on its own pack:
 *
 * <pre>{@code
 * CotationEngine engine = CotationEngine.builder().packDirectory(Path.of("mes-packs")).build();
 * RapportEquite r = SuiteEquite.builder(engine)
 *         .pack("pays-des-paillons", "2025.1")
 *         .graine(42)
 *         .cas(1000)
 *         .build()
 *         .verifier();
 * r.resume().forEach(System.out::println);
 * Files.writeString(Path.of("equite.md"), RapportEquitePublie.de(r).markdown());
 * }</pre>
 *
 * <p>Every generated demande goes through every property; each is scored once and the result shared. When a
 * property fails, the first failing demande is shrunk to a minimal one that still fails, and the report gives it
 * with the seed and index that reproduce it. The suite is deterministic: the same engine, pack, seed, number of cases
 * and date give the same report, whatever the threads. It scores on a pool of its own ({@link Builder#threads(int)},
 * 8 by default), shut down before {@link #verifier()} returns. A suite is immutable; {@link #verifier()} may be called
 * again. No JUnit needed: a JUnit 5 user may extend {@link TestsEquite} instead.
 *
 * <p>Property 6 ranks the generated demandes with {@link fr.cotation.classement.Classement}, from the results already
 * scored: it adds no scoring. Its failures concern two demandes (one ranked behind the other): their counterexample is
 * not shrunk.
 */
public final class SuiteEquite {
    private final CotationEngine engine;
    private final BiFunction<Demande, LocalDate, CotationResult> coteur;
    private final PackDescriptor pack;
    private final LocalDate date;
    private final long graine;
    private final int cas;
    private final int threads;
    private final Set<Propriete> proprietes;
    private final UnaryOperator<List<Position>> perturbation;

    private SuiteEquite(Builder b, PackDescriptor pack, LocalDate date) {
        this.engine = b.engine;
        this.coteur = b.coteur == null ? engine::coter : b.coteur;
        this.pack = pack;
        this.date = date;
        this.graine = b.graine;
        this.cas = b.cas;
        this.threads = b.threads;
        this.proprietes = EnumSet.copyOf(b.proprietes);
        this.perturbation = b.perturbation;
    }

    /** A builder of a suite over the packs of {@code engine}. */
    public static Builder builder(CotationEngine engine) {
        return new Builder(engine);
    }

    /** The pack verified. */
    public PackDescriptor pack() {
        return pack;
    }

    /** The evaluation date of every scoring. */
    public LocalDate dateEvaluation() {
        return date;
    }

    /**
     * Generates the demandes, puts them through every property, shrinks a counterexample for each property that fails
     * and computes the statistics. Never throws for a failing property: the report says it.
     */
    public RapportEquite verifier() {
        GenerateurDemandes generateur = GenerateurDemandes.builder().graine(graine).dateEvaluation(date)
                .communes(pack.communes()).build();
        Contexte ctx = new Contexte(engine, coteur, pack, date, generateur);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cotation-equite");
            t.setDaemon(true);
            return t;
        });
        try {
            int taille = Math.max(1, Math.min(64, cas / (threads * 4) + 1));
            int lots = (cas + taille - 1) / taille;
            // 1. generate and score each demande once, on the pool
            Demande[] demandes = new Demande[cas];
            ControlesEquite.Base[] bases = new ControlesEquite.Base[cas];
            List<Future<?>> f = new ArrayList<>();
            for (int l = 0; l < lots; l++) {
                int de = l * taille;
                int a = Math.min(cas, de + taille);
                f.add(pool.submit(() -> {
                    for (int i = de; i < a; i++) {
                        demandes[i] = generateur.demande(i);
                        bases[i] = ctx.base(demandes[i]);
                    }
                }));
            }
            attendre(f);
            // property 6 ranks the demandes once, with the results just scored
            CoherenceClassement classement = proprietes.contains(Propriete.CLASSEMENT)
                    ? CoherenceClassement.classer(ctx, demandes, bases, perturbation) : null;
            List<ControlesEquite.Controle> controles = ControlesEquite.tous(ctx, classement).stream()
                    .filter(c -> proprietes.contains(c.propriete())).toList();
            // 2. check every property, lots taken in the reverse order: a demande is checked on another thread than it
            // was first scored on, which the determinism property compares
            ControlesEquite.Verdict[][] verdicts = new ControlesEquite.Verdict[cas][controles.size()];
            f.clear();
            for (int l = lots - 1; l >= 0; l--) {
                int de = l * taille;
                int a = Math.min(cas, de + taille);
                f.add(pool.submit(() -> {
                    for (int i = de; i < a; i++) {
                        for (int k = 0; k < controles.size(); k++) {
                            verdicts[i][k] = controles.get(k).verifier(demandes[i], bases[i], i);
                        }
                    }
                }));
            }
            attendre(f);
            List<ProprieteResult> resultats = new ArrayList<>();
            for (Propriete p : Propriete.values()) {
                if (proprietes.contains(p)) {
                    ProprieteResult r = ControlesEquite.resultat(ctx, p, controles, demandes, verdicts, graine);
                    if (p == Propriete.CLASSEMENT) {
                        List<String> details = new ArrayList<>(r.details());
                        details.addAll(classement.details());
                        r = new ProprieteResult(p, r.cas(), r.sansObjet(), r.exceptions(), r.echecs(),
                                r.contreExemple(), details, r.appliques(), r.nonConcluante());
                    }
                    resultats.add(r);
                }
            }
            Statistiques stats = Descriptives.calculer(ctx, demandes, bases);
            // counterfactuals through proxies go with property 2 (protected data): a suite of other properties adds no
            // scoring for them
            List<Contrefactuel> contrefactuels = proprietes.contains(Propriete.DONNEES_PROTEGEES)
                    ? Contrefactuels.calculer(ctx, demandes, bases) : List.of();
            List<Disparite> disparites = proprietes.contains(Propriete.DONNEES_PROTEGEES)
                    ? Disparites.calculer(ctx, demandes, bases) : List.of();
            return new RapportEquite(pack.id(), pack.version(), pack.nom(), date, graine, cas, resultats, stats,
                    contrefactuels, disparites);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void attendre(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("suite d'équité interrompue", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("erreur interne de la suite d'équité : " + e.getCause(), e.getCause());
            }
        }
    }

    /** Collects the suite's settings; {@link #build()} resolves the pack. */
    public static final class Builder {
        private final CotationEngine engine;
        private BiFunction<Demande, LocalDate, CotationResult> coteur;
        private String packId;
        private String version;
        private LocalDate date;
        private long graine;
        private int cas = 1000;
        private int threads = 8;
        private Set<Propriete> proprietes = EnumSet.allOf(Propriete.class);
        private UnaryOperator<List<Position>> perturbation = UnaryOperator.identity();

        private Builder(CotationEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /**
         * The pack to verify, by id and version; optional when the engine loaded exactly one pack with a territory.
         * A base pack (no territory of its own) is verified through the packs that extend it.
         */
        public Builder pack(String id, String version) {
            this.packId = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** The generator's seed (default 0). */
        public Builder graine(long graine) {
            this.graine = graine;
            return this;
        }

        /** How many demandes to generate, each put through every property (default 1,000). */
        public Builder cas(int cas) {
            if (cas < 1) {
                throw new IllegalArgumentException("au moins un cas : " + cas);
            }
            this.cas = cas;
            return this;
        }

        /**
         * The evaluation date. Default, from the pack alone (never the clock): its last day in force, or two years
         * after its first day in force when it is open-ended.
         */
        public Builder dateEvaluation(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /** Threads of the suite's own pool (default 8: the determinism property compares results across them). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("au moins un thread : " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Verify only these properties (default all). */
        public Builder proprietes(Propriete... proprietes) {
            if (proprietes.length == 0) {
                throw new IllegalArgumentException("au moins une propriété");
            }
            this.proprietes = EnumSet.of(proprietes[0], proprietes);
            return this;
        }

        /** Scores through this function instead of {@code engine::coter} (tests of the suite itself). */
        Builder coteur(BiFunction<Demande, LocalDate, CotationResult> coteur) {
            this.coteur = Objects.requireNonNull(coteur);
            return this;
        }

        /**
         * Alters the classement's positions before property 6 reads them (tests of the suite itself: an inconsistent
         * ranking must fail).
         */
        Builder perturbation(UnaryOperator<List<Position>> perturbation) {
            this.perturbation = Objects.requireNonNull(perturbation);
            return this;
        }

        /**
         * The suite.
         *
         * @throws IllegalArgumentException when the pack is not loaded, is a base, or none was named and the engine
         *                                  has not exactly one territorial pack; the message lists the packs loaded
         */
        public SuiteEquite build() {
            List<PackDescriptor> territoriaux = engine.packs().stream().filter(p -> !p.estBase()).toList();
            PackDescriptor p;
            if (packId == null) {
                if (territoriaux.size() != 1) {
                    throw new IllegalArgumentException("nommer le pack à vérifier (pack(id, version)) parmi : "
                            + noms(territoriaux));
                }
                p = territoriaux.get(0);
            } else {
                p = engine.packs().stream().filter(d -> d.id().equals(packId) && d.version().equals(version))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("pack " + packId + " " + version
                                + " non chargé (une base ne l'est jamais seule : vérifier les packs qui l'étendent) ; packs "
                                + "chargés : " + noms(engine.packs())));
            }
            if (p.estBase() || p.communes().isEmpty()) {
                throw new IllegalArgumentException("le pack " + p.id() + " n'a pas de territoire (base) : vérifier les "
                        + "packs qui l'étendent");
            }
            LocalDate d = date != null ? date
                    : p.enVigueurAu() != null ? p.enVigueurAu() : p.enVigueurDu().plusYears(2);
            return new SuiteEquite(this, p, d);
        }

        private static String noms(List<PackDescriptor> packs) {
            return packs.isEmpty() ? "aucun" : String.join(", ", packs.stream().map(d -> d.id() + " " + d.version())
                    .toList());
        }
    }
}
