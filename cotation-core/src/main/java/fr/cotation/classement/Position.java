package fr.cotation.classement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cotation.demande.Typologie;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Le positionnement of one demande for one wished commune and one typology sought: where its note stands among the
 * notes of the analogous demandes (art. R.441-2-17 CCH), for example "37e sur 412 demandes de T3 à Antibes ; 36
 * demandes sont devant, dont 30 avec une note supérieure".
 *
 * <p><b>Percentile.</b> {@code percentile} is the share, in percent, of the demandes of the group whose note is lower
 * than or equal to this one's (this one included): {@code 100 × (taille − noteSuperieure) / taille}. It reads "votre
 * note est au moins égale à celle de 85 % des demandes analogues"; the highest note of a group has 100, equal notes
 * have equal percentiles whatever the tie-break. <b>Quartile</b> 1 is the best quarter: {@code quartile =
 * 1 + ⌊4 × noteSuperieure / taille⌋}, so quartile 1 means fewer than a quarter of the group have a strictly higher
 * note (percentile above 75), quartile 4 that at least three quarters do.
 *
 * @param numeroUnique   numéro unique of the demande
 * @param dateDepot      its first filing date, the first tie-break
 * @param commune        INSEE code of the wished commune
 * @param typologie      the typology sought
 * @param note           the note ranked: the demande's note in the commune (in an EPCI group, its highest note among
 *                       its wished communes of the EPCI)
 * @param rang           1-based rank in the group, in the order of {@link Departage}
 * @param devant         demandes ranked ahead: {@code rang - 1}
 * @param noteSuperieure demandes of the group with a strictly higher note
 * @param taille         size of the group
 * @param percentile     see above, in [0, 100]
 * @param quartile       see above, 1 to 4
 * @param groupe         the group
 */
@JsonPropertyOrder({"numeroUnique", "dateDepot", "commune", "typologie", "note", "rang", "devant", "noteSuperieure",
        "taille", "percentile", "quartile", "groupe"})
public record Position(@JsonProperty("numeroUnique") String numeroUnique,
                       @JsonProperty("dateDepot") LocalDate dateDepot,
                       @JsonProperty("commune") String commune,
                       @JsonProperty("typologie") Typologie typologie,
                       @JsonProperty("note") BigDecimal note,
                       @JsonProperty("rang") int rang,
                       @JsonProperty("devant") int devant,
                       @JsonProperty("noteSuperieure") int noteSuperieure,
                       @JsonProperty("taille") int taille,
                       @JsonProperty("percentile") double percentile,
                       @JsonProperty("quartile") int quartile,
                       @JsonProperty("groupe") GroupeAnalogue groupe) {
}
