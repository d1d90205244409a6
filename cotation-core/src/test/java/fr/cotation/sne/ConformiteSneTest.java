package fr.cotation.sne;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Civilite;
import fr.cotation.demande.CategorieLogement;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.EnfantEnGarde;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Nationalite;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.RevenuFiscal;
import fr.cotation.demande.Sexe;
import fr.cotation.demande.SituationFamiliale;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Conformance with a real document of the national format: the public test file of the openfisca-demande-logement-social
 * repository (AGPL, not copied here), read from {@code ../shared/domain/examples/} next to the project when that folder
 * exists; skipped otherwise.
 */
class ConformiteSneTest {
    /** The real document kept next to the project ({@code ../shared/domain/examples/}, AGPL: read there, never copied). */
    static Path echantillon() {
        Path module = Path.of("").toAbsolutePath();
        Path racine = Files.exists(module.resolve("cotation-core")) ? module : module.getParent();
        return racine.resolve("../shared/domain/examples/interfaceNuu-sample.xml").normalize();
    }


    static Demande lireEchantillon() throws IOException {
        Path p = echantillon();
        assumeTrue(Files.isRegularFile(echantillon()), "document réel absent : " + p);
        try (InputStream in = Files.newInputStream(p); InterfaceNuuReader r = InterfaceNuuReader.ouvrir(in)) {
            assertEquals("02.00", r.version());
            assertTrue(r.avertissements().isEmpty(), r.avertissements().toString());
            List<LectureNuu> lues = r.toutes();
            assertEquals(1, lues.size());
            LectureNuu l = lues.get(0);
            assertTrue(l.importee(), l.erreurs().toString());
            assertTrue(l.avertissements().isEmpty(), l.avertissements().toString());
            return l.demande();
        }
    }

    @Test
    void the_real_sample_maps_completely() throws IOException {
        Demande d = lireEchantillon();
        assertEquals("1110318016982G1104", d.numeroUnique());
        assertEquals(LocalDate.of(2018, 3, 15), d.dateDepot());
        assertNull(d.dateRenouvellement());
        assertTrue(d.renouvellementInconnu(), "the sample has no renewal element: renewal unknown, not never renewed");
        Adulte dem = d.menage().demandeur();
        assertEquals(new Identite("Dupont", "Jean", Civilite.MONSIEUR, null, Nationalite.FRANCAISE, null), dem.identite());
        assertEquals(LocalDate.of(1970, 1, 1), dem.dateNaissance());
        assertEquals(SituationFamiliale.MARIE, dem.situationFamiliale());
        assertEquals(TypeContrat.CDI, dem.situationProfessionnelle().contrat());
        assertEquals("75056", dem.situationProfessionnelle().communeTravail());
        assertEquals(List.of(new RevenuFiscal(2017, new BigDecimal("21000")), new RevenuFiscal(2016, new BigDecimal("20000"))),
                dem.revenusFiscaux());
        // 14 resources received, of every kind, then the alimony paid out
        assertEquals(15, dem.ressources().size());
        assertEquals(14, dem.ressources().stream().map(Ressource::nature).distinct()
                .filter(n -> n != NatureRessource.PENSION_ALIMENTAIRE_VERSEE).count());
        assertEquals(new Ressource(NatureRessource.PENSION_ALIMENTAIRE_VERSEE, new BigDecimal("120")),
                dem.ressources().get(14));
        assertEquals(new BigDecimal("4010"), dem.ressources().stream().filter(r -> r.nature()
                != NatureRessource.PENSION_ALIMENTAIRE_VERSEE).map(Ressource::montantMensuel).reduce(BigDecimal.ZERO, BigDecimal::add));

        var co = d.menage().cotitulaires();
        assertEquals(1, co.size());
        assertEquals(LienDemandeur.CONJOINT, co.get(0).lien());
        assertEquals(new Identite("DUPONT", "MARIE", Civilite.MADAME, null, Nationalite.UNION_EUROPEENNE, null),
                co.get(0).personne().identite());
        assertEquals(LocalDate.of(1975, 2, 1), co.get(0).personne().dateNaissance());
        assertEquals("75120", co.get(0).personne().situationProfessionnelle().communeTravail());
        assertEquals(15, co.get(0).personne().ressources().size());
        assertTrue(co.get(0).personne().revenusFiscaux().isEmpty(), "years without amounts");

        assertEquals(1, d.menage().personnesACharge().size());
        var enfant = d.menage().personnesACharge().get(0);
        assertEquals(LocalDate.of(2010, 1, 1), enfant.dateNaissance());
        assertEquals(LienParente.ENFANT, enfant.lien());
        assertEquals(new Identite("DUPONT", "LEA", null, Sexe.FEMININ, null, null), enfant.identite());
        assertEquals(1, d.menage().naissancesAttendues());
        assertEquals(List.of(new EnfantEnGarde(LocalDate.of(2012, 1, 1), Coparentalite.GARDE_ALTERNEE),
                new EnfantEnGarde(LocalDate.of(2014, 1, 1), Coparentalite.DROIT_DE_VISITE)), d.menage().enfantsEnGarde());

        var l = d.logementActuel();
        assertEquals(ModeleLogement.LOCATAIRE_PRIVE, l.modele());
        assertEquals("75113", l.commune(), "the commune of the postal address");
        assertEquals(new BigDecimal("1000"), l.loyerMensuel());
        assertEquals(5, l.nombreOccupants());
        assertEquals(CategorieLogement.APPARTEMENT, l.categorie());
        assertEquals(Typologie.T3, l.type());
        assertEquals(new BigDecimal("50"), l.surface());

        // what the sample lacks
        assertTrue(d.communesSouhaitees().isEmpty());
        assertTrue(d.typologies().isEmpty());
        assertTrue(d.motifs().isEmpty());
        assertNull(d.handicap());
    }
}
