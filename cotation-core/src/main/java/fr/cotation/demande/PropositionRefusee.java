package fr.cotation.demande;

import java.time.LocalDate;

/**
 * A dwelling proposed to the household and refused.
 *
 * @param date          date of the refusal
 * @param motifLegitime whether the refusal had a legitimate reason (the dwelling did not fit the
 *                      household's needs and means); only refusals without one may weigh as a malus
 *                      (R.441-2-10 11° CCH)
 */
public record PropositionRefusee(LocalDate date, boolean motifLegitime) {
}
