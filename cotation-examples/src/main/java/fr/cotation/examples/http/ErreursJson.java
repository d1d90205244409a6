package fr.cotation.examples.http;

import fr.cotation.examples.json.ErreurJson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;


/** A demande's JSON that cannot be read, as the field, the value and a French message of a {@link ProblemeHttp}. */
final class ErreursJson {
    private ErreursJson() {
    }

    /** Whether the text itself is not JSON (rather than JSON that is not a demande). */
    static boolean syntaxe(JsonProcessingException e) {
        return (e instanceof StreamReadException && !(e instanceof InputCoercionException))
                || (e instanceof JsonMappingException m && m.getCause() instanceof StreamReadException s
                && !(s instanceof InputCoercionException));
    }

    /** The error of a JSON text that does not parse: where, and the parser's reason. */
    static ProblemeHttp.Erreur malForme(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        String ou = l == null || l.getLineNr() < 1 ? "" : " (ligne " + l.getLineNr() + ", colonne " + l.getColumnNr() + ")";
        String raison = ErreurJson.premiereLigne(e.getOriginalMessage()).replaceAll("\\[Source: [^;]*; ", "[");
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return new ProblemeHttp.Erreur(null, null, "valeur trop longue" + ou + " : " + raison);
        }
        return new ProblemeHttp.Erreur(null, null, "JSON mal formé" + ou + " : " + raison);
    }

    /** The error of a JSON text that parses but is not a demande: the field, the value and why. */
    static ProblemeHttp.Erreur champ(JsonProcessingException e) {
        ErreurJson x = ErreurJson.de(e);
        return new ProblemeHttp.Erreur(x.champ(), x.valeur(), x.message());
    }
}
