package fr.cotation.generation;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Cotitulaire;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Identite;
import fr.cotation.demande.Menage;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.SituationProfessionnelle;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded generator of synthetic demandes: valid at the evaluation date, varied, and each one a pure function of
 * (seed, index), so that a stock can be regenerated lazily or in parallel and any demande reproduced from its index.
 *
 * <pre>{@code
 * GenerateurDemandes generateur = GenerateurDemandes.builder()
 *         .graine(20250630L)
 *         .dateEvaluation(LocalDate.of(2025, 6, 30))
 *         .communes(engine.referentiel(), "200030195", "240600585")   // one bassin per EPCI
 *         .build();
 * Demande d = generateur.demande(42);                 // always the same demande for this seed and index
 * List<Demande> stock = generateur.liste(10_000);     // demande(0) ... demande(9_999)
 * }</pre>
 *
 * <p><b>Communes.</b> The wished communes (1 to 8), the current housing's commune and the workplaces are drawn from
 * <i>bassins</i>: each call to {@link Builder#communes(List)} adds one, and {@link Builder#communes(Referentiel,
 * String...)} adds one per EPCI. A demande has a home bassin; most of its communes come from it, the others from the
 * other bassins (its neighbours). Within a bassin a commune is drawn in proportion to its population when the
 * registry gives it ({@link CommuneRef#population()}), uniformly for a bassin given as a list; the home bassin is drawn
 * in proportion to the bassins' populations when every bassin has them, else to their numbers of communes. Codes taken from
 * a {@link Referentiel} are valid for an engine with that registry; codes given as a list are the caller's
 * responsibility (a well-formed code of a département the engine's registry does not cover is valid and has no grille).
 *
 * <p><b>Validity.</b> Every demande has no problem for {@code CotationEngine.validate} at {@link #dateEvaluation()}:
 * dates are never after it, amounts never negative, declared situations are those of the catalogue whose origin is
 * {@code DECLAREE}, at most {@value Demande#COMMUNES_SOUHAITEES_MAX} distinct wished communes.
 *
 * <p><b>Proportions.</b> Household composition, ages, contracts and resources, current housing, motifs, typologies,
 * ancienneté, mutation, DALO, PDALHPD, handicap, declared situations, refusals and proofs follow the table of
 * {@code docs/generation.md}, where every share is given with its reason. They are plausible orders of magnitude for
 * a PACA stock, not statistics; where a published figure exists (Nice's 2021 attributions: 15 % of demandes older
 * than 45 months, 17 % without stable housing, 8 % handicap or illness, 2 % women victims of violence, 36 % working
 * households) it is the order of magnitude aimed at.
 *
 * <p><b>Protected data.</b> Names, first names, civility, sex, nationality, birth place and profession are filled
 * with neutral synthetic values (made-up syllables, never real names), so that tests of art. 225-1 code pénal have
 * something to change: {@link #autresIdentites(Demande)} changes all of them.
 *
 * <p><b>Determinism.</b> Demande {@code i} is drawn from a {@link SplittableRandom} seeded with the seed mixed with
 * {@code i}; nothing reads a clock, a locale or a shared state. A generator is immutable except for the cursor of
 * {@link #suivante()}, and thread-safe.
 */
public final class GenerateurDemandes {
    private final long graine;
    private final LocalDate dateEvaluation;
    private final List<List<String>> bassins;
    private final List<Bassin> ponderes;
    private final List<Bassin> voisines;
    private final double[] cumulBassins;
    private final AtomicLong curseur = new AtomicLong();

    private GenerateurDemandes(Builder b) {
        this.graine = b.graine;
        this.dateEvaluation = b.dateEvaluation;
        List<List<String>> copie = new ArrayList<>();
        List<Bassin> p = new ArrayList<>();
        boolean populations = true;
        for (int i = 0; i < b.bassins.size(); i++) {
            List<String> donnes = b.bassins.get(i);
            List<String> codes = List.copyOf(new LinkedHashSet<>(donnes));
            List<Integer> pop = b.populations.get(i);
            copie.add(codes);
            // a code repeated in a bassin is drawn as one commune, with the weight of its first occurrence
            p.add(new Bassin(codes, pop == null ? null : codes.stream().map(c -> pop.get(donnes.indexOf(c))).toList()));
            populations &= pop != null && pop.stream().allMatch(x -> x != null && x > 0);
        }
        this.bassins = Collections.unmodifiableList(copie);
        this.ponderes = List.copyOf(p);
        List<Bassin> v = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            List<Bassin> autres = new ArrayList<>(p);
            autres.remove(i);
            v.add(Bassin.union(autres));
        }
        this.voisines = List.copyOf(v);
        this.cumulBassins = new double[bassins.size()];
        double total = 0;
        for (int i = 0; i < bassins.size(); i++) {
            total += populations ? ponderes.get(i).poids() : bassins.get(i).size();
            cumulBassins[i] = total;
        }
    }

    /** A builder; {@link Builder#dateEvaluation(LocalDate)} and at least one bassin of communes are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The seed. */
    public long graine() {
        return graine;
    }

    /** The date at which every generated demande is valid, and from which ages and ancienneté are counted. */
    public LocalDate dateEvaluation() {
        return dateEvaluation;
    }

    /** The bassins of communes, in the order they were given. */
    public List<List<String>> bassins() {
        return bassins;
    }

    /**
     * Demande number {@code index} of this seed: always the same, whatever was generated before and on whichever
     * thread.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Demande demande(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index négatif : " + index);
        }
        return new Tirage(this, new SplittableRandom(melange(graine, index)), index).demande();
    }

    /** The demande at the cursor ({@code 0} at first), moving the cursor on by one; thread-safe. */
    public Demande suivante() {
        return demande(curseur.getAndIncrement());
    }

    /** Demandes {@code 0} to {@code n - 1}, lazily; the stream may be made parallel. */
    public Stream<Demande> flux(long n) {
        return flux(0, n);
    }

    /** Demandes {@code premier} to {@code premier + n - 1}, lazily; the stream may be made parallel. */
    public Stream<Demande> flux(long premier, long n) {
        if (premier < 0 || n < 0) {
            throw new IllegalArgumentException("premier et n doivent être positifs : " + premier + ", " + n);
        }
        return LongStream.range(premier, premier + n).mapToObj(this::demande);
    }

    /** Demandes {@code 0} to {@code n - 1}, in a list. */
    public List<Demande> liste(int n) {
        return flux(n).toList();
    }

    /**
     * A copy of {@code d} in which every protected field differs (code pénal art. 225-1): the civil identity (name,
     * first name, civility, sex, nationality, birth place) of every adult and dependant, and the free-text
     * profession. Everything a score may read is kept. Deterministic for this seed and {@code d}'s numéro unique.
     */
    public Demande autresIdentites(Demande d) {
        SplittableRandom rnd = new SplittableRandom(melange(graine ^ 0x5DEECE66DL,
                Objects.hashCode(d.numeroUnique())));
        Identites identites = new Identites(rnd);
        Menage m = d.menage();
        Menage autre = new Menage(m.demandeur() == null ? null : identites.autreAdulte(m.demandeur()),
                m.cotitulaires().stream().map(c -> new Cotitulaire(identites.autreAdulte(c.personne()), c.lien())).toList(),
                m.personnesACharge().stream().map(p -> new PersonneACharge(identites.autre(p.identite()),
                        p.dateNaissance(), p.lien())).toList(),
                m.naissancesAttendues(), m.enfantsEnGarde());
        return new Demande(d.numeroUnique(), d.dateDepot(), d.dateRenouvellement(), autre, d.logementActuel(),
                d.motifs(), d.typologies(), d.communesSouhaitees(), d.dalo(), d.labelPdalhpd(), d.handicap(), d.refus(),
                d.mutation(), d.situations(), d.renouvellementInconnu());
    }

    /** Bassin {@code i} with the weights of its communes. */
    Bassin bassinPondere(int i) {
        return ponderes.get(i);
    }

    /** Every bassin but {@code i}, as one: the neighbours of a demande whose home bassin is {@code i}. */
    Bassin voisines(int i) {
        return voisines.get(i);
    }

    /** The index of a home bassin for a uniform draw {@code u} in [0, 1). */
    int bassin(double u) {
        double x = u * cumulBassins[cumulBassins.length - 1];
        for (int i = 0; i < cumulBassins.length; i++) {
            if (x < cumulBassins[i]) {
                return i;
            }
        }
        return cumulBassins.length - 1;
    }

    /** The seed of demande {@code index}: a 64-bit mix, so that neighbouring indexes and seeds give unrelated streams. */
    static long melange(long graine, long index) {
        return mix64(mix64(graine + 0x9E3779B97F4A7C15L) ^ (index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Adult identities changed by {@link #autresIdentites(Demande)}. */
    private static final class Identites {
        private final SplittableRandom rnd;

        Identites(SplittableRandom rnd) {
            this.rnd = rnd;
        }

        Adulte autreAdulte(Adulte a) {
            SituationProfessionnelle sp = a.situationProfessionnelle();
            SituationProfessionnelle autreSp = sp == null ? null : new SituationProfessionnelle(sp.contrat(),
                    sp.communeTravail(), sp.profession() == null ? null : Tirage.autreProfession(sp.profession(), rnd));
            return new Adulte(autre(a.identite()), a.dateNaissance(), a.situationFamiliale(), autreSp, a.ressources(),
                    a.revenusFiscaux());
        }

        Identite autre(Identite i) {
            return Tirage.autreIdentite(i, rnd);
        }
    }

    /**
     * Builds a {@link GenerateurDemandes}. The seed defaults to 0; the evaluation date has no default (no hidden
     * clock); at least one bassin of communes is required.
     */
    public static final class Builder {
        private long graine;
        private LocalDate dateEvaluation;
        private final List<List<String>> bassins = new ArrayList<>();
        private final List<List<Integer>> populations = new ArrayList<>();

        private Builder() {
        }

        /** The seed: the same seed, date and bassins give the same demandes. */
        public Builder graine(long graine) {
            this.graine = graine;
            return this;
        }

        /** The date at which the demandes are valid; ages and ancienneté are counted back from it. */
        public Builder dateEvaluation(LocalDate dateEvaluation) {
            this.dateEvaluation = Objects.requireNonNull(dateEvaluation, "dateEvaluation");
            return this;
        }

        /**
         * One bassin: communes (INSEE codes) a demande wishes together, such as the communes of one EPCI. Call it
         * several times for several bassins: the others are each demande's neighbours.
         *
         * @throws IllegalArgumentException if the list is empty or a code is not a well-formed INSEE code
         */
        public Builder communes(List<String> codesInsee) {
            Objects.requireNonNull(codesInsee, "codesInsee");
            if (codesInsee.isEmpty()) {
                throw new IllegalArgumentException("bassin de communes vide");
            }
            for (String code : codesInsee) {
                if (!Referentiel.estCodeInsee(code)) {
                    throw new IllegalArgumentException("code INSEE invalide : " + code);
                }
            }
            bassins.add(List.copyOf(codesInsee));
            populations.add(null);
            return this;
        }

        /**
         * One bassin per EPCI: the communes the registry gives each SIREN.
         *
         * @throws IllegalArgumentException if the registry knows no commune of one of the SIRENs
         */
        public Builder communes(Referentiel referentiel, String... sirensEpci) {
            return communes(referentiel, List.of(sirensEpci));
        }

        /** One bassin per EPCI, as {@link #communes(Referentiel, String...)}. */
        public Builder communes(Referentiel referentiel, Collection<String> sirensEpci) {
            Objects.requireNonNull(referentiel, "referentiel");
            if (sirensEpci.isEmpty()) {
                throw new IllegalArgumentException("aucun EPCI");
            }
            for (String siren : sirensEpci) {
                List<CommuneRef> refs = referentiel.communesDe(siren);
                if (refs.isEmpty()) {
                    throw new IllegalArgumentException("le référentiel ne connaît aucune commune de l'EPCI " + siren);
                }
                communes(refs.stream().map(CommuneRef::code).toList());
                populations.set(populations.size() - 1, refs.stream().map(CommuneRef::population).toList());
            }
            return this;
        }

        /**
         * The generator.
         *
         * @throws IllegalStateException if the evaluation date or the communes are missing
         */
        public GenerateurDemandes build() {
            if (dateEvaluation == null) {
                throw new IllegalStateException("date d'évaluation absente (dateEvaluation)");
            }
            if (bassins.isEmpty()) {
                throw new IllegalStateException("aucune commune (communes)");
            }
            return new GenerateurDemandes(this);
        }
    }
}
