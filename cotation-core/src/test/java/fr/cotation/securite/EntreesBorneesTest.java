package fr.cotation.securite;

import com.fasterxml.jackson.databind.JsonMappingException;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.RevenuFiscal;
import fr.cotation.demande.Typologie;
import fr.cotation.json.CotationJson;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 4: a number of a demande is bounded in size before any arithmetic, then checked against a
 * plausible range; the error names the field and quotes the value shortened. The timeouts only turn the hangs
 * these inputs used to cause into failures; they measure nothing.
 */
class EntreesBorneesTest {
    private static final CotationEngine ENGINE = Moteurs.packs("territoires");
    /** Far more than a scoring takes, far less than the minutes the unbounded arithmetic took. */
    private static final Duration PAS_DE_BLOCAGE = Duration.ofSeconds(20);

    private static Demande avecLoyer(String loyer) {
        return Demandes.base().logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, Registre.NICE,
                new BigDecimal(loyer), 1, Typologie.T2, new BigDecimal("45"), null, Preuve.DECLAREE)).build();
    }

    private static Probleme seul(List<Probleme> p, String champ) {
        List<Probleme> l = p.stream().filter(x -> x.champ().equals(champ)).toList();
        assertEquals(1, l.size(), () -> champ + " dans " + p);
        return l.get(0);
    }

    @Test
    void anAmountOfFourHundredMillionDigitsIsRefusedBeforeTheEngineComputesWithIt() {
        CotationResult r = assertTimeoutPreemptively(PAS_DE_BLOCAGE,
                () -> ENGINE.coter(avecLoyer("1e400000000"), EVALUATION));

        assertFalse(r.valide());
        Probleme p = seul(r.problemes(), "logementActuel.loyerMensuel");
        assertEquals("1E+400000000", p.valeur());
        assertTrue(p.message().startsWith("nombre démesuré"), p.message());
    }

    @Test
    void aNegativeHugeAmountIsQuotedInAFewCharactersNotAGigabyte() {
        Adulte a = new Adulte(null, Demandes.adulte().dateNaissance(), null, null,
                List.of(new Ressource(NatureRessource.SALAIRE, new BigDecimal("-1e999999999"))), List.of());
        Demande d = Demandes.base().demandeur(a).build();

        List<Probleme> p = assertTimeoutPreemptively(PAS_DE_BLOCAGE, () -> ENGINE.valider(d, EVALUATION));

        Probleme m = seul(p, "menage.demandeur.ressources[0].montantMensuel");
        assertEquals("-1E+999999999", m.valeur());
        assertTrue(m.message().startsWith("nombre démesuré"), m.message());
    }

    @Test
    void tooManyDecimalsIsRefusedToo() {
        Probleme p = seul(ENGINE.valider(avecLoyer("1e-400000000"), EVALUATION), "logementActuel.loyerMensuel");

        assertEquals("1E-400000000", p.valeur());
        assertTrue(p.message().startsWith("trop de décimales"), p.message());
    }

    @Test
    void implausibleValuesAreErrorsNamingTheFieldAndTheBound() {
        assertEquals("montant invraisemblable (100000 € au plus)",
                seul(ENGINE.valider(avecLoyer("250000"), EVALUATION), "logementActuel.loyerMensuel").message());

        Demande grand = Demandes.base().logementActuel(new LogementActuel(ModeleLogement.LOCATAIRE_PRIVE, Registre.NICE,
                new BigDecimal("600"), 5000, Typologie.T2, new BigDecimal("45000"), null, Preuve.DECLAREE))
                .naissancesAttendues(Integer.MAX_VALUE).build();
        List<Probleme> p = ENGINE.valider(grand, EVALUATION);
        assertEquals("5000", seul(p, "logementActuel.nombreOccupants").valeur());
        assertTrue(seul(p, "logementActuel.nombreOccupants").message().contains("100 au plus"));
        assertEquals("surface invraisemblable (10000 m² au plus)", seul(p, "logementActuel.surface").message());
        assertEquals(String.valueOf(Integer.MAX_VALUE), seul(p, "menage.naissancesAttendues").valeur());

        Adulte fisc = new Adulte(null, Demandes.adulte().dateNaissance(), null, null, List.of(),
                List.of(new RevenuFiscal(2023, new BigDecimal("1e20"))));
        assertTrue(seul(ENGINE.valider(Demandes.base().demandeur(fisc).build(), EVALUATION),
                "menage.demandeur.revenusFiscaux[0].montant").message().startsWith("nombre démesuré"));
    }

    @Test
    void aNumeroUniqueWithControlCharactersIsRefusedAndQuotedEscaped() {
        Demande d = Demandes.base().numeroUnique("0060\u001b[2J\u001b]0;pwned\u0007").build();

        Probleme p = seul(ENGINE.valider(d, EVALUATION), "numeroUnique");

        assertEquals("0060\\u001b[2J\\u001b]0;pwned\\u0007", p.valeur());
        assertTrue(p.message().contains("sans caractère de contrôle"));

        Probleme longue = seul(ENGINE.valider(Demandes.base().numeroUnique("9".repeat(300)).build(), EVALUATION),
                "numeroUnique");
        assertEquals("9".repeat(40) + "… (300 caractères)", longue.valeur());
        assertEquals(List.of(), ENGINE.valider(Demandes.base().numeroUnique("scenario-" + "x".repeat(200)).build(),
                EVALUATION), "a long local identifier is still a numéro");
    }

    @Test
    void aLongValueIsQuotedShortened() {
        String code = "0".repeat(100_000);
        Probleme p = seul(ENGINE.valider(Demandes.pour(code).build(), EVALUATION), "communesSouhaitees[0]");

        assertEquals("0".repeat(40) + "… (100000 caractères)", p.valeur());
    }

    private static Demande lire(String json) throws IOException {
        return CotationJson.lireDemande(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String valide(String logement) {
        return "{\"numeroUnique\": \"X\", \"logementActuel\": " + logement + "}";
    }

    @Test
    void theJsonFormRefusesAHugeNumberAtItsFieldBeforeTheModelHoldsIt() throws IOException {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> lire(valide("{\"loyerMensuel\": 1e400000000}")));

        assertEquals("logementActuel.loyerMensuel", e.getPath().get(0).getFieldName() + "."
                + e.getPath().get(1).getFieldName());
        assertTrue(e.getOriginalMessage().startsWith("nombre démesuré"), e.getOriginalMessage());
        assertEquals(new BigDecimal("600.50"), lire(valide("{\"loyerMensuel\": 600.50}")).logementActuel().loyerMensuel());
    }

    @Test
    void theJsonFormRefusesADuplicateKey() {
        IOException e = assertThrows(IOException.class,
                () -> lire(valide("{\"loyerMensuel\": 400, \"loyerMensuel\": 4000}")));

        assertTrue(e.getMessage().contains("Duplicate field 'loyerMensuel'"), e.getMessage());
    }

    @Test
    void theJsonFormRefusesADecimalCountAndAnOverlongText() throws IOException {
        assertThrows(IOException.class, () -> lire(valide("{\"nombreOccupants\": 2.5}")));
        assertEquals(2, lire(valide("{\"nombreOccupants\": 2}")).logementActuel().nombreOccupants());

        IOException e = assertThrows(IOException.class,
                () -> lire("{\"numeroUnique\": \"" + "x".repeat(2_000_000) + "\"}"));
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
        IOException n = assertThrows(IOException.class, () -> lire(valide("{\"loyerMensuel\": 1" + "0".repeat(200) + "}")));
        assertTrue(n.getMessage().contains("Number value length"), n.getMessage());
    }
}
