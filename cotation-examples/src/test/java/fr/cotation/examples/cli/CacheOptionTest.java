package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

import static fr.cotation.examples.cli.Lancement.cotation;
import static fr.cotation.examples.cli.Lancement.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --cache DOSSIER}: the tool's own engine keeps its compiled grilles there and reads them back; the grilles of
 * the embedded packs come compiled in their jar and are not copied there. The entries are sealed with the user's key
 * ({@link CleCache}), not with a secret of the process: a later run reads them (the child-JVM check is in
 * {@link CotationJarIT}), another key does not.
 */
class CacheOptionTest {
    private static final String DATE = "2025-06-30";

    @Test
    void the_cache_is_filled_once_then_read_and_the_cotations_do_not_change(@TempDir Path tmp) throws IOException {
        Path cache = tmp.resolve("cache"); // does not exist yet: the engine creates it
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        String packs = fixture("cli/packs"); // one pack, not embedded: its grille is compiled
        String[] args = {"--cache", cache.toString(), "coter", "--date", DATE, "--packs", packs,
            fixture("cli/une-demande.json")};

        String premier = lancer(env, args);
        List<String> entrees = entrees(cache);
        assertEquals(1, entrees.size(), "la grille du pack de --packs seulement, les autres sont lues du jar : " + entrees);
        Path cle = tmp.resolve("config/cotation/cle-cache");
        assertEquals(32, Files.size(cle), "clé créée au premier lancement");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(cle));

        String second = lancer(env, args);
        assertEquals(premier, second);
        assertEquals(entrees, entrees(cache), "le second lancement relit les entrées, il n'en écrit pas d'autres");
        // the same cotations as a run without the option
        assertEquals(cotation("coter", "--date", DATE, "--packs", packs, fixture("cli/une-demande.json")).out(), premier);
    }

    /**
     * The seal is the user's key: with the same key file an entry is read and left as it is; with another key (another
     * user, or a key replaced) it fails its seal and is compiled and sealed again. Before the tool passed its key, the
     * engine sealed with a secret of the process, which a change of key file did not touch.
     */
    @Test
    void entries_are_sealed_with_the_key_of_the_users_file(@TempDir Path tmp) throws IOException {
        Path cache = tmp.resolve("cache");
        Map<String, String> a = Map.of("XDG_CONFIG_HOME", tmp.resolve("a").toString());
        Map<String, String> b = Map.of("XDG_CONFIG_HOME", tmp.resolve("b").toString());
        String[] args = {"--cache", cache.toString(), "coter", "--date", DATE, "--packs", fixture("cli/packs"),
            fixture("cli/une-demande.json")};

        lancer(a, args);
        Path entree = cache.resolve(entrees(cache).get(0));
        byte[] scellee = Files.readAllBytes(entree);
        FileTime ecrite = Files.getLastModifiedTime(entree);

        lancer(a, args);
        assertArrayEquals(scellee, Files.readAllBytes(entree));
        assertEquals(ecrite, Files.getLastModifiedTime(entree), "même clé : l'entrée est lue, pas réécrite");

        lancer(b, args);
        assertFalse(Arrays.equals(scellee, Files.readAllBytes(entree)),
                "autre clé : le sceau ne va pas, la grille est recompilée et l'entrée rescellée avec la clé b");
    }

    @Test
    void a_key_file_others_may_read_is_refused_and_nothing_is_compiled(@TempDir Path tmp) throws IOException {
        Path cle = tmp.resolve("config/cotation/cle-cache");
        Files.createDirectories(cle.getParent());
        Files.write(cle, new byte[32]);
        Files.setPosixFilePermissions(cle, PosixFilePermissions.fromString("rw-r--r--"));
        Path cache = tmp.resolve("cache");

        Lancement.Resultat r = lancerAvecCode(Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString()),
                "--cache", cache.toString(), "coter", "--date", DATE, fixture("cli/une-demande.json"));

        assertEquals(CodeSortie.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--cache : la clé du cache " + cle + " est lisible ou modifiable par d'autres que "
                + "vous (permissions rw-r--r--)"), r.err());
        assertTrue(r.err().contains("chmod 600"), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(cache), "rien n'est compilé ni écrit avec une clé refusée");
    }

    @Test
    void a_key_in_the_environment_is_used_when_long_enough_and_never_a_key_inside_the_cache(@TempDir Path tmp)
            throws IOException {
        Path cache = tmp.resolve("cache");
        Lancement.Resultat courte = lancerAvecCode(Map.of(CleCache.VARIABLE, "trop-courte"), "--cache",
                cache.toString(), "coter", "--date", DATE, fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.USAGE, courte.code(), courte.toString());
        assertTrue(courte.err().contains("la variable COTATION_CLE_CACHE doit avoir au moins 32 caractères (11 donnés)"),
                courte.err());

        Lancement.Resultat dedans = lancerAvecCode(Map.of("XDG_CONFIG_HOME", cache.toString()), "--cache",
                cache.toString(), "coter", "--date", DATE, fixture("cli/une-demande.json"));
        assertEquals(CodeSortie.USAGE, dedans.code(), dedans.toString());
        assertTrue(dedans.err().contains("ne doit pas être dans le dossier du cache"), dedans.err());

        Map<String, String> env = Map.of(CleCache.VARIABLE, "0123456789abcdef0123456789abcdef",
                "XDG_CONFIG_HOME", tmp.resolve("config").toString());
        lancer(env, "--cache", cache.toString(), "coter", "--date", DATE, "--packs", fixture("cli/packs"),
                fixture("cli/une-demande.json"));
        assertEquals(1, entrees(cache).size());
        assertFalse(Files.exists(tmp.resolve("config")), "la variable suffit : aucun fichier de clé créé");
    }

    /** A run with the tool's own engine factory (a new engine each time), as {@code java -jar} runs. */
    private static String lancer(Map<String, String> env, String... args) {
        Lancement.Resultat r = lancerAvecCode(env, args);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    private static Lancement.Resultat lancerAvecCode(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CotationCli(FabriqueMoteur.PAR_DEFAUT, new ByteArrayInputStream(new byte[0]), () -> false, env)
                .executer(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Lancement.Resultat(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> entrees(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
