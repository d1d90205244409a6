package fr.cotation;

import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pack folder is an EPCI's: its descriptor names files of that folder only. A path with {@code ..}, an absolute
 * path, a symbolic link leading out or a file that is not DRL is refused before it is read, and no message echoes what
 * such a file holds.
 */
class ConfinementPacksTest {
    private static final String SECRET = "MOT_DE_PASSE_BASE=hunter2 rule when then end";

    /** A pack {@code id} under {@code dir/packs} whose main grille lists {@code fichier}; a secret file beside the packs. */
    private static Path packListant(Path dir, String id, String fichier) throws IOException {
        Files.writeString(dir.resolve("secret.env"), SECRET);
        Files.writeString(dir.resolve("secret.drl"), SECRET);
        Path p = pack(dir.resolve("packs"), id, SIREN_NCA, regle("Toujours", "T", "Dossier( )"));
        Files.writeString(p.resolve("pack.yaml"), Files.readString(p.resolve("pack.yaml"))
                .replace("principale: [regles.drl]", "principale: [regles.drl, \"" + fichier + "\"]"));
        return p;
    }

    /** The single problem of loading {@code dir/packs}, after checking that nothing was loaded and nothing leaked. */
    private static ProblemePack seulRefus(Path dir) {
        CotationEngine e = Moteurs.depuis(dir.resolve("packs"));
        assertEquals(List.of(), e.packs());
        assertEquals(1, e.problemesPacks().size(), e.problemesPacks()::toString);
        ProblemePack p = e.problemesPacks().get(0);
        assertFalse(p.toString().contains("hunter2") || p.toString().contains("MOT_DE_PASSE"), p.toString());
        return p;
    }

    @Test
    void aPathGoingUpOutOfThePackFolderIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        packListant(dir, "remonte", "../../secret.env");

        ProblemePack p = seulRefus(dir);

        assertEquals("pack.yaml", p.fichier());
        assertEquals("grilles.principale[1] : chemin « ../../secret.env » refusé : « .. » sortirait du dossier du pack",
                p.message());
    }

    @Test
    void anAbsolutePathIsRefused(@TempDir Path dir) throws IOException {
        packListant(dir, "absolu", dir.resolve("secret.drl").toString());

        assertTrue(seulRefus(dir).message().endsWith("refusé : un fichier du pack se nomme par un chemin relatif à son"
                + " dossier, avec des /"));
    }

    @Test
    void aFileThatIsNotDrlIsRefused(@TempDir Path dir) throws IOException {
        Path p = packListant(dir, "texte", "notes.env");
        Files.writeString(p.resolve("notes.env"), SECRET);

        assertTrue(seulRefus(dir).message().endsWith("refusé : une grille ne liste que des fichiers de règles .drl du pack"));
    }

    @Test
    void aSymbolicLinkLeadingOutOfThePackFolderIsRefused(@TempDir Path dir) throws IOException {
        Path p = packListant(dir, "lien", "lien.drl");
        Files.createSymbolicLink(p.resolve("lien.drl"), dir.resolve("secret.drl"));

        ProblemePack probleme = seulRefus(dir);

        assertEquals("lien/lien.drl", probleme.fichier());
        assertTrue(probleme.message().endsWith("chemin « lien.drl » refusé : un lien symbolique mène hors du dossier"
                + " du pack"), probleme.message());
    }

    @Test
    void aDescriptorThatIsALinkLeadingOutOfThePackDirectoryIsRefused(@TempDir Path dir) throws IOException {
        Path p = pack(dir.resolve("ailleurs"), "vrai", SIREN_NCA, regle("Toujours", "T", "Dossier( )"));
        Files.createDirectories(dir.resolve("packs/faux"));
        Files.createSymbolicLink(dir.resolve("packs/faux/pack.yaml"), p.resolve("pack.yaml"));

        ProblemePack probleme = seulRefus(dir);

        assertTrue(probleme.message().endsWith("chemin « pack.yaml » refusé : un lien symbolique mène hors du dossier"
                + " du pack"), probleme.message());
    }

    @Test
    void aLinkInsideThePackFolderStillLoads(@TempDir Path dir) throws IOException {
        Path p = pack(dir.resolve("packs"), "interne", SIREN_NCA, regle("Toujours", "T", "Dossier( )"));
        Files.createDirectories(p.resolve("regles"));
        Files.move(p.resolve("regles.drl"), p.resolve("regles/vraies.drl"));
        Files.createSymbolicLink(p.resolve("regles.drl"), p.resolve("regles/vraies.drl"));

        CotationEngine e = Moteurs.depuis(dir.resolve("packs"));

        assertEquals(List.of(), e.problemesPacks());
        assertEquals(1, e.packs().size());
    }
}
