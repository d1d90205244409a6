package fr.cotation;

import fr.cotation.pack.PackDescriptor;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CotationEngine.Builder#withoutClasspathPack(String)}: an application replaces one embedded grille by the copy
 * its staff edit, without the copy being refused as a duplicate or an overlap.
 */
class RemplacementPackEmbarqueTest {

    /** A class loader whose classpath holds the pack {@code nca} (1 point for every demande) as an embedded pack. */
    private static ClassLoader embarque(Path racine) throws IOException {
        pack(racine.resolve("cotation/packs"), "nca", SIREN_NCA, regle("Toujours", "TOUJOURS", "Dossier( )"));
        Path registre = racine.resolve("META-INF/cotation/packs");
        Files.createDirectories(registre.getParent());
        Files.writeString(registre, "cotation/packs/nca/pack.yaml\n");
        return new URLClassLoader(new URL[] {racine.toUri().toURL()}, RemplacementPackEmbarqueTest.class.getClassLoader());
    }

    private static CotationEngine.Builder builder(ClassLoader cl) {
        return CotationEngine.builder().classLoader(cl).referentiel(fr.cotation.testing.Registre.referentiel());
    }

    @Test
    void anEditedCopyOfAnEmbeddedPackIsRefusedUnlessTheEmbeddedOneIsLeftOut(@TempDir Path cp, @TempDir Path edite)
            throws IOException {
        ClassLoader cl = embarque(cp);
        // the EPCI's edited copy: same id and version, 5 points instead of 1
        pack(edite, "nca", SIREN_NCA, regle("Toujours", "TOUJOURS", "Dossier( )").replace("@points(1)", "@points(5)"));

        CotationEngine sansExclusion = builder(cl).packDirectory(edite).build();
        assertTrue(sansExclusion.problemesPacks().stream().anyMatch(p -> p.message().contains("chargé deux fois")),
                sansExclusion.problemesPacks()::toString);
        points("1", commune(sansExclusion.coter(Demandes.pour(NICE).build(), EVALUATION), NICE).total());

        CotationEngine remplace = builder(cl).withoutClasspathPack("nca").packDirectory(edite).build();
        assertEquals(List.of(), remplace.problemesPacks());
        assertEquals(List.of("nca"), remplace.packs().stream().map(PackDescriptor::id).toList());
        points("5", commune(remplace.coter(Demandes.pour(NICE).build(), EVALUATION), NICE).total());
    }

    @Test
    void leavingOutAnIdNoEmbeddedPackHasIsReportedNotIgnored(@TempDir Path cp) throws IOException {
        CotationEngine e = builder(embarque(cp)).withoutClasspathPack("ncaa").build();

        assertEquals(1, e.problemesPacks().size(), e.problemesPacks()::toString);
        ProblemePack p = e.problemesPacks().get(0);
        assertEquals("ncaa", p.pack());
        assertTrue(p.message().startsWith("aucun pack embarqué n'a l'identifiant ncaa"), p.message());
        assertEquals(List.of("nca"), e.packs().stream().map(PackDescriptor::id).toList(), "the embedded pack still loads");
    }

    @Test
    void withoutClasspathPacksAtAllTheListIsIrrelevantAndSilent() {
        CotationEngine e = Moteurs.builder().withoutClasspathPack("nca").build();
        assertEquals(List.of(), e.problemesPacks());
    }
}
