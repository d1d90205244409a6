package fr.cotation.territoire;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national registry read from its column layout ({@code communes.colonnes.gz}) says exactly what its CSV files
 * say: the layout is generated from the same rows by the same script, and a stale or wrongly read layout would
 * change a commune, its EPCI, a merged code or a message.
 */
class ColonnesTest {
    private static final String DOSSIER = "cotation/referentiel/france";

    /** The class loader of the tests without the column layout: the registry is then read from its CSV files. */
    private static final ClassLoader SANS_COLONNES = new ClassLoader(ColonnesTest.class.getClassLoader()) {
        @Override
        public URL getResource(String name) {
            return name.endsWith("communes.colonnes.gz") ? null : super.getResource(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return name.endsWith("communes.colonnes.gz") ? null : super.getResourceAsStream(name);
        }
    };

    private static Referentiel lu(ClassLoader loader) throws Exception {
        Referentiel.Builder b = new Referentiel.Builder();
        b.addFolder(loader, DOSSIER);
        return b.build();
    }

    @Test
    void the_column_layout_says_what_the_csv_files_say() throws Exception {
        Referentiel colonnes = lu(ColonnesTest.class.getClassLoader());
        Referentiel csv = lu(SANS_COLONNES);
        assertTrue(csv.communes().size() > 34_000, "read from the CSV files: " + csv.communes().size());
        assertEquals(new ArrayList<>(csv.communes()), new ArrayList<>(colonnes.communes()));
        assertEquals(csv.millesimes(), colonnes.millesimes());
        TreeSet<String> sirens = new TreeSet<>();
        csv.communes().forEach(c -> { if (c.epci() != null) sirens.add(c.epci()); });
        for (String siren : sirens) {
            assertEquals(csv.communesDe(siren), colonnes.communesDe(siren), siren);
            assertEquals(csv.nomEpci(siren), colonnes.nomEpci(siren), siren);
        }
        // every code of the former communes, and codes that are none, across France
        List<String> codes = new ArrayList<>();
        for (String dep : List.of("01", "04", "06", "13", "14", "2A", "2B", "49", "50", "69", "75", "971", "976", "988")) {
            for (int i = 0; i < 1000; i++) {
                codes.add(dep.length() == 3 ? dep + String.format("%02d", i % 100) : dep + String.format("%03d", i));
            }
        }
        codes.addAll(List.of("", "6088", "06O88", "2a004", "060880", "ABCDE"));
        for (String code : codes) {
            assertEquals(csv.commune(code), colonnes.commune(code), code);
            assertEquals(csv.communeActuelle(code), colonnes.communeActuelle(code), code);
            assertEquals(csv.pourquoiInconnue(code), colonnes.pourquoiInconnue(code), code);
            assertEquals(csv.couvre(code), colonnes.couvre(code), code);
        }
    }

    @Test
    void a_lookup_finds_a_commune_its_epci_and_a_merged_code() throws Exception {
        Referentiel r = lu(ColonnesTest.class.getClassLoader());
        CommuneRef lyon5 = r.commune("69385").orElseThrow();
        assertEquals("Lyon 5e Arrondissement", lyon5.nom());
        assertEquals("200046977", lyon5.epci());
        assertEquals("69", lyon5.departement());
        assertEquals("2A004", r.commune("2A004").orElseThrow().code());
        assertTrue(r.communesDe("243100518").stream().anyMatch(c -> c.nom().equals("Blagnac")));
    }
}
