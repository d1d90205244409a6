package fr.cotation.paca;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.testing.EngineProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PACA packs compiled earlier score exactly as the packs compiled from their DRL: same packs, same problems, same
 * published grilles, same cotations and explanation lines on demandes of every EPCI; whether read back from a
 * compilation cache directory or from the grilles compiled when the jar was built ({@code META-INF/cotation/compilees},
 * in {@code target/classes} here), which an engine without a cache directory reads without compiling anything.
 */
class CacheCompilationPacaTest {
    private static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);

    @TempDir
    static Path cache;
    /** Every grille compiled from its DRL (the embedded ones ignored), and written to {@link #cache}. */
    private static EngineProbe compile;

    @BeforeAll
    static void compilerDepuisLeDrl() {
        compile = moteur(cache, false);
        compile.problemesPacks(); // loads every pack
    }

    @Test
    void packsReadFromTheCacheScoreLikePacksCompiledFromTheirDrl() throws IOException {
        long entrees;
        try (Stream<Path> s = Files.list(cache)) {
            entrees = s.filter(p -> p.toString().endsWith(".kpkg")).count();
        }
        assertEquals(grilles(), entrees, "one entry per grille of every loaded pack");
        assertEquals(grilles(), compile.cacheUse().written());
        EngineProbe relu = moteur(cache, false);
        assertEquals(compile.problemesPacks(), relu.problemesPacks()); // loads every pack from the cache
        assertEquals(Map.of(), relu.compilations());
        assertEquals(new EngineProbe.CacheUse(grilles(), 0, 0), relu.cacheUse());
        memesCotations(relu, 441L, 2_000);
    }

    @Test
    void anEngineWithoutCacheDirectoryReadsTheGrillesCompiledWhenTheJarWasBuilt() {
        EngineProbe embarque = moteur(null, true);
        assertEquals(compile.problemesPacks(), embarque.problemesPacks()); // loads every pack
        assertEquals(Map.of(), embarque.compilations(), "no grille goes through Drools' compiler");
        assertEquals(new EngineProbe.CacheUse(grilles(), 0, 0), embarque.cacheUse());
        memesCotations(embarque, 2027L, 1_000);
    }

    /** Same packs, grilles, and cotations of {@code n} generated demandes wishing communes of every EPCI. */
    private static void memesCotations(EngineProbe moteur, long graine, int n) {
        assertEquals(compile.packs(), moteur.packs());
        for (PackDescriptor p : compile.packs()) {
            for (String g : List.of(PackDescriptor.PRINCIPALE, PackDescriptor.MUTATION)) {
                assertEquals(compile.grille(p.id(), p.version(), g), moteur.grille(p.id(), p.version(), g), p.id() + " " + g);
            }
        }
        List<String> epci = compile.referentiel().communes().stream()
                .filter(c -> Set.of("04", "05", "06", "13", "83", "84").contains(c.departement())) // the EPCI of PACA
                .map(CommuneRef::epci).filter(Objects::nonNull)
                .distinct().sorted().toList();
        GenerateurDemandes g = GenerateurDemandes.builder().graine(graine).dateEvaluation(EVALUATION)
                .communes(compile.referentiel(), epci).build();
        int lignes = 0;
        Set<String> packs = new TreeSet<>();
        for (Demande d : g.liste(n)) {
            CotationResult attendu = compile.coter(d, EVALUATION);
            assertEquals(attendu, moteur.coter(d, EVALUATION), d.numeroUnique());
            for (Cotation c : attendu.cotations()) {
                lignes += c.lignes().size();
                if (c.pack() != null) {
                    packs.add(c.pack());
                }
            }
        }
        assertEquals(compile.packs().size(), packs.size(), "every pack scores some of the demandes: " + packs);
        assertTrue(lignes > 2 * n, "the demandes fire many criteria: " + lignes);
    }

    /** The grilles of the loaded packs (main, and mutation when the pack has one). */
    private static int grilles() {
        return compile.packs().stream().mapToInt(p -> compile.grille(p.id(), p.version(), PackDescriptor.MUTATION)
                .isPresent() ? 2 : 1).sum();
    }

    /** An engine over the PACA packs of the class path (the core's test fixture: no import of its internals). */
    private static EngineProbe moteur(Path cache, boolean compilees) {
        return EngineProbe.classpath(CacheCompilationPacaTest.class.getClassLoader(), cache, compilees);
    }
}
