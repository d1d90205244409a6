/**
 * La fiche cotation: what art. R.441-2-17 CCH owes the applicant about a demande — the note with every line in plain
 * French (proven or declared, and the document that would prove it), the positionnement and the délai d'attente
 * from a classement, the refusal rules, the priorities of art. L.441-1 CCH recognised and the communes that would
 * score higher — as plain text, a standalone accessible HTML page and JSON. Entry point: {@link fr.cotation.fiche.Fiches}.
 */
package fr.cotation.fiche;
