package fr.cotation.classement;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.Typologie;
import fr.cotation.internal.ClassementInterne;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.pack.Analogie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Le classement of a stock of demandes: each demande scored in each wished commune, then ranked among the analogous
 * demandes for each typology it seeks, with the délai d'attente observed from past attributions (art. R.441-2-17
 * CCH: the applicant is owed the distribution of the cotations of analogous demandes and the waiting time observed).
 *
 * <pre>{@code
 * Classement classement = Classement.builder(engine)
 *         .dateEvaluation(LocalDate.of(2025, 6, 30))
 *         .historique(attributions)                  // délai d'attente; window: 12 months before the date
 *         .build();
 * ClassementResult r = classement.classer(stock);  // one streaming pass over the stock
 * for (Position p : r.positions("0060125000000042G0601")) {
 *     System.out.println(p.rang() + "e sur " + p.taille() + " en " + p.typologie().libelle() + " à " + p.commune());
 * }
 * }</pre>
 *
 * <p>What is analogous is each pack's {@link fr.cotation.pack.PackDescriptor#analogie()} unless
 * {@link Builder#analogie(Analogie)} overrides it. Only communes with a note ({@code COTEE}) are ranked. The order in
 * a group is {@link Departage}. Radiated, expired, invalid and duplicate demandes, and communes without a grille, are
 * left out and counted ({@link Exclusions}).
 *
 * <p>A classement is immutable and thread-safe; {@link #classer(Iterable)} reads the stock once, scores it in
 * parallel batches with deterministic results, and keeps only compact primitive arrays per group (no
 * {@code CotationResult} is held beyond its batch). See {@code docs/classement.md}.
 */
public final class Classement {

    /** Default upper bounds of the resource bands, in euros per month and per consumption unit. */
    public static final List<BigDecimal> BORNES_RESSOURCES_PAR_DEFAUT = List.of(BigDecimal.valueOf(600),
            BigDecimal.valueOf(1200), BigDecimal.valueOf(1800));

    /** Demandes read and scored together; their results are dropped once the batch is accumulated. */
    private static final int LOT = 2048;

    private final CotationEngine engine;
    private final LocalDate dateEvaluation;
    private final Analogie analogie;
    private final List<TrancheRessources> tranches;
    private final Map<String, LocalDate> radiations;
    private final Period validite;
    private final boolean parallele;
    /** The results of a stock already scored at the evaluation date, {@code null}: the engine scores. */
    private final Function<Demande, CotationResult> resultats;
    /** Each pack's analogie by id and version, looked up the first time a cotation of that pack is ranked. */
    private final Map<String, Analogie> analogieDesPacks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Delais delais;

    static {
        // the fairness suite ranks the results it already scored (internal: not a public option)
        ClassementInterne.installer((b, f) -> b.resultats = Objects.requireNonNull(f));
    }

    private Classement(Builder b) {
        this.engine = b.engine;
        this.dateEvaluation = b.dateEvaluation;
        this.analogie = b.analogie;
        this.radiations = Map.copyOf(b.radiations);
        this.validite = b.validite;
        this.parallele = b.parallele;
        this.resultats = b.resultats;
        List<TrancheRessources> t = new ArrayList<>();
        BigDecimal min = BigDecimal.ZERO;
        for (BigDecimal borne : b.bornes) {
            t.add(new TrancheRessources(t.size() + 1, min, borne));
            min = borne;
        }
        t.add(new TrancheRessources(t.size() + 1, min, null));
        this.tranches = List.copyOf(t);
        this.delais = new Delais(b.historique, engine.referentiel(), dateEvaluation, b.fenetre, b.minimum);
    }

    /** A builder for a classement scored by {@code engine}. */
    public static Builder builder(CotationEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** The evaluation date. */
    public LocalDate dateEvaluation() {
        return dateEvaluation;
    }

    /**
     * Ranks a stock in one pass. Never throws for a bad demande: it is excluded and counted.
     *
     * @param demandes the stock; read once, it may be larger than memory
     */
    public ClassementResult classer(Iterable<Demande> demandes) {
        Accumulation acc = new Accumulation();
        Iterator<Demande> it = demandes.iterator();
        List<Demande> lot = new ArrayList<>(LOT);
        List<Integer> indices = new ArrayList<>(LOT);
        while (it.hasNext()) {
            Demande d = it.next();
            int indice = acc.admettre(d);
            if (indice != Accumulation.EXCLUE) {
                lot.add(d);
                indices.add(indice);
            }
            if (lot.size() == LOT || !it.hasNext()) {
                Cotee[] cotees = coter(lot);
                for (int i = 0; i < cotees.length; i++) {
                    acc.ajouter(lot.get(i), indices.get(i), cotees[i]);
                }
                lot.clear();
                indices.clear();
            }
        }
        return acc.resultat();
    }

    /** Scores a batch, in parallel when allowed; results in batch order whatever the threads. */
    private Cotee[] coter(List<Demande> lot) {
        IntStream i = IntStream.range(0, lot.size());
        return (parallele ? i.parallel() : i).mapToObj(k -> coter(lot.get(k))).toArray(Cotee[]::new);
    }

    private Cotee coter(Demande d) {
        CotationResult r = resultats != null ? resultats.apply(d) : engine.coter(d, dateEvaluation);
        TrancheRessources t = null;
        if (r.valide()) {
            for (Cotation c : r.cotations()) {
                if (c.statut() == Cotation.Statut.COTEE && analogie(c) == Analogie.TYPOLOGIE_RESSOURCES) {
                    t = trancheValide(d);
                    break;
                }
            }
        }
        return new Cotee(r, t);
    }

    /** The result of one demande, while its batch lasts. */
    private record Cotee(CotationResult resultat, TrancheRessources tranche) {
    }

    private Analogie analogie(Cotation c) {
        if (analogie != null) {
            return analogie;
        }
        // only the packs the stock needs: asking every pack would compile them all (packs compile on first use)
        return analogieDesPacks.computeIfAbsent(c.pack() + '@' + c.version(), k -> engine.grille(c.pack(), c.version(),
                c.grille()).map(g -> g.pack().analogie()).orElse(Analogie.TYPOLOGIE_COMMUNE));
    }

    /**
     * The délai d'attente observed for a typology in a commune, with the EPCI as fallback, whether or not a demande
     * of a stock asks for it (for instance to tell an applicant about a commune it could add).
     */
    public DelaiAttente delaiAttente(Typologie typologie, String codeInsee) {
        return delais.commune(Objects.requireNonNull(typologie, "typologie"), Objects.requireNonNull(codeInsee,
                "codeInsee"));
    }

    /** Attributions of the history that could not be used (see {@link Attribution#problemes()}); they are skipped. */
    public long attributionsEcartees() {
        return delais.ecartees();
    }

    /** The resource bands, lowest first. */
    public List<TrancheRessources> tranchesRessources() {
        return tranches;
    }

    /** The resource band of a demande at the evaluation date; empty when the demande is invalid. */
    public Optional<TrancheRessources> tranche(Demande demande) {
        if (demande == null || !engine.valider(demande, dateEvaluation).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(trancheValide(demande));
    }

    private TrancheRessources trancheValide(Demande d) {
        BigDecimal parUc = Derivation.ressourcesParUniteDeConsommation(d, dateEvaluation);
        for (TrancheRessources t : tranches) {
            if (t.maximum() == null || parUc.compareTo(t.maximum()) < 0) {
                return t;
            }
        }
        throw new IllegalStateException("la dernière tranche est ouverte");
    }

    /** The state of one pass over a stock: filled by the reading thread only. */
    private final class Accumulation {
        static final int EXCLUE = -1;

        private final Numeros numeros = new Numeros();
        private final Tableaux.Entiers depots = new Tableaux.Entiers(1 << 12);
        private final Tableaux.Entiers slotDebut = new Tableaux.Entiers(1 << 12);
        private final Tableaux.Entiers slotFin = new Tableaux.Entiers(1 << 12);
        /** By demande index: 0 when admitted, else 1 + the ordinal of the {@link MotifExclusion} that left it out. */
        private final Tableaux.Entiers motifs = new Tableaux.Entiers(1 << 12);
        private final Tableaux.Entiers slotGroupe = new Tableaux.Entiers(1 << 14);
        private final Tableaux.Entiers slotCommune = new Tableaux.Entiers(1 << 14);
        private final Map<String, Integer> indicesCommunes = new HashMap<>();
        private final List<String> communes = new ArrayList<>();
        private final Map<Cle, Integer> indicesGroupes = new HashMap<>();
        private final List<Groupe> groupes = new ArrayList<>();
        private final long[] exclues = new long[MotifExclusion.values().length];
        private final List<DemandeInvalide> invalides = new ArrayList<>();
        private long lues;
        private long classees;

        /**
         * Registers a demande and tells whether it is to be scored: its index, or {@link #EXCLUE} when it is a
         * duplicate, radiated or expired (counted here). A demande without numéro is scored, to report its problems.
         */
        int admettre(Demande d) {
            lues++;
            if (d == null) {
                exclure(MotifExclusion.INVALIDE);
                invalides.add(new DemandeInvalide(null, List.of(new Probleme("demande", "null", "demande absente"))));
                return EXCLUE;
            }
            String numero = d.numeroUnique();
            if (numero == null || numero.isBlank()) {
                return Integer.MIN_VALUE;
            }
            int indice = numeros.ajouter(numero);
            if (indice < 0) {
                exclure(MotifExclusion.DOUBLON);
                return EXCLUE;
            }
            depots.ajouter(d.dateDepot() == null ? 0 : (int) d.dateDepot().toEpochDay());
            slotDebut.ajouter(0);
            slotFin.ajouter(0);
            motifs.ajouter(0);
            LocalDate radiation = radiations.get(numero);
            if (radiation != null && !radiation.isAfter(dateEvaluation)) {
                exclure(MotifExclusion.RADIEE, indice);
                return EXCLUE;
            }
            // a renewal date the source does not give is unknown, not "never renewed": the demande is not expired
            LocalDate reference = d.dateRenouvellement() != null ? d.dateRenouvellement()
                    : d.renouvellementInconnu() ? null : d.dateDepot();
            if (reference != null && dateEvaluation.isAfter(reference.plus(validite))) {
                exclure(MotifExclusion.EXPIREE, indice);
                return EXCLUE;
            }
            return indice;
        }

        /** Adds the cotations of an admitted demande; demandes come in the order they were admitted. */
        void ajouter(Demande d, int indice, Cotee cotee) {
            CotationResult r = cotee.resultat();
            if (!r.valide() || indice < 0) {
                exclure(MotifExclusion.INVALIDE, indice);
                List<Probleme> p = r.valide() ? List.of(new Probleme("numeroUnique", String.valueOf(d.numeroUnique()),
                        "numéro unique absent")) : r.problemes();
                invalides.add(new DemandeInvalide(d.numeroUnique(), p));
                return;
            }
            slotDebut.set(indice, slotGroupe.taille());
            Set<Typologie> typologies = new LinkedHashSet<>(d.typologies());
            Map<Integer, Double> notes = new LinkedHashMap<>();
            for (Cotation c : r.cotations()) {
                switch (c.statut()) {
                    case SANS_GRILLE -> exclure(MotifExclusion.SANS_GRILLE);
                    case ERREUR -> exclure(MotifExclusion.ERREUR);
                    case COTEE -> {
                        int commune = indicesCommunes.computeIfAbsent(c.commune(), k -> {
                            communes.add(k);
                            return communes.size() - 1;
                        });
                        Analogie a = analogie(c);
                        if (a == Analogie.TYPOLOGIE_EPCI && c.epci() == null) {
                            a = Analogie.TYPOLOGIE_COMMUNE;
                        }
                        String territoire = a == Analogie.TYPOLOGIE_EPCI ? c.epci() : c.commune();
                        int tranche = a == Analogie.TYPOLOGIE_RESSOURCES ? cotee.tranche().rang() : 0;
                        double note = c.total().doubleValue();
                        for (Typologie t : typologies) {
                            Cle cle = new Cle(a, t, territoire, tranche);
                            int g = indicesGroupes.computeIfAbsent(cle, k -> {
                                groupes.add(new Groupe(k));
                                return groupes.size() - 1;
                            });
                            notes.merge(g, note, Math::max);
                            slotGroupe.ajouter(g);
                            slotCommune.ajouter(commune);
                        }
                    }
                }
            }
            slotFin.set(indice, slotGroupe.taille());
            if (!notes.isEmpty()) {
                classees++;
                notes.forEach((g, note) -> groupes.get(g).ajouter(note, indice));
            }
        }

        private void exclure(MotifExclusion motif) {
            exclues[motif.ordinal()]++;
        }

        /** Counts a demande left out and keeps its reason, for its fiche ({@code indice < 0}: no numéro). */
        private void exclure(MotifExclusion motif, int indice) {
            exclure(motif);
            if (indice >= 0) {
                motifs.set(indice, motif.ordinal() + 1);
            }
        }

        ClassementResult resultat() {
            int[] dates = depots.figer();
            for (Groupe g : groupes) {
                g.trier((a, b) -> {
                    int c = Integer.compare(dates[a], dates[b]);
                    return c != 0 ? c : numeros.comparer(a, b);
                });
            }
            Map<MotifExclusion, Long> nombres = new HashMap<>();
            for (MotifExclusion m : MotifExclusion.values()) {
                nombres.put(m, exclues[m.ordinal()]);
            }
            return new ClassementResult(dateEvaluation, numeros, dates, slotDebut.figer(), slotFin.figer(),
                    motifs.figer(), slotGroupe.figer(),
                    slotCommune.figer(), communes.toArray(String[]::new), groupes.toArray(Groupe[]::new), delais,
                    engine.referentiel(), tranches, lues, classees, new Exclusions(nombres, invalides));
        }
    }

    /** What identifies a group of analogous demandes; {@code tranche} is 0 when bands do not apply. */
    record Cle(Analogie analogie, Typologie typologie, String territoire, int tranche) {
    }

    /** Collects the parameters of a classement; only the evaluation date is required. */
    public static final class Builder {
        private final CotationEngine engine;
        private LocalDate dateEvaluation;
        private Iterable<Attribution> historique = List.of();
        private Period fenetre = Period.ofMonths(12);
        private int minimum = 5;
        private Analogie analogie;
        private List<BigDecimal> bornes = BORNES_RESSOURCES_PAR_DEFAUT;
        private Map<String, LocalDate> radiations = Map.of();
        private Period validite = Period.ofYears(1);
        private boolean parallele = true;
        private Function<Demande, CotationResult> resultats;

        private Builder(CotationEngine engine) {
            this.engine = engine;
        }

        /** The date the demandes are scored and ranked at; also the end of the attribution window. Required. */
        public Builder dateEvaluation(LocalDate dateEvaluation) {
            this.dateEvaluation = Objects.requireNonNull(dateEvaluation, "dateEvaluation");
            return this;
        }

        /** Past attributions, read once when the classement is built; none by default. */
        public Builder historique(Iterable<Attribution> attributions) {
            this.historique = Objects.requireNonNull(attributions, "historique");
            return this;
        }

        /**
         * The window of attributions counted for the délai d'attente: attributions dated after
         * {@code dateEvaluation − fenetre} and up to {@code dateEvaluation} included. Default 12 months.
         *
         * @throws IllegalArgumentException if the period is zero or negative
         */
        public Builder fenetre(Period fenetre) {
            Objects.requireNonNull(fenetre, "fenetre");
            if (fenetre.isZero() || fenetre.isNegative()) {
                throw new IllegalArgumentException("fenetre doit être positive : " + fenetre);
            }
            this.fenetre = fenetre;
            return this;
        }

        /**
         * Attributions a délai d'attente needs in its window to be shown (default 5).
         *
         * @throws IllegalArgumentException if {@code minimum < 1}
         */
        public Builder minimumAttributions(int minimum) {
            if (minimum < 1) {
                throw new IllegalArgumentException("minimumAttributions doit être au moins 1 : " + minimum);
            }
            this.minimum = minimum;
            return this;
        }

        /** Uses this analogie for every territory instead of each pack's. */
        public Builder analogie(Analogie analogie) {
            this.analogie = Objects.requireNonNull(analogie, "analogie");
            return this;
        }

        /**
         * The upper bounds of the resource bands, increasing, in euros per month and per consumption unit: {@code n}
         * bounds make {@code n + 1} bands. Default {@link #BORNES_RESSOURCES_PAR_DEFAUT}.
         *
         * @throws IllegalArgumentException if a bound is not positive or the bounds do not increase
         */
        public Builder tranchesRessources(List<BigDecimal> bornes) {
            BigDecimal precedente = BigDecimal.ZERO;
            for (BigDecimal b : bornes) {
                if (b == null || b.compareTo(precedente) <= 0) {
                    throw new IllegalArgumentException("tranchesRessources : bornes positives et croissantes attendues, "
                            + "trouvé " + bornes);
                }
                precedente = b;
            }
            this.bornes = List.copyOf(bornes);
            return this;
        }

        /**
         * Radiation dates by numéro unique (the demande format carries none): a demande radiated on or before the
         * evaluation date is excluded as {@link MotifExclusion#RADIEE}.
         */
        public Builder radiations(Map<String, LocalDate> radiations) {
            this.radiations = Map.copyOf(radiations);
            return this;
        }

        /**
         * How long a demande stays valid after its last renewal (or its first filing when never renewed) before it
         * counts as expired; default one year (art. R.441-2-7 CCH).
         *
         * @throws IllegalArgumentException if the period is negative
         */
        public Builder validite(Period validite) {
            Objects.requireNonNull(validite, "validite");
            if (validite.isNegative()) {
                throw new IllegalArgumentException("validite négative : " + validite);
            }
            this.validite = validite;
            return this;
        }

        /** Scores batches in parallel on the common pool (default {@code true}); results are the same either way. */
        public Builder parallele(boolean parallele) {
            this.parallele = parallele;
            return this;
        }

        /**
         * The classement; reads the attribution history.
         *
         * @throws IllegalStateException if the evaluation date is missing
         */
        public Classement build() {
            if (dateEvaluation == null) {
                throw new IllegalStateException("date d'évaluation absente (dateEvaluation)");
            }
            return new Classement(this);
        }
    }
}
