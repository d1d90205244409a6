package fr.cotation.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The row-by-row reader of the registry's data files: requested columns only, RFC 4180 quoting, short rows. */
class CsvTest {

    private static List<List<String>> lire(String texte, List<String> colonnes) {
        List<List<String>> lignes = new ArrayList<>();
        CsvBrut.parcourir(texte, "test.csv", colonnes, row -> lignes.add(List.of(row)));
        return lignes;
    }

    @Test
    void requested_columns_in_their_order_with_quotes_comments_crlf_and_short_rows() {
        String texte = "siren,nom,nature,population\n"
                + "200046977,Métropole de Lyon,MET69,1433613\n"
                + "# un commentaire\n"
                + "243100518,\"Toulouse, Métropole \"\"test\"\"\",METRO,832348\r\n"
                + "\n"
                + "240600585,CA de Sophia Antipolis\n";
        assertEquals(List.of(
                        List.of("Métropole de Lyon", "200046977", "1433613", ""),
                        List.of("Toulouse, Métropole \"test\"", "243100518", "832348", ""),
                        List.of("CA de Sophia Antipolis", "240600585", "", "")),
                lire(texte, List.of("nom", "siren", "population", "absente")));
    }
}
