package fr.cotation.fiche;

import fr.cotation.CotationEngine;
import fr.cotation.classement.Classement;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Preuve;
import fr.cotation.internal.redaction.Francais;
import fr.cotation.internal.redaction.Texte;
import fr.cotation.regles.Situations;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.PackEcrit;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.NICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the applicant reads must be true (issue 15, section 3): the personal data the fiche holds, a rendering
 * without the special-category situations, the legitimate reasons to refuse taken from the territory or not at all,
 * the renewal with its month of grace and never a date already past, and why a demande is left out of the classement.
 */
class FicheLoiTest {
    private static final CotationEngine TERRITOIRES = Moteurs.packs("territoires");
    private static final Fiches FICHES = Fiches.builder(TERRITOIRES).dateEvaluation(EVALUATION).build();

    private static String aplati(String s) {
        return s.replaceAll("[ \\n]+", " ");
    }

    private static void contient(String attendu, String texte) {
        assertTrue(texte.contains(attendu), () -> "absent : " + attendu + "\n--- dans ---\n" + texte);
    }

    private static void absent(String interdit, String texte) {
        int i = texte.indexOf(interdit);
        assertTrue(i < 0, () -> "présent : " + interdit + " … "
                + texte.substring(Math.max(0, i - 100), Math.min(texte.length(), i + 100)));
    }

    // ------------------------------------------------------------------------------------ personal data

    @Test
    void theFicheSaysItIsPersonalAndSensitiveDataAndWhoMaySeeIt() {
        String plat = aplati(FICHES.fiche(Demandes.base().situation("VIOLENCES_CONJUGALES", Preuve.DECLAREE).build())
                .texte());
        absent("aucune donnée personnelle autre que", plat);
        contient("Données personnelles : cette fiche vous identifie par le numéro unique de votre demande, et les "
                + "situations qu'elle cite peuvent relever de votre santé, d'un handicap, de violences subies ou d'un "
                + "parcours de sortie de la prostitution, données dites sensibles (art. 9 du règlement général sur la "
                + "protection des données). Elle vous est destinée ; seuls les services d'enregistrement et les "
                + "organismes qui ont accès à votre demande dans le système national d'enregistrement peuvent en "
                + "connaître le contenu (art. L.441-2-1 et R.441-2-6 CCH).", plat);
    }

    /** A territory scoring violence (g) and the exit from prostitution (h) with lines that name them. */
    private static CotationEngine packSensible(Path dir) {
        String regles = PackEcrit.regle("Ancienneté", "@critere(\"ANCIENNETE\") @libelle(\"Ancienneté\") "
                        + "@rubrique(\"R\")", "$d : Dossier()", "note.parMois(kcontext, $d.getAncienneteMois(), 1, 24);")
                + PackEcrit.regle("Violences", "@critere(\"VIOLENCES\") @libelle(\"Victime de violences conjugales\") "
                        + "@rubrique(\"R\") @points(20) @reference(\"art. L.441-1 g) CCH\")",
                "Priorite( categorie == \"g\" )", "note.retenir(kcontext);")
                + PackEcrit.regle("Prostitution", "@critere(\"SORTIE_PROSTITUTION\") @libelle(\"Parcours de sortie de la "
                        + "prostitution\") @rubrique(\"R\") @points(15) @reference(\"art. L.441-1 h) CCH\")",
                "Situation( code == \"SORTIE_PROSTITUTION\" )", "note.retenir(kcontext);");
        PackEcrit.packDecrit(dir, "sensible", "epci: \"" + Registre.SIREN_NCA + "\"\nversion: \"1\"\n"
                + "enVigueurDu: 2020-01-01\n", regles);
        return Moteurs.depuis(dir);
    }

    @Test
    void aRenderingWithoutTheSensitiveSituationsKeepsThePointsAndNamesNone(@TempDir Path dir) {
        CotationEngine engine = packSensible(dir);
        Demande d = Demandes.base().situation("VIOLENCES_CONJUGALES", Preuve.DECLAREE)
                .situation("SORTIE_PROSTITUTION", Preuve.DECLAREE).build();
        FicheCotation complete = Fiches.builder(engine).dateEvaluation(EVALUATION).build().fiche(d);
        // 10 months + 20 + 15
        assertEquals(new BigDecimal("45"), complete.communes().get(0).note());
        contient("Victime de violences conjugales", complete.texte());

        FicheCotation f = complete.sansDonneesSensibles();
        assertTrue(f.expurgee());
        FicheCotation.NoteCommune c = f.communes().get(0);
        assertEquals(new BigDecimal("45"), c.note(), "the note is the same");
        assertEquals(complete.communes().get(0).pointsProvisoires(), c.pointsProvisoires());
        assertEquals(List.of("ANCIENNETE", "PROTEGE", "PROTEGE"),
                c.lignes().stream().map(l -> l.ligne().critere()).toList());
        assertEquals(List.of(new BigDecimal("15"), new BigDecimal("20")),
                c.lignes().subList(1, 3).stream().map(l -> l.ligne().points()).sorted().toList());
        assertEquals(Preuve.DECLAREE, c.lignes().get(1).ligne().preuve());
        assertTrue(f.priorites().stream().anyMatch(p -> p.libelle().equals(DonneesSensibles.LIBELLE)));
        String json = f.json();
        assertEquals(f, FicheCotation.depuisJson(json));
        contient("\"expurgee\" : true", json);
        for (String rendu : List.of(f.texte(), f.html(), json)) {
            for (String interdit : List.of("Victime de violences conjugales", "Parcours de sortie", "VIOLENCES",
                    "SORTIE_PROSTITUTION", "L.441-1 g)", "L.441-1 h)", "au sein du couple", "ordonnance de protection",
                    "Décision du juge")) {
                absent(interdit, aplati(rendu));
            }
        }
        contient("Version sans les situations personnelles protégées", aplati(f.texte()));
        contient("Situation personnelle protégée (détail sur la fiche complète) — points\u00a0: 20", aplati(f.texte()));
        assertEquals(f, f.sansDonneesSensibles(), "idempotent");
    }

    @Test
    void everySensitiveSituationIsInTheCatalogueAndEverySensitiveCategoryNamesOne() {
        DonneesSensibles.SITUATIONS.forEach(code -> assertTrue(Situations.catalogue().get(code).isPresent(), code));
        TERRITOIRES.prioritesL4411().enVigueurLe(EVALUATION).stream()
                .filter(cat -> DonneesSensibles.CATEGORIES.contains(cat.categorie()))
                .forEach(cat -> assertTrue(cat.situations().stream().allMatch(DonneesSensibles.SITUATIONS::contains),
                        cat.categorie() + " : " + cat.situations()));
    }

    // ------------------------------------------------------------------------------------ refusals

    @Test
    void noLegitimateReasonIsInventedWhenTheTerritoryDeclaresNone() {
        // the test grille of Nice has a refusal malus and declares no legitimate reasons
        FicheCotation f = FICHES.fiche(Demandes.base().build());
        assertNull(f.communes().get(0).motifsLegitimesDeRefus());
        String plat = aplati(f.texte());
        absent("trop cher", plat);
        absent("trop petit", plat);
        contient("La loi ne dresse pas la liste des motifs légitimes de refus : ils relèvent du plan partenarial de "
                + "gestion de la demande de votre territoire (art. L.441-2-8 et R.441-2-10 CCH), et la commission "
                + "d'attribution apprécie le motif que vous donnez. Avant de refuser un logement, demandez au bailleur "
                + "qui vous le propose ou au service qui a enregistré votre demande si votre motif sera retenu", plat);
    }

    @Test
    void theLegitimateReasonsTheTerritoryDeclaresAreQuotedWithTheirSource(@TempDir Path dir) {
        PackEcrit.packDecrit(dir, "refus", "epci: \"" + Registre.SIREN_NCA + "\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\n"
                        + "effetsDesRefus:\n  - {critere: REFUS, dureeMois: 12}\n"
                        + "motifsLegitimesDeRefus:\n  reference: \"plan partenarial de test, § 4\"\n"
                        + "  motifs:\n    - \"Logement éloigné de plus d'une heure du lieu de travail\"\n"
                        + "    - \"Logement inaccessible à un membre du ménage\"\n",
                PackEcrit.regle("Refus", "@critere(\"REFUS\") @libelle(\"Refus sans motif légitime\") @rubrique(\"R\") "
                        + "@points(-10) @dureeMois(12)", "Refus( !motifLegitime, moisDepuis < 12 )",
                        "note.retenir(kcontext);"));
        CotationEngine engine = Moteurs.depuis(dir);
        assertEquals(List.of(), engine.problemesPacks());
        FicheCotation f = Fiches.builder(engine).dateEvaluation(EVALUATION).build().fiche(Demandes.base().build());
        assertEquals("plan partenarial de test, § 4", f.communes().get(0).motifsLegitimesDeRefus().reference());
        String plat = aplati(f.texte());
        contient("Ce territoire tient pour motifs légitimes de refus, qui ne retirent pas de points (plan partenarial "
                + "de test, § 4) : - Logement éloigné de plus d'une heure du lieu de travail - Logement inaccessible à "
                + "un membre du ménage", plat);
        absent("La loi ne dresse pas la liste", plat);
        assertEquals(f, FicheCotation.depuisJson(f.json()));
    }

    @Test
    void legitimateReasonsWithoutTheirSourceAreAPackProblem(@TempDir Path dir) {
        PackEcrit.packDecrit(dir, "sans-source", "epci: \"" + Registre.SIREN_NCA + "\"\nversion: \"1\"\n"
                + "enVigueurDu: 2020-01-01\nmotifsLegitimesDeRefus:\n  motifs: [\"Logement trop cher\"]\n",
                PackEcrit.regle("Un", "UN", "Dossier()"));
        CotationEngine engine = Moteurs.depuis(dir);
        assertEquals(1, engine.problemesPacks().size(), engine.problemesPacks().toString());
        contient("motifsLegitimesDeRefus : la source (reference) est obligatoire", engine.problemesPacks().get(0).toString());
    }

    // ------------------------------------------------------------------------------------ renewal

    /** A fiche of a valid demande renewed on {@code renouvelee}, at {@code le}, built without an engine. */
    private static FicheCotation ficheAu(LocalDate le, LocalDate renouvelee) {
        return new FicheCotation("0060124000042G0601", le, renouvelee.plusYears(1), List.of(), false, null, List.of(),
                List.of(), List.of(), List.of(), "", false, null, false);
    }

    private static String renouvellement(FicheCotation f) {
        Texte t = Redaction.renouvellement(f);
        return t == null ? "" : aplati(new fr.cotation.internal.redaction.Document("x").paragraphe(t).texte());
    }

    @Test
    void theMonthOfGraceIsSaidAtEachStage() {
        LocalDate renouvelee = LocalDate.of(2024, 12, 1);
        contient("Renouvelez votre demande au plus tard le 1er décembre 2025", renouvellement(ficheAu(EVALUATION,
                renouvelee)));
        contient("radiée un mois plus tard, le 1er janvier 2026", renouvellement(ficheAu(EVALUATION, renouvelee)));
        // on the last day of validity: still "at the latest today"
        contient("au plus tard le 1er décembre 2025", renouvellement(ficheAu(LocalDate.of(2025, 12, 1), renouvelee)));
        // during the month of grace
        String grace = renouvellement(ficheAu(LocalDate.of(2025, 12, 15), renouvelee));
        contient("Votre demande n'est plus valide depuis le 2 décembre 2025 faute de renouvellement (art. R.441-2-7 "
                + "CCH). Vous pouvez encore la renouveler jusqu'au 1er janvier 2026 sans perdre son ancienneté", grace);
        // after it, within the six months of reactivation, then after them
        String radiee = renouvellement(ficheAu(LocalDate.of(2026, 2, 10), renouvelee));
        contient("elle a pu être radiée (art. R.441-2-8 e) CCH)", radiee);
        contient("peut être réactivée avec son ancienneté jusqu'au 1er juin 2026", radiee);
        contient("il vous faudra déposer une nouvelle demande", renouvellement(ficheAu(LocalDate.of(2026, 9, 1),
                renouvelee)));
    }

    @Test
    void noDeadlineAlreadyPastIsEverGivenAsOneToMeet() {
        LocalDate renouvelee = LocalDate.of(2024, 12, 1);
        for (LocalDate le = LocalDate.of(2025, 10, 1); le.isBefore(LocalDate.of(2026, 8, 1)); le = le.plusDays(1)) {
            String texte = renouvellement(ficheAu(le, renouvelee));
            for (LocalDate x = le.minusMonths(14); x.isBefore(le); x = x.plusDays(1)) {
                String jour = Francais.date(x);
                for (String echeance : List.of("avant le " + jour, "au plus tard le " + jour, "jusqu'au " + jour)) {
                    assertFalse(texte.contains(echeance + " ") || texte.contains(echeance + ",")
                            || texte.contains(echeance + ":"), le + " : " + echeance + " dans « " + texte + " »");
                }
            }
            assertFalse(texte.contains("avant le " + Francais.date(le)), le + " : " + texte);
        }
    }

    @Test
    void aRenewalDateTheSourceDoesNotGiveIsSaidUnknown() {
        Demande d = Demandes.base().deposeeLe(LocalDate.of(2019, 3, 1)).renouvellementInconnu(true).build();
        FicheCotation f = FICHES.fiche(d);
        assertTrue(f.renouvellementInconnu());
        assertNull(f.renouvelerAvant());
        String plat = aplati(f.texte());
        contient("La date du dernier renouvellement de votre demande n'est pas connue : le fichier d'où cette fiche est "
                + "tirée ne la donne pas.", plat);
        absent("renouvelée dans l'année", plat);
        absent("radiée (art. R.441-2-8 e)", plat);
        absent("non renouvelée depuis", plat);
        assertEquals(f, FicheCotation.depuisJson(f.json()));
        contient("\"renouvellementInconnu\" : true", f.json());
        // the same demande known never renewed since 2019 is told it has been radiated or may be
        contient("elle a pu être radiée", aplati(FICHES.fiche(Demandes.base().deposeeLe(LocalDate.of(2019, 3, 1))
                .build()).texte()));
    }

    @Test
    void anUnknownRenewalTravelsInTheJsonOfTheDemandeAndIsAbsentOtherwise() throws Exception {
        Demande d = Demandes.base().renouvellementInconnu(true).build();
        String json = fr.cotation.json.CotationJson.enTexte(d);
        contient("\"renouvellementInconnu\" : true", json);
        assertEquals(d, fr.cotation.json.CotationJson.mapper().readValue(json, Demande.class));
        absent("renouvellementInconnu", fr.cotation.json.CotationJson.enTexte(Demandes.base().build()));
        // a renewal date given is known, whatever the flag says
        assertFalse(Demandes.base().renouvellementInconnu(true).renouveleeLe(LocalDate.of(2025, 1, 1)).build()
                .renouvellementInconnu());
    }

    @Test
    void theEnginesRenewalWarningDoesNotSayAnExpiredDemandeExpiresWithinTheYear() {
        var r = TERRITOIRES.coter(Demandes.base().deposeeLe(EVALUATION.minusMonths(13)).build(), EVALUATION);
        List<String> a = r.cotations().get(0).avertissements();
        assertTrue(a.contains("demande non renouvelée depuis 13 mois : sa validité d'un an est atteinte ou dépassée "
                + "(R.441-2-7 CCH) ; sans renouvellement, elle est radiée (R.441-2-8 e) CCH)"), a.toString());
        assertTrue(a.stream().noneMatch(x -> x.contains("dans l'année")), a.toString());
        // unknown renewal: a warning that the validity could not be checked, no count of months
        var inconnu = TERRITOIRES.coter(Demandes.base().deposeeLe(EVALUATION.minusMonths(40))
                .renouvellementInconnu(true).build(), EVALUATION);
        assertTrue(inconnu.cotations().get(0).avertissements().contains("date du dernier renouvellement inconnue "
                + "(absente du fichier) : la validité de la demande n'a pas pu être vérifiée (R.441-2-7 CCH)"),
                inconnu.cotations().get(0).avertissements().toString());
    }

    // ------------------------------------------------------------------------------------ classement

    @Test
    void aDemandeLeftOutOfTheClassementIsToldWhy() {
        Demande classee = Demandes.base().numeroUnique("0060124000001G0601").build();
        Demande expiree = Demandes.base().numeroUnique("0060124000002G0601").deposeeLe(LocalDate.of(2023, 1, 10))
                .build();
        Demande radiee = Demandes.base().numeroUnique("0060124000003G0601").build();
        Demande invalide = Demandes.base().numeroUnique("0060124000004G0601")
                .demandeur(Adulte.neLe(LocalDate.of(2031, 2, 1))).build();
        Demande inconnue = Demandes.base().numeroUnique("0060124000005G0601").deposeeLe(LocalDate.of(2019, 3, 1))
                .renouvellementInconnu(true).build();
        ClassementResult r = Classement.builder(TERRITOIRES).dateEvaluation(EVALUATION)
                .radiations(Map.of(radiee.numeroUnique(), LocalDate.of(2025, 5, 2)))
                .build().classer(List.of(classee, expiree, radiee, invalide, inconnue));
        assertEquals(1, r.exclusions().nombre(MotifExclusion.EXPIREE), "only the one known not renewed");
        assertEquals(java.util.Optional.of(MotifExclusion.EXPIREE), r.motifExclusion(expiree.numeroUnique()));
        assertEquals(java.util.Optional.empty(), r.motifExclusion(classee.numeroUnique()));
        Fiches fiches = Fiches.builder(TERRITOIRES).dateEvaluation(EVALUATION).classement(r).build();

        assertNull(fiches.fiche(classee).exclusion());
        assertNull(fiches.fiche(inconnue).exclusion(), "an unknown renewal is not an expiry");
        assertFalse(fiches.fiche(inconnue).communes().get(0).positions().isEmpty());

        FicheCotation e = fiches.fiche(expiree);
        assertEquals(MotifExclusion.EXPIREE, e.exclusion());
        contient("Votre demande a été écartée du classement des demandes du territoire : à la date de cette fiche, elle "
                + "n'est plus valide faute d'avoir été renouvelée dans l'année qui suit son dépôt ou son dernier "
                + "renouvellement (art. R.441-2-7 CCH). Sa position parmi les demandes analogues n'est donc pas "
                + "donnée.", aplati(e.texte()));
        contient("Votre demande ne figure pas dans le classement : elle en a été écartée (voir plus haut).",
                aplati(e.texte()));
        FicheCotation rad = fiches.fiche(radiee);
        assertEquals(MotifExclusion.RADIEE, rad.exclusion());
        contient("écartée du classement des demandes du territoire : elle a été radiée (art. R.441-2-8 CCH)",
                aplati(rad.texte()));
        FicheCotation inv = fiches.fiche(invalide);
        assertEquals(MotifExclusion.INVALIDE, inv.exclusion());
        contient("écartée du classement des demandes du territoire : elle ne peut pas être cotée en l'état",
                aplati(inv.texte()));
        assertEquals(e, FicheCotation.depuisJson(e.json()));
        contient("\"exclusion\" : \"EXPIREE\"", e.json());
    }
}
