package fr.cotation.territoire;

import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test registry (src/test/resources/referentiel-test) as the engine reads it. */
class ReferentielTest {
    private static final Referentiel REF = Registre.referentiel();

    @Test
    void communesKnowTheirEpci() {
        assertEquals(7, REF.communes().size());
        assertEquals(Optional.of(new CommuneRef(NICE, "Nice", "06", "200030195", "Métropole Nice Côte d'Azur", 348085)),
                REF.commune(NICE));
        assertEquals(List.of("06004", "06018", "06155"), REF.communesDe("240600585").stream().map(CommuneRef::code).toList());
        assertEquals(Optional.of("CA de Sophia Antipolis"), REF.nomEpci("240600585"));
        assertEquals("CA de Sophia Antipolis", REF.commune(ANTIBES).orElseThrow().nomEpci());
    }

    @Test
    void unknownCodesAreExplained() {
        assertEquals(Optional.empty(), REF.pourquoiInconnue(NICE));
        assertEquals(Optional.of("'6088' n'est pas un code INSEE de commune (5 caractères, par exemple 06088)"),
                REF.pourquoiInconnue("6088"));
        assertEquals(Optional.of("le code 06999 n'est pas une commune du département 06 (référentiel officiel)"),
                REF.pourquoiInconnue("06999"));
        assertEquals(Optional.of("la commune 13055 est hors du territoire couvert par le référentiel (départements 06)"),
                REF.pourquoiInconnue("13055"));
        assertTrue(REF.couvre("06999"));
        assertFalse(REF.couvre("13055"));
    }

    @Test
    void inseeCodes() {
        assertTrue(Referentiel.estCodeInsee("06088"));
        assertTrue(Referentiel.estCodeInsee("2A004"));
        assertTrue(Referentiel.estCodeInsee("97411"));
        assertFalse(Referentiel.estCodeInsee("6088"));
        assertFalse(Referentiel.estCodeInsee("2C004"));
        assertFalse(Referentiel.estCodeInsee("0608A"));
        assertFalse(Referentiel.estCodeInsee(null));
    }

    @Test
    void anEmptyRegistryCoversNothing() {
        Referentiel vide = Referentiel.vide();
        assertTrue(vide.commune(NICE).isEmpty());
        assertFalse(vide.couvre(NICE));
        assertEquals(Optional.of("la commune 06088 est hors du territoire couvert par le référentiel (départements )"),
                vide.pourquoiInconnue(NICE));
    }
}
