/**
 * The compliance check of rule packs: what the law asks of a grille de cotation, and whether a pack's DRL stays
 * within the rule vocabulary.
 *
 * <p>{@code CotationEngine.conformite(packId, version)} checks one pack (loaded, a base, or refused at load) and
 * returns a {@link fr.cotation.conformite.Conformite}: every {@link fr.cotation.conformite.Constat finding} with
 * its stable {@link fr.cotation.conformite.CodeConstat code}, severity, file, line and rule. Each code is
 * explained in {@code docs/conformite.md}.
 *
 * <p>The safety part ({@code S} codes) also runs when the engine loads a pack from a directory, before
 * compiling it: Drools evaluates rule metadata and compiles consequences as Java, so a pack is refused before
 * any of its text runs. {@code CotationEngine.Builder.trustedPackDirectory} loads a directory without it.
 */
package fr.cotation.conformite;
