package fr.cotation.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import fr.cotation.json.CotationJson;

/**
 * Writes {@code "versionFormat": "1.0"} first in every document of the formats ({@code @JsonAppend} on
 * {@code Demande}, {@code CotationResult} and {@code FicheCotation}), whatever mapper writes it: the version is not a
 * record component, so no constructor of the records changes.
 */
public final class EcritureVersion extends VirtualBeanPropertyWriter {

    /** For Jackson, which instantiates the writer named by {@code @JsonAppend.Prop}. */
    public EcritureVersion() {
    }

    private EcritureVersion(BeanPropertyDefinition propDef, Annotations contextAnnotations, JavaType declaredType) {
        super(propDef, contextAnnotations, declaredType);
    }

    @Override
    protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
        return CotationJson.VERSION_FORMAT;
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                                                BeanPropertyDefinition propDef, JavaType type) {
        return new EcritureVersion(propDef, declaringClass.getAnnotations(), type);
    }
}
