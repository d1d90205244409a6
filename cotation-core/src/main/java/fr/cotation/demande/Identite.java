package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Civil identity of a person, kept for import fidelity only.
 *
 * <p>None of these fields may ever weigh in a cotation (code pénal art. 225-1: name, sex,
 * nationality, origin): the engine never inserts them into a rule session, so no rule can read
 * them. Every field may be {@code null}.
 *
 * @param nom          nom de famille
 * @param prenom       prénom
 * @param civilite     civilité
 * @param sexe         sexe
 * @param nationalite  nationalité
 * @param lieuNaissance lieu de naissance
 */
@JsonPropertyOrder({"nom", "prenom", "civilite", "sexe", "nationalite", "lieuNaissance"})
public record Identite(@JsonProperty("nom") String nom,
                       @JsonProperty("prenom") String prenom,
                       @JsonProperty("civilite") Civilite civilite,
                       @JsonProperty("sexe") Sexe sexe,
                       @JsonProperty("nationalite") Nationalite nationalite,
                       @JsonProperty("lieuNaissance") String lieuNaissance) {

    /** An identity with nothing known. */
    public static final Identite INCONNUE = new Identite(null, null, null, null, null, null);
}
