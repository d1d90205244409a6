package fr.cotation.classement;

import fr.cotation.demande.Typologie;
import fr.cotation.internal.Mois;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The waiting times of an attribution history, in whole months, by (typology, commune) and (typology, EPCI), for the
 * attributions of the window. Immutable once built.
 */
final class Delais {
    private final Referentiel referentiel;
    private final LocalDate debut;
    private final LocalDate fin;
    private final int minimum;
    private final Map<String, int[]> mois;
    private final long ecartees;

    Delais(Iterable<Attribution> attributions, Referentiel referentiel, LocalDate dateEvaluation, Period fenetre,
           int minimum) {
        this.referentiel = referentiel;
        this.fin = dateEvaluation;
        this.debut = dateEvaluation.minus(fenetre).plusDays(1);
        this.minimum = minimum;
        Map<String, Tableaux.Entiers> parCle = new HashMap<>();
        long rejet = 0;
        for (Attribution a : attributions) {
            if (a == null || !a.problemes().isEmpty()) {
                rejet++;
                continue;
            }
            if (a.dateAttribution().isBefore(debut) || a.dateAttribution().isAfter(fin)) {
                continue;
            }
            int m = Mois.entiers(a.dateDepot(), a.dateAttribution());
            parCle.computeIfAbsent(cle(DelaiAttente.Perimetre.COMMUNE, a.typologie(), a.commune()),
                    k -> new Tableaux.Entiers(8)).ajouter(m);
            String epci = referentiel.commune(a.commune()).map(CommuneRef::epci).orElse(null);
            if (epci != null) {
                parCle.computeIfAbsent(cle(DelaiAttente.Perimetre.EPCI, a.typologie(), epci),
                        k -> new Tableaux.Entiers(8)).ajouter(m);
            }
        }
        this.ecartees = rejet;
        Map<String, int[]> tries = new HashMap<>();
        parCle.forEach((k, v) -> {
            int[] t = v.figer();
            Arrays.sort(t);
            tries.put(k, t);
        });
        this.mois = tries;
    }

    /** Attributions that could not be used (see {@link Attribution#problemes()}). */
    long ecartees() {
        return ecartees;
    }

    /** The délai of a commune, falling back to its EPCI. */
    DelaiAttente commune(Typologie typologie, String codeInsee) {
        Optional<CommuneRef> ref = referentiel.commune(codeInsee);
        DelaiAttente d = delai(DelaiAttente.Perimetre.COMMUNE, typologie, codeInsee,
                ref.map(CommuneRef::nom).orElse(null), null);
        String epci = ref.map(CommuneRef::epci).orElse(null);
        if (d.suffisant() || epci == null) {
            return d;
        }
        return delai(DelaiAttente.Perimetre.COMMUNE, typologie, codeInsee, d.nomTerritoire(), epci(typologie, epci));
    }

    /** The délai of an EPCI, with no wider fallback. */
    DelaiAttente epci(Typologie typologie, String siren) {
        return delai(DelaiAttente.Perimetre.EPCI, typologie, siren, referentiel.nomEpci(siren).orElse(null), null);
    }

    private DelaiAttente delai(DelaiAttente.Perimetre perimetre, Typologie typologie, String territoire, String nom,
                               DelaiAttente repli) {
        int[] m = mois.getOrDefault(cle(perimetre, typologie, territoire), new int[0]);
        boolean suffisant = m.length >= minimum && m.length > 0;
        Double moyenne = null;
        Double mediane = null;
        if (suffisant) {
            long somme = 0;
            for (int x : m) {
                somme += x;
            }
            moyenne = (double) somme / m.length;
            int milieu = m.length / 2;
            mediane = m.length % 2 == 1 ? m[milieu] : (m[milieu - 1] + m[milieu]) / 2.0;
        }
        return new DelaiAttente(typologie, perimetre, territoire, nom, debut, fin, m.length, minimum, suffisant,
                moyenne, mediane, repli);
    }

    private static String cle(DelaiAttente.Perimetre perimetre, Typologie typologie, String territoire) {
        return perimetre.name() + '|' + typologie.name() + '|' + territoire;
    }
}
