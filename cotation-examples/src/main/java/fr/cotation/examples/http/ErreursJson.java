package fr.cotation.examples.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

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
        String raison = premiereLigne(e.getOriginalMessage()).replaceAll("\\[Source: [^;]*; ", "[");
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return new ProblemeHttp.Erreur(null, null, "valeur trop longue" + ou + " : " + raison);
        }
        return new ProblemeHttp.Erreur(null, null, "JSON mal formé" + ou + " : " + raison);
    }

    /** The error of a JSON text that parses but is not a demande: the field, the value and why. */
    static ProblemeHttp.Erreur champ(JsonProcessingException e) {
        String champ = e instanceof JsonMappingException m ? chemin(m.getPath()) : null;
        if (champ != null && champ.isEmpty()) {
            champ = null;
        }
        String valeur = null;
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            valeur = u.getPropertyName();
            message = "champ inconnu (champs possibles : " + u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidFormatException f && f.getValue() instanceof BigDecimal n) {
            valeur = n.toString();
            message = premiereLigne(f.getOriginalMessage());
        } else if (e instanceof InvalidFormatException f) {
            valeur = String.valueOf(f.getValue());
            message = formatInvalide(f.getTargetType(), valeur);
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "type incorrect : " + typeAttendu(m.getTargetType()) + " attendu";
        } else if (e.getCause() instanceof InputCoercionException || e instanceof InputCoercionException) {
            message = "nombre hors limites";
        } else {
            message = premiereLigne(e.getOriginalMessage());
        }
        return new ProblemeHttp.Erreur(champ, valeur, message);
    }

    static String formatInvalide(Class<?> type, String valeur) {
        if (type != null && type.isEnum()) {
            return "code inconnu pour " + type.getSimpleName() + " (valeurs possibles : "
                    + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        if (type == LocalDate.class) {
            return valeur.matches("\\d{4}-\\d{2}-\\d{2}") ? "date impossible (ce jour n'existe pas dans le calendrier)"
                    : "date attendue au format AAAA-MM-JJ";
        }
        return "valeur invalide : " + typeAttendu(type) + " attendu";
    }

    private static String chemin(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String typeAttendu(Class<?> t) {
        if (t == null) {
            return "nombre";
        }
        if (t == String.class) {
            return "texte";
        }
        if (t == LocalDate.class) {
            return "date \"AAAA-MM-JJ\"";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "nombre entier";
        }
        if (t == BigDecimal.class || t == double.class || t == Double.class) {
            return "nombre";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "booléen (true ou false)";
        }
        if (t.isEnum()) {
            return "code (texte)";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "tableau [ … ]";
        }
        return "objet { … }";
    }

    static String premiereLigne(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return (i >= 0 ? s.substring(0, i) : s).strip();
    }
}
