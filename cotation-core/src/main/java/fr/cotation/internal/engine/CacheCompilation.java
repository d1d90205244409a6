package fr.cotation.internal.engine;

import fr.cotation.pack.PackDescriptor;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiled grilles kept between engines: the Drools packages of each grille, serialised, in an entry named by a
 * hash of everything the compilation depends on (format of this cache, Drools and MVEL versions, the Java level the
 * consequences are compiled to ({@link Compilateur#NIVEAU_JAVA}, the same on every JVM: an entry built on Java 17
 * serves Java 21 or 25), the bytes of the rule vocabulary classes, pack id, version, grille, resolved descriptor,
 * path and text of every DRL file).
 * A change to any of them gives another name, so an entry is never stale; old entries are left alone.
 *
 * <p>Entries are looked up in two places, with the same name, format and checks:
 * <ol>
 * <li>the class path, read-only: {@code META-INF/cotation/compilees/<key>.kpkg}, written at build time into a pack
 * jar by {@link Precompilation} (the PACA jar carries every grille of its packs);</li>
 * <li>the cache directory, when the engine has one ({@code CotationEngine.Builder.cacheDirectory}): read, and
 * written after each compilation.</li>
 * </ol>
 * The class path comes first: an entry there ships with the very DRL it was compiled from, no other process can
 * change it, and a grille found there is not copied into the directory, which then only holds what the jars lack
 * (packs of pack directories, other versions). Both places give the same packages for a key, so the order never
 * changes a result.
 *
 * <p>Each entry carries its key and a seal of its content: on the class path, which no other process can change, the
 * SHA-256 of its content; in the directory, which another user or process might write, an HMAC-SHA256 of the key and
 * the content with a secret the application holds in memory ({@code CotationEngine.Builder.cacheKey}, or one drawn
 * at random for the process), never stored beside the entries: a file written by anyone else fails the seal and is
 * never deserialised. Deserialisation then accepts only the classes of Drools, MVEL, the JDK's value and collection
 * types, the rule vocabulary and the grille's own DRL packages ({@link ObjectInputFilter}). The key of an entry
 * includes how the pack was admitted (checked against the allow-list of untrusted directories, or trusted), so a
 * grille compiled as trusted code is never served to an engine that loads the same text from an untrusted folder.
 * An entry that is truncated, altered or unreadable is never trusted; the next place is tried, then the grille is compiled again and the directory's
 * entry rewritten (logged as a warning). Files are written to a temporary name and moved into place, so a reader
 * never sees half an entry. The counters say what happened, for the tests that guard against compiling twice.
 */
final class CacheCompilation {
    private static final Logger LOG = LoggerFactory.getLogger(CacheCompilation.class);
    /** Bumped whenever what is stored or how it is compiled changes. */
    static final String FORMAT = "cotation-grille-compilee-2";
    /** Where pack jars carry their grilles compiled at build time: {@code <key>.kpkg} under it. */
    static final String RESSOURCES = "META-INF/cotation/compilees/";
    static final String SUFFIXE = ".kpkg";
    private static final int MAGIC = 0x434F5441; // "COTA"
    private static final List<String> VOCABULAIRE = List.of("fr/cotation/regles/CategoriePrioritaire.class",
            "fr/cotation/regles/Commune.class", "fr/cotation/regles/DefinitionSituation.class",
            "fr/cotation/regles/Dossier.class", "fr/cotation/regles/Note.class", "fr/cotation/regles/Priorite.class",
            "fr/cotation/regles/PrioritesL4411.class", "fr/cotation/regles/Refus.class",
            "fr/cotation/regles/Situation.class", "fr/cotation/regles/Situations.class",
            "fr/cotation/demande/Preuve.class");

    /** The Drools artifacts that read and run compiled packages: their versions are part of every key. */
    private static final List<String> ARTEFACTS_DROOLS = List.of("org.drools/drools-base", "org.drools/drools-core",
            "org.drools/drools-mvel", "org.mvel/mvel2");
    /**
     * The artifacts that only compile DRL. An application whose packs are all precompiled may leave them out
     * (docs/embarquer.md, SansCompilateurDrlTest in cotation-rules-paca): the key must then be the one computed at
     * build time, when they were there. Drools releases them with drools-core, at its version; only a compiler of
     * another version than drools-core's (a class path Drools does not support) enters the key.
     */
    private static final List<String> ARTEFACTS_COMPILATEUR = List.of("org.drools/drools-compiler",
            "org.drools/drools-drl-parser", "org.drools/drools-ecj");

    private final Path repertoire;
    private final ClassLoader classLoader;
    /** Whether entries of the class path ({@link #RESSOURCES}) are read. */
    private final boolean embarquees;
    private final byte[] empreinteMoteur;
    /** The secret of the directory's seals; never written anywhere. */
    private final javax.crypto.spec.SecretKeySpec secret;
    /**
     * Given as the secret, writes entries for a jar's class path ({@link Precompilation}): sealed with their SHA-256,
     * as the class path's entries are, since the jar is what the application ships. Compared by identity.
     */
    static final byte[] POUR_LE_CLASSPATH = new byte[32];
    /** Whether the seals use the process's own secret: entries of earlier processes are then expected to fail. */
    private final boolean secretDuProcessus;
    /** Whether this cache writes entries for the class path ({@link #POUR_LE_CLASSPATH}). */
    private final boolean pourLeClasspath;
    /** The secret of engines given none: drawn once per process, so entries serve the process that wrote them. */
    private static final byte[] SECRET_DU_PROCESSUS = new java.security.SecureRandom().generateSeed(32);
    /** Packages whose classes a compiled grille holds, besides its own DRL packages. */
    private static final List<String> PAQUETS_PERMIS = List.of("org.drools.", "org.kie.", "org.mvel2.", "java.lang.",
            "java.util.", "java.math.", "java.time.", "fr.cotation.regles.");
    private final AtomicInteger lues = new AtomicInteger();
    private final AtomicInteger ecrites = new AtomicInteger();
    private final AtomicInteger rejetees = new AtomicInteger();

    /** A cache in {@code repertoire}, created if needed, without the entries of the class path. */
    CacheCompilation(Path repertoire, ClassLoader classLoader) {
        this(repertoire, classLoader, false);
    }

    /**
     * Entries of the class path ({@code embarquees}) and of {@code repertoire} (created if needed; null for none):
     * at least one of the two.
     */
    CacheCompilation(Path repertoire, ClassLoader classLoader, boolean embarquees) {
        this(repertoire, classLoader, embarquees, null);
    }

    /**
     * As {@link #CacheCompilation(Path, ClassLoader, boolean)}, sealing the directory's entries with {@code secret}
     * (at least 32 bytes; null for the process's own, drawn at random).
     */
    CacheCompilation(Path repertoire, ClassLoader classLoader, boolean embarquees, byte[] secret) {
        if (secret != null && secret.length < 32) {
            throw new IllegalArgumentException("la clé du cache de compilation doit avoir au moins 32 octets");
        }
        this.pourLeClasspath = secret == POUR_LE_CLASSPATH;
        this.secretDuProcessus = secret == null;
        this.secret = new javax.crypto.spec.SecretKeySpec(secret == null ? SECRET_DU_PROCESSUS : secret.clone(),
                "HmacSHA256");
        if (repertoire == null && !embarquees) {
            throw new IllegalArgumentException("ni répertoire ni entrées embarquées");
        }
        this.repertoire = repertoire;
        this.classLoader = classLoader;
        this.embarquees = embarquees;
        this.empreinteMoteur = empreinteMoteur(classLoader);
    }

    /** What the compiled packages depend on besides the pack: this format, Drools, the Java level, the rule vocabulary. */
    private static byte[] empreinteMoteur(ClassLoader classLoader) {
        MessageDigest md = sha256();
        md.update((FORMAT + "\n" + versionsDrools(classLoader) + "\nbytecode Java " + Compilateur.NIVEAU_JAVA + "\n")
                .getBytes(StandardCharsets.UTF_8));
        for (String classe : VOCABULAIRE) {
            md.update(classe.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = classLoader.getResourceAsStream(classe)) {
                md.update(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                md.update((byte) 0);
            }
        }
        return md.digest();
    }

    /**
     * The versions of the Drools artifacts that compile and serialise rules, from their Maven {@code pom.properties}.
     * Not {@code Drools.getFullVersion()}: it reads the manifest of the jar that holds Drools, which in a shaded jar
     * (the command-line tool's) is the application's, so build and run time would disagree. Without the properties
     * (a repackaging that drops them), that version is all there is.
     */
    static String versionsDrools(ClassLoader classLoader) {
        StringBuilder out = new StringBuilder();
        for (String artefact : ARTEFACTS_DROOLS) {
            out.append(artefact).append('=').append(version(classLoader, artefact)).append('\n');
        }
        String core = version(classLoader, "org.drools/drools-core");
        for (String artefact : ARTEFACTS_COMPILATEUR) {
            String version = version(classLoader, artefact);
            if (!version.equals("?") && !version.equals(core)) { // absent, or released with drools-core: not in the key
                out.append(artefact).append('=').append(version).append('\n');
            }
        }
        if (out.indexOf("drools-base=?") >= 0) {
            out.append("Drools=").append(org.drools.base.util.Drools.getFullVersion());
        }
        return out.toString();
    }

    /** The version of a Maven artifact on the class path, from its {@code pom.properties}; {@code ?} when absent. */
    private static String version(ClassLoader classLoader, String artefact) {
        try (InputStream in = classLoader.getResourceAsStream("META-INF/maven/" + artefact + "/pom.properties")) {
            if (in == null) {
                return "?";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "illisible";
        }
    }

    /** The key of one grille of a trusted pack. */
    String cle(PackDescriptor pack, String nom, List<Compilateur.Fichier> fichiers) {
        return cle(pack, nom, fichiers, Compilateur.CONFIANCE);
    }

    /**
     * The key of one grille: the hash of everything its compilation depends on, and of how the pack was admitted
     * ({@code mode}: {@link Compilateur#CONFIANCE} or {@link Compilateur#LISTE_PERMISE}).
     */
    String cle(PackDescriptor pack, String nom, List<Compilateur.Fichier> fichiers, String mode) {
        MessageDigest md = sha256();
        md.update(empreinteMoteur);
        champ(md, mode);
        champ(md, pack.id());
        champ(md, pack.version());
        champ(md, nom);
        champ(md, stable(pack));
        for (Compilateur.Fichier f : fichiers) {
            champ(md, f.chemin());
            champ(md, f.texte());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The descriptor as text that is the same in every JVM: its maps come from {@code Map.copyOf}, whose
     * iteration order changes from one JVM to the next, so they are written sorted.
     */
    static String stable(PackDescriptor d) {
        return String.join("\n", d.id(), String.valueOf(d.nom()), String.valueOf(d.epci()), String.valueOf(d.base()),
                d.version(), String.valueOf(d.statut()), String.valueOf(d.enVigueurDu()), String.valueOf(d.enVigueurAu()),
                String.valueOf(d.sources()), String.valueOf(d.analogie()), String.valueOf(d.communes()),
                String.valueOf(d.rubriques()), String.valueOf(new java.util.TreeMap<>(d.grilles())),
                String.valueOf(d.remarque()), String.valueOf(new java.util.TreeMap<>(d.justifications())),
                String.valueOf(d.effetsDesRefus()));
    }

    private static void champ(MessageDigest md, String valeur) {
        byte[] b = String.valueOf(valeur).getBytes(StandardCharsets.UTF_8);
        md.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length});
        md.update(b);
    }

    /**
     * The packages stored under {@code cle}, from the class path first, then from the directory; null when neither
     * has an entry that can be trusted.
     */
    Collection<KiePackage> lire(String cle) {
        if (embarquees) {
            byte[] tout = null;
            try (InputStream in = classLoader.getResourceAsStream(RESSOURCES + cle + SUFFIXE)) {
                tout = in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                rejeter(cle, "embarquée", "illisible (" + e.getClass().getSimpleName() + ")");
            }
            Collection<KiePackage> paquets = tout == null ? null : decoder(cle, tout, "embarquée", false);
            if (paquets != null) {
                LOG.debug("grille compilée lue du class path : {}", cle);
                return paquets;
            }
        }
        if (repertoire == null) {
            return null;
        }
        byte[] tout;
        try {
            tout = Files.readAllBytes(repertoire.resolve(cle + SUFFIXE));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return rejeter(cle, "du répertoire", "illisible (" + e.getClass().getSimpleName() + ")");
        }
        Collection<KiePackage> paquets = decoder(cle, tout, "du répertoire", !pourLeClasspath);
        if (paquets != null) {
            LOG.debug("grille compilée lue du cache de compilation : {}", cle);
        }
        return paquets;
    }

    /** The seal of an entry: the SHA-256 of its content, or for the directory the HMAC of its key and content. */
    private byte[] sceau(String cle, byte[] contenu, boolean repertoire) {
        if (!repertoire) {
            return sha256().digest(contenu);
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(cle.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(contenu);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What deserialising an entry may build: the classes of {@link #PAQUETS_PERMIS}, of the DRL packages the entry's
     * rules were written in, arrays and primitives; anything else (a gadget class of another library) is refused.
     */
    private static ObjectInputFilter filtre() {
        return info -> {
            Class<?> c = info.serialClass();
            if (c == null) {
                return info.depth() > 200 ? ObjectInputFilter.Status.REJECTED : ObjectInputFilter.Status.UNDECIDED;
            }
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive()) {
                return ObjectInputFilter.Status.ALLOWED;
            }
            String n = c.getName();
            for (String p : PAQUETS_PERMIS) {
                if (n.startsWith(p)) {
                    return ObjectInputFilter.Status.ALLOWED;
                }
            }
            // classes generated from the grille's DRL (declared types, invokers) are defined by Drools' own loader
            if (c.getClassLoader() != null && c.getClassLoader().getClass().getName().startsWith("org.drools.")) {
                return ObjectInputFilter.Status.ALLOWED;
            }
            LOG.warn("cache de compilation : classe {} refusée à la lecture d'une entrée", n);
            return ObjectInputFilter.Status.REJECTED;
        };
    }

    /** The packages of one entry's bytes; null, counted and logged, when they cannot be trusted. */
    @SuppressWarnings("unchecked")
    private Collection<KiePackage> decoder(String cle, byte[] tout, String ou, boolean repertoire) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(tout))) {
            if (in.readInt() != MAGIC || !cle.equals(in.readUTF())) {
                return rejeter(cle, ou, "en-tête inattendu");
            }
            byte[] somme = in.readNBytes(32);
            int longueur = in.readInt();
            byte[] contenu = in.readNBytes(Math.max(0, longueur));
            if (longueur < 0 || contenu.length != longueur || in.read() != -1) {
                return rejeter(cle, ou, "longueur incorrecte");
            }
            if (!java.security.MessageDigest.isEqual(somme, sceau(cle, contenu, repertoire))) {
                if (repertoire && secretDuProcessus) { // written by an earlier run: expected without cacheKey
                    rejetees.incrementAndGet();
                    LOG.debug("cache de compilation : entrée {} scellée par un autre processus (sans cacheKey, chaque"
                            + " processus a son secret) ; elle est recompilée", cle);
                    return null;
                }
                return rejeter(cle, ou, repertoire ? "sceau faux (écrite avec une autre clé ou modifiée)"
                        : "somme de contrôle fausse");
            }
            try (DroolsObjectInputStream objets = new DroolsObjectInputStream(new ByteArrayInputStream(contenu), classLoader)) {
                objets.setObjectInputFilter(filtre());
                Collection<KiePackage> paquets = (Collection<KiePackage>) objets.readObject();
                lues.incrementAndGet();
                return paquets;
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return rejeter(cle, ou, "illisible (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Collection<KiePackage> rejeter(String cle, String ou, String raison) {
        rejetees.incrementAndGet();
        LOG.warn("cache de compilation : entrée {} {} {} ; elle est ignorée", ou, cle, raison);
        return null;
    }

    /**
     * Stores the packages of a grille that compiled in the directory (nothing without one); a failure to write is
     * logged and changes nothing else.
     */
    void ecrire(String cle, Collection<KiePackage> paquets) {
        if (repertoire == null) {
            return;
        }
        try {
            ByteArrayOutputStream octets = new ByteArrayOutputStream();
            try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(octets)) {
                out.writeObject(new ArrayList<>(paquets));
            }
            byte[] contenu = octets.toByteArray();
            ByteArrayOutputStream fichier = new ByteArrayOutputStream(contenu.length + 128);
            try (DataOutputStream out = new DataOutputStream(fichier)) {
                out.writeInt(MAGIC);
                out.writeUTF(cle);
                out.write(sceau(cle, contenu, !pourLeClasspath));
                out.writeInt(contenu.length);
                out.write(contenu);
            }
            Files.createDirectories(repertoire);
            Path tmp = Files.createTempFile(repertoire, cle, ".tmp");
            try {
                Files.write(tmp, fichier.toByteArray());
                Files.move(tmp, repertoire.resolve(cle + SUFFIXE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            ecrites.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cache de compilation : entrée {} non écrite ({})", cle, e.toString());
        }
    }

    /**
     * Removes the directory's entry of a grille that failed its smoke test, so that the next build compiles it
     * again (an entry of the class path cannot be removed: the grille read from it is compiled again each time).
     */
    void oublier(String cle) {
        if (repertoire == null) {
            return;
        }
        try {
            Files.deleteIfExists(repertoire.resolve(cle + SUFFIXE));
        } catch (IOException e) {
            LOG.warn("cache de compilation : entrée {} non supprimée ({})", cle, e.toString());
        }
    }

    int lues() {
        return lues.get();
    }

    int ecrites() {
        return ecrites.get();
    }

    int rejetees() {
        return rejetees.get();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
