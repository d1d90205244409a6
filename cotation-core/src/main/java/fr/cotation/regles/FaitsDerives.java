package fr.cotation.regles;

import java.util.List;
import java.util.Objects;

/**
 * What the rules of a grille see of one demande at one evaluation date, as the engine derives it once and shares
 * between the communes it scores: the {@link Dossier}, the {@link Situation situations} (derived and declared), the
 * {@link Priorite categories of art. L.441-1 CCH} met and the {@link Refus refusals}. The {@link Commune} facts are
 * not here: they depend on the commune scored. Holds no protected data (art. 225-1 code pénal): no name,
 * nationality, sex, civility or birth place.
 *
 * <p>A read-only view for applications that need the facts themselves (a plain-Java reference of a grille, an
 * audit): obtained with {@link fr.cotation.CotationEngine#faits(fr.cotation.demande.Demande, java.time.LocalDate)}.
 * The lists are unmodifiable and the facts have no setters.
 */
public record FaitsDerives(Dossier dossier, List<Situation> situations, List<Priorite> priorites, List<Refus> refus) {
    public FaitsDerives {
        Objects.requireNonNull(dossier, "dossier");
        situations = List.copyOf(situations);
        priorites = List.copyOf(priorites);
        refus = List.copyOf(refus);
    }
}
