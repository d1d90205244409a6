package fr.cotation.internal.engine;

import fr.cotation.demande.Demande;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grilles compiled at build time (Precompilation, in the PACA jar) are the same bytes from one build to the next,
 * so that two builds of one commit give the same jar (docs/release.md). Drools builds the rules of a package in
 * parallel when it has more than ten (its {@code drools.parallelRulesBuildThreshold}): the consequences' invokers and
 * the rules were then registered in the order the threads finished, and the serialised packages changed from one
 * compilation to the next (19 of the 27 PACA entries differed between two builds). {@link Compilateur} turns that off.
 */
class CompilationReproductibleTest {
    /** Well above Drools' threshold of ten rules per package, so that a parallel build would show. */
    private static final int REGLES = 60;

    @Test
    void theSameGrilleCompiledThreeTimesGivesTheSameBytes(@TempDir Path dir) {
        Path packs = pack(dir.resolve("packs"));
        Map<String, byte[]> premiere = compiler(packs, dir.resolve("cache-1"));
        assertEquals(2, premiere.size(), "one entry per grille: " + premiere.keySet());
        for (int i = 2; i <= 3; i++) {
            Map<String, byte[]> autre = compiler(packs, dir.resolve("cache-" + i));
            assertEquals(premiere.keySet(), autre.keySet());
            for (String cle : premiere.keySet()) {
                assertArrayEquals(premiere.get(cle), autre.get(cle), "compilation " + i + " of " + cle);
            }
        }
    }

    /** Compiles every grille of the pack into a fresh cache directory; its entries by name. */
    private static Map<String, byte[]> compiler(Path packs, Path cache) {
        Moteur m = new Moteur(new Moteur.Config(CompilationReproductibleTest.class.getClassLoader(), false,
                java.util.Set.of(), List.of(packs), List.of(), Registre.referentiel(), PrioritesL4411.nationales(),
                10_000, Demande.COMMUNES_SOUHAITEES_MAX, cache, true, false));
        assertEquals(List.of(), m.problemes());
        assertEquals(2, m.compilations().size(), "compiled from the DRL: " + m.compilations());
        Map<String, byte[]> entrees = new TreeMap<>();
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.filter(p -> p.toString().endsWith(CacheCompilation.SUFFIXE)).toList()) {
                entrees.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entrees;
    }

    /** The mutation test pack, its main grille given {@link #REGLES} more rules. */
    private static Path pack(Path packs) {
        Path pack = packs.resolve("mutation");
        try {
            Files.createDirectories(pack);
            for (String f : List.of("pack.yaml", "commun.drl", "mutation.drl", "principale.drl")) {
                Files.copy(Moteurs.ressource("packs/mutation").resolve(f), pack.resolve(f));
            }
            StringBuilder drl = new StringBuilder(Files.readString(pack.resolve("principale.drl")));
            for (int i = 1; i <= REGLES; i++) {
                drl.append("\nrule \"Ancienneté au-delà de ").append(i).append(" mois\"\n")
                        .append("    @critere(\"ANCIENNETE_").append(i).append("\") @libelle(\"Ancienneté au-delà de ")
                        .append(i).append(" mois\") @rubrique(\"ANCIENNETE\") @points(").append(i).append(")\n")
                        .append("when\n    $d : Dossier( ancienneteMois > ").append(i).append(" )\n")
                        .append("then\n    note.retenir();\nend\n");
            }
            Files.writeString(pack.resolve("principale.drl"), drl);
            assertTrue(drl.length() > 10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packs;
    }
}
