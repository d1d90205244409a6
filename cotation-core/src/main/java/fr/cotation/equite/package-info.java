/**
 * The fairness suite ({@code suite d'équité}): fairness properties any grille de cotation is put through with
 * synthetic demandes from {@link fr.cotation.generation.GenerateurDemandes} — determinism, invariance to protected
 * data (code pénal art. 225-1), monotonicity, sound explanations (art. R.441-2-17 CCH), territory consistency,
 * robustness — with shrunk counterexamples and descriptive statistics of the notes. Entry point:
 * {@link fr.cotation.equite.SuiteEquite}; JUnit 5 users extend {@link fr.cotation.equite.TestsEquite}; the report is
 * published by {@link fr.cotation.publication.RapportEquitePublie}. See {@code docs/equite.md}.
 */
package fr.cotation.equite;
