package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Handicap needs declared for a member of the household.
 *
 * @param fauteuilRoulant needs a dwelling adapted to a wheelchair
 * @param capaciteMarche  walking capacity, {@code null} if not given
 * @param etat            stabilised or evolving, {@code null} if not given
 * @param preuve          proof status (for example a MDPH decision checked)
 */
@JsonPropertyOrder({"fauteuilRoulant", "capaciteMarche", "etat", "preuve"})
public record Handicap(@JsonProperty("fauteuilRoulant") boolean fauteuilRoulant,
                       @JsonProperty("capaciteMarche") CapaciteMarche capaciteMarche,
                       @JsonProperty("etat") EtatHandicap etat,
                       @JsonProperty("preuve") Preuve preuve) {

    public Handicap {
        preuve = preuve == null ? Preuve.DECLAREE : preuve;
    }
}
