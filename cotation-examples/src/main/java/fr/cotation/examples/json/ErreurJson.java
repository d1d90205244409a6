package fr.cotation.examples.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A demande's JSON that parses but cannot be read as a demande, told as the field, the value and why, in French:
 * one wording for the command-line tool's rejections and the HTTP service's problems.
 *
 * @param champ   the path of the field ({@code logementActuel.loyerMensuel}, {@code motifs[0]}), null when none
 * @param valeur  the value read, when Jackson gives it
 * @param message why, in French
 */
public record ErreurJson(String champ, String valeur, String message) {
    /** Jackson's "(from Array value ...)" part: the kind of JSON value found. */
    private static final Pattern TROUVE = Pattern.compile("from (\\w+) value");

    /** The field, the value and the French reason of a JSON text that parses but is not what was expected. */
    public static ErreurJson de(JsonProcessingException e) {
        String champ = e instanceof JsonMappingException m ? chemin(m.getPath()) : null;
        if (champ != null && champ.isEmpty()) {
            champ = null;
        }
        String valeur = null;
        String message;
        InputCoercionException coercion = e instanceof InputCoercionException c ? c
                : e.getCause() instanceof InputCoercionException c ? c : null;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "champ inconnu (champs possibles : " + u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidFormatException f && f.getValue() instanceof BigDecimal n) {
            valeur = n.toString(); // bounded by the mapper: 1E+400000000, never its digits
            message = premiereLigne(f.getOriginalMessage());
        } else if (e instanceof InvalidFormatException f) {
            valeur = String.valueOf(f.getValue());
            message = formatInvalide(f.getTargetType(), valeur);
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Matcher t = TROUVE.matcher(String.valueOf(m.getOriginalMessage()));
            message = "type incorrect : " + typeAttendu(m.getTargetType())
                    + (t.find() ? " attendu, " + typeTrouve(t.group(1)) + " trouvé" : " attendu");
        } else if (coercion != null) {
            message = "nombre hors limites : " + typeAttendu(coercion.getTargetType()) + " attendu";
        } else {
            message = premiereLigne(e.getOriginalMessage());
        }
        return new ErreurJson(champ, valeur, message);
    }

    /** Why a text could not be read as a {@code type}: the codes an enumeration allows, a date's form... */
    public static String formatInvalide(Class<?> type, String valeur) {
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

    /** The first line of a message, stripped ("" for none). */
    public static String premiereLigne(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return (i >= 0 ? s.substring(0, i) : s).strip();
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

    /** The kind of JSON value a Java type is read from, in French ("nombre entier", "date \"AAAA-MM-JJ\""...). */
    public static String typeAttendu(Class<?> t) {
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
        if (Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "objet { … }";
        }
        return t.getSimpleName();
    }

    private static String typeTrouve(String jackson) {
        return switch (jackson) {
            case "Array" -> "tableau";
            case "Object" -> "objet";
            case "String" -> "texte";
            case "Integer" -> "nombre entier";
            case "Floating-point" -> "nombre décimal";
            case "Boolean" -> "booléen";
            case "Number" -> "nombre";
            default -> jackson;
        };
    }
}
