/**
 * Le classement of a stock of demandes and the délai d'attente: the positionnement among analogous demandes and the
 * waiting time observed for the typology and location asked, both owed to every applicant with the note itself
 * (art. R.441-2-17 CCH). Entry point: {@link fr.cotation.classement.Classement#builder(fr.cotation.CotationEngine)};
 * the order used inside a group is {@link fr.cotation.classement.Departage}. See {@code docs/classement.md}.
 */
package fr.cotation.classement;
