/**
 * Synthetic data: {@link fr.cotation.generation.GenerateurDemandes} draws valid, realistic-looking demandes from a
 * seed, each one reproducible from its index, for property tests, benchmarks, the classement of a stock and
 * demonstrations; {@link fr.cotation.generation.GenerateurAttributions} draws a matching history of attributions,
 * for the délai d'attente. Their proportions are plausible orders of magnitude, not statistics (see
 * {@code docs/generation.md}).
 */
package fr.cotation.generation;
