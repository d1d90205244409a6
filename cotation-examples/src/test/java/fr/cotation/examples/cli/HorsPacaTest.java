package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EPCI outside PACA, as their rule authors work: a standalone pack for the Métropole de Lyon and a pack on a base
 * for Toulouse Métropole (test resources {@code hors-paca}, written from docs/ecrire-une-grille.md, no
 * {@code communes:} key), loaded through {@code --packs}; {@code cotation init}; a draft grille checked by verify.
 */
class HorsPacaTest {
    private static final String DATE = "2026-06-30";
    private static final String NUMERO = "0692625063000001A0691";

    private static String packs() {
        return fixture("hors-paca");
    }

    @Test
    void lyon_villeurbanne_and_blagnac_are_scored_with_their_names_and_epci_in_the_table() {
        var r = cotation("coter", "--date", DATE, "--packs", packs(), fixture("hors-paca-demandes/lyon-toulouse.json"));
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        String ligne = "%-22s %-32s %-36s %7s  %s";
        assertEquals(List.of(
                ligne.formatted(NUMERO, "Lyon 5e Arrondissement (69385)", "Métropole de Lyon", "37",
                        "metropole-de-lyon 2026.1, principale"),
                ligne.formatted(NUMERO, "Villeurbanne (69266)", "Métropole de Lyon", "37",
                        "metropole-de-lyon 2026.1, principale"),
                ligne.formatted(NUMERO, "Blagnac (31069)", "Toulouse Métropole", "22",
                        "toulouse-metropole 2026.1, principale")),
                CoterCommandeTest.lignesDe(r.out(), NUMERO));
    }

    @Test
    void the_names_and_epci_are_in_the_csv_and_json_outputs() throws IOException {
        var csv = cotation("coter", "--date", DATE, "--packs", packs(), "--format", "csv",
                fixture("hors-paca-demandes/lyon-toulouse.json"));
        assertEquals(CodeSortie.OK, csv.code(), csv.toString());
        List<String> lignes = csv.out().lines().toList();
        assertTrue(lignes.get(1).startsWith(NUMERO + ",69385,Lyon 5e Arrondissement,200046977,Métropole de Lyon,COTEE,37,"),
                lignes.get(1));
        assertTrue(lignes.get(2).startsWith(NUMERO + ",69266,Villeurbanne,200046977,Métropole de Lyon,COTEE,37,"),
                lignes.get(2));
        assertTrue(lignes.get(3).startsWith(NUMERO + ",31069,Blagnac,243100518,Toulouse Métropole,COTEE,22,"),
                lignes.get(3));

        var json = cotation("coter", "--date", DATE, "--packs", packs(), "--format", "json",
                fixture("hors-paca-demandes/lyon-toulouse.json"));
        assertEquals(CodeSortie.OK, json.code(), json.toString());
        JsonNode cotations = new ObjectMapper().readTree(json.out()).get(0).get("cotations");
        assertEquals("Lyon 5e Arrondissement", cotations.get(0).get("nomCommune").asText());
        assertEquals("Métropole de Lyon", cotations.get(0).get("nomEpci").asText());
        assertEquals("Villeurbanne", cotations.get(1).get("nomCommune").asText());
        assertEquals("Blagnac", cotations.get(2).get("nomCommune").asText());
        assertEquals("Toulouse Métropole", cotations.get(2).get("nomEpci").asText());
        assertEquals("243100518", cotations.get(2).get("epci").asText());
        assertTrue(cotations.get(2).get("avertissements").toString().contains("grille en projet"),
                cotations.get(2).toString());
    }

    @Test
    void verify_loads_the_standalone_pack_and_the_pack_on_a_base_and_plays_their_scenarios() {
        var r = cotation("verifier", "--cas", "60", packs());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        assertTrue(r.out().contains("packs : 2 chargé(s), 0 refusé(s), 1 base(s)"), r.out());
        assertTrue(r.out().contains("scénarios : 4 réussi(s), 0 en échec (2 fichier(s))"), r.out());
    }

    @Test
    void init_writes_a_pack_from_the_registry_that_verify_accepts_at_once(@TempDir Path dir) throws IOException {
        var r = cotation("init", "--epci", "243100518", dir.toString());
        assertEquals(CodeSortie.OK, r.code(), r.toString());
        Path pack = dir.resolve("toulouse-metropole");
        String yaml = Files.readString(pack.resolve("pack.yaml"));
        assertTrue(yaml.contains("epci: \"243100518\"") && yaml.contains("nom: \"Toulouse Métropole\"")
                && yaml.contains("statut: projet"), yaml);
        assertFalse(yaml.contains("communes:") && !yaml.contains("# "), "no list of communes: the registry gives them");
        for (String f : List.of("regles/priorites-nationales.drl", "regles/anciennete.drl", "regles/criteres-locaux.drl",
                "scenarios/toulouse-metropole.yaml", "README.md")) {
            assertTrue(Files.isRegularFile(pack.resolve(f)), f);
        }
        assertTrue(Files.readString(pack.resolve("regles/anciennete.drl")).contains("note.parMois(kcontext, $mois);"));

        var v = cotation("verifier", "--cas", "60", dir.toString());
        assertEquals(CodeSortie.OK, v.code(), v.toString());
        assertTrue(v.out().contains("conformité : 0 erreur(s), 0 avertissement(s)"), v.out());
        assertTrue(v.out().contains("scénarios : 3 réussi(s), 0 en échec"), v.out());

        var encore = cotation("init", "--epci", "243100518", dir.toString());
        assertEquals(CodeSortie.USAGE, encore.code(), encore.toString());
        assertTrue(encore.err().contains("existe déjà"), encore.err());
    }

    @Test
    void init_refuses_a_siren_the_registry_does_not_know(@TempDir Path dir) {
        var r = cotation("init", "--epci", "123456789", dir.toString());
        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--epci 123456789 : aucun EPCI de ce SIREN"), r.err());
    }

    @Test
    void a_draft_grille_reports_its_compliance_errors_without_failing_and_an_adopted_one_fails(@TempDir Path dir)
            throws IOException {
        var init = cotation("init", "--epci", "200046977", "--id", "lyon", dir.toString());
        assertEquals(CodeSortie.OK, init.code(), init.toString());
        Path drl = dir.resolve("lyon/regles/priorites-nationales.drl");
        String texte = Files.readString(drl);
        int debut = texte.indexOf("rule \"DALO\"");
        Files.writeString(drl, texte.substring(0, debut) + texte.substring(texte.indexOf("end\n", debut) + 4));
        Files.delete(dir.resolve("lyon/scenarios/lyon.yaml")); // its DALO scenario would fail, as it should

        var projet = cotation("verifier", "--cas", "0", dir.toString());
        assertEquals(CodeSortie.OK, projet.code(), projet.toString());
        assertTrue(projet.out().contains("C002"), projet.out());
        assertTrue(projet.out().contains("1 erreur(s) d'une grille en projet (statut projet), à régler avant son adoption"),
                projet.out());

        Path yaml = dir.resolve("lyon/pack.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("statut: projet", "statut: adoptee"));
        var adoptee = cotation("verifier", "--cas", "0", dir.toString());
        assertEquals(CodeSortie.DEMANDES_REJETEES, adoptee.code(), adoptee.toString());
        assertTrue(adoptee.out().contains("conformité : 1 erreur(s)"), adoptee.out());
    }
}
