package fr.cotation.classement;

import fr.cotation.CotationEngine;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.Analogie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * ResultatClassement r = classement.classer(stock);  // one streaming pass over the stock
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

    private Classement(Builder b) {
    }

    /** A builder for a classement scored by {@code engine}. */
    public static Builder builder(CotationEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** The evaluation date. */
    public LocalDate dateEvaluation() {
        throw new UnsupportedOperationException("à venir");
    }

    /**
     * Ranks a stock in one pass. Never throws for a bad demande: it is excluded and counted.
     *
     * @param demandes the stock; read once, it may be larger than memory
     */
    public ResultatClassement classer(Iterable<Demande> demandes) {
        throw new UnsupportedOperationException("à venir");
    }

    /**
     * The délai d'attente observed for a typology in a commune, with the EPCI as fallback, whether or not a demande
     * of a stock asks for it (for instance to tell an applicant about a commune it could add).
     */
    public DelaiAttente delaiAttente(Typologie typologie, String codeInsee) {
        throw new UnsupportedOperationException("à venir");
    }

    /** The resource bands, lowest first. */
    public List<TrancheRessources> tranchesRessources() {
        throw new UnsupportedOperationException("à venir");
    }

    /** The resource band of a demande at the evaluation date; empty when the demande is invalid. */
    public Optional<TrancheRessources> tranche(Demande demande) {
        throw new UnsupportedOperationException("à venir");
    }

    /** Collects the parameters of a classement; only the evaluation date is required. */
    public static final class Builder {
        private final CotationEngine engine;

        private Builder(CotationEngine engine) {
            this.engine = engine;
        }

        /** The date the demandes are scored and ranked at; also the end of the attribution window. Required. */
        public Builder dateEvaluation(LocalDate dateEvaluation) {
            throw new UnsupportedOperationException("à venir");
        }

        /** Past attributions, read once when the classement is built; none by default. */
        public Builder historique(Iterable<Attribution> attributions) {
            throw new UnsupportedOperationException("à venir");
        }

        /**
         * The window of attributions counted for the délai d'attente: attributions dated after
         * {@code dateEvaluation − fenetre} and up to {@code dateEvaluation} included. Default 12 months.
         */
        public Builder fenetre(Period fenetre) {
            throw new UnsupportedOperationException("à venir");
        }

        /** Attributions a délai d'attente needs in its window to be shown (default 5). */
        public Builder minimumAttributions(int minimum) {
            throw new UnsupportedOperationException("à venir");
        }

        /** Uses this analogie for every territory instead of each pack's. */
        public Builder analogie(Analogie analogie) {
            throw new UnsupportedOperationException("à venir");
        }

        /**
         * The upper bounds of the resource bands, increasing, in euros per month and per consumption unit: {@code n}
         * bounds make {@code n + 1} bands. Default {@link #BORNES_RESSOURCES_PAR_DEFAUT}.
         */
        public Builder tranchesRessources(List<BigDecimal> bornes) {
            throw new UnsupportedOperationException("à venir");
        }

        /**
         * Radiation dates by numéro unique (the demande format carries none): a demande radiated on or before the
         * evaluation date is excluded as {@link MotifExclusion#RADIEE}.
         */
        public Builder radiations(Map<String, LocalDate> radiations) {
            throw new UnsupportedOperationException("à venir");
        }

        /**
         * How long a demande stays valid after its last renewal (or its first filing when never renewed) before it
         * counts as expired; default one year (art. R.441-2-7 CCH).
         */
        public Builder validite(Period validite) {
            throw new UnsupportedOperationException("à venir");
        }

        /** Scores batches in parallel on the common pool (default {@code true}); results are the same either way. */
        public Builder parallele(boolean parallele) {
            throw new UnsupportedOperationException("à venir");
        }

        /**
         * The classement; reads the attribution history.
         *
         * @throws IllegalStateException if the evaluation date is missing
         */
        public Classement build() {
            return new Classement(this);
        }
    }
}
