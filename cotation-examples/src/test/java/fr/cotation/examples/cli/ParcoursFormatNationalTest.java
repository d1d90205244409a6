package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A demande of the national format as a real export gives it (no wished commune, no typology, no renewal element)
 * goes through {@code score}, {@code fiche} and {@code classement} with {@code --commune} and {@code --typologie}
 * (issue 15 §4, "Done when"): a mother hosted by a third party in Nice with her two children, 5 occupants in a 41 m²
 * T2, working in Antibes (another EPCI), filed on 2023-02-01, scored in Nice on 2025-06-30.
 */
class ParcoursFormatNationalTest {
    private static final String DATE = "2025-06-30";
    private static final String NUMERO = "0060623020100017A0601";
    private static final String XML = fixture("sne/mere-hebergee.xml");
    private static final String[] OU = {"--commune", "06088", "--typologie", "T3"};

    private static String[] args(String commande, String... autres) {
        List<String> l = new ArrayList<>(List.of(commande, "--date", DATE));
        l.addAll(List.of(OU));
        l.addAll(List.of(autres));
        l.add(XML);
        return l.toArray(String[]::new);
    }

    private static List<String> criteres(JsonNode commune) {
        List<String> l = new ArrayList<>();
        JsonNode lignes = commune.get("lignes");
        for (JsonNode x : lignes) {
            l.add((x.has("ligne") ? x.get("ligne") : x).get("critere").asText());
        }
        return l;
    }

    @Test
    void scoreAndFicheGiveTheSameLinesInTheCommuneGiven() throws Exception {
        var score = cotation(args("coter", "-f", "json"));
        assertEquals(CodeSortie.OK, score.code(), score.toString());
        JsonNode c = CotationJson.reader().readTree(score.out()).get(0).get("cotations").get(0);
        assertEquals("06088", c.get("commune").asText());
        assertEquals("COTEE", c.get("statut").asText());
        assertEquals("nice-cote-azur", c.get("pack").asText());
        List<String> lignesScore = criteres(c);
        // what this part guarantees: scored in the commune given, with the ancienneté and the single parent
        assertTrue(lignesScore.contains("ANCIENNETE"), lignesScore.toString());
        assertTrue(lignesScore.contains("MONOPARENTAL"), lignesScore.toString());
        // hosted by a third party: a priority line of k) (or j), over-occupied with minors) in the Nice grille
        assertTrue(lignesScore.contains("L441_1_K") || lignesScore.contains("L441_1_J"), lignesScore.toString());
        // 5 occupants in 41 m²: art. D.542-14 CSS asks 16 m² for two and 9 more per person, 43 m² for five
        assertTrue(lignesScore.contains("SUROCCUPATION"), lignesScore.toString());
        // she works in Antibes, outside the Métropole: Nice's work links (the wished commune, the Métropole) do not apply
        assertFalse(lignesScore.contains("NCA_TRAVAILLE_COMMUNE") || lignesScore.contains("NCA_HABITE_ET_TRAVAILLE"),
                lignesScore.toString());

        var fiche = cotation(args("fiche", "-f", "json"));
        assertEquals(CodeSortie.OK, fiche.code(), fiche.toString());
        JsonNode f = CotationJson.reader().readTree(fiche.out());
        assertEquals(NUMERO, f.get("numeroUnique").asText());
        assertTrue(f.get("renouvellementInconnu").asBoolean(), "no renewal element: the date is unknown");
        JsonNode n = f.get("communes").get(0);
        assertEquals("06088", n.get("commune").asText());
        assertEquals(c.get("total").decimalValue(), n.get("note").decimalValue(), "the fiche says the note of score");
        assertEquals(lignesScore, criteres(n));

        var texte = cotation(args("fiche"));
        assertEquals(CodeSortie.OK, texte.code(), texte.toString());
        String plat = texte.out().replaceAll("\\s+", " ");
        assertTrue(plat.contains("Nice (Métropole Nice Côte d'Azur)"), plat);
        assertTrue(plat.contains("La date du dernier renouvellement de votre demande n'est pas connue"), plat);
        assertFalse(plat.contains("non renouvelée depuis"), plat);
    }

    @Test
    void withoutCommuneTheFicheSaysWhichOptionIsMissing() {
        var r = cotation("fiche", "--date", DATE, XML);
        assertEquals(CodeSortie.DEMANDES_REJETEES, r.code(), r.toString());
        assertTrue(r.err().contains(NUMERO + " : aucune commune souhaitée dans la demande : indiquez où la coter avec "
                + "--commune CODE_INSEE"), r.err());
    }

    @Test
    void theClassementRanksItInTheCommuneGivenAndDoesNotTakeItForExpired() {
        var r = cotation(args("classement"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertTrue(r.err().contains("lues: 1, classées: 1,"), r.err());
        assertTrue(r.err().contains("écartées: aucune"), r.err());
        // and the fiche with the file as stock gives its position
        var fiche = cotation(args("fiche", "--classer"));
        assertEquals(CodeSortie.OK, fiche.code(), fiche.toString());
        assertTrue(fiche.out().replaceAll("\\s+", " ").contains("Votre demande est la seule demande de T3 à Nice dans "
                + "le classement."), fiche.out());
    }

    @Test
    void theFicheWithoutSensitiveDataIsAnOption() {
        var r = cotation(args("fiche", "--sans-donnees-sensibles"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("Version sans les situations personnelles protégées"),
                r.out());
    }

    @Test
    void aCommuneTheRegistryDoesNotKnowIsAUsageErrorNotARejectionOfEveryDemande() {
        for (String commande : List.of("coter", "fiche", "classement")) {
            var r = cotation(commande, "--date", DATE, "--commune", "06999", "--typologie", "T3", XML);
            assertEquals(CodeSortie.USAGE, r.code(), commande + " : " + r);
            assertTrue(r.err().startsWith(commande + " : --commune 06999 : "), commande + " : " + r.err());
            assertFalse(r.err().contains("rejetées"), r.err());
            assertEquals("", r.out(), commande);
        }
    }
}
