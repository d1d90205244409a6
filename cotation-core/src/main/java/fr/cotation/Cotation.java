package fr.cotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The cotation of one demande in one wished commune: the note and its lines, or why there is none.
 *
 * @param commune        INSEE code of the commune scored
 * @param nomCommune     its name, {@code null} if the registry does not know it
 * @param epci           SIREN of its EPCI, {@code null} if unknown
 * @param nomEpci        name of the EPCI, {@code null} if unknown
 * @param statut         scored, no grille for this territory, or error
 * @param pack           id of the pack used, {@code null} unless scored
 * @param version        version of the pack used
 * @param grille         grille used: {@code principale} or {@code mutation}
 * @param total          the note: always the sum of the lines' points; zero unless scored
 * @param lignes         the explanation, one line per criterion met
 * @param provisoire     some points rest on situations declared but not yet proven
 * @param avertissements warnings that do not prevent the score
 * @param message        why there is no score, for {@link Statut#SANS_GRILLE} and {@link Statut#ERREUR}
 */
@JsonPropertyOrder({"commune", "nomCommune", "epci", "nomEpci", "statut", "pack", "version", "grille", "total",
        "lignes", "provisoire", "avertissements", "message"})
public record Cotation(@JsonProperty("commune") String commune,
                       @JsonProperty("nomCommune") String nomCommune,
                       @JsonProperty("epci") String epci,
                       @JsonProperty("nomEpci") String nomEpci,
                       @JsonProperty("statut") Statut statut,
                       @JsonProperty("pack") String pack,
                       @JsonProperty("version") String version,
                       @JsonProperty("grille") String grille,
                       @JsonProperty("total") BigDecimal total,
                       @JsonProperty("lignes") List<Ligne> lignes,
                       @JsonProperty("provisoire") boolean provisoire,
                       @JsonProperty("avertissements") List<String> avertissements,
                       @JsonProperty("message") String message) {

    /** Whether a commune got a note. */
    public enum Statut {
        /** Scored by the grille in force. */
        COTEE,
        /** No grille for this territory at that date (not the same as a zero score). */
        SANS_GRILLE,
        /** The grille could not score this demande; the message says why. */
        ERREUR
    }

    public Cotation {
        lignes = List.copyOf(lignes);
        avertissements = List.copyOf(avertissements);
    }
}
