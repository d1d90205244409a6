package fr.cotation.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.cotation.demande.Demande;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON settings stay inside {@link CotationJson}: callers get immutable readers and writers, never the mapper. */
class CotationJsonTest {

    @Test
    void noPublicMethodHandsOutTheMutableMapper() {
        assertTrue(Arrays.stream(CotationJson.class.getMethods())
                        .filter(m -> m.getDeclaringClass() == CotationJson.class && Modifier.isPublic(m.getModifiers()))
                        .map(Method::getReturnType).noneMatch(ObjectMapper.class::isAssignableFrom),
                "CotationJson ne rend pas d'ObjectMapper modifiable");
    }

    @Test
    void aReaderLoosenedByACallerLeavesTheLibrarysReadersStrict() throws Exception {
        String inconnue = "{\"cleInconnue\": 1}";
        // a caller may derive a lenient reader for itself (a new reader: the one it came from is unchanged)...
        com.fasterxml.jackson.databind.ObjectReader lache = CotationJson.readerFor(Demande.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertTrue(!lache.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        // ...the library's reading of a demande still refuses an unknown key, naming it
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> CotationJson.readerFor(Demande.class).readValue(inconnue));
        assertTrue(e.getMessage().contains("cleInconnue"), e.getMessage());
        assertThrows(UnrecognizedPropertyException.class,
                () -> CotationJson.lireDemande(new java.io.ByteArrayInputStream(inconnue.getBytes())));
    }
}
