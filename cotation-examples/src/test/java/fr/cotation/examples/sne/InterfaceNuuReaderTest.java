package fr.cotation.examples.sne;

import fr.cotation.CotationResult;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.CapaciteMarche;
import fr.cotation.demande.CategorieLogement;
import fr.cotation.demande.Civilite;
import fr.cotation.demande.CodeNational;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.EnfantEnGarde;
import fr.cotation.demande.EtatHandicap;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Motif;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Nationalite;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.RevenuFiscal;
import fr.cotation.demande.Sexe;
import fr.cotation.demande.SituationFamiliale;
import fr.cotation.demande.SituationProfessionnelle;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterfaceNuuReaderTest {
    private static final String DL = "/interfaceNuu/demande[1]/demandeLogement";

    static String fixture() {
        try (InputStream in = InterfaceNuuReaderTest.class.getResourceAsStream("deux-demandes.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LectureNuu> lire(String xml) throws IOException {
        try (InterfaceNuuReader r = InterfaceNuuReader.ouvrir(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            return r.toutes();
        }
    }

    /** The line (from 1) of the first occurrence of {@code texte} in {@code xml}. */
    static int ligneDe(String xml, String texte) {
        int i = xml.indexOf(texte);
        assertTrue(i >= 0, texte);
        return (int) xml.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void the_first_demande_of_the_fixture_maps_field_by_field() throws IOException {
        List<LectureNuu> lues = lire(fixture());
        assertEquals(2, lues.size());
        LectureNuu l = lues.get(0);
        assertTrue(l.importee(), l.erreurs().toString());
        assertEquals(DL, l.chemin());
        Demande d = l.demande();
        assertEquals("0060622091500001A0601", d.numeroUnique());
        assertEquals(LocalDate.of(2022, 9, 15), d.dateDepot());
        assertEquals(LocalDate.of(2024, 9, 10), d.dateRenouvellement());
        assertFalse(d.renouvellementInconnu());
        Adulte a = d.menage().demandeur();
        assertEquals(new Identite("Garnier", "Sophie", Civilite.MADAME, null, Nationalite.FRANCAISE, null), a.identite());
        assertEquals(LocalDate.of(1988, 5, 12), a.dateNaissance());
        assertEquals(SituationFamiliale.DIVORCE, a.situationFamiliale());
        assertEquals(new SituationProfessionnelle(TypeContrat.CDI, "06088", "Aide-soignante"), a.situationProfessionnelle());
        assertEquals(List.of(new RevenuFiscal(2023, new BigDecimal("17400"))), a.revenusFiscaux(),
                "the year without an amount is not a revenu");
        assertEquals(List.of(new Ressource(NatureRessource.SALAIRE, new BigDecimal("1250")),
                new Ressource(NatureRessource.ALLOCATIONS_FAMILIALES, new BigDecimal("150")),
                new Ressource(NatureRessource.PENSION_ALIMENTAIRE_RECUE, new BigDecimal("200"))), a.ressources());
        assertEquals(List.of(
                new PersonneACharge(new Identite("GARNIER", "LOU", null, Sexe.FEMININ, null, null), LocalDate.of(2014, 2, 3),
                        LienParente.ENFANT),
                new PersonneACharge(new Identite("GARNIER", "NOE", null, Sexe.MASCULIN, null, null), LocalDate.of(2017, 11, 21),
                        LienParente.ENFANT)), d.menage().personnesACharge());
        assertEquals(ModeleLogement.LOCATAIRE_PRIVE, d.logementActuel().modele());
        assertEquals("06088", d.logementActuel().commune(), "the commune of the postal address");
        assertEquals(new BigDecimal("760"), d.logementActuel().loyerMensuel());
        assertEquals(3, d.logementActuel().nombreOccupants());
        assertEquals(Typologie.T2, d.logementActuel().type());
        assertEquals(new BigDecimal("38"), d.logementActuel().surface());
        assertEquals(CategorieLogement.APPARTEMENT, d.logementActuel().categorie());
        assertEquals(Preuve.DECLAREE, d.logementActuel().preuve());
        assertFalse(d.mutation());
        assertEquals(List.of(new Motif(MotifDemande.LOGEMENT_TROP_CHER, Preuve.DECLAREE),
                new Motif(MotifDemande.DIVORCE_SEPARATION, Preuve.DECLAREE)), d.motifs());
        assertEquals(List.of(Typologie.T3), d.typologies());
        assertEquals(List.of("06088", "06123", "06004", "06048"), d.communesSouhaitees());
        assertEquals(StatutDalo.NON, d.dalo().statut());
        assertNull(d.handicap());
    }

    @Test
    void a_document_without_the_renewal_element_gives_a_renewal_unknown_not_never_renewed() throws IOException {
        // the second demande of the fixture has no dateRenouvellementDemande
        Demande d = lire(fixture()).get(1).demande();
        assertNull(d.dateRenouvellement());
        assertTrue(d.renouvellementInconnu());
        // filed on 2021-04-28: four years later it is still ranked, and its fiche says the date is unknown
        LocalDate le = LocalDate.of(2025, 6, 30);
        Demande cotable = d.toBuilder().communesSouhaitees("06088").typologies(Typologie.T3).build();
        var r = fr.cotation.classement.Classement.builder(MoteurPartage.embarque()).dateEvaluation(le).build()
                .classer(List.of(cotable));
        assertEquals(0, r.exclusions().nombre(fr.cotation.classement.MotifExclusion.EXPIREE));
        assertEquals(1, r.demandesClassees());
        var fiche = fr.cotation.fiche.Fiches.builder(MoteurPartage.embarque()).dateEvaluation(le).classement(r).build()
                .fiche(cotable);
        assertTrue(fiche.texte().replaceAll("\\s+", " ").contains("La date du dernier renouvellement de votre demande "
                + "n'est pas connue"), fiche.texte());
    }

    @Test
    void the_second_demande_has_a_cotitulaire_dependants_births_custody_dalo_and_handicap() throws IOException {
        LectureNuu l = lire(fixture()).get(1);
        assertTrue(l.importee(), l.erreurs().toString());
        assertEquals("/interfaceNuu/demande[2]/demandeLogement", l.chemin());
        Demande d = l.demande();
        Adulte a = d.menage().demandeur();
        assertNull(a.situationProfessionnelle().communeTravail(), "a workplace abroad has no commune");
        assertEquals(TypeContrat.CDD, a.situationProfessionnelle().contrat());
        assertEquals(List.of(new Ressource(NatureRessource.SALAIRE, new BigDecimal("1480.50")),
                new Ressource(NatureRessource.PENSION_ALIMENTAIRE_VERSEE, new BigDecimal("120")),
                new Ressource(NatureRessource.BOURSE_ETUDIANT, new BigDecimal("90"))), a.ressources(),
                "the dependants' resources count with the demandeur's");
        assertNull(d.logementActuel().commune(), "no postal address");
        assertEquals(1, d.menage().cotitulaires().size());
        var co = d.menage().cotitulaires().get(0);
        assertEquals(LienDemandeur.CONJOINT, co.lien());
        assertEquals(new Identite("Haddad", "Giulia", Civilite.MADAME, null, Nationalite.UNION_EUROPEENNE, null),
                co.personne().identite());
        assertEquals(List.of(new Ressource(NatureRessource.CHOMAGE, new BigDecimal("640"))), co.personne().ressources());
        assertEquals(2, d.menage().naissancesAttendues());
        assertEquals(List.of(new EnfantEnGarde(LocalDate.of(2016, 7, 14), Coparentalite.DROIT_DE_VISITE)),
                d.menage().enfantsEnGarde());
        assertEquals(List.of(new PersonneACharge(Identite.INCONNUE, LocalDate.of(2006, 3, 1), LienParente.ENFANT)),
                d.menage().personnesACharge());
        assertEquals(ModeleLogement.LOCATAIRE_HLM, d.logementActuel().modele());
        assertTrue(d.mutation(), "a social tenant's demande is a mutation");
        assertEquals(new BigDecimal("45.5"), d.logementActuel().surface());
        assertEquals(StatutDalo.ACTIF, d.dalo().statut());
        assertEquals(LocalDate.of(2024, 11, 5), d.dalo().dateDecision());
        assertTrue(d.handicap().fauteuilRoulant());
        assertEquals(CapaciteMarche.UNE_A_TROIS_MARCHES, d.handicap().capaciteMarche());
        assertEquals(EtatHandicap.STABILISE, d.handicap().etat());
        assertEquals(List.of(Typologie.T4, Typologie.T5), d.typologies());
        assertTrue(d.communesSouhaitees().isEmpty());
    }

    // ---- every code of every list, through a minimal document

    private static final String MINIMAL = """
            <interfaceNuu versionInterface="02.00" xmlns="http://nuu.application.i2/"><demande><demandeLogement>
              <numUnique>X1</numUnique><dateCreationDemande>2020-01-01</dateCreationDemande>%s
              <personnePhysique>
                <demandeur><dateNaissance>1980-01-01</dateNaissance>%s</demandeur>%s
                <logementActuel><listeModeleLogement><modeleLogement code="%s"/></listeModeleLogement>%s</logementActuel>
              </personnePhysique>
            </demandeLogement></demande></interfaceNuu>""";

    /** A minimal demande with extra elements in the demandeLogement, the demandeur, the ménage and the logement. */
    private static Demande minimale(String demande, String demandeur, String menage, String modele, String logement)
            throws IOException {
        LectureNuu l = lire(MINIMAL.formatted(demande, demandeur, menage, modele, logement)).get(0);
        assertTrue(l.importee(), l.erreurs().toString());
        return l.demande();
    }

    private static <E extends Enum<E> & CodeNational> void chaqueCode(Class<E> type, Function<String, String[]> xml,
                                                                   Function<Demande, Object> lu) throws IOException {
        for (E e : type.getEnumConstants()) {
            if (e == NatureRessource.PENSION_ALIMENTAIRE_VERSEE) {
                continue; // a resource paid out: its own list, tested below
            }
            String[] p = xml.apply(e.code());
            assertEquals(e, lu.apply(minimale(p[0], p[1], p[2], p[3], p[4])), type.getSimpleName() + " " + e.code());
        }
    }

    @Test
    void every_code_of_every_list_maps_to_its_constant() throws IOException {
        chaqueCode(Civilite.class, c -> new String[] {"", "<civilite code=\"" + c + "\"/>", "", "LP", ""},
                d -> d.menage().demandeur().identite().civilite());
        chaqueCode(Nationalite.class, c -> new String[] {"", "<nationalite code=\"" + c + "\"/>", "", "LP", ""},
                d -> d.menage().demandeur().identite().nationalite());
        chaqueCode(Sexe.class, c -> new String[] {"", "<sexe code=\"" + c + "\"/>", "", "LP", ""},
                d -> d.menage().demandeur().identite().sexe());
        chaqueCode(SituationFamiliale.class, c -> new String[] {"", "<situationFamiliale code=\"" + c + "\"/>", "", "LP",
                ""}, d -> d.menage().demandeur().situationFamiliale());
        chaqueCode(TypeContrat.class, c -> new String[] {"", "<situationProfessionnelle><typeContratTravail code=\"" + c
                + "\"/></situationProfessionnelle>", "", "LP", ""}, d -> d.menage().demandeur().situationProfessionnelle().contrat());
        chaqueCode(NatureRessource.class, c -> new String[] {"", "<listeRessourceRecue><detailRessource><ressource code=\""
                + c + "\"/><montant>10</montant></detailRessource></listeRessourceRecue>", "", "LP", ""},
                d -> d.menage().demandeur().ressources().get(0).nature());
        assertEquals(NatureRessource.PENSION_ALIMENTAIRE_VERSEE, minimale("", "<listeRessourceVersee><detailRessource>"
                + "<ressource code=\"PAV\"/><montant>10</montant></detailRessource></listeRessourceVersee>", "", "LP", "")
                .menage().demandeur().ressources().get(0).nature());
        chaqueCode(ModeleLogement.class, c -> new String[] {"", "", "", c, ""}, d -> d.logementActuel().modele());
        chaqueCode(CategorieLogement.class, c -> new String[] {"", "", "", "LP", "<categorieLogement code=\"" + c + "\"/>"},
                d -> d.logementActuel().categorie());
        chaqueCode(Typologie.class, c -> new String[] {"", "", "", "LP", "<typeLogementActuel code=\"" + c + "\"/>"},
                d -> d.logementActuel().type());
        chaqueCode(Typologie.class, c -> new String[] {"<logementRecherche><listeTypeLogement><typeLogement code=\"" + c
                + "\"/></listeTypeLogement></logementRecherche>", "", "", "LP", ""}, d -> d.typologies().get(0));
        chaqueCode(MotifDemande.class, c -> new String[] {"<listeMotifDemande><motifDemande code=\"" + c
                + "\"/></listeMotifDemande>", "", "", "LP", ""}, d -> d.motifs().get(0).code());
        chaqueCode(StatutDalo.class, c -> new String[] {"<statutDalo code=\"" + c + "\"/>", "", "", "LP", ""},
                d -> d.dalo().statut());
        chaqueCode(CapaciteMarche.class, c -> new String[] {"<handicap><capaciteMarche code=\"" + c + "\"/></handicap>",
                "", "", "LP", ""}, d -> d.handicap().capaciteMarche());
        chaqueCode(EtatHandicap.class, c -> new String[] {"<handicap><etat code=\"" + c + "\"/></handicap>", "", "", "LP",
                ""}, d -> d.handicap().etat());
        chaqueCode(LienDemandeur.class, c -> new String[] {"", "", "<listeCotitulaire><cotitulaire><dateNaissance>"
                + "1981-01-01</dateNaissance><lienDemandeur code=\"" + c + "\"/></cotitulaire></listeCotitulaire>", "LP", ""},
                d -> d.menage().cotitulaires().get(0).lien());
        chaqueCode(LienParente.class, c -> new String[] {"", "", "<listePersonneACharge><personneACharge><dateNaissance>"
                + "2010-01-01</dateNaissance><lienParente code=\"" + c + "\"/></personneACharge></listePersonneACharge>",
                "LP", ""}, d -> d.menage().personnesACharge().get(0).lien());
        chaqueCode(Coparentalite.class, c -> new String[] {"", "", "<listePersonneEnGarde><personneEnGarde><dateNaissance>"
                + "2012-01-01</dateNaissance><coParentalite code=\"" + c + "\"/></personneEnGarde></listePersonneEnGarde>",
                "LP", ""}, d -> d.menage().enfantsEnGarde().get(0).coparentalite());
    }

    // ---- errors

    @Test
    void an_unknown_code_names_the_path_the_line_and_the_value_and_the_next_demande_is_read() throws IOException {
        String xml = fixture().replace("<n:modeleLogement code=\"LP\"/>", "<n:modeleLogement code=\"CARAVANE\"/>");
        List<LectureNuu> lues = lire(xml);
        assertFalse(lues.get(0).importee());
        assertNull(lues.get(0).demande());
        assertEquals("0060622091500001A0601", lues.get(0).numeroUnique());
        ErreurNuu e = lues.get(0).erreurs().get(0);
        assertEquals(1, lues.get(0).erreurs().size());
        assertEquals(DL + "/personnePhysique/logementActuel/listeModeleLogement/modeleLogement/@code", e.chemin());
        assertEquals(ligneDe(xml, "CARAVANE"), e.ligne());
        assertEquals("CARAVANE", e.valeur());
        assertTrue(e.message().contains("ModeleLogement") && e.message().contains("HLM, LP"), e.message());
        assertTrue(lues.get(1).importee(), "the other demande is still read");
    }

    @Test
    void an_unknown_code_in_a_list_names_the_item() throws IOException {
        String xml = fixture().replace("<n:ressource code=\"AF\"/>", "<n:ressource code=\"APL\"/>");
        ErreurNuu e = lire(xml).get(0).erreurs().get(0);
        assertEquals(DL + "/personnePhysique/demandeur/listeRessourceRecue/detailRessource[2]/ressource/@code", e.chemin());
        assertEquals(ligneDe(xml, "APL"), e.ligne());
    }

    @Test
    void a_paid_out_resource_in_the_received_list_is_an_error() throws IOException {
        String xml = fixture().replace("<n:ressource code=\"AF\"/>", "<n:ressource code=\"PAV\"/>");
        ErreurNuu e = lire(xml).get(0).erreurs().get(0);
        assertTrue(e.message().contains("listeRessourceVersee"), e.message());
    }

    @Test
    void a_missing_required_element_names_its_path_and_the_line_of_its_parent() throws IOException {
        String xml = fixture().replace("<n:dateNaissance>1988-05-12</n:dateNaissance>", "");
        LectureNuu l = lire(xml).get(0);
        ErreurNuu e = l.erreurs().get(0);
        assertEquals(DL + "/personnePhysique/demandeur/dateNaissance", e.chemin());
        assertEquals(ligneDe(xml, "<n:demandeur>"), e.ligne());
        assertNull(e.valeur());
        assertTrue(e.message().contains("obligatoire"), e.message());

        String sansNumero = fixture().replace("<n:numUnique>0060622091500001A0601</n:numUnique>", "");
        ErreurNuu n = lire(sansNumero).get(0).erreurs().get(0);
        assertEquals(DL + "/numUnique", n.chemin());
        assertEquals(ligneDe(sansNumero, "<n:demandeLogement>"), n.ligne());

        String sansLien = fixture().replace("<n:lienDemandeur code=\"M\"/>", "");
        ErreurNuu lien = lire(sansLien).get(1).erreurs().get(0);
        assertEquals("/interfaceNuu/demande[2]/demandeLogement/personnePhysique/listeCotitulaire/cotitulaire/lienDemandeur",
                lien.chemin());
    }

    @Test
    void an_impossible_date_or_a_bad_number_is_an_error_naming_the_value() throws IOException {
        String xml = fixture().replace("2014-02-03", "2023-02-30").replace("<n:montant>150</n:montant>",
                "<n:montant>cent</n:montant>");
        List<ErreurNuu> erreurs = lire(xml).get(0).erreurs();
        assertEquals(2, erreurs.size(), erreurs.toString());
        ErreurNuu date = erreurs.stream().filter(e -> e.chemin().endsWith("dateNaissance")).findFirst().orElseThrow();
        assertEquals(DL + "/personnePhysique/listePersonneACharge/personneACharge[1]/dateNaissance", date.chemin());
        assertEquals("2023-02-30", date.valeur());
        assertEquals(ligneDe(xml, "2023-02-30"), date.ligne());
        assertTrue(date.message().contains("date impossible"), date.message());
        assertTrue(erreurs.stream().anyMatch(e -> e.valeur().equals("cent") && e.message().contains("nombre")));
    }

    @Test
    void a_truncated_document_gives_its_complete_demandes_then_stops_with_the_line() throws IOException {
        String xml = fixture();
        String tronque = xml.substring(0, xml.indexOf("<n:listeCotitulaire>"));
        try (InterfaceNuuReader r = InterfaceNuuReader.ouvrir(new ByteArrayInputStream(tronque.getBytes(StandardCharsets.UTF_8)))) {
            assertTrue(r.suivante().importee());
            DocumentNuuIllisible e = assertThrows(DocumentNuuIllisible.class, r::suivante);
            assertTrue(e.ligne() >= ligneDe(xml, "<n:listeCotitulaire>") - 1, e.getMessage() + " ligne " + e.ligne());
            assertTrue(e.getMessage().startsWith("XML mal formé"), e.getMessage());
            assertNull(r.suivante(), "nothing after the fault");
        }
    }

    @Test
    void a_document_that_is_not_interface_nuu_or_is_empty_is_refused() {
        var racine = assertThrows(DocumentNuuIllisible.class, () -> lire("<?xml version=\"1.0\"?>\n<demandes/>"));
        assertTrue(racine.getMessage().contains("<demandes>") && racine.getMessage().contains("interfaceNuu"));
        assertEquals(2, racine.ligne());
        assertThrows(DocumentNuuIllisible.class, () -> lire(""));
        var dtd = assertThrows(DocumentNuuIllisible.class, () -> lire("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><interfaceNuu><demande><demandeLogement><numUnique>&e;</numUnique>"
                + "</demandeLogement></demande></interfaceNuu>"));
        assertTrue(dtd.getMessage().contains("XML"), dtd.getMessage());
    }

    @Test
    void an_unknown_version_is_read_with_a_warning() throws IOException {
        try (InterfaceNuuReader r = InterfaceNuuReader.ouvrir(new ByteArrayInputStream(
                fixture().replace("02.01", "03.00").getBytes(StandardCharsets.UTF_8)))) {
            assertEquals("03.00", r.version());
            assertTrue(r.avertissements().get(0).contains("03.00"));
            assertTrue(r.suivante().importee());
        }
    }

    // ---- protected data

    @Test
    void names_civility_sex_and_nationality_stay_in_identite_and_change_no_cotation() throws IOException {
        String autre = fixture().replace("Garnier", "Nowak").replace("Sophie", "Agnieszka").replace("GARNIER", "NOWAK")
                .replace("<n:civilite code=\"2\"/>", "<n:civilite code=\"1\"/>")
                .replace("<n:nationalite code=\"1\"/>", "<n:nationalite code=\"3\"/>")
                .replace("<n:sexe code=\"F\"/>", "<n:sexe code=\"M\"/>")
                .replace("0600000000", "0611111111").replace("rue de l'Exemple", "avenue Autre")
                .replace("Hôpital", "Clinique").replace("Rossi", "Bianchi");
        List<LectureNuu> a = lire(fixture());
        List<LectureNuu> b = lire(autre);
        var moteur = MoteurPartage.embarque();
        LocalDate date = LocalDate.of(2025, 6, 30);
        for (int i = 0; i < 2; i++) {
            Demande da = a.get(i).demande().toBuilder().communesSouhaitees(i == 1 ? new String[] {"06088"} : new String[0])
                    .build();
            Demande db = b.get(i).demande().toBuilder().communesSouhaitees(i == 1 ? new String[] {"06088"} : new String[0])
                    .build();
            if (i == 0) {
                assertNotEquals(da, db, "the identities differ");
            }
            CotationResult ra = moteur.coter(da, date);
            assertTrue(ra.valide(), ra.problemes().toString());
            assertEquals(ra, moteur.coter(db, date));
        }
        // nothing of the civil identity is outside Identite; contact details, street and employer are not read
        Demande d = a.get(0).demande();
        String sansIdentite = CotationJson.enTexte(d.toBuilder().demandeur(d.menage().demandeur()
                .avecIdentite(Identite.INCONNUE)).build()).replace("\"GARNIER\"", "");
        for (String interdit : List.of("Garnier", "Sophie", "MADAME", "FRANCAISE", "0600000000", "example.invalid",
                "Exemple", "Hôpital")) {
            assertFalse(sansIdentite.contains(interdit), interdit);
        }
        assertFalse(CotationJson.enTexte(a.get(1).demande()).contains("Rossi"), "the birth name is not read");
    }
}
