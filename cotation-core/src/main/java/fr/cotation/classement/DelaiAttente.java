package fr.cotation.classement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cotation.demande.Typologie;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Le délai d'attente constaté for one typology in one territory (art. R.441-2-17 CCH): the waiting time, from the
 * first filing to the attribution, of the attributions of a window of dates. Each attribution's waiting time is
 * counted in whole months as every délai of the project is (art. 641 code de procédure civile: a month from the 31st
 * ends on the last day of a shorter month); the mean and the median are taken over these whole months.
 *
 * <p>When fewer attributions than the minimum fall in the window, the figure would mislead: {@link #suffisant()} is
 * false, {@link #moyenneMois()} and {@link #medianeMois()} are {@code null} and {@link #repli()} gives the figure of
 * the wider territory (the EPCI of the commune), which may itself be insufficient. {@link #retenu()} is the figure to
 * show, if any.
 *
 * @param typologie     the typology
 * @param perimetre     whether {@code territoire} is a commune or an EPCI
 * @param territoire    INSEE code of the commune or SIREN of the EPCI
 * @param nomTerritoire its name, {@code null} if the registry does not know it
 * @param debut         first attribution date counted (inclusive)
 * @param fin           last attribution date counted (inclusive): the evaluation date
 * @param nombre        attributions counted: the count behind the figures
 * @param minimum       attributions needed for a figure
 * @param suffisant     {@code nombre >= minimum}
 * @param moyenneMois   mean waiting time in months (not rounded); {@code null} unless {@code suffisant}
 * @param medianeMois   median waiting time in months: the middle value, or the mean of the two middle values for an
 *                      even count; {@code null} unless {@code suffisant}
 * @param repli         the wider territory's figure when this one is not sufficient and a wider territory exists
 *                      (commune → EPCI); {@code null} otherwise
 */
@JsonPropertyOrder({"typologie", "perimetre", "territoire", "nomTerritoire", "debut", "fin", "nombre", "minimum",
        "suffisant", "moyenneMois", "medianeMois", "repli"})
public record DelaiAttente(@JsonProperty("typologie") Typologie typologie,
                           @JsonProperty("perimetre") Perimetre perimetre,
                           @JsonProperty("territoire") String territoire,
                           @JsonProperty("nomTerritoire") String nomTerritoire,
                           @JsonProperty("debut") LocalDate debut,
                           @JsonProperty("fin") LocalDate fin,
                           @JsonProperty("nombre") int nombre,
                           @JsonProperty("minimum") int minimum,
                           @JsonProperty("suffisant") boolean suffisant,
                           @JsonProperty("moyenneMois") Double moyenneMois,
                           @JsonProperty("medianeMois") Double medianeMois,
                           @JsonProperty("repli") DelaiAttente repli) {

    /** The kind of territory a délai is observed on. */
    public enum Perimetre {
        /** One commune (INSEE code). */
        COMMUNE,
        /** One EPCI (SIREN), the wider group a commune falls back to. */
        EPCI
    }

    /** The figure to show: this one when sufficient, else the first sufficient fallback; empty when none is. */
    public Optional<DelaiAttente> retenu() {
        for (DelaiAttente d = this; d != null; d = d.repli) {
            if (d.suffisant) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
