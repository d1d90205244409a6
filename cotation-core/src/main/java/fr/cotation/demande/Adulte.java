package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An adult of the household: the demandeur or a cotitulaire.
 *
 * @param identite                 protected civil identity, never read by a score
 * @param dateNaissance            birth date
 * @param situationFamiliale       situation familiale, {@code null} if not given
 * @param situationProfessionnelle professional situation, {@code null} if not given
 * @param ressources               monthly resources by kind
 * @param revenusFiscaux           revenu fiscal de référence of years N-1 and N-2, as given
 */
@JsonPropertyOrder({"identite", "dateNaissance", "situationFamiliale", "situationProfessionnelle", "ressources",
        "revenusFiscaux"})
public record Adulte(@JsonProperty("identite") Identite identite,
                     @JsonProperty("dateNaissance") LocalDate dateNaissance,
                     @JsonProperty("situationFamiliale") SituationFamiliale situationFamiliale,
                     @JsonProperty("situationProfessionnelle") SituationProfessionnelle situationProfessionnelle,
                     @JsonProperty("ressources") List<Ressource> ressources,
                     @JsonProperty("revenusFiscaux") List<RevenuFiscal> revenusFiscaux) {

    public Adulte {
        // copies that keep null elements: validation reports them, construction does not throw
        identite = identite == null ? Identite.INCONNUE : identite;
        ressources = ressources == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ressources));
        revenusFiscaux = revenusFiscaux == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(revenusFiscaux));
    }

    /** An adult born on {@code dateNaissance} with nothing else known. */
    public static Adulte neLe(LocalDate dateNaissance) {
        return new Adulte(Identite.INCONNUE, dateNaissance, null, null, List.of(), List.of());
    }

    /** A copy with this professional situation. */
    public Adulte avecSituationProfessionnelle(TypeContrat contrat, String communeTravail) {
        return new Adulte(identite, dateNaissance, situationFamiliale,
                new SituationProfessionnelle(contrat, communeTravail, null), ressources, revenusFiscaux);
    }

    /** A copy with one more monthly resource. */
    public Adulte avecRessource(NatureRessource nature, double montantMensuel) {
        var r = new java.util.ArrayList<>(ressources);
        r.add(Ressource.of(nature, montantMensuel));
        return new Adulte(identite, dateNaissance, situationFamiliale, situationProfessionnelle, r, revenusFiscaux);
    }

    /** A copy with this civil identity (import fidelity only). */
    public Adulte avecIdentite(Identite identite) {
        return new Adulte(identite, dateNaissance, situationFamiliale, situationProfessionnelle, ressources,
                revenusFiscaux);
    }

    /** A copy with this situation familiale. */
    public Adulte avecSituationFamiliale(SituationFamiliale situationFamiliale) {
        return new Adulte(identite, dateNaissance, situationFamiliale, situationProfessionnelle, ressources,
                revenusFiscaux);
    }
}
