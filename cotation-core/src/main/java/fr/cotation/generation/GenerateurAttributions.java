package fr.cotation.generation;

import fr.cotation.classement.Attribution;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Typologie;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded generator of past attributions consistent with a synthetic stock: each attribution is that of a demande
 * drawn by a {@link GenerateurDemandes} (so its communes, typologies and mutation share follow the stock's), dated
 * in a period before the evaluation date, with a waiting time that grows with the dwelling's size. Each attribution
 * is a pure function of (seed, index); thread-safe.
 *
 * <pre>{@code
 * GenerateurAttributions historique = GenerateurAttributions.builder(generateurDeDemandes)
 *         .graine(7L)
 *         .build();                                   // attributions of the 24 months before the evaluation date
 * List<Attribution> h = historique.liste(20_000);
 * }</pre>
 *
 * <p><b>Proportions</b> (plausible orders of magnitude, not statistics; see {@code docs/generation.md}): the commune
 * is the demande's first wished commune in 50 % of cases, another of its wished communes otherwise; the typology its
 * first typology in 70 % of cases, another of its typologies otherwise; the attribution date uniform over the
 * period; the waiting time log-normal (σ = 0.6) with a median of {@link #MEDIANE_MOIS} months by typology, 25 %
 * longer for a mutation, capped at 10 years.
 */
public final class GenerateurAttributions {
    /** Median waiting time in months, by typology in the order of {@link Typologie}: chambre, T1 ... T6 et plus. */
    public static final List<Integer> MEDIANE_MOIS = List.of(6, 12, 14, 18, 24, 30, 36);

    private static final double SIGMA = 0.6;
    private static final long JOURS_MAX = 3_650;

    private final GenerateurDemandes demandes;
    private final long graine;
    private final LocalDate debut;
    private final long jours;

    private GenerateurAttributions(Builder b) {
        this.demandes = b.demandes;
        this.graine = b.graine;
        LocalDate fin = demandes.dateEvaluation();
        this.debut = fin.minus(b.periode).plusDays(1);
        this.jours = ChronoUnit.DAYS.between(debut, fin) + 1;
    }

    /** A builder over the demandes of {@code demandes}, dated before its evaluation date. */
    public static Builder builder(GenerateurDemandes demandes) {
        return new Builder(Objects.requireNonNull(demandes, "demandes"));
    }

    /** First attribution date drawn (inclusive). */
    public LocalDate debut() {
        return debut;
    }

    /** Last attribution date drawn (inclusive): the evaluation date of the demandes' generator. */
    public LocalDate fin() {
        return demandes.dateEvaluation();
    }

    /**
     * Attribution number {@code index} of this seed: always the same.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Attribution attribution(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index négatif : " + index);
        }
        SplittableRandom rnd = new SplittableRandom(GenerateurDemandes.melange(graine ^ 0x4154545249425554L, index));
        Demande d = demandes.demande(rnd.nextLong(Long.MAX_VALUE));
        List<String> communes = d.communesSouhaitees();
        String commune = communes.size() == 1 || rnd.nextDouble() < 0.5 ? communes.get(0)
                : communes.get(1 + rnd.nextInt(communes.size() - 1));
        List<Typologie> typologies = d.typologies();
        Typologie typologie = typologies.size() == 1 || rnd.nextDouble() < 0.7 ? typologies.get(0)
                : typologies.get(1 + rnd.nextInt(typologies.size() - 1));
        LocalDate attribution = debut.plusDays(rnd.nextLong(jours));
        double mediane = MEDIANE_MOIS.get(typologie.ordinal()) * (d.mutation() ? 1.25 : 1.0);
        double mois = mediane * StrictMath.exp(SIGMA * gauss(rnd));
        long attente = Math.min(JOURS_MAX, Math.round(mois * 365.25 / 12));
        return new Attribution(attribution.minusDays(attente), attribution, typologie, commune, d.mutation());
    }

    /** Attributions {@code 0} to {@code n - 1}, lazily; the stream may be made parallel. */
    public Stream<Attribution> flux(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n doit être positif : " + n);
        }
        return LongStream.range(0, n).mapToObj(this::attribution);
    }

    /** Attributions {@code 0} to {@code n - 1}, in a list. */
    public List<Attribution> liste(int n) {
        return flux(n).toList();
    }

    /** A standard normal draw (Box-Muller, StrictMath: the same on every JVM). */
    private static double gauss(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    /** Builds a {@link GenerateurAttributions}; seed 0 and a period of 24 months by default. */
    public static final class Builder {
        private final GenerateurDemandes demandes;
        private long graine;
        private Period periode = Period.ofMonths(24);

        private Builder(GenerateurDemandes demandes) {
            this.demandes = demandes;
        }

        /** The seed: the same seed and demandes' generator give the same attributions. */
        public Builder graine(long graine) {
            this.graine = graine;
            return this;
        }

        /**
         * The attributions are dated after {@code dateEvaluation − periode}, up to the evaluation date included.
         *
         * @throws IllegalArgumentException if the period is zero or negative
         */
        public Builder periode(Period periode) {
            Objects.requireNonNull(periode, "periode");
            if (periode.isZero() || periode.isNegative()) {
                throw new IllegalArgumentException("periode doit être positive : " + periode);
            }
            this.periode = periode;
            return this;
        }

        public GenerateurAttributions build() {
            return new GenerateurAttributions(this);
        }
    }
}
