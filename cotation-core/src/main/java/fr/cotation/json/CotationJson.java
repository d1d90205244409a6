package fr.cotation.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.cotation.demande.Demande;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The documented JSON form of demandes and cotation results (see {@code docs/json.md}): records as
 * objects with their field names, dates as ISO {@code yyyy-MM-dd}, code lists by constant name
 * ({@code "LOCATAIRE_PRIVE"}), amounts and points as plain decimals. Absent lists are empty lists.
 * Unknown keys and unknown codes are errors that name the key or the value and its location; a date
 * written as a number and a number or boolean written as text are errors too.
 */
public final class CotationJson {
    private static final ObjectMapper MAPPER = strict(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build());

    /**
     * Reads strictly: a date is the text "yyyy-MM-dd" (not a number: 20220915 would be a day count), a number
     * is a number and a boolean a boolean (not their text). A file is better refused than read as something else.
     */
    private static ObjectMapper strict(ObjectMapper m) {
        m.configOverride(java.time.LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return m;
    }

    private CotationJson() {
    }

    /** The configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One demande. */
    public static Demande lireDemande(InputStream in) throws IOException {
        return MAPPER.readValue(in, Demande.class);
    }

    /** A JSON array of demandes. */
    public static List<Demande> lireDemandes(InputStream in) throws IOException {
        return MAPPER.readerForListOf(Demande.class).readValue(in);
    }

    /** Any result or demande, indented. */
    public static void ecrire(Object value, OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, value);
    }

    /** Any result or demande as indented JSON text. */
    public static String enTexte(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
