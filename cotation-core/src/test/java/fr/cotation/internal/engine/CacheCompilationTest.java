package fr.cotation.internal.engine;

import fr.cotation.CotationResult;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What made start-up slow, guarded without timing: each grille goes through the Drools compiler once per
 * engine, a second engine with the same cache directory compiles nothing, and an entry that cannot be trusted
 * is detected and compiled again, with the same results as without a cache.
 */
class CacheCompilationTest {
    /** The three grilles of the packs copied by {@link #packs}: the base alone is not compiled at load. */
    private static final Map<String, Integer> UNE_FOIS_CHACUNE = Map.of("test-antibes-socle 1/principale", 1,
            "test-mutation 1/principale", 1, "test-mutation 1/mutation", 1);

    private static final Demande NICE_ANTIBES = Demandes.pour(NICE, ANTIBES).deposeeLe(EVALUATION.minusMonths(30))
            .refus(EVALUATION.minusMonths(3), false).build();
    private static final Demande MUTATION = NICE_ANTIBES.toBuilder().mutation(true).build();

    /**
     * A directory entry as the build step writes it for a jar: the same bytes, sealed with the SHA-256 of its content
     * (a jar is what the application ships) instead of the HMAC of the process that wrote it.
     */
    static byte[] pourLeJar(byte[] entree) throws IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(entree));
        int magic = in.readInt();
        String cle = in.readUTF();
        in.readNBytes(32);
        byte[] contenu = in.readNBytes(in.readInt());
        java.io.ByteArrayOutputStream octets = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(octets)) {
            out.writeInt(magic);
            out.writeUTF(cle);
            try {
                out.write(java.security.MessageDigest.getInstance("SHA-256").digest(contenu));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            out.writeInt(contenu.length);
            out.write(contenu);
        }
        return octets.toByteArray();
    }

    @Test
    void anEntryWrittenByAnotherProcessOrSealedWithAnotherSecretIsNeverDeserialised(@TempDir Path dir)
            throws IOException {
        Path packs = packs(dir);
        Path cache = dir.resolve("cache");
        moteur(packs, cache);
        List<Path> entrees = entrees(cache);
        // an attacker who can write the directory computes the old unkeyed checksum: the seal is still wrong
        Files.write(entrees.get(0), pourLeJar(Files.readAllBytes(entrees.get(0))));
        // an entry sealed by another engine with its own secret
        CacheCompilation autre = new CacheCompilation(dir.resolve("autre"), getClass().getClassLoader(), false,
                "une autre clé, d'au moins trente-deux octets".getBytes(StandardCharsets.UTF_8));
        java.util.Collection<org.kie.api.definition.KiePackage> paquets = new CacheCompilation(cache, getClass().getClassLoader())
                .lire(entrees.get(1).getFileName().toString().replace(CacheCompilation.SUFFIXE, ""));
        autre.ecrire(entrees.get(1).getFileName().toString().replace(CacheCompilation.SUFFIXE, ""), paquets);
        Files.copy(dir.resolve("autre").resolve(entrees.get(1).getFileName()), entrees.get(1),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Moteur apres = moteur(packs, cache);

        assertEquals(new Moteur.UsageCache(1, 2, 2), apres.usageCache(), "two entries refused before deserialising");
        assertEquals(List.of(), apres.problemes());
    }

    @Test
    void theKeyDependsOnHowThePackWasAdmitted() {
        CacheCompilation c = new CacheCompilation(Path.of("inutilise"), getClass().getClassLoader());
        var pack = Moteurs.packs("mutation").packs().get(0);
        List<Compilateur.Fichier> f = List.of(new Compilateur.Fichier("p/a.drl", "rule A"));
        assertFalse(c.cle(pack, "principale", f, Compilateur.CONFIANCE)
                .equals(c.cle(pack, "principale", f, Compilateur.LISTE_PERMISE)));
    }

    @Test
    void noGrilleIsCompiledTwiceAndTheCacheIsUsedOnTheSecondBuild(@TempDir Path dir) {
        Path packs = packs(dir);
        Path cache = dir.resolve("cache");
        Moteur sans = moteur(packs, null);
        assertEquals(UNE_FOIS_CHACUNE, sans.compilations());
        assertEquals(new Moteur.UsageCache(0, 0, 0), sans.usageCache());

        Moteur premier = moteur(packs, cache);
        assertEquals(UNE_FOIS_CHACUNE, premier.compilations());
        assertEquals(new Moteur.UsageCache(0, 3, 0), premier.usageCache());
        assertEquals(3, entrees(cache).size());

        Moteur second = moteur(packs, cache);
        assertEquals(Map.of(), second.compilations(), "every grille comes from the cache");
        assertEquals(new Moteur.UsageCache(3, 0, 0), second.usageCache());
        memesResultats(sans, second);
    }

    @Test
    void aCorruptOrTruncatedEntryIsDetectedAndCompiledAgain(@TempDir Path dir) throws IOException {
        Path packs = packs(dir);
        Path cache = dir.resolve("cache");
        Moteur sans = moteur(packs, null);
        moteur(packs, cache);
        List<Path> entrees = entrees(cache);
        byte[] alteree = Files.readAllBytes(entrees.get(0));
        alteree[alteree.length - 100] ^= 0x01; // one bit inside the serialised packages
        Files.write(entrees.get(0), alteree);
        byte[] tronquee = Files.readAllBytes(entrees.get(1));
        Files.write(entrees.get(1), java.util.Arrays.copyOf(tronquee, tronquee.length / 2));

        Moteur repare = moteur(packs, cache);
        assertEquals(new Moteur.UsageCache(1, 2, 2), repare.usageCache());
        assertEquals(2, repare.compilations().size());
        assertTrue(repare.compilations().values().stream().allMatch(n -> n == 1), repare.compilations().toString());
        assertEquals(List.of(), repare.problemes());
        memesResultats(sans, repare);

        Moteur ensuite = moteur(packs, cache);
        assertEquals(new Moteur.UsageCache(3, 0, 0), ensuite.usageCache(), "the two entries were rewritten");
        memesResultats(sans, ensuite);
    }

    @Test
    void aCachedGrilleThatFailsItsSmokeTestIsCompiledAgainFromItsDrl(@TempDir Path dir) throws IOException {
        Path packs = packs(dir);
        Path cache = dir.resolve("cache");
        Moteur sans = moteur(packs, null);
        moteur(packs, cache);
        // a well-formed entry (right key, right checksum) whose rules throw: what a stale entry would do
        String cle = moteur(packs, cache).grilleCompilee("test-mutation", "1", "principale").cleCache();
        String piege = """
                package fr.cotation.test;
                import fr.cotation.regles.*;
                global fr.cotation.regles.Note note;
                rule "Piège"
                    @critere("ANCIENNETE") @libelle("Piège") @rubrique("ANCIENNETE") @points(1)
                when
                    $d : Dossier( )
                then
                    note.retenir(kcontext, 1 / ($d.getAncienneteMois() - $d.getAncienneteMois()), "jamais");
                end
                """;
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        kb.add(ResourceFactory.newByteArrayResource(piege.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertFalse(kb.hasErrors(), kb.getErrors().toString());
        CacheCompilation ecrivain = new CacheCompilation(cache, getClass().getClassLoader());
        ecrivain.ecrire(cle, kb.getKnowledgePackages());
        Map<String, byte[]> jar = new java.util.TreeMap<>();
        for (Path e : entrees(cache)) {
            jar.put(CacheCompilation.RESSOURCES + e.getFileName(), pourLeJar(Files.readAllBytes(e)));
        }

        Moteur apres = moteur(packs, cache);
        assertEquals(List.of(), apres.problemes(), "the pack is judged on its DRL, not on the bad entry");
        // both grilles of the pack are compiled again, and only them
        assertEquals(Map.of("test-mutation 1/principale", 1, "test-mutation 1/mutation", 1), apres.compilations());
        memesResultats(sans, apres);
        assertEquals(new Moteur.UsageCache(3, 0, 0), moteur(packs, cache).usageCache(), "the bad entry was replaced");

        // the same entry carried by a jar: smoke-scored too, the pack judged on its DRL
        Moteur duJar = moteur(new Jar(jar), packs, null, true);
        assertEquals(List.of(), duJar.problemes());
        assertEquals(Map.of("test-mutation 1/principale", 1, "test-mutation 1/mutation", 1), duJar.compilations());
        memesResultats(sans, duJar);
    }

    @Test
    void aPackThatDoesNotCompileIsReportedTheSameWithACache(@TempDir Path dir) throws IOException {
        Path packs = packs(dir);
        Files.writeString(packs.resolve("mutation/mutation.drl"), "\nrule \"Cassée\" when Dossier( then end\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path cache = dir.resolve("cache");
        List<ProblemePack> attendus = moteur(packs, null).problemes();
        assertEquals(1, attendus.size(), attendus.toString());
        for (int i = 0; i < 2; i++) {
            Moteur m = moteur(packs, cache);
            assertEquals(attendus, m.problemes());
            assertEquals(1, m.compilations().get("test-mutation 1/mutation"), "a failed compilation is not cached");
        }
    }

    /**
     * Grilles compiled at build time and carried by a jar ({@code META-INF/cotation/compilees}, served here by a
     * class loader) are read instead of compiled, before the cache directory, which then stays empty; an engine told
     * to ignore them compiles; an edited DRL does not find its old entry; an altered entry is detected and compiled.
     */
    @Test
    void grillesCompiledAtBuildTimeAreReadFromTheClassPathAndACorruptOneIsCompiledAgain(@TempDir Path dir)
            throws IOException {
        Path packs = packs(dir);
        Moteur sans = moteur(packs, null);
        Path construction = dir.resolve("construction");
        moteur(packs, construction); // what the build step writes, with the same key and format
        Map<String, byte[]> jar = new java.util.TreeMap<>();
        for (Path e : entrees(construction)) {
            jar.put(CacheCompilation.RESSOURCES + e.getFileName(), pourLeJar(Files.readAllBytes(e)));
        }
        assertEquals(3, jar.size());

        Moteur embarque = moteur(new Jar(jar), packs, null, true);
        assertEquals(Map.of(), embarque.compilations(), "every grille comes from the class path");
        assertEquals(new Moteur.UsageCache(3, 0, 0), embarque.usageCache());
        memesResultats(sans, embarque);

        Path cache = dir.resolve("cache");
        Moteur avecRepertoire = moteur(new Jar(jar), packs, cache, true);
        assertEquals(new Moteur.UsageCache(3, 0, 0), avecRepertoire.usageCache());
        assertFalse(Files.exists(cache), "the class path comes first: nothing is copied into the cache directory");

        assertEquals(UNE_FOIS_CHACUNE, moteur(new Jar(jar), packs, null, false).compilations(), "ignored on demand");

        Map<String, byte[]> altere = new java.util.TreeMap<>(jar);
        byte[] octets = altere.values().iterator().next().clone();
        octets[octets.length - 100] ^= 0x01; // one bit inside the serialised packages
        altere.put(altere.keySet().iterator().next(), octets);
        Moteur repare = moteur(new Jar(altere), packs, null, true);
        assertEquals(new Moteur.UsageCache(2, 0, 1), repare.usageCache());
        assertEquals(1, repare.compilations().size(), repare.compilations().toString());
        assertEquals(1, repare.compilations().values().iterator().next());
        assertEquals(List.of(), repare.problemes());
        memesResultats(sans, repare);

        Files.writeString(packs.resolve("mutation/mutation.drl"), "\n// une ligne ajoutée\n",
                java.nio.file.StandardOpenOption.APPEND);
        Moteur edite = moteur(new Jar(jar), packs, null, true);
        assertEquals(Map.of("test-mutation 1/mutation", 1), edite.compilations(), "the edited grille finds no entry");
        assertEquals(new Moteur.UsageCache(2, 0, 0), edite.usageCache());
    }

    /** A class loader that serves some resources itself, as a jar on the class path would. */
    private static final class Jar extends ClassLoader {
        private final Map<String, byte[]> ressources;

        Jar(Map<String, byte[]> ressources) {
            super(CacheCompilationTest.class.getClassLoader());
            this.ressources = ressources;
        }

        @Override
        public java.io.InputStream getResourceAsStream(String nom) {
            byte[] octets = ressources.get(nom);
            return octets != null ? new java.io.ByteArrayInputStream(octets) : super.getResourceAsStream(nom);
        }
    }

    private static void memesResultats(Moteur attendu, Moteur moteur) {
        for (Demande d : List.of(NICE_ANTIBES, MUTATION)) {
            CotationResult r = moteur.coter(d, EVALUATION);
            assertEquals(attendu.coter(d, EVALUATION), r);
            assertTrue(r.cotations().stream().allMatch(c -> c.statut() == fr.cotation.Cotation.Statut.COTEE), r.toString());
        }
        assertEquals(attendu.problemes(), moteur.problemes());
        assertEquals(attendu.packs(), moteur.packs());
    }

    /** An engine over the packs, every pack loaded (they are compiled on first use). */
    private static Moteur moteur(Path packs, Path cache) {
        return moteur(CacheCompilationTest.class.getClassLoader(), packs, cache, true);
    }

    /** The same, with this class loader, reading the grilles compiled at build time if {@code compilees}. */
    private static Moteur moteur(ClassLoader chargeur, Path packs, Path cache, boolean compilees) {
        Moteur m = new Moteur(new Moteur.Config(chargeur, false, java.util.Set.of(), List.of(packs), List.of(),
                Registre.referentiel(), PrioritesL4411.nationales(), 10_000, Demande.COMMUNES_SOUHAITEES_MAX, cache, true,
                compilees));
        m.problemes();
        return m;
    }

    /** The base and the Antibes pack of {@code packs/extension}, and {@code packs/mutation} for Nice. */
    private static Path packs(Path dir) {
        Path packs = dir.resolve("packs");
        copier(Moteurs.ressource("packs/extension/socle"), packs.resolve("socle"));
        copier(Moteurs.ressource("packs/extension/antibes"), packs.resolve("antibes"));
        copier(Moteurs.ressource("packs/mutation"), packs.resolve("mutation"));
        return packs;
    }

    private static void copier(Path from, Path to) {
        try (Stream<Path> fichiers = Files.walk(from)) {
            for (Path f : fichiers.toList()) {
                Path cible = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(cible);
                } else {
                    Files.copy(f, cible);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> entrees(Path cache) {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".kpkg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The consequences are compiled to Java 17 bytecode (class file major version 61) on any JVM, which is what lets
     * the key name a Java level instead of the running JVM's version: grilles compiled at build time on Java 17 are
     * then read, not compiled again, on a later JVM. Drools would otherwise compile to the running JVM's level when
     * it knows it (Java 21 would give 65). On Java 17 this holds either way; run on a newer JVM it guards the setting.
     * The invokers Drools generates itself are older bytecode (52): no class is newer than the level.
     */
    @Test
    void consequencesAreCompiledToTheJavaLevelOfTheKeyWhateverTheJvm(@TempDir Path dir) {
        Moteur m = moteur(CacheCompilationTest.class.getClassLoader(), packs(dir), null, false);
        GrilleCompilee g = m.grilleCompilee("test-mutation", "1", fr.cotation.pack.PackDescriptor.MUTATION);
        int niveau = 44 + Integer.parseInt(Compilateur.NIVEAU_JAVA);
        int consequences = 0;
        for (var p : g.kieBase().getKiePackages()) {
            var donnees = (org.drools.core.rule.JavaDialectRuntimeData)
                    ((org.drools.base.definitions.InternalKnowledgePackage) p).getDialectRuntimeRegistry().getDialectData("java");
            for (var e : donnees.getStore().entrySet()) {
                byte[] b = e.getValue();
                int majeure = ((b[6] & 0xff) << 8) | (b[7] & 0xff);
                assertTrue(majeure <= niveau, e.getKey() + " : " + majeure);
                if (!e.getKey().endsWith("Invoker.class")) {
                    assertEquals(niveau, majeure, e.getKey());
                    consequences++;
                }
            }
        }
        assertEquals(3, consequences, "one compiled consequence per rule of the mutation grille");
        assertTrue(m.compilations().containsKey("test-mutation 1/mutation"), "compiled from its DRL here");
    }

    @Test
    void theKeyChangesWithTheDrlText() {
        CacheCompilation c = new CacheCompilation(Path.of("inutilise"), getClass().getClassLoader());
        var pack = Moteurs.packs("mutation").packs().get(0);
        String a = c.cle(pack, "principale", List.of(new Compilateur.Fichier("p/a.drl", "rule A")));
        assertEquals(a, c.cle(pack, "principale", List.of(new Compilateur.Fichier("p/a.drl", "rule A"))));
        assertFalse(a.equals(c.cle(pack, "principale", List.of(new Compilateur.Fichier("p/a.drl", "rule B")))));
        assertFalse(a.equals(c.cle(pack, "mutation", List.of(new Compilateur.Fichier("p/a.drl", "rule A")))));
        assertNull(c.lire(a), "no entry in a directory that does not exist");
    }

    /** Map.copyOf (inside PackDescriptor) iterates in an order that changes from one JVM to the next. */
    @Test
    void theKeyDoesNotDependOnTheIterationOrderOfTheDescriptorsMaps() {
        CacheCompilation c = new CacheCompilation(Path.of("inutilise"), getClass().getClassLoader());
        var p = Moteurs.packs("mutation").packs().get(0);
        Map<String, String> ab = new java.util.LinkedHashMap<>();
        ab.put("A", "a");
        ab.put("B", "b");
        Map<String, String> ba = new java.util.LinkedHashMap<>();
        ba.put("B", "b");
        ba.put("A", "a");
        List<Compilateur.Fichier> fichiers = List.of(new Compilateur.Fichier("p/a.drl", "rule A"));
        assertEquals(c.cle(avec(p, ab), "principale", fichiers), c.cle(avec(p, ba), "principale", fichiers));
        assertTrue(CacheCompilation.stable(avec(p, ba)).contains("{A=a, B=b}"), "maps written sorted");
        assertFalse(c.cle(avec(p, ab), "principale", fichiers).equals(c.cle(avec(p, Map.of("A", "a")), "principale", fichiers)));
    }

    private static fr.cotation.pack.PackDescriptor avec(fr.cotation.pack.PackDescriptor d, Map<String, String> justifications) {
        return new fr.cotation.pack.PackDescriptor(d.id(), d.nom(), d.epci(), d.base(), d.version(), d.statut(),
                d.enVigueurDu(), d.enVigueurAu(), d.sources(), d.analogie(), d.communes(), d.rubriques(), d.grilles(),
                d.remarque(), justifications, d.effetsDesRefus());
    }
}
