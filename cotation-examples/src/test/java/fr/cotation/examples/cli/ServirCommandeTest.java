package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cotation servir}: its options' mistakes, said in French before anything listens. */
class ServirCommandeTest {

    @Test
    void portImpossible() {
        Lancement.Resultat r = Lancement.cotation("serve", "--port", "70000");
        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--port : 70000 n'est pas un port"), r.toString());
    }

    @Test
    void dossierDePacksAbsent(@TempDir Path tmp) {
        Lancement.Resultat r = Lancement.cotation("serve", "--port", "0", "--packs", tmp.resolve("absent").toString());
        assertEquals(CodeSortie.PACKS, r.code(), r.toString());
        assertTrue(r.err().contains("dossier de packs introuvable (--packs)"), r.toString());
    }

    @Test
    void portDejaPris() throws Exception {
        try (ServerSocket pris = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Lancement.Resultat r = Lancement.cotation("serve", "--port", String.valueOf(pris.getLocalPort()));
            assertEquals(CodeSortie.USAGE, r.code(), r.toString());
            assertTrue(r.err().contains("impossible d'écouter sur 127.0.0.1:" + pris.getLocalPort()), r.toString());
        }
    }
}
