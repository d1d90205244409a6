package fr.cotation.bilan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the yearly account of attributions a territory owes under the reform of reservations (loi ELAN,
 * gestion en flux, art. L.441-1 and R.441-5 to R.441-5-4 CCH): the flux of each convention, the attributions counted
 * per réservataire from the dwellings put at its disposal, per bailleur for its own, and per EPCI, and each
 * objective of art. L.441-1 with its count, share, objective and gap: what the conférence intercommunale du logement
 * reviews each year, the State being the guarantor. Out of the scoring path; stateless and
 * thread-safe; the result does not depend on the order of the inputs.
 *
 * <pre>{@code
 * Bilan b = BilanAttributions.calculer(new DonneesBilan(2025, conventions, logements, menages, attributions,
 *         seuils, Map.of()));
 * }</pre>
 */
public final class BilanAttributions {
    private BilanAttributions() {
    }

    /**
     * The bilan of {@code donnees.annee()}.
     *
     * @throws IllegalArgumentException naming the identifier when two conventions, dwellings, demandes or
     *                                  attributions share one
     */
    public static Bilan calculer(DonneesBilan donnees) {
        int annee = donnees.annee();
        Map<String, ConventionFlux> conventions = index(donnees.conventions(), ConventionFlux::identifiant,
                "convention");
        Map<String, LogementLibere> logements = index(donnees.logements(), LogementLibere::reference, "logement");
        Map<String, MenageAttributaire> menages = index(donnees.menages(), MenageAttributaire::numero, "demande");
        index(donnees.attributions(), AttributionCaleol::identifiant, "attribution");
        Map<String, List<SeuilPremierQuartile>> seuils = new HashMap<>();
        for (SeuilPremierQuartile s : donnees.seuils()) {
            seuils.computeIfAbsent(s.epci(), k -> new ArrayList<>()).add(s);
        }
        seuils.values().forEach(l -> l.sort(Comparator.comparing(SeuilPremierQuartile::dateEffet)));

        List<AttributionCaleol> attributions = new ArrayList<>(donnees.attributions());
        attributions.sort(Comparator.comparing(AttributionCaleol::identifiant));
        List<Anomalie> anomalies = new ArrayList<>();
        Map<String, Integer> parConvention = new TreeMap<>();
        Map<Cle, List<Fait>> groupes = new TreeMap<>();
        int comptees = 0;
        int horsConvention = 0;
        for (AttributionCaleol a : attributions) {
            if (a.date().getYear() != annee) {
                anomalies.add(new Anomalie(a.identifiant(), "date", a.date().toString(),
                        "attribution hors de l'année " + annee + " : non comptée dans ce bilan"));
                continue;
            }
            LogementLibere l = logements.get(a.logement());
            if (l == null) {
                anomalies.add(new Anomalie(a.identifiant(), "logement", a.logement(),
                        "logement absent de la liste des logements : attribution non comptée (ni EPCI ni QPV connus)"));
                continue;
            }
            ConventionFlux c = l.convention() == null ? null : conventions.get(l.convention());
            if (l.convention() != null && c == null) {
                anomalies.add(new Anomalie(a.identifiant(), "convention", l.convention(),
                        "convention absente de la liste : attribution comptée hors convention, au bailleur "
                                + l.bailleur()));
            }
            MenageAttributaire m = menages.get(a.demande());
            if (m == null) {
                anomalies.add(new Anomalie(a.identifiant(), "demande", a.demande(),
                        "demande absente de la liste : attribution comptée, mais ni DALO, ni prioritaire, ni quartile"
                                + " connus"));
            }
            Fait f = new Fait(l, m, a.bailSigne(), seuil(seuils, l.epci(), a.date()),
                    donnees.objectifsQpv().getOrDefault(l.epci(), ObjectifLegal.AUTRES_QUARTILES_EN_QPV.tauxLegal()));
            comptees++;
            groupes.computeIfAbsent(new Cle(Compte.Niveau.EPCI, null, l.epci()), k -> new ArrayList<>()).add(f);
            if (c == null) {
                horsConvention++;
                groupes.computeIfAbsent(new Cle(Compte.Niveau.BAILLEUR, null, l.bailleur()), k -> new ArrayList<>())
                        .add(f);
            } else {
                parConvention.merge(c.identifiant(), 1, Integer::sum);
                groupes.computeIfAbsent(new Cle(Compte.Niveau.RESERVATAIRE, c.typeReservataire(), c.reservataire()),
                        k -> new ArrayList<>()).add(f);
            }
        }
        // a réservataire or an EPCI with a convention has an account, even without attribution in the year
        for (ConventionFlux c : conventions.values()) {
            groupes.computeIfAbsent(new Cle(Compte.Niveau.RESERVATAIRE, c.typeReservataire(), c.reservataire()),
                    k -> new ArrayList<>());
            groupes.computeIfAbsent(new Cle(Compte.Niveau.EPCI, null, c.epci()), k -> new ArrayList<>());
        }
        List<FluxConvention> flux = new ArrayList<>();
        new TreeMap<>(conventions).forEach((id, c) -> flux.add(new FluxConvention(c, parConvention.getOrDefault(id, 0))));
        List<Compte> comptes = new ArrayList<>();
        groupes.forEach((cle, faits) -> {
            BigDecimal tauxQpv = cle.niveau() == Compte.Niveau.EPCI
                    ? donnees.objectifsQpv().getOrDefault(cle.nom(), ObjectifLegal.AUTRES_QUARTILES_EN_QPV.tauxLegal())
                    : ObjectifLegal.AUTRES_QUARTILES_EN_QPV.tauxLegal();
            List<Indicateur> indicateurs = new ArrayList<>();
            for (ObjectifLegal o : ObjectifLegal.values()) {
                indicateurs.add(indicateur(o, faits, o == ObjectifLegal.AUTRES_QUARTILES_EN_QPV ? tauxQpv
                        : o.tauxLegal()));
            }
            comptes.add(new Compte(cle.niveau(), cle.nom(), cle.type(), faits.size(), indicateurs));
        });
        anomalies.sort(Comparator.comparing(Anomalie::attribution).thenComparing(Anomalie::champ));
        return new Bilan(annee, flux, comptes, anomalies, comptees, horsConvention);
    }

    /** The threshold of {@code epci} in force on {@code date}: the latest whose date of effect is not after it. */
    private static BigDecimal seuil(Map<String, List<SeuilPremierQuartile>> seuils, String epci, LocalDate date) {
        BigDecimal montant = null;
        for (SeuilPremierQuartile s : seuils.getOrDefault(epci, List.of())) {
            if (!s.dateEffet().isAfter(date)) {
                montant = s.montant();
            }
        }
        return montant;
    }

    static Indicateur indicateur(ObjectifLegal o, List<Fait> faits, BigDecimal tauxParDefaut) {
        int base = 0;
        int nombre = 0;
        int nonRenseignes = 0;
        boolean seuilInconnu = false;
        BigDecimal cibles = BigDecimal.ZERO;
        for (Fait f : faits) {
            MenageAttributaire m = f.menage();
            switch (o) {
                case DALO_PRIORITAIRES -> {
                    base++;
                    cibles = cibles.add(o.tauxLegal());
                    if (m == null) {
                        nonRenseignes++;
                    } else if (m.dalo() || m.prioritaire()) {
                        nombre++;
                    }
                }
                case PREMIER_QUARTILE_HORS_QPV -> {
                    if (!f.bailSigne() || f.logement().qpv()) {
                        continue;
                    }
                    base++;
                    cibles = cibles.add(o.tauxLegal());
                    if (m != null && m.relogeRenouvellementUrbain()) {
                        nombre++;
                    } else if (m == null || m.ressourcesParUc() == null || f.seuil() == null) {
                        nonRenseignes++;
                        seuilInconnu |= f.seuil() == null;
                    } else if (m.ressourcesParUc().compareTo(f.seuil()) < 0) {
                        nombre++;
                    }
                }
                case AUTRES_QUARTILES_EN_QPV -> {
                    if (!f.bailSigne() || !f.logement().qpv()) {
                        continue;
                    }
                    base++;
                    cibles = cibles.add(f.tauxQpv());
                    if (m == null || m.ressourcesParUc() == null || f.seuil() == null) {
                        nonRenseignes++;
                        seuilInconnu |= f.seuil() == null;
                    } else if (m.ressourcesParUc().compareTo(f.seuil()) >= 0) {
                        nombre++;
                    }
                }
            }
        }
        BigDecimal cible = base == 0 ? tauxParDefaut.setScale(4, RoundingMode.HALF_UP)
                : cibles.divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP);
        int requis = cibles.setScale(0, RoundingMode.CEILING).intValueExact();
        Indicateur.Etat etat = base == 0 ? Indicateur.Etat.SANS_ATTRIBUTION
                : seuilInconnu ? Indicateur.Etat.SEUIL_INCONNU
                : nombre >= requis ? Indicateur.Etat.ATTEINT : Indicateur.Etat.NON_ATTEINT;
        return new Indicateur(o, base, nombre, nonRenseignes, cible, requis, etat);
    }

    private static <T> Map<String, T> index(List<T> valeurs, java.util.function.Function<T, String> id, String quoi) {
        Map<String, T> m = new HashMap<>();
        for (T v : valeurs) {
            if (m.putIfAbsent(id.apply(v), v) != null) {
                throw new IllegalArgumentException(quoi + " en double : " + id.apply(v));
            }
        }
        return m;
    }

    /** An attribution counted, with what its objectives read. */
    record Fait(LogementLibere logement, MenageAttributaire menage, boolean bailSigne, BigDecimal seuil,
                BigDecimal tauxQpv) {
    }

    /** The key of an account: level, then kind of réservataire, then name. */
    private record Cle(Compte.Niveau niveau, TypeReservataire type, String nom) implements Comparable<Cle> {
        private static final Comparator<Cle> ORDRE = Comparator.comparing(Cle::niveau)
                .thenComparing(Cle::type, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Cle::nom);

        @Override
        public int compareTo(Cle o) {
            return ORDRE.compare(this, o);
        }
    }
}
