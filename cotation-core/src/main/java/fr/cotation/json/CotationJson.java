package fr.cotation.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Bornes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The documented JSON form of demandes and cotation results (see {@code docs/json.md}): records as
 * objects with their field names, dates as ISO {@code yyyy-MM-dd}, code lists by constant name
 * ({@code "LOCATAIRE_PRIVE"}), amounts and points as plain decimals. Absent lists are empty lists.
 * Unknown keys and unknown codes are errors that name the key or the value and its location; a date
 * written as a number, a number or boolean written as text and a text written as a number or boolean are errors too, and so are a key given twice in
 * one object, a decimal where a whole number is expected, and a number of unbounded size ({@code 1e400000000}).
 */
public final class CotationJson {
    /**
     * The version of the JSON formats this library writes ({@code docs/formats.md}): the first key of every demande,
     * cotation result and fiche it writes. A reader accepts a document without it, and one of the same major version;
     * another major version is an error naming the key and the value. The minor version grows when optional keys or
     * codes are added, the major one when a key is removed, renamed or changes its meaning or type.
     */
    public static final String VERSION_FORMAT = "1.0";

    /** The key of the format version in a document: {@value}. */
    public static final String CHAMP_VERSION = "versionFormat";

    /** The documents that carry the format version (the roots of {@code docs/schemas}). */
    private static final java.util.Set<Class<?>> DOCUMENTS = java.util.Set.of(Demande.class,
            fr.cotation.CotationResult.class, fr.cotation.fiche.FicheCotation.class);

    /**
     * What one document may hold, checked by Jackson's parser as it reads (jackson-core's own guards, kept up to
     * date with its security fixes, rather than checks of ours): a number of at most 100 characters (1000 by
     * default), a text of at most 1 MB (a demande's longest text is a few hundred characters), a key of at most
     * 1000, and 64 levels of nesting (a demande has 5).
     */
    static final StreamReadConstraints CONTRAINTES = StreamReadConstraints.builder()
            .maxNumberLength(100)
            .maxStringLength(1_000_000)
            .maxNameLength(1000)
            .maxNestingDepth(64)
            .build();

    private static final ObjectMapper MAPPER = strict(JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(CONTRAINTES)
                    // a key given twice is refused: {"loyerMensuel": 400, "loyerMensuel": 4000} has no one meaning
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("bornes").addDeserializer(BigDecimal.class, new DecimalBorne()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addHandler(new LectureVersion())
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
        // 2.5 occupants is not 2 occupants: a decimal where a count is expected is an error, not truncated
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // and a text is a text: 6088 is not the commune "06088" (the schemas say "string", the reader agrees)
        for (CoercionInputShape forme : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(forme, CoercionAction.Fail);
        }
        return m;
    }

    /**
     * A decimal of bounded size ({@link Bornes#lisible}: 15 integer digits, 10 decimals), checked on the parsed
     * value's precision and scale before anything computes with it: {@code 1e400000000} is an error of its field,
     * not 400 million digits in the engine.
     */
    private static final class DecimalBorne extends StdScalarDeserializer<BigDecimal> {
        private static final NumberDeserializers.BigDecimalDeserializer JACKSON =
                NumberDeserializers.BigDecimalDeserializer.instance;

        DecimalBorne() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal v = JACKSON.deserialize(p, ctxt);
            if (v != null && !Bornes.lisible(v)) {
                throw new InvalidFormatException(p, Bornes.pourquoiIllisible(v), v, BigDecimal.class);
            }
            return v;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    /**
     * Reads {@code versionFormat} where a document may carry it: a text of the same major version as
     * {@link #VERSION_FORMAT}; anything else is an error that names the key and the value. Elsewhere the key stays
     * unknown, hence an error.
     */
    private static final class LectureVersion extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass == null ? null : beanOrClass.getClass();
            if (!CHAMP_VERSION.equals(propertyName) || !DOCUMENTS.contains(type)) {
                return false;
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                String lu = p.currentToken() != null && p.currentToken().isScalarValue() ? p.getText() : "{ … }";
                p.skipChildren();
                throw JsonMappingException.from(p, CHAMP_VERSION + " = " + Bornes.citer(lu) + " : la version du format"
                        + " est un texte, par exemple \"" + VERSION_FORMAT + "\"");
            }
            String erreur = erreurVersion(p.getText());
            if (erreur != null) {
                throw JsonMappingException.from(p, erreur);
            }
            return true;
        }
    }

    /**
     * Why a format version cannot be read by this library, or {@code null} when it can (same major version as
     * {@link #VERSION_FORMAT}).
     */
    public static String erreurVersion(String version) {
        String majeure = VERSION_FORMAT.substring(0, VERSION_FORMAT.indexOf('.'));
        if (version != null && version.matches("\\d{1,9}\\.\\d{1,9}")
                && version.substring(0, version.indexOf('.')).equals(majeure)) {
            return null;
        }
        String cite = version == null ? "null" : "\"" + Bornes.citer(version) + "\"";
        return CHAMP_VERSION + " = " + cite + " : version de format inconnue (cette version de cotation lit les"
                + " versions " + majeure + ".x ; le document vient d'une autre version : voir docs/formats.md)";
    }

    private CotationJson() {
    }

    /**
     * A reader of the documented form, for trees ({@code readTree}) or, after {@code forType}, any type. Immutable and
     * thread-safe: its {@code with}/{@code forType} methods return new readers, so the settings here stay as they are.
     */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /** A reader of the documented form for values of {@code type}; immutable and thread-safe. */
    public static ObjectReader readerFor(Class<?> type) {
        return MAPPER.readerFor(type);
    }

    /**
     * A writer of the documented form, indented, as {@link #ecrire} writes; immutable and thread-safe (its {@code with}
     * methods return new writers). For streams of results: {@code writer().writeValuesAsArray(out)}.
     */
    public static ObjectWriter writer() {
        return MAPPER.writerWithDefaultPrettyPrinter();
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
