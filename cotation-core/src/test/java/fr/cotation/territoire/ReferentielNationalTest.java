package fr.cotation.territoire;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national registry cotation-core carries (cotation/referentiel/france, generated from
 * {@code @etalab/decoupage-administratif} 6.0.0, COG 2026): read once for the whole test JVM.
 */
class ReferentielNationalTest {
    static final Referentiel FRANCE = Referentiel.fromClasspath(ReferentielNationalTest.class.getClassLoader());

    @Test
    void every_current_commune_of_france_with_its_millesime() {
        assertEquals(Set.of("2026"), FRANCE.millesimes());
        // 34,969 communes and the 45 municipal arrondissements of Paris, Lyon and Marseille
        assertEquals(34_969 + 45, FRANCE.communes().size());
        assertEquals("Saint-Denis", FRANCE.commune("97411").orElseThrow().nom());
        assertEquals("974", FRANCE.commune("97411").orElseThrow().departement());
        assertTrue(FRANCE.couvre("2A004"));
        assertTrue(FRANCE.couvre("97411"));
    }

    @Test
    void lyon_arrondissements_villeurbanne_and_blagnac_know_their_epci() {
        CommuneRef lyon5 = FRANCE.commune("69385").orElseThrow();
        assertEquals("Lyon 5e Arrondissement", lyon5.nom());
        assertEquals("200046977", lyon5.epci());
        assertEquals("Métropole de Lyon", lyon5.nomEpci());
        assertEquals("200046977", FRANCE.commune("69266").orElseThrow().epci()); // Villeurbanne
        CommuneRef blagnac = FRANCE.commune("31069").orElseThrow();
        assertEquals(new CommuneRef("31069", "Blagnac", "31", "243100518", "Toulouse Métropole", 27604), blagnac);
        // the 58 communes of the Métropole de Lyon, and Lyon's 9 arrondissements beside the commune 69123
        assertEquals(58 + 9, FRANCE.communesDe("200046977").size());
        assertEquals(37, FRANCE.communesDe("243100518").size());
        assertEquals(Optional.of("Toulouse Métropole"), FRANCE.nomEpci("243100518"));
    }

    @Test
    void old_codes_of_merged_communes_lead_to_the_current_one() {
        // 04002 is a former code the data lists for 04167 only by its anciensCodes (no commune déléguée row)
        CommuneRef actuelle = FRANCE.communeActuelle("04002").orElseThrow();
        assertEquals("04167", actuelle.code());
        String pourquoi = FRANCE.pourquoiInconnue("04002").orElseThrow();
        assertTrue(pourquoi.contains("04002") && pourquoi.contains("a fusionné dans 04167"), pourquoi);
        // a commune associée keeps pointing to its parent (Albiosc, associated to Quinson)
        assertEquals("04081", FRANCE.communeActuelle("04003").orElseThrow().code());
        assertEquals(Optional.empty(), FRANCE.communeActuelle("06999"));
    }

    @Test
    void an_unknown_code_of_a_covered_departement_names_the_cog() {
        assertEquals(Optional.of("le code 75999 n'est pas une commune du département 75 (référentiel officiel, COG 2026)"),
                FRANCE.pourquoiInconnue("75999"));
        assertEquals(Optional.empty(), FRANCE.pourquoiInconnue("75056"));
    }

    @Test
    void read_once_and_shared() {
        assertSame(FRANCE, Referentiel.fromClasspath(ReferentielNationalTest.class.getClassLoader()));
        List<CommuneRef> nice = FRANCE.communesDe("200030195");
        assertEquals(51, nice.size());
        assertSame(nice.get(0).departement(), nice.get(1).departement());
    }
}
