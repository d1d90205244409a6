package fr.cotation.classement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.Analogie;

import java.math.BigDecimal;
import java.util.List;

/**
 * A group of analogous demandes (demandes analogues, art. R.441-2-17 CCH) in a classement: the demandes of the stock
 * seeking one typology in one territory (and, for {@link Analogie#TYPOLOGIE_RESSOURCES}, in one resource band),
 * scored by the grille of that territory. What is analogous is each pack's {@link Analogie}: same typology and same
 * commune (default), same typology and same EPCI, or same typology, same commune and same resource band.
 *
 * <p>A demande is counted once in a group. In an EPCI group, a demande wishing several communes of the EPCI is ranked
 * with the highest note it has among them.
 *
 * @param analogie      what makes the demandes of the group analogous
 * @param typologie     the typology sought
 * @param territoire    INSEE code of the commune, or SIREN of the EPCI for {@link Analogie#TYPOLOGIE_EPCI}
 * @param nomTerritoire its name, {@code null} if the registry does not know it
 * @param tranche       the resource band for {@link Analogie#TYPOLOGIE_RESSOURCES}, {@code null} otherwise
 * @param taille        number of demandes in the group
 * @param deciles       the distribution of notes: 11 values, {@code deciles.get(k)} being the k-th decile D<sub>k</sub>
 *                      ({@code k} = 0 to 10, D<sub>0</sub> the lowest note, D<sub>10</sub> the highest, D<sub>5</sub>
 *                      the median); D<sub>k</sub> for k ≥ 1 is the note at ascending rank ⌈k × taille / 10⌉ (the
 *                      nearest-rank method: always a note some demande of the group has)
 * @param delaiAttente  the waiting time observed for the typology and the territory (for a resource-band group, the
 *                      commune's, since attributions carry no resources)
 */
@JsonPropertyOrder({"analogie", "typologie", "territoire", "nomTerritoire", "tranche", "taille", "deciles",
        "delaiAttente"})
public record GroupeAnalogue(@JsonProperty("analogie") Analogie analogie,
                             @JsonProperty("typologie") Typologie typologie,
                             @JsonProperty("territoire") String territoire,
                             @JsonProperty("nomTerritoire") String nomTerritoire,
                             @JsonProperty("tranche") TrancheRessources tranche,
                             @JsonProperty("taille") int taille,
                             @JsonProperty("deciles") List<BigDecimal> deciles,
                             @JsonProperty("delaiAttente") DelaiAttente delaiAttente) {
    public GroupeAnalogue {
        deciles = List.copyOf(deciles);
    }

    /** The median note, D<sub>5</sub>. */
    public BigDecimal mediane() {
        return deciles.get(5);
    }
}
