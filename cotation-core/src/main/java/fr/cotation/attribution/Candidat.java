package fr.cotation.attribution;

import fr.cotation.Cotation;
import fr.cotation.Ligne;
import fr.cotation.regles.Priorite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One demande put before the commission for a dwelling, with what the commission reads of it: its note in the
 * dwelling's commune and the main criteria, its adequacy checks, its priority (DALO, art. L.441-1 CCH), and what rests
 * on situations declared but not yet proven (fiabilisation at instruction time).
 *
 * @param rang               rank among the proposed (or among the near misses), from 1
 * @param numeroUnique       numéro unique of the demande
 * @param dateDepot          date of first filing (second key of the order)
 * @param note               the cotation's total in the dwelling's commune; {@code null} when the commune has no grille
 * @param cotation           the whole cotation in that commune (lines, pack, grille)
 * @param coteeHorsVoeux     the commune is not among the wishes (EPCI widening): the demande was scored there alone
 * @param dalo               recognised DALO (statut ACTIF)
 * @param priorites          priority categories of art. L.441-1 CCH met, with their proof
 * @param categorieMenage    household category of the plafonds de ressources
 * @param adequation         every adequacy check
 * @param criteresPrincipaux the lines of the cotation bringing the most points (at most 5, largest first)
 * @param provisoires        the lines whose points rest on a situation declared but not yet proven
 */
public record Candidat(int rang, String numeroUnique, LocalDate dateDepot, BigDecimal note, Cotation cotation,
                       boolean coteeHorsVoeux, boolean dalo, List<Priorite> priorites, CategorieMenage categorieMenage,
                       Adequation adequation, List<Ligne> criteresPrincipaux, List<Ligne> provisoires) {

    /** How many main criteria a candidate shows. */
    public static final int CRITERES_PRINCIPAUX = 5;

    public Candidat {
        priorites = List.copyOf(priorites);
        criteresPrincipaux = List.copyOf(criteresPrincipaux);
        provisoires = List.copyOf(provisoires);
    }

    /** The demande belongs to the State contingent's public: DALO or a priority category of art. L.441-1 CCH. */
    public boolean prioritaire() {
        return dalo || !priorites.isEmpty();
    }

    Candidat avecRang(int r) {
        return new Candidat(r, numeroUnique, dateDepot, note, cotation, coteeHorsVoeux, dalo, priorites,
                categorieMenage, adequation, criteresPrincipaux, provisoires);
    }
}
