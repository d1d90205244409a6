package fr.cotation.generation;

import fr.cotation.bilan.AttributionCaleol;
import fr.cotation.bilan.ConventionFlux;
import fr.cotation.bilan.DonneesBilan;
import fr.cotation.bilan.LogementLibere;
import fr.cotation.bilan.MenageAttributaire;
import fr.cotation.bilan.SeuilPremierQuartile;
import fr.cotation.bilan.TypeReservataire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded generator of a plausible year of gestion en flux for a territory, the input of
 * {@link fr.cotation.bilan.BilanAttributions}: two fictional bailleurs, each with four conventions (État 25 %, Action
 * Logement 30 %, the first commune 10 %, the EPCI 5 %; the bailleur keeps the rest), the dwellings freed in the year
 * put at each convention's disposal up to its flux, their attributions and households. The same seed, year, EPCI
 * and communes always give the same data. Every value is fictional, the first-quartile threshold included (9,000 €
 * per consumption unit, marked as such in its source): for demonstrations and tests, never a territory's figures.
 *
 * <p><b>Proportions</b> (plausible orders of magnitude, not statistics): scope 600 to 2,000 dwellings per bailleur,
 * rotation 5 to 10 %, 5 to 15 % of the freed dwellings deducted; 22 % of dwellings in QPV; 92 % of freed dwellings
 * attributed in the year, 95 % of those with a signed lease; DALO households 45 % of the State's attributions and 6 %
 * of the others', priority publics 30 % of the rest; resources per consumption unit log-normal (median 13,000 €,
 * σ = 0.6), unknown for 2 %; 1.5 % rehoused by urban renewal.
 */
public final class GenerateurBilan {
    /** The fictional first-quartile threshold of generated territories, euros per consumption unit. */
    public static final BigDecimal SEUIL_FICTIF = new BigDecimal("9000");

    private GenerateurBilan() {
    }

    /**
     * The year {@code annee} of the EPCI {@code epci} whose dwellings lie in {@code communes}.
     *
     * @throws IllegalArgumentException if {@code communes} is empty
     */
    public static DonneesBilan generer(long graine, int annee, String epci, List<String> communes) {
        Objects.requireNonNull(epci, "epci");
        if (communes == null || communes.isEmpty()) {
            throw new IllegalArgumentException("communes : au moins une commune attendue");
        }
        SplittableRandom rnd = new SplittableRandom(graine ^ 0x42494C414EL);
        List<ConventionFlux> conventions = new ArrayList<>();
        List<LogementLibere> logements = new ArrayList<>();
        List<MenageAttributaire> menages = new ArrayList<>();
        List<AttributionCaleol> attributions = new ArrayList<>();
        LocalDate debut = LocalDate.of(annee, 1, 1);
        int jours = debut.lengthOfYear();
        for (int b = 1; b <= 2; b++) {
            String bailleur = "Bailleur fictif " + b;
            int perimetre = 600 + rnd.nextInt(1401);
            int liberes = (int) Math.round(perimetre * (0.05 + 0.05 * rnd.nextDouble()));
            // the same deduction for every convention of a bailleur: it is the bailleur's scope that loses dwellings
            int deduits = (int) Math.round(liberes * (0.05 + 0.10 * rnd.nextDouble()));
            List<ConventionFlux> siennes = List.of(
                    convention(b, "ETAT", TypeReservataire.ETAT, "Préfet (contingent de l'État)", bailleur, epci,
                            perimetre, liberes, deduits, "0.25"),
                    convention(b, "AL", TypeReservataire.ACTION_LOGEMENT, "Action Logement Services", bailleur, epci,
                            perimetre, liberes, deduits, "0.30"),
                    convention(b, "COM", TypeReservataire.COMMUNE, "Commune " + communes.get(0), bailleur, epci,
                            perimetre, liberes, deduits, "0.10"),
                    convention(b, "EPCI", TypeReservataire.EPCI, "EPCI " + epci, bailleur, epci, perimetre, liberes,
                            deduits, "0.05"));
            conventions.addAll(siennes);
            List<String> affectations = new ArrayList<>();
            for (ConventionFlux c : siennes) {
                for (int i = 0; i < c.fluxAnnuel().intValue(); i++) {
                    affectations.add(c.identifiant());
                }
            }
            while (affectations.size() < liberes - deduits) {
                affectations.add(null);
            }
            for (String convention : affectations) {
                int n = logements.size() + 1;
                String ref = String.format("LGT-%05d", n);
                logements.add(new LogementLibere(ref, bailleur, communes.get(rnd.nextInt(communes.size())), epci,
                        rnd.nextDouble() < 0.22, convention));
                if (rnd.nextDouble() >= 0.92) {
                    continue;
                }
                boolean etat = convention != null && convention.contains("-ETAT-");
                boolean dalo = rnd.nextDouble() < (etat ? 0.45 : 0.06);
                boolean prioritaire = !dalo && rnd.nextDouble() < 0.30;
                BigDecimal ressources = rnd.nextDouble() < 0.02 ? null : BigDecimal.valueOf(Math.round(
                        13_000 * StrictMath.exp(0.6 * gauss(rnd))));
                String demande = String.format("DEM-%05d", n);
                menages.add(new MenageAttributaire(demande, dalo, prioritaire, ressources, rnd.nextDouble() < 0.015));
                attributions.add(new AttributionCaleol(String.format("ATT-%05d", n), ref, demande,
                        debut.plusDays(rnd.nextInt(jours)), rnd.nextDouble() < 0.95));
            }
        }
        List<SeuilPremierQuartile> seuils = List.of(new SeuilPremierQuartile(epci, debut, SEUIL_FICTIF,
                "valeur fictive de la génération, pas l'arrêté du territoire"));
        return new DonneesBilan(annee, conventions, logements, menages, attributions, seuils, Map.of());
    }

    private static ConventionFlux convention(int b, String code, TypeReservataire type, String reservataire,
                                             String bailleur, String epci, int perimetre, int liberes, int deduits,
                                             String part) {
        return new ConventionFlux("CONV-" + code + "-" + b, type, reservataire, bailleur, epci, perimetre, liberes,
                deduits, new BigDecimal(part));
    }

    /** A standard normal draw (Box-Muller, StrictMath: the same on every JVM). */
    private static double gauss(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }
}
