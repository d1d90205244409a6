package fr.cotation.regles;

import fr.cotation.demande.Demande;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine derives from one demande at one evaluation date, derived once and shared between the communes it
 * scores: what the rules of a grille see (the {@link Dossier}, the {@link Situation situations} derived and declared,
 * the {@link Priorite categories of art. L.441-1 CCH} met and the {@link Refus refusals}) and what the classement, the
 * fiche, the CALEOL shortlist and the fairness suite read beside it (the communes of residence and work, the monthly
 * resources and the consumption units). The {@link Commune} facts are not here: they depend on the commune scored.
 * Holds no protected data (art. 225-1 code pénal): no name, nationality, sex, civility or birth place.
 *
 * <p>A read-only view, obtained with
 * {@link fr.cotation.CotationEngine#faits(fr.cotation.demande.Demande, java.time.LocalDate)} (validated first, with
 * the engine's categories) or {@link #de(Demande, LocalDate, PrioritesL4411)}. The lists and set are unmodifiable
 * and the facts have no setters.
 *
 * @param communeResidence      the INSEE code of the commune the household lives in; null when not given
 * @param communesTravail       the INSEE codes of the communes where an adult of the household works
 * @param ressourcesMensuelles  the adults' monthly resources in euros, alimony paid deducted; null when no resource
 *                              at all is declared (unknown, not zero)
 * @param unitesDeConsommation  the household's consumption units (1 for the first adult, 0.5 per other person of 14
 *                              or more, 0.3 under 14 and per expected birth), the divisor of the reste à vivre per UC
 */
public record FaitsDerives(Dossier dossier, List<Situation> situations, List<Priorite> priorites, List<Refus> refus,
                           String communeResidence, Set<String> communesTravail, BigDecimal ressourcesMensuelles,
                           BigDecimal unitesDeConsommation) {
    public FaitsDerives {
        Objects.requireNonNull(dossier, "dossier");
        situations = List.copyOf(situations);
        priorites = List.copyOf(priorites);
        refus = List.copyOf(refus);
        communesTravail = Set.copyOf(communesTravail);
        Objects.requireNonNull(unitesDeConsommation, "unitesDeConsommation");
    }

    /**
     * Derives the facts of a demande at a date with these categories of art. L.441-1 CCH, as the engine does for its
     * rules. The demande must be valid at that date ({@link fr.cotation.CotationEngine#valider} says why not):
     * {@link fr.cotation.CotationEngine#faits} checks it first.
     *
     * @throws NullPointerException if an argument is null
     */
    public static FaitsDerives de(Demande demande, LocalDate date, PrioritesL4411 priorites) {
        return priorites.faits(Objects.requireNonNull(demande, "demande"), Objects.requireNonNull(date, "date"));
    }

    /**
     * The monthly resources per consumption unit, as the reste à vivre counts them (zero when no resource is
     * declared): the measure of the resource bands of the classement.
     */
    public BigDecimal ressourcesParUniteDeConsommation() {
        return (ressourcesMensuelles == null ? BigDecimal.ZERO : ressourcesMensuelles)
                .divide(unitesDeConsommation, MathContext.DECIMAL64);
    }
}
