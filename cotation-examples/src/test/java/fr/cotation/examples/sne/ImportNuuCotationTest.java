package fr.cotation.examples.sne;

import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Typologie;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.sne.InterfaceNuuReader;
import fr.cotation.sne.LectureNuu;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demandes imported from the national format by {@link InterfaceNuuReader} (cotation-core), scored by the PACA
 * packs: what the reader's own tests (cotation-core, {@code fr.cotation.sne}) cannot check without a grille.
 */
class ImportNuuCotationTest {
    private static final LocalDate LE = LocalDate.of(2025, 6, 30);

    private static String fixture() throws IOException {
        try (InputStream in = ImportNuuCotationTest.class.getResourceAsStream("deux-demandes.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<LectureNuu> lire(String xml) throws IOException {
        try (InterfaceNuuReader r = InterfaceNuuReader.ouvrir(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            return r.toutes();
        }
    }

    @Test
    void a_demande_whose_renewal_is_unknown_is_still_ranked_and_its_fiche_says_so() throws IOException {
        // the second demande of the fixture has no dateRenouvellementDemande; filed on 2021-04-28
        Demande d = lire(fixture()).get(1).demande();
        Demande cotable = d.toBuilder().communesSouhaitees("06088").typologies(Typologie.T3).build();
        var r = fr.cotation.classement.Classement.builder(MoteurPartage.embarque()).dateEvaluation(LE).build()
                .classer(List.of(cotable));
        assertEquals(0, r.exclusions().nombre(fr.cotation.classement.MotifExclusion.EXPIREE));
        assertEquals(1, r.demandesClassees());
        var fiche = fr.cotation.fiche.Fiches.builder(MoteurPartage.embarque()).dateEvaluation(LE).classement(r).build()
                .fiche(cotable);
        assertTrue(fiche.texte().replaceAll("\\s+", " ").contains("La date du dernier renouvellement de votre demande "
                + "n'est pas connue"), fiche.texte());
    }

    @Test
    void names_civility_sex_and_nationality_change_no_cotation() throws IOException {
        String autre = fixture().replace("Garnier", "Nowak").replace("Sophie", "Agnieszka").replace("GARNIER", "NOWAK")
                .replace("<n:civilite code=\"2\"/>", "<n:civilite code=\"1\"/>")
                .replace("<n:nationalite code=\"1\"/>", "<n:nationalite code=\"3\"/>")
                .replace("<n:sexe code=\"F\"/>", "<n:sexe code=\"M\"/>");
        List<LectureNuu> a = lire(fixture());
        List<LectureNuu> b = lire(autre);
        var moteur = MoteurPartage.embarque();
        for (int i = 0; i < 2; i++) {
            String[] communes = i == 1 ? new String[] {"06088"} : new String[0];
            Demande da = a.get(i).demande().toBuilder().communesSouhaitees(communes).build();
            Demande db = b.get(i).demande().toBuilder().communesSouhaitees(communes).build();
            CotationResult ra = moteur.coter(da, LE);
            assertTrue(ra.valide(), ra.problemes().toString());
            assertEquals(ra, moteur.coter(db, LE));
        }
    }
}
