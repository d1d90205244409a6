package fr.cotation.fiche;

import fr.cotation.CotationEngine;
import fr.cotation.classement.Attribution;
import fr.cotation.classement.Classement;
import fr.cotation.classement.DelaiAttente;
import fr.cotation.classement.ClassementResult;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.classement.Position;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Civilite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Identite;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Nationalite;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Sexe;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.Typologie;
import fr.cotation.pack.Analogie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.CAGNES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SAINT_LAURENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant's fiche on the test packs of {@code packs/territoires} (Nice: ancienneté 1 pt a month capped at 24,
 * DALO 100, category k 30, monoparental 15, taux d'effort of 30 % or more 10, lives in the commune 10, refusal −15
 * for 24 months; Antibes: 2 pts a month capped at 60, DALO 80, works in the commune 8).
 */
class FicheCotationTest {
    private static final CotationEngine ENGINE = Moteurs.packs("territoires");
    private static final Fiches FICHES = Fiches.builder(ENGINE).dateEvaluation(EVALUATION).build();
    private static final LocalDate DEBUT = LocalDate.of(2024, 7, 1);

    /**
     * A single parent (one child of 9) hosted by a third party in Cagnes-sur-Mer (declared), working in Nice, DALO
     * validated, a declared violence situation, filed 31 months before the evaluation date, renewed on 1 December
     * 2024, wishing a T3 in Nice. In Nice: 24 (31 months, capped) + DALO 100 (validated) + category k 30 (hosted,
     * declared) + monoparental 15 (declared) = 169, of which 45 provisional; no taux d'effort (no rent), no
     * "lives in the commune" (Cagnes).
     */
    private static Demande.Builder parentHeberge() {
        return Demandes.pour(NICE)
                .deposeeLe(LocalDate.of(2022, 11, 30))
                .renouveleeLe(LocalDate.of(2024, 12, 1))
                .enfant(LocalDate.of(2016, 3, 1))
                .logeEn(ModeleLogement.CHEZ_PARTICULIER, CAGNES, Preuve.DECLAREE)
                .dalo(StatutDalo.ACTIF, LocalDate.of(2024, 5, 1), Preuve.VALIDEE)
                .situation("VIOLENCES_CONJUGALES", Preuve.DECLAREE)
                .typologies(Typologie.T3);
    }

    private static String aplati(String s) {
        return s.replaceAll("[ \\n]+", " ");
    }

    private static void contient(String attendu, String texte) {
        assertTrue(texte.contains(attendu), () -> "absent : " + attendu + "\n--- dans ---\n" + texte);
    }

    @Test
    void provenAndDeclaredLinesSayWhatWouldProveThem() {
        FicheCotation f = FICHES.fiche(parentHeberge().build());
        FicheCotation.NoteCommune nice = f.communes().get(0);
        assertEquals(new BigDecimal("169"), nice.note());
        assertEquals(new BigDecimal("45"), nice.pointsProvisoires());
        assertEquals(List.of("ANCIENNETE", "DALO", "SANS_LOGEMENT", "MONOPARENTAL"),
                nice.lignes().stream().map(l -> l.ligne().critere()).toList());

        FicheCotation.LigneDeNote dalo = nice.lignes().get(1);
        assertEquals(Preuve.VALIDEE, dalo.ligne().preuve());
        assertEquals(List.of(), dalo.justificatifs(), "a validated line needs no document");

        // the Nice rule tests category k: the fiche finds the situation behind it, hosted by a third party
        FicheCotation.LigneDeNote k = nice.lignes().get(2);
        assertEquals(List.of("k"), k.ligne().categoriesL4411());
        assertEquals(List.of("HEBERGE_TIERS"), k.justificatifs().stream().map(FicheCotation.Justificatif::situation).toList());
        assertEquals("Attestation de la personne qui vous héberge", k.justificatifs().get(0).piece());

        // the same hosting, justified: the line is no longer provisional and asks for nothing
        FicheCotation justifie = FICHES.fiche(parentHeberge()
                .logeEn(ModeleLogement.CHEZ_PARTICULIER, CAGNES, Preuve.JUSTIFIEE).build());
        FicheCotation.NoteCommune n2 = justifie.communes().get(0);
        assertEquals(new BigDecimal("15"), n2.pointsProvisoires(), "only the monoparental line stays provisional");
        assertEquals(List.of(), n2.lignes().get(2).justificatifs());
        contient("<td>justifié (pièce vérifiée)</td>", justifie.html());
    }

    @Test
    void textOfTheFicheWithoutClassement() {
        String texte = FICHES.fiche(parentHeberge().build()).texte();
        List<String> lignes = texte.lines().toList();
        assertEquals("Fiche cotation de la demande 0060124000042G0601", lignes.get(0));
        assertEquals("=".repeat(47), lignes.get(1));
        assertTrue(lignes.stream().allMatch(l -> l.length() <= 80), "wrapped at 80 columns");
        contient("\nNice (Métropole Nice Côte d'Azur)\n---------------------------------\n", texte);

        String plat = aplati(texte);
        contient("Votre note : 169 points, dont 45 points provisoires (situation déclarée, à justifier).", plat);
        contient("Détail de la note à Nice : "
                + "- Ancienneté de la demande — points\u00a0: 24\u00a0; calcul\u00a0: 31 mois × 1 pt = 31, plafonné à "
                + "24\u00a0; preuve\u00a0: calculé d'après votre demande "
                + "- Ménage reconnu DALO — points\u00a0: 100\u00a0; preuve\u00a0: validé (travailleur social ou service "
                + "instructeur) "
                + "- Dépourvu de logement ou hébergé par des tiers (L.441-1 k) — points\u00a0: 30\u00a0; preuve\u00a0: "
                + "déclaré, provisoire ; à justifier par : Attestation de la personne qui vous héberge (arrêté du 6 août "
                + "2018 annexe II). "
                + "- Famille monoparentale — points\u00a0: 15\u00a0; preuve\u00a0: déclaré, provisoire ; à justifier "
                + "par : Livret de famille ou acte de naissance des enfants, et jugement fixant la garde s'il y en a un "
                + "(arrêté du 6 août 2018 annexe II). ", plat);
        contient("Votre position à Nice La position de votre demande parmi les demandes analogues n'est pas "
                + "disponible sur cette fiche", plat);
        contient("En cas de refus d'un logement Refuser sans motif légitime un logement adapté à vos besoins et à vos "
                + "capacités retire des points ; le plan partenarial de gestion de la demande du territoire fixe les "
                + "cas où un refus modifie la cotation (art. L.441-2-8 et R.441-2-10 CCH) : - Refus sans motif "
                + "légitime : −15 points chaque fois, 45 points retirés au plus ; ne compte que pendant 24 mois (art. "
                + "R.441-2-10 11° CCH).", plat);
        contient("Priorités reconnues ------------------- D'après ce qu'elle déclare, et sous réserve de vérification, "
                + "votre demande relève de : "
                + "- Ménage reconnu prioritaire et à loger d'urgence (DALO actif) (art. L.441-2-3 CCH) : validée. "
                + "- Personnes victimes de violences au sein du couple ou menacées de mariage forcé, situations attestées "
                + "par une décision du juge ou une ordonnance de protection (art. L.441-1 g) CCH) : déclarée, à justifier "
                + "par : Ordonnance de protection délivrée par le juge aux affaires familiales (art. 515-9 code civil) ou "
                + "décision du juge aux affaires familiales (mesures urgentes, art. 257 code civil) ; un récépissé de "
                + "plainte ou une main courante rend la situation déclarée, pas prouvée (art. L.441-1 g) CCH). "
                + "- Personnes dépourvues de logement, y compris celles hébergées par des tiers (art. L.441-1 k) CCH) : "
                + "déclarée, à justifier par : Attestation de la personne qui vous héberge (arrêté du 6 août 2018 "
                + "annexe II).", plat);
        contient("- Cagnes-sur-Mer — territoire\u00a0: Métropole Nice Côte d'Azur\u00a0; note\u00a0: 179\u00a0; "
                + "écart\u00a0: +10\u00a0; grille\u00a0: même grille qu'une commune demandée", plat);
        contient("Renouvelez votre demande au plus tard le 1er décembre 2025 : elle est valable un an à compter de "
                + "son dépôt ou de son dernier renouvellement (art. R.441-2-7 CCH). Sans renouvellement, elle est "
                + "radiée un mois plus tard, le 1er janvier 2026, et perd son ancienneté (art. R.441-2-8 e) CCH ; "
                + "arrêté du 23 mars 2015, annexe, § 6.1).", plat);
    }

    @Test
    void htmlOfTheFicheIsWellFormedAccessibleAndScriptless() throws Exception {
        String html = FICHES.fiche(parentHeberge().build()).html();
        contient("<p>Votre note : <strong>169 points</strong>, dont 45 points provisoires (situation déclarée, à "
                + "justifier).</p>", html);
        contient("<caption>Détail de la note à Nice</caption>\n<thead>\n<tr><th scope=\"col\">Critère</th>"
                + "<th scope=\"col\">Points</th><th scope=\"col\">Calcul</th><th scope=\"col\">Preuve</th></tr>", html);
        contient("<tr><th scope=\"row\">Ancienneté de la demande</th><td>24</td><td>31 mois × 1 pt = 31, plafonné à 24"
                + "</td><td>calculé d'après votre demande</td></tr>", html);
        contient("<tr><th scope=\"row\">Dépourvu de logement ou hébergé par des tiers (L.441-1 k)</th><td>30</td><td>"
                + "</td><td>déclaré, provisoire ; à justifier par : Attestation de la personne qui vous héberge (arrêté "
                + "du 6 août 2018 annexe II).</td></tr>", html);
        contient("<h3>En cas de refus d'un logement</h3>", html);
        contient("@media print", html);
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document dom = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Element racine = dom.getDocumentElement();
        assertEquals("html", racine.getLocalName());
        assertEquals("fr", racine.getAttribute("lang"));
        assertEquals(1, dom.getElementsByTagName("h1").getLength());
        assertEquals(4, dom.getElementsByTagName("h2").getLength(), "Nice, priorités, communes, conseils");
        NodeList th = dom.getElementsByTagName("th");
        assertTrue(th.getLength() > 0);
        IntStream.range(0, th.getLength()).forEach(i -> assertTrue(
                List.of("col", "row").contains(((Element) th.item(i)).getAttribute("scope")), "every th has a scope"));
        NodeList tables = dom.getElementsByTagName("table");
        IntStream.range(0, tables.getLength()).forEach(i -> assertEquals("caption",
                ((Element) tables.item(i)).getElementsByTagName("caption").item(0).getNodeName()));
    }

    @Test
    void aCommuneThatScoresHigherIsSuggestedAndEqualOrLowerOnesAreNot() {
        FicheCotation f = FICHES.fiche(parentHeberge().build());
        // examined: where the household lives (Cagnes), one commune of the other EPCI of the département with a
        // grille (CASA: Antibes, lowest code), another commune of the wished EPCI (Saint-Laurent: Cagnes is taken)
        assertEquals(List.of(CAGNES, ANTIBES, SAINT_LAURENT), f.communesExaminees());
        // Cagnes: 169 + lives in the commune 10 = 179; Saint-Laurent: 169, equal; Antibes: 60 + DALO 80 = 140, lower
        assertEquals(List.of(new FicheCotation.Suggestion(CAGNES, "Cagnes-sur-Mer", "200030195",
                "Métropole Nice Côte d'Azur", "test-nice", new BigDecimal("179"), new BigDecimal("10"), true)),
                f.suggestions());
    }

    @Test
    void anotherGrilleIsSuggestedWhenItGivesMore() {
        // the base demande (lives and works in Nice, taux d'effort 30 %) filed 31 months ago: Nice 24 + 10 + 10 = 44;
        // Antibes 60 (31 × 2, capped); Cagnes 24 + 10 = 34
        FicheCotation f = FICHES.fiche(Demandes.base().deposeeLe(LocalDate.of(2022, 11, 30)).build());
        assertEquals(List.of(ANTIBES, CAGNES), f.communesExaminees());
        assertEquals(1, f.suggestions().size());
        FicheCotation.Suggestion antibes = f.suggestions().get(0);
        assertEquals(ANTIBES, antibes.commune());
        assertEquals(new BigDecimal("60"), antibes.note());
        assertEquals(new BigDecimal("16"), antibes.ecart());
        assertFalse(antibes.memeEpci());
        contient("autre grille : la note se compare aux demandes de ce territoire", aplati(f.texte()));
        // a demande that wishes the form's maximum of communes gets no suggestion, and nothing is scored for it
        FicheCotation huit = FICHES.fiche(Demandes.pour(NICE, CAGNES, SAINT_LAURENT, ANTIBES, "06155", "06018",
                "06083", "06004").build());
        assertEquals(List.of(), huit.communesExaminees());
        FicheCotation aucune = Fiches.builder(ENGINE).dateEvaluation(EVALUATION).communesExamineesMax(0).build()
                .fiche(parentHeberge().build());
        assertEquals(List.of(), aucune.suggestions());
        contient("Aucune commune n'a été examinée pour votre demande.", aplati(aucune.texte()));
    }

    private static DelaiAttente delai(DelaiAttente.Perimetre p, String code, String nom, int nombre, Double moyenne,
                                      Double mediane, DelaiAttente repli) {
        return new DelaiAttente(Typologie.T3, p, code, nom, DEBUT, EVALUATION, nombre, 5, nombre >= 5, moyenne, mediane,
                repli);
    }

    private static Position position(int rang, int devant, int superieure, DelaiAttente delai) {
        List<BigDecimal> deciles = List.of(0, 10, 20, 30, 40, 60, 80, 100, 120, 150, 240).stream()
                .map(BigDecimal::valueOf).toList();
        GroupeAnalogue g = new GroupeAnalogue(Analogie.TYPOLOGIE_COMMUNE, Typologie.T3, NICE, "Nice", null, 412, deciles,
                delai);
        double percentile = 100.0 * (412 - superieure) / 412;
        return new Position("0060124000042G0601", LocalDate.of(2022, 11, 30), NICE, Typologie.T3, new BigDecimal("169"),
                rang, devant, superieure, 412, percentile, 1 + 4 * superieure / 412, g);
    }

    @Test
    void positionAndWaitingTimeFromTheClassement() {
        DelaiAttente epci = delai(DelaiAttente.Perimetre.EPCI, "200030195", "Métropole Nice Côte d'Azur", 14, 25.0, 24.0,
                null);
        Position p = position(37, 36, 36, delai(DelaiAttente.Perimetre.COMMUNE, NICE, "Nice", 3, null, null, epci));
        Fiches avec = Fiches.builder(ENGINE).dateEvaluation(EVALUATION)
                .positions(n -> n.equals("0060124000042G0601") ? List.of(p) : List.of(), "Règle de départage.").build();
        FicheCotation f = avec.fiche(parentHeberge().build());
        assertTrue(f.classementDisponible());
        assertEquals(List.of(p), f.communes().get(0).positions());
        String plat = aplati(f.texte());
        // 100 × (412 − 36) / 412 = 91.3 %; quartile 1 + ⌊4 × 36 / 412⌋ = 1
        contient("Votre demande est 37e sur 412 demandes de T3 à Nice ; 36 demandes ont une note supérieure. Votre note "
                + "(169 points) est au moins égale à celle de 91 % des demandes analogues (quartile 1 sur 4, le 1er "
                + "étant le mieux noté). La note médiane du groupe est de 60 points ; les 10 % les mieux notées ont au "
                + "moins 150 points, la plus haute note est de 240 points. Règle de départage.", plat);
        contient("Délai d'attente constaté pour un T3 à Nice, attributions du 1er juillet 2024 au 30 juin 2025 : trop "
                + "peu d'attributions (3, il en faut 5) pour donner un chiffre fiable ; dans le territoire Métropole "
                + "Nice Côte d'Azur, sur la même période : 25 mois en moyenne, 24 mois en médiane, sur 14 "
                + "attributions.", plat);
        // the JSON carries the classement's own records and reads back
        assertEquals(f, FicheCotation.depuisJson(f.json()));
    }

    @Test
    void tiesAndWaitingTimesInEveryCase() {
        assertEquals("Votre demande est 40e sur 412 demandes de T3 à Nice ; 39 demandes sont devant elle : 36 avec une "
                        + "note supérieure et 3 avec la même note, passées devant selon la règle de départage.",
                Redaction.position(position(40, 39, 36, null)).split("(?<=départage\\.)")[0]);
        assertTrue(Redaction.position(position(1, 0, 0, null)).startsWith("Votre demande est 1re sur 412 demandes de T3 "
                + "à Nice ; aucune demande n'a une note supérieure. Votre note (169 points) est au moins égale à celle "
                + "de 100 % des demandes analogues"));
        Position seule = position(1, 0, 0, null);
        seule = new Position(seule.numeroUnique(), seule.dateDepot(), NICE, Typologie.T3, seule.note(), 1, 0, 0, 1, 100, 1,
                new GroupeAnalogue(Analogie.TYPOLOGIE_COMMUNE, Typologie.T3, NICE, "Nice", null, 1,
                        java.util.Collections.nCopies(11, seule.note()), null));
        assertEquals("Votre demande est la seule demande de T3 à Nice dans le classement.", Redaction.position(seule));

        DelaiAttente suffisant = delai(DelaiAttente.Perimetre.COMMUNE, NICE, "Nice", 14, 23.357, 20.5, null);
        assertEquals("Délai d'attente constaté pour un T3 à Nice, attributions du 1er juillet 2024 au 30 juin 2025 : "
                + "23,4 mois en moyenne, 20,5 mois en médiane, sur 14 attributions.",
                Redaction.delai(position(37, 36, 36, suffisant)));
        DelaiAttente epciInsuffisant = delai(DelaiAttente.Perimetre.EPCI, "200030195", "Métropole Nice Côte d'Azur", 4,
                null, null, null);
        assertEquals("Délai d'attente constaté pour un T3 à Nice, attributions du 1er juillet 2024 au 30 juin 2025 : "
                + "trop peu d'attributions (3, il en faut 5) pour donner un chiffre fiable, pas davantage dans le "
                + "territoire Métropole Nice Côte d'Azur (4) ; le délai n'est donc pas affiché.",
                Redaction.delai(position(37, 36, 36, delai(DelaiAttente.Perimetre.COMMUNE, NICE, "Nice", 3, null, null,
                        epciInsuffisant))));
        assertEquals("Délai d'attente pour un T3 : non disponible (aucun historique d'attributions fourni).",
                Redaction.delai(position(37, 36, 36, null)));
    }

    @Test
    void jsonReadsBackAndHasTheDocumentedShape() throws Exception {
        FicheCotation f = FICHES.fiche(parentHeberge().build());
        String json = f.json();
        assertEquals(f, FicheCotation.depuisJson(json));
        @SuppressWarnings("unchecked")
        Map<String, Object> racine = fr.cotation.json.CotationJson.mapper().readValue(json, Map.class);
        // regleDepartage is null without a classement, so absent
        assertEquals(List.of("numeroUnique", "dateEvaluation", "renouvelerAvant", "problemes", "classementDisponible",
                "communes", "priorites", "suggestions", "communesExaminees", "regleSuggestions"),
                List.copyOf(racine.keySet()));
        assertEquals("2025-12-01", racine.get("renouvelerAvant"));
        contient("\"categoriesL4411\" : [ \"k\" ]", json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FicheCotation.depuisJson(json.replace("\"classementDisponible\"", "\"classement\"")));
        assertTrue(e.getMessage().contains("classement"), e.getMessage());
    }

    @Test
    void noPersonalDataInAnyRendering() {
        Demande d = parentHeberge()
                .demandeur(Adulte.neLe(LocalDate.of(1985, 4, 12))
                        .avecSituationProfessionnelle(TypeContrat.CDI, NICE)
                        .avecRessource(NatureRessource.SALAIRE, 1987.65)
                        .avecIdentite(new Identite("Benali", "Aïcha", Civilite.MADAME, Sexe.FEMININ,
                                Nationalite.HORS_UNION_EUROPEENNE, "Alger")))
                .build();
        FicheCotation f = FICHES.fiche(d);
        for (String rendu : List.of(f.texte(), f.html(), f.json())) {
            for (String interdit : List.of("Benali", "Aïcha", "Alger", "1985", "2016", "1987", "1 987", "MADAME")) {
                int i = rendu.indexOf(interdit);
                assertFalse(i >= 0, interdit + " : " + (i < 0 ? "" : rendu.substring(Math.max(0, i - 80), Math.min(rendu.length(), i + 40))));
            }
        }
    }

    @Test
    void anInvalidDemandeListsItsProblemsWithoutTheirValues() {
        Demande d = parentHeberge().demandeur(Adulte.neLe(LocalDate.of(2031, 2, 1))).build();
        FicheCotation f = FICHES.fiche(d);
        assertEquals(List.of(), f.communes());
        assertFalse(f.problemes().isEmpty());
        assertTrue(f.problemes().stream().anyMatch(p -> p.startsWith("menage.demandeur.dateNaissance : ")),
                f.problemes().toString());
        for (String rendu : List.of(f.texte(), f.html(), f.json())) {
            assertFalse(rendu.contains("2031"), "the value is never shown");
        }
        contient("Votre demande ne peut pas être cotée en l'état", aplati(f.texte()));
    }

    /** Attributions in Nice's EPCI: waits of 10 and 20 months in Nice, 30, 40 and 50 months in Cagnes-sur-Mer. */
    private static List<Attribution> historique() {
        LocalDate le = LocalDate.of(2025, 1, 15);
        return List.of(new Attribution(le.minusMonths(10), le, Typologie.T2, NICE, false),
                new Attribution(le.minusMonths(20), le, Typologie.T2, NICE, false),
                new Attribution(le.minusMonths(30), le, Typologie.T2, CAGNES, false),
                new Attribution(le.minusMonths(40), le, Typologie.T2, CAGNES, false),
                new Attribution(le.minusMonths(50), le, Typologie.T2, CAGNES, false));
    }

    @Test
    void withARealClassementOfASmallStock() {
        Demande x = parentHeberge().build(); // T2 and T3 (the base wishes a T2), 169 in Nice
        // the same household filed the same day under a lower numéro: same note, ranked ahead by the numéro
        Demande z = parentHeberge().numeroUnique("0060124000041G0601").build();
        // a T2 only, DALO, lives in Nice, taux 30 %: 24 + 100 + 10 + 10 = 144
        Demande y = Demandes.pour(NICE).numeroUnique("0060124000043G0601").deposeeLe(LocalDate.of(2022, 11, 30))
                .renouveleeLe(LocalDate.of(2025, 1, 1)).dalo(StatutDalo.ACTIF, LocalDate.of(2024, 5, 1), Preuve.VALIDEE)
                .build();
        ClassementResult r = Classement.builder(ENGINE).dateEvaluation(EVALUATION).historique(historique()).build()
                .classer(List.of(x, y, z));
        FicheCotation f = Fiches.builder(ENGINE).dateEvaluation(EVALUATION).classement(r).build().fiche(x);
        assertEquals(r.regleDepartage(), f.regleDepartage());
        assertEquals(r.positions(x.numeroUnique()), f.communes().get(0).positions());
        String plat = aplati(f.texte());
        // T2: notes 169, 169, 144; percentile 100 × (3 − 0) / 3; deciles at ascending ranks ⌈k × 3 / 10⌉: D5 = D9 = 169
        contient("Votre demande est 2e sur 3 demandes de T2 à Nice ; 1 demande est devant elle : 0 avec une note "
                + "supérieure et 1 avec la même note, passée devant selon la règle de départage. Votre note (169 points) "
                + "est au moins égale à celle de 100 % des demandes analogues (quartile 1 sur 4, le 1er étant le mieux "
                + "noté). La note médiane du groupe est de 169 points ; les 10 % les mieux notées ont au moins 169 "
                + "points, la plus haute note est de 169 points.", plat);
        contient("Votre demande est 2e sur 2 demandes de T3 à Nice ; 1 demande est devant elle", plat);
        // T2 in Nice: 2 attributions, too few; the EPCI: 5, mean and median of 10, 20, 30, 40, 50 months = 30
        contient("Délai d'attente constaté pour un T2 à Nice, attributions du 1er juillet 2024 au 30 juin 2025 : trop "
                + "peu d'attributions (2, il en faut 5) pour donner un chiffre fiable ; dans le territoire Métropole "
                + "Nice Côte d'Azur, sur la même période : 30 mois en moyenne, 30 mois en médiane, sur 5 "
                + "attributions.", plat);
        contient("Délai d'attente constaté pour un T3 à Nice, attributions du 1er juillet 2024 au 30 juin 2025 : aucune "
                + "attribution connue, ni dans le territoire Métropole Nice Côte d'Azur ; le délai n'est donc pas "
                + "affiché.", plat);
        assertEquals(f, FicheCotation.depuisJson(f.json()));

        // a demande the classement did not rank: the fiche says so rather than inventing a position
        FicheCotation absente = Fiches.builder(ENGINE).dateEvaluation(EVALUATION).classement(r).build()
                .fiche(parentHeberge().numeroUnique("0060124000099G0601").build());
        assertEquals(List.of(), absente.communes().get(0).positions());
        contient("Votre demande ne figure pas dans le classement des demandes de cette commune", aplati(absente.texte()));

        // a classement at another date would give positions that do not match the note
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Fiches.builder(ENGINE).dateEvaluation(EVALUATION.plusDays(1)).classement(r).build());
        assertTrue(e.getMessage().contains("2025-06-30"), e.getMessage());
    }

    @Test
    void theEvaluationDateIsRequired() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Fiches.builder(ENGINE).build());
        assertTrue(e.getMessage().contains("dateEvaluation"));
    }
}
