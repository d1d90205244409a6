package fr.cotation.examples.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * An error of the service as RFC 9457 "problem details" ({@code application/problem+json}), in French: {@code type}
 * (a URN naming the kind of problem), {@code title}, {@code status}, {@code detail}, {@code instance} (the path asked),
 * and two members of ours: {@code erreurs} (each field and value in error, with why) and {@code rang} (the position of
 * a demande in a batch, from 1).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "rang", "erreurs"})
public record ProblemeHttp(String type, String title, int status, String detail, String instance, Integer rang,
                           List<Erreur> erreurs) {

    /** The media type of a problem (RFC 9457, section 3). */
    public static final String TYPE_MEDIA = "application/problem+json";

    public ProblemeHttp {
        erreurs = erreurs == null ? List.of() : List.copyOf(erreurs);
    }

    /**
     * One field in error.
     *
     * @param champ   the field, as a path of the JSON form ({@code menage.demandeur.dateNaissance},
     *                {@code communesSouhaitees[0]}), {@code null} when the error is not of one field
     * @param valeur  the value read, {@code null} when there is none or it cannot be quoted
     * @param message why, in French
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Erreur(String champ, String valeur, String message) {
    }

    static ProblemeHttp de(String code, String titre, int statut, String detail, String instance, List<Erreur> erreurs) {
        return new ProblemeHttp("urn:cotation:probleme:" + code, titre, statut, detail, instance, null, erreurs);
    }

    ProblemeHttp auRang(int r) {
        return new ProblemeHttp(type, title, status, detail, instance, r, erreurs);
    }
}
