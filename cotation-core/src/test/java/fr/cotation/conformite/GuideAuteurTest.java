package fr.cotation.conformite;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule the author's guide (docs/ecrire-une-grille.md) gives as an example loads from a pack folder NOT declared
 * trusted, that is through the allow-list, as an EPCI's author would copy it: a guide example refused there would
 * teach what the engine refuses.
 */
class GuideAuteurTest {
    private static final Path GUIDE = Path.of("..", "docs", "ecrire-une-grille.md");
    /** A code block of the guide holding one rule. */
    private static final Pattern BLOC = Pattern.compile("```\\n(rule \"[^`]*?\\nend)\\n```");
    private static final Pattern RUBRIQUE = Pattern.compile("@rubrique\\(\"([A-Z0-9_]+)\"\\)");
    private static final Pattern CRITERE = Pattern.compile("@critere\\(\"([A-Z0-9_]+)\"\\)");

    static List<String> regles() throws IOException {
        Matcher m = BLOC.matcher(Files.readString(GUIDE));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void every_rule_of_the_guide_loads_from_an_untrusted_folder(@TempDir Path dir) throws IOException {
        List<String> regles = regles();
        assertTrue(regles.size() >= 7, "rules found in the guide: " + regles.size());
        Set<String> rubriques = new TreeSet<>();
        List<String> criteres = new ArrayList<>();
        StringBuilder drl = new StringBuilder("package cotation.mon_epci;\n\nimport fr.cotation.regles.*;\n\n"
                + "global fr.cotation.regles.Note note;\n\n");
        for (String r : regles) {
            Matcher rub = RUBRIQUE.matcher(r);
            assertTrue(rub.find(), r);
            rubriques.add(rub.group(1));
            Matcher crit = CRITERE.matcher(r);
            assertTrue(crit.find(), r);
            criteres.add(crit.group(1));
            drl.append(r).append("\n\n");
        }
        StringBuilder yaml = new StringBuilder("""
                id: guide
                nom: Les exemples du guide
                epci: "%s"
                version: "1"
                statut: adoptee
                enVigueurDu: 2026-01-01
                effetsDesRefus: [{critere: REFUS_SANS_MOTIF, dureeMois: 12}]
                justifications: {TRAVAILLE_METROPOLE: "Rapprocher le domicile du lieu de travail"}
                grilles:
                  principale: [regles.drl]
                rubriques:
                """.formatted(SIREN_NCA));
        for (String r : rubriques) {
            yaml.append("  - {code: ").append(r).append(", libelle: \"").append(r).append("\"}\n");
        }
        Path pack = Files.createDirectories(dir.resolve("guide"));
        Files.writeString(pack.resolve("pack.yaml"), yaml.toString());
        Files.writeString(pack.resolve("regles.drl"), drl.toString());

        CotationEngine engine = Moteurs.depuis(dir);
        List<ProblemePack> problems = engine.problemesPacks();
        assertEquals(List.of(), problems, () -> "the guide's rules, refused from an untrusted folder:\n" + drl);
        Grille g = engine.grille("guide", "1", "principale").orElseThrow();
        assertEquals(new TreeSet<>(criteres), new TreeSet<>(g.criteres().stream().map(CritereDeGrille::code).toList()));
    }
}
