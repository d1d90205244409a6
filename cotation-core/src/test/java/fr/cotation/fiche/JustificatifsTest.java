package fr.cotation.fiche;

import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.regles.Situations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each proof the catalogue accepts, checked against the category it proves (art. L.441-1 CCH). */
class JustificatifsTest {
    private static final String A_DEMANDER = "pièce à demander au service instructeur";
    /** Malus of local grilles: found by the desk, not proven by the applicant. */
    private static final Set<String> SANS_PIECE = Set.of("FRAUDE", "INCIVILITES");

    @Test
    void everySituationOfTheCatalogueSaysWhatProvesIt() {
        List<String> sansPiece = Situations.catalogue().toutes().stream().map(DefinitionSituation::code)
                .filter(c -> !SANS_PIECE.contains(c))
                .filter(c -> Justificatifs.pour(c).piece().equals(A_DEMANDER)).toList();
        assertEquals(List.of(), sansPiece);
    }

    @Test
    void everySituationOfACategoryInForceHasTheProofOfItsArticle() {
        for (CategoriePrioritaire c : PrioritesL4411.nationales().toutes()) {
            for (String s : c.situations()) {
                FicheCotation.Justificatif j = Justificatifs.pour(s);
                assertFalse(j.piece().equals(A_DEMANDER), s + " (" + c.categorie() + ") sans pièce");
                assertTrue(j.reference() != null && !j.reference().isBlank(), s + " sans référence");
            }
        }
    }

    @ParameterizedTest(name = "{0} : {1}")
    @CsvSource(delimiter = '|', value = {
            // g): attested by a judge's decision or an ordonnance de protection (L.441-1 g), art. 515-9 and 515-13 C. civ.)
            "VIOLENCES_CONJUGALES   | ordonnance de protection",
            "VIOLENCES_CONJUGALES   | décision du juge",
            "MARIAGE_FORCE          | ordonnance de protection",
            // g bis): a judicial prohibition imposed on the author
            "VICTIME_VIOL_AGRESSION | autorité judiciaire",
            // f): a procedure or an arrêté, not a report of non-decency
            "HABITAT_INDIGNE        | arrêté",
            "SORTIE_PROSTITUTION    | préfet"})
    void theProofIsTheOneTheLawNames(String situation, String piece) {
        assertTrue(Justificatifs.pour(situation).piece().toLowerCase(java.util.Locale.ROOT).contains(piece),
                Justificatifs.pour(situation).piece());
    }

    @Test
    void aComplaintReceiptMakesViolenceDeclaredNotProven() {
        for (String s : List.of("VIOLENCES_CONJUGALES", "MARIAGE_FORCE", "VICTIME_VIOL_AGRESSION")) {
            String piece = Justificatifs.pour(s).piece();
            // a plainte or a main courante may only be named to say it does not prove the category
            assertTrue(!piece.contains("plainte") && !piece.contains("main courante")
                    || piece.contains("déclarée, pas prouvée"), s + " : " + piece);
            assertFalse(piece.contains("travailleur social"), s + " : an attestation is not a judge's decision");
        }
    }

    @Test
    void theDocumentedCatalogueSaysWhatProvesEachSituation() throws java.io.IOException {
        // docs/situations.md, from the module's folder: one row per situation, with its document
        List<String> lignes = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "docs", "situations.md"));
        for (DefinitionSituation d : Situations.catalogue().toutes()) {
            String ligne = lignes.stream().filter(l -> l.startsWith("| `" + d.code() + "` |")).findFirst().orElse(null);
            assertTrue(ligne != null, "docs/situations.md : situation absente " + d.code());
            if (!SANS_PIECE.contains(d.code())) {
                assertTrue(ligne.contains(Justificatifs.pour(d.code()).piece().replace("|", "\\|")),
                        "docs/situations.md : pièce périmée pour " + d.code());
            }
        }
    }
}
