package fr.cotation.scenario;

import fr.cotation.Cotation;
import fr.cotation.demande.Demande;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario (<i>scénario</i>) of a scenario file: a demande scored in one commune at one date, and the
 * cotation the grille must give.
 *
 * @param fichier     the file it was read from, for messages
 * @param ligne       line of the file where the scenario starts (1-based), 0 if unknown
 * @param pack        id of the pack expected to score (the file's {@code pack}); not checked when the expected
 *                    {@code statut} is {@link Cotation.Statut#SANS_GRILLE}
 * @param nom         name of the scenario, unique in its file
 * @param description free text, {@code null} if none
 * @param date        evaluation date
 * @param commune     INSEE code of the commune scored; one of the demande's wished communes
 * @param grille      expected grille ({@code principale} or {@code mutation}), {@code null} when not checked
 * @param statut      expected status of the cotation ({@code COTEE} by default)
 * @param message     text the cotation's message must contain (for {@code SANS_GRILLE} and {@code ERREUR}),
 *                    {@code null} when not checked
 * @param demande     the demande, with the file format's defaults applied (see {@link Scenarios})
 * @param total       expected total (the note)
 * @param lignes      expected points counted per criterion code, summed over the criterion's lines, in the
 *                    file's order; every criterion with non-zero points must be listed, and a criterion listed
 *                    with 0 must appear with 0 points
 */
public record Scenario(String fichier, int ligne, String pack, String nom, String description, LocalDate date,
                       String commune, String grille, Cotation.Statut statut, String message, Demande demande,
                       BigDecimal total, Map<String, BigDecimal> lignes) {

    public Scenario {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(demande, "demande");
        statut = statut == null ? Cotation.Statut.COTEE : statut;
        total = total == null ? BigDecimal.ZERO : total;
        lignes = lignes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(lignes));
    }

    /** Where the scenario is written: {@code fichier:ligne}. */
    public String source() {
        return ligne > 0 ? fichier + ":" + ligne : fichier;
    }
}
