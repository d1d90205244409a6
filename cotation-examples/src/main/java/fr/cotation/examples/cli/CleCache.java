package fr.cotation.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The secret that seals the entries of {@code --cache} ({@code CotationEngine.Builder.cacheKey}): without it the
 * engine draws one per process and every run compiles its grilles again. The key belongs to the user, never to the
 * cache folder (whoever holds it can make entries the engine deserialises):
 * <ol>
 * <li>the environment variable {@value #VARIABLE}, at least 32 characters, when it is set;</li>
 * <li>otherwise the file {@code cotation/cle-cache} of the user's configuration folder ({@code $XDG_CONFIG_HOME}, or
 * {@code ~/.config}), created on first use with 32 random bytes and permissions {@code 0600} (its folder
 * {@code 0700}). A key file that group or others may read or write, that is not a regular file (a symbolic link), or
 * shorter than 32 bytes is refused with a message saying how to fix it.</li>
 * </ol>
 * On a file system without POSIX permissions the file is created and read without that check.
 */
final class CleCache {
    /** The environment variable that gives the key directly (for a service whose secrets come from its manager). */
    static final String VARIABLE = "COTATION_CLE_CACHE";
    static final int OCTETS = 32;
    private static final Set<PosixFilePermission> PROPRIETAIRE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    /** A key that cannot be used: the message says why and how to fix it, in French. */
    static final class CleRefusee extends Exception {
        CleRefusee(String message) {
            super(message);
        }
    }

    private CleCache() {
    }

    /**
     * The key for the cache folder {@code cache}, from {@code env} (the process's environment) and the user's home
     * {@code home}; the key file is created when absent.
     */
    static byte[] pour(Path cache, Map<String, String> env, Path home) throws CleRefusee {
        String variable = env.get(VARIABLE);
        if (variable != null) {
            if (variable.length() < OCTETS) {
                throw new CleRefusee("la variable " + VARIABLE + " doit avoir au moins " + OCTETS + " caractères ("
                        + variable.length() + " donnés)");
            }
            return variable.getBytes(StandardCharsets.UTF_8);
        }
        Path fichier = fichier(env, home);
        Path dossierCache = cache.toAbsolutePath().normalize();
        if (fichier.toAbsolutePath().normalize().startsWith(dossierCache)) {
            throw new CleRefusee("la clé du cache (" + fichier + ") ne doit pas être dans le dossier du cache ("
                    + cache + ") : qui peut écrire le cache la lirait");
        }
        if (!Files.exists(fichier, LinkOption.NOFOLLOW_LINKS)) {
            creer(fichier);
        }
        return lire(fichier);
    }

    /** {@code $XDG_CONFIG_HOME/cotation/cle-cache} when that variable is an absolute path, else under ~/.config. */
    static Path fichier(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".config");
        return config.resolve("cotation").resolve("cle-cache");
    }

    private static void creer(Path fichier) throws CleRefusee {
        Path dossier = fichier.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        byte[] cle = new byte[OCTETS];
        new SecureRandom().nextBytes(cle);
        Path temporaire = null;
        try {
            if (posix) {
                Files.createDirectories(dossier, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                temporaire = Files.createTempFile(dossier, ".cle-cache", ".tmp",
                        PosixFilePermissions.asFileAttribute(PROPRIETAIRE));
            } else {
                Files.createDirectories(dossier);
                temporaire = Files.createTempFile(dossier, ".cle-cache", ".tmp");
            }
            Files.write(temporaire, cle);
            try {
                Files.move(temporaire, fichier); // not REPLACE_EXISTING: a run that created it first wins
            } catch (FileAlreadyExistsException dejaLa) {
                Files.deleteIfExists(temporaire);
            }
        } catch (IOException e) {
            try {
                if (temporaire != null) {
                    Files.deleteIfExists(temporaire);
                }
            } catch (IOException ignoree) {
                // the message below says what failed
            }
            throw new CleRefusee("impossible de créer la clé du cache " + fichier + " (" + e.getClass().getSimpleName()
                    + ") ; donnez-en une par la variable " + VARIABLE);
        }
    }

    private static byte[] lire(Path fichier) throws CleRefusee {
        try {
            if (!Files.isRegularFile(fichier, LinkOption.NOFOLLOW_LINKS)) {
                throw new CleRefusee("la clé du cache " + fichier + " n'est pas un fichier ordinaire (lien symbolique ?)"
                        + " : remplacez-la par un fichier, ou supprimez-la pour qu'une clé soit créée");
            }
            PosixFileAttributeView vue = Files.getFileAttributeView(fichier, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (vue != null) {
                PosixFileAttributes attributs = vue.readAttributes();
                Set<PosixFilePermission> permissions = attributs.permissions();
                if (!PROPRIETAIRE.containsAll(permissions.stream().filter(p -> p != PosixFilePermission.OWNER_EXECUTE)
                        .toList())) {
                    throw new CleRefusee("la clé du cache " + fichier + " est lisible ou modifiable par d'autres que "
                            + "vous (permissions " + PosixFilePermissions.toString(permissions) + ") : qui la lit peut "
                            + "faire exécuter du code par l'outil ; faites chmod 600 " + fichier
                            + " ou supprimez-la pour qu'une nouvelle soit créée");
                }
            }
            if (Files.size(fichier) > 4096) {
                throw new CleRefusee("la clé du cache " + fichier + " dépasse 4 096 octets : ce n'est pas une clé");
            }
            byte[] cle = Files.readAllBytes(fichier);
            if (cle.length < OCTETS) {
                throw new CleRefusee("la clé du cache " + fichier + " a " + cle.length + " octets, il en faut au moins "
                        + OCTETS + " : supprimez-la pour qu'une clé soit créée");
            }
            return cle;
        } catch (IOException e) {
            throw new CleRefusee("clé du cache " + fichier + " illisible (" + e.getClass().getSimpleName() + ")");
        }
    }
}
