package fr.cotation.attribution;

import fr.cotation.demande.Typologie;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The limits of adequacy a territory sets (in its convention intercommunale d'attribution or its landlords' rules):
 * the occupancy table, the taux d'effort and reste à vivre limits, the near-miss tolerance, and whether a dwelling
 * in another commune of a wished commune's EPCI counts as wished. {@link #defaut()} gives the documented defaults
 * (see {@code docs/caleol.md}); change them with {@link #toBuilder()}.
 *
 * @param occupation          persons the household may count for each typology (occupancy table)
 * @param tauxEffortMax       taux d'effort limit in percent: (rent + charges) × 100 ÷ monthly resources
 * @param resteAVivreMinParUC reste à vivre limit per consumption unit, euros per month: (resources − rent − charges)
 *                            ÷ UC
 * @param toleranceProche     how far past a limit is a near miss, as a fraction (0.05: resources up to 5 % over
 *                            the ceiling, a taux d'effort up to 5 % over its limit, a reste à vivre up to 5 % under)
 * @param perimetreEpci       a dwelling in a commune of the same EPCI as a wished commune counts as wished
 */
public record ParametresTerritoire(Map<Typologie, Occupation> occupation, BigDecimal tauxEffortMax,
                                   BigDecimal resteAVivreMinParUC, BigDecimal toleranceProche, boolean perimetreEpci) {

    /**
     * Persons a typology suits, bounds included.
     *
     * @param min fewest persons
     * @param max most persons, {@link Integer#MAX_VALUE} for no upper bound
     */
    public record Occupation(int min, int max) {
        public Occupation {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("occupation impossible : " + min + " à " + max + " personnes");
            }
        }

        boolean admet(int personnes) {
            return personnes >= min && personnes <= max;
        }

        @Override
        public String toString() {
            return max == Integer.MAX_VALUE ? min + " personnes ou plus" : min == max ? min + " personne(s)"
                    : min + " à " + max + " personnes";
        }
    }

    public ParametresTerritoire {
        EnumMap<Typologie, Occupation> copie = new EnumMap<>(Typologie.class);
        copie.putAll(occupation);
        for (Typologie t : Typologie.values()) {
            if (!copie.containsKey(t)) {
                throw new IllegalArgumentException("table d'occupation sans " + t.code());
            }
        }
        occupation = Collections.unmodifiableMap(copie);
        if (tauxEffortMax.signum() <= 0 || resteAVivreMinParUC.signum() < 0 || toleranceProche.signum() < 0) {
            throw new IllegalArgumentException("limites impossibles : taux d'effort " + tauxEffortMax
                    + " %, reste à vivre " + resteAVivreMinParUC + " €/UC, tolérance " + toleranceProche);
        }
    }

    private static final ParametresTerritoire DEFAUT = new Builder().build();

    /**
     * The defaults: chambre 1 person, T1 1–2, T2 1–3, T3 2–5, T4 3–6, T5 4–8, T6 et plus 5 or more; taux d'effort
     * 35 %; reste à vivre 300 € per UC and month (about 10 € a day); near miss within 5 %; no EPCI widening.
     */
    public static ParametresTerritoire defaut() {
        return DEFAUT;
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.occupation.putAll(occupation);
        b.tauxEffortMax = tauxEffortMax;
        b.resteAVivreMinParUC = resteAVivreMinParUC;
        b.toleranceProche = toleranceProche;
        b.perimetreEpci = perimetreEpci;
        return b;
    }

    /** Builds {@link ParametresTerritoire}, from the defaults. */
    public static final class Builder {
        private final EnumMap<Typologie, Occupation> occupation = new EnumMap<>(Typologie.class);
        private BigDecimal tauxEffortMax = new BigDecimal("35");
        private BigDecimal resteAVivreMinParUC = new BigDecimal("300");
        private BigDecimal toleranceProche = new BigDecimal("0.05");
        private boolean perimetreEpci;

        private Builder() {
            occupation.put(Typologie.CHAMBRE, new Occupation(1, 1));
            occupation.put(Typologie.T1, new Occupation(1, 2));
            occupation.put(Typologie.T2, new Occupation(1, 3));
            occupation.put(Typologie.T3, new Occupation(2, 5));
            occupation.put(Typologie.T4, new Occupation(3, 6));
            occupation.put(Typologie.T5, new Occupation(4, 8));
            occupation.put(Typologie.T6_ET_PLUS, new Occupation(5, Integer.MAX_VALUE));
        }

        /** The persons a typology suits, bounds included ({@link Integer#MAX_VALUE}: no upper bound). */
        public Builder occupation(Typologie typologie, int min, int max) {
            occupation.put(typologie, new Occupation(min, max));
            return this;
        }

        /** Taux d'effort limit, percent. */
        public Builder tauxEffortMax(double pourcent) {
            this.tauxEffortMax = BigDecimal.valueOf(pourcent);
            return this;
        }

        /** Reste à vivre limit, euros per consumption unit and month. */
        public Builder resteAVivreMinParUC(double euros) {
            this.resteAVivreMinParUC = BigDecimal.valueOf(euros);
            return this;
        }

        /** Near-miss tolerance as a fraction (0.05 for 5 %); 0 shows no near miss. */
        public Builder toleranceProche(double fraction) {
            this.toleranceProche = BigDecimal.valueOf(fraction);
            return this;
        }

        /** Whether a dwelling elsewhere in the EPCI of a wished commune counts as wished. */
        public Builder perimetreEpci(boolean perimetreEpci) {
            this.perimetreEpci = perimetreEpci;
            return this;
        }

        /** The parameters. */
        public ParametresTerritoire build() {
            return new ParametresTerritoire(occupation, tauxEffortMax, resteAVivreMinParUC, toleranceProche,
                    perimetreEpci);
        }
    }
}
