package fr.cotation.examples.http;

import fr.cotation.demande.Demande;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.fiche.FicheCotation;
import fr.cotation.fiche.Fiches;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator page's HTML, without a browser: accessible form, provisional points and their documents, errors. */
class SimulateurTest {
    private static Service service;

    @BeforeAll
    static void demarrer() throws Exception {
        service = Service.paca();
    }

    @AfterAll
    static void arreter() throws Exception {
        service.close();
    }

    /** The demo's first demande as the form sends it, its separation only declared. */
    static final String FORMULAIRE = "dateEvaluation=30%2F06%2F2025&dateDepot=15%2F09%2F2022&dateRenouvellement=10%2F09%2F2024"
            + "&demandeurNaissance=12%2F05%2F1988&demandeurSituationFamiliale=DIVORCE&demandeurContrat=CDI"
            + "&demandeurCommuneTravail=Nice+%2806088%29&ressource_SALAIRE=1250&ressource_ALLOCATIONS_FAMILIALES=150"
            + "&ressource_PENSION_ALIMENTAIRE_RECUE=200&enfant1=03%2F02%2F2014&enfant2=21%2F11%2F2017"
            + "&logementModele=LOCATAIRE_PRIVE&logementCommune=06088&logementLoyer=760&logementOccupants=3"
            + "&logementType=T2&logementSurface=38&logementPreuve=JUSTIFIEE&motif_LOGEMENT_TROP_CHER=DECLAREE"
            + "&motif_DIVORCE_SEPARATION=DECLAREE&typologie=T3&commune1=06088&commune2=Saint-Laurent-du-Var"
            + "&commune3=06004&commune4=06048";

    @Test
    void formulaireAccessibleSansScriptNiRessourceExterne() throws Exception {
        HttpResponse<String> r = service.get("/");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
        assertFalse(page.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "no external resource");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        // every field has its label
        Matcher champ = Pattern.compile("<(input|select) [^>]*id=\"([^\"]+)\"").matcher(page);
        List<String> ids = new ArrayList<>();
        while (champ.find()) {
            ids.add(champ.group(2));
            assertTrue(page.contains("<label for=\"" + champ.group(2) + "\""), "no label for " + champ.group(2));
        }
        assertTrue(ids.size() > 50, ids.toString());
        assertTrue(page.contains("<fieldset>\n<legend>Votre logement actuel</legend>"));
        // the evaluation date: a field, prefilled server-side with the server's date (the tests' clock)
        assertTrue(page.contains("id=\"f-dateEvaluation\" name=\"dateEvaluation\" value=\"30/06/2025\""));
    }

    @Test
    void pointsProvisoiresEtPiecesQuiLesProuvent() throws Exception {
        HttpResponse<String> r = service.post("/", "application/x-www-form-urlencoded", FORMULAIRE);
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) CotationJson.reader()
                .readTree(ServeurCotationTest.demandeDemo(0));
        for (var m : json.get("motifs")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) m).put("preuve", "DECLAREE");
        }
        Demande d = CotationJson.readerFor(Demande.class).<Demande>readValue(json);
        FicheCotation fiche = Fiches.builder(MoteurPartage.embarque()).dateEvaluation(Service.DATE).build().fiche(d);
        FicheCotation.NoteCommune nice = fiche.communes().get(0);
        assertTrue(nice.pointsProvisoires().signum() > 0, nice.toString());
        assertTrue(page.contains("<span class=\"points\">" + nice.note().toPlainString() + "</span> points"), page);
        assertTrue(page.contains("Dont " + nice.pointsProvisoires().toPlainString() + " points provisoires"), page);
        FicheCotation.Justificatif j = nice.lignes().stream().flatMap(l -> l.justificatifs().stream()).findFirst()
                .orElseThrow();
        assertTrue(page.contains(Html.echapper(j.piece())), j.piece());
        assertTrue(page.contains("<strong id=\"date-evaluation\">30/06/2025</strong> (la date choisie dans le formulaire)"));
        // the values are kept in the form below the results
        assertTrue(page.contains("name=\"logementLoyer\" value=\"760\""));
    }

    @Test
    void champsObligatoiresEtValeursImpossiblesNommes() throws Exception {
        HttpResponse<String> r = service.post("/", "application/x-www-form-urlencoded",
                "dateDepot=2022-13-01&logementLoyer=sept+cents&commune1=Atlantide");
        String page = r.body();
        assertEquals(200, r.statusCode());
        for (String attendu : List.of("Date du premier dépôt de la demande : « 2022-13-01 » n&#39;est pas une date possible",
                "Votre date de naissance : champ obligatoire",
                "Votre logement actuel : champ obligatoire",
                "Typologies recherchées : cochez au moins une typologie",
                "Commune souhaitée 1 : « Atlantide » n&#39;est pas une commune connue")) {
            assertTrue(page.contains(attendu), attendu + "\n" + page);
        }
        assertFalse(page.contains("id=\"resultats\""));
        assertTrue(page.contains("name=\"commune1\" value=\"Atlantide\""));
    }
}
