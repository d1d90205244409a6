package fr.cotation.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the territory counts as a legitimate reason to refuse a dwelling, so that the refusal does not change the
 * cotation: the law leaves it to the plan partenarial de gestion de la demande (art. L.441-2-8 and R.441-2-10 11°
 * CCH, the cases where a refusal changes the cotation) and to the commission d'attribution. Declared in
 * {@code pack.yaml} under {@code motifsLegitimesDeRefus}; the applicant's fiche quotes them with their source. A pack
 * without it lets the fiche say where to ask instead of listing reasons no source gives.
 *
 * @param reference the document that defines them (plan partenarial, deliberation, règlement de la commission)
 * @param motifs    the reasons, in French, as the document words them
 */
@JsonPropertyOrder({"reference", "motifs"})
public record MotifsLegitimesDeRefus(@JsonProperty("reference") String reference,
                                     @JsonProperty("motifs") List<String> motifs) {
    public MotifsLegitimesDeRefus {
        motifs = motifs == null ? List.of() : List.copyOf(motifs);
    }
}
