package fr.cotation.examples;

import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotSwapExampleTest {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);

    private static BigDecimal nice(HotSwapExample app, Demande d) {
        return app.coter(d, DATE).commune("06088").orElseThrow().total();
    }

    private static void remplacer(Path fichier, String avant, String apres) throws IOException {
        String texte = Files.readString(fichier);
        assertTrue(texte.contains(avant), () -> fichier + " ne contient pas " + avant);
        Files.writeString(fichier, texte.replace(avant, apres));
    }

    @Test
    void aNewVersionIsSwappedInAndABrokenOneIsRefusedWhileTheOldKeepsScoring(@TempDir Path dossier) throws IOException {
        HotSwapExample.copierPackEmbarque("nice-cote-azur", dossier);
        assertTrue(Files.isRegularFile(dossier.resolve("regles/mutation.drl")), "every DRL file of both grilles is copied");
        Demande mere = ExamplesTest.bundled().get(0);   // works in Nice: NCA_MENAGE_ACTIF 5 of her 71 points
        HotSwapExample app = new HotSwapExample("nice-cote-azur", dossier);
        assertEquals("2023.1", app.versionEnService());
        assertEquals(new BigDecimal("71"), nice(app, mere));

        Path drl = dossier.resolve("regles/criteres-locaux.drl");
        Path yaml = dossier.resolve("pack.yaml");
        remplacer(drl, "@points(5)", "@points(8)");
        remplacer(yaml, "version: \"2023.1\"", "version: \"2023.2\"");
        assertEquals(List.of(), app.recharger());
        assertEquals("2023.2", app.versionEnService());
        assertEquals(new BigDecimal("74"), nice(app, mere),
                "71 - 5 + 8: the working household gets 8; the territory link stays capped at 5");

        remplacer(drl, "Commune( travaille )", "Commune( travaille >= )");
        remplacer(yaml, "version: \"2023.2\"", "version: \"2023.3\"");
        List<ProblemePack> problemes = app.recharger();
        assertEquals(1, problemes.size(), problemes::toString);
        ProblemePack p = problemes.get(0);
        assertEquals("nice-cote-azur/regles/criteres-locaux.drl", p.fichier());
        assertEquals("Travaille dans la commune demandée", p.regle());
        assertTrue(p.ligne() > 50, p::toString);
        assertEquals("2023.2", app.versionEnService(), "the broken version is not swapped in");
        assertEquals(new BigDecimal("74"), nice(app, mere));
    }
}
