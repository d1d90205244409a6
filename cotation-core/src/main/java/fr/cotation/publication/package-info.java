/**
 * The published grille: {@link fr.cotation.publication.GrillePubliee} renders a pack's grilles, read from the
 * rules' metadata, as Markdown or as a standalone HTML page for applicants, associations and CIL members
 * (art. R.441-2-17 CCH).
 */
package fr.cotation.publication;
