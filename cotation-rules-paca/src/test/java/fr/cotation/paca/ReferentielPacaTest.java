package fr.cotation.paca;

import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The communes of PACA in the national registry of cotation-core (generated from @etalab/decoupage-administratif). */
class ReferentielPacaTest {
    static final Referentiel REF = Referentiel.fromClasspath(ReferentielPacaTest.class.getClassLoader());
    static final Set<String> PACA = Set.of("04", "05", "06", "13", "83", "84");

    @Test
    void holds_the_946_communes_of_the_region() {
        long paca = REF.communes().stream().filter(c -> PACA.contains(c.departement()))
                .filter(c -> !c.code().startsWith("132")) // Marseille's municipal arrondissements 13201-13216
                .count();
        assertEquals(946, paca);
    }

    @Test
    void nice_metropole_has_51_communes_and_grand_avignon_its_gard_communes() {
        List<CommuneRef> nice = REF.communesDe("200030195");
        assertEquals(51, nice.size());
        assertEquals("Métropole Nice Côte d'Azur", nice.get(0).nomEpci());
        List<CommuneRef> avignon = REF.communesDe("248400251");
        assertEquals(16, avignon.size());
        assertEquals(7, avignon.stream().filter(c -> c.departement().equals("30")).count());
        assertEquals("Villeneuve-lès-Avignon", REF.commune("30351").orElseThrow().nom());
    }

    @Test
    void a_marseille_arrondissement_belongs_to_aix_marseille_provence() {
        CommuneRef c = REF.commune("13205").orElseThrow();
        assertEquals("200054807", c.epci());
    }

    @Test
    void unknown_merged_and_outside_codes_are_explained_with_the_code() {
        assertTrue(REF.commune("06999").isEmpty());
        assertTrue(REF.pourquoiInconnue("06999").orElseThrow().contains("06999"));
        assertTrue(REF.pourquoiInconnue("06999").orElseThrow().contains("département 06"));
        String fusion = REF.pourquoiInconnue("04003").orElseThrow(); // Albiosc, associated to Quinson 04081
        assertTrue(fusion.contains("04003") && fusion.contains("04081"), fusion);
        assertTrue(REF.pourquoiInconnue("75056").isEmpty()); // Paris: the registry is national
        String fusion2 = REF.pourquoiInconnue("04002").orElseThrow(); // an old code, merged into 04167
        assertTrue(fusion2.contains("04167"), fusion2);
        assertTrue(REF.pourquoiInconnue("6088").orElseThrow().contains("n'est pas un code INSEE"));
        assertTrue(REF.pourquoiInconnue("06088").isEmpty());
    }
}
