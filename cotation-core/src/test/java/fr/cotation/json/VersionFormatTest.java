package fr.cotation.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cotation.CotationResult;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The format version: written first in every document, accepted when absent or of the same major version. */
class VersionFormatTest {

    private static Demande demande() {
        return Demande.builder().numeroUnique("0060622091500001A0601").deposeeLe(LocalDate.of(2022, 9, 15))
                .demandeur(Adulte.neLe(LocalDate.of(1988, 5, 12))).communesSouhaitees("06088").build();
    }

    private static Demande lire(String json) throws IOException {
        return CotationJson.lireDemande(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyDocumentStartsWithTheVersion() throws IOException {
        CotationResult r = new CotationResult("N1", LocalDate.of(2025, 6, 30),
                List.of(new Probleme("dateDepot", null, "date de dépôt absente")), List.of());
        for (Object document : List.of(demande(), r)) {
            JsonNode n = CotationJson.reader().readTree(CotationJson.enTexte(document));
            assertEquals("versionFormat", n.fieldNames().next(), "first key of " + document.getClass().getSimpleName());
            assertEquals("1.0", n.get("versionFormat").asText());
        }
    }

    @Test
    void nestedObjectsDoNotCarryTheVersion() throws IOException {
        JsonNode n = CotationJson.reader().readTree(CotationJson.enTexte(demande()));
        assertFalse(n.get("menage").has("versionFormat"));
        assertFalse(n.get("menage").get("demandeur").has("versionFormat"));
    }

    @Test
    void aDemandeIsReadWithOrWithoutTheVersionOfTheSameMajor() throws IOException {
        String sans = "{\"numeroUnique\": \"N1\", \"dateDepot\": \"2022-09-15\"}";
        assertEquals("N1", lire(sans).numeroUnique());
        assertEquals("N1", lire("{\"versionFormat\": \"1.0\", \"numeroUnique\": \"N1\"}").numeroUnique());
        assertEquals("N1", lire("{\"numeroUnique\": \"N1\", \"versionFormat\": \"1.7\"}").numeroUnique());
        // what the library writes, it reads back
        assertEquals(demande(), lire(CotationJson.enTexte(demande())));
    }

    @Test
    void anotherMajorVersionIsAnErrorNamingTheKeyAndTheValue() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> lire("{\"versionFormat\": \"2.0\", \"numeroUnique\": \"N1\"}"));
        assertTrue(e.getOriginalMessage().contains("versionFormat = \"2.0\""), e.getOriginalMessage());
        assertTrue(e.getOriginalMessage().contains("version de format inconnue"), e.getOriginalMessage());
        assertTrue(e.getOriginalMessage().contains("1.x"), e.getOriginalMessage());
    }

    @Test
    void aVersionThatIsNotAVersionTextIsAnError() {
        JsonMappingException nombre = assertThrows(JsonMappingException.class, () -> lire("{\"versionFormat\": 1.0}"));
        assertTrue(nombre.getOriginalMessage().contains("versionFormat = 1.0 : la version du format est un texte"),
                nombre.getOriginalMessage());
        JsonMappingException texte = assertThrows(JsonMappingException.class, () -> lire("{\"versionFormat\": \"un\"}"));
        assertTrue(texte.getOriginalMessage().contains("versionFormat = \"un\""), texte.getOriginalMessage());
    }

    @Test
    void theVersionIsOnlyAKeyOfTheDocumentItself() {
        // inside the household it is an unknown key like any other
        assertThrows(JsonMappingException.class, () -> lire("{\"menage\": {\"versionFormat\": \"1.0\"}}"));
    }

    @Test
    void theCheckNamesWhatItReads() {
        assertEquals(null, CotationJson.erreurVersion("1.0"));
        assertEquals(null, CotationJson.erreurVersion("1.12"));
        assertTrue(CotationJson.erreurVersion("10.0").startsWith("versionFormat = \"10.0\""));
        assertTrue(CotationJson.erreurVersion("1").startsWith("versionFormat = \"1\""));
        assertTrue(CotationJson.erreurVersion(null).startsWith("versionFormat = null"));
    }
}
