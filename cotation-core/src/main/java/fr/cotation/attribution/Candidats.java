package fr.cotation.attribution;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal of candidates for one dwelling (art. L.441-2 CCH: the commission examines at least three demandes
 * per dwelling, except for a DALO household designated by the prefect or when there are not enough candidates).
 * Adequate demandes in order, the near misses shown apart, and the counts behind them.
 *
 * @param logement          the dwelling
 * @param dateEvaluation    the evaluation date (cotation, ages, ceilings in force)
 * @param problemes         why the dwelling could not be examined; when not empty, nothing else is filled
 * @param nombreDemande     how many candidates were asked for
 * @param filtreContingent  the demandes were restricted to the public of the dwelling's contingent
 * @param regleOrdre        the order, in French
 * @param proposes          the adequate demandes proposed, in order, at most {@code nombreDemande}
 * @param presqueAdequats   the best near misses (no check failed, one missed within the tolerance), in the same order
 * @param examinees         demandes read
 * @param adequates         adequate demandes (in the contingent's public when filtered), proposed or not
 * @param proches           near misses
 * @param inadequates       demandes failing at least one check
 * @param horsPublic        adequate demandes left out because they are not in the contingent's public
 * @param rejetees          demandes that could not be examined (invalid, or their cotation failed)
 * @param ecartsParControle for each check, how many demandes failed it or missed it narrowly (a demande may count
 *                          under several)
 * @param rejets            the first rejected demandes, each with its reason (at most {@value #REJETS_MONTRES})
 * @param avertissements    what the commission should know about this proposal (fewer than three, no grille, filter
 *                          not applicable)
 */
public record Candidats(Logement logement, LocalDate dateEvaluation, List<String> problemes, int nombreDemande,
                        boolean filtreContingent, String regleOrdre, List<Candidat> proposes,
                        List<Candidat> presqueAdequats, int examinees, int adequates, int proches, int inadequates,
                        int horsPublic, int rejetees, Map<Verification.Controle, Integer> ecartsParControle,
                        List<String> rejets, List<String> avertissements) {

    /** How many rejected demandes are listed with their reason. */
    public static final int REJETS_MONTRES = 20;

    public Candidats {
        problemes = List.copyOf(problemes);
        proposes = List.copyOf(proposes);
        presqueAdequats = List.copyOf(presqueAdequats);
        EnumMap<Verification.Controle, Integer> e = new EnumMap<>(Verification.Controle.class);
        e.putAll(ecartsParControle);
        ecartsParControle = Collections.unmodifiableMap(e);
        rejets = List.copyOf(rejets);
        avertissements = List.copyOf(avertissements);
    }

    /** Adequate demandes not proposed, behind the proposed ones. */
    public int derriere() {
        return adequates - proposes.size();
    }

    /** Fewer than the three candidates art. L.441-2 CCH asks for. */
    public boolean moinsDeTrois() {
        return proposes.size() < 3;
    }
}
