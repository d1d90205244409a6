package fr.cotation.paca;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.territoire.CommuneRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PACA packs read back from a compilation cache score exactly as the packs compiled from their DRL: same
 * packs, same problems, same published grilles, same cotations and explanation lines on demandes of every EPCI.
 */
class CacheCompilationPacaTest {
    private static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);

    @Test
    void packsReadFromTheCacheScoreLikePacksCompiledFromTheirDrl(@TempDir Path cache) throws IOException {
        CotationEngine compile = MoteurPaca.engine();
        CotationEngine.builder().cacheDirectory(cache).build().problems(); // loads every pack: fills the cache
        long entrees;
        try (Stream<Path> s = Files.list(cache)) {
            entrees = s.filter(p -> p.toString().endsWith(".kpkg")).count();
        }
        long grilles = compile.packs().stream().mapToLong(p -> compile.grille(p.id(), p.version(), PackDescriptor.MUTATION)
                .isPresent() ? 2 : 1).sum();
        assertEquals(grilles, entrees, "one entry per grille of every loaded pack");
        CotationEngine relu = CotationEngine.builder().cacheDirectory(cache).build();
        assertEquals(compile.problems(), relu.problems()); // loads every pack from the cache

        assertEquals(compile.packs(), relu.packs());
        assertEquals(compile.problems(), relu.problems());
        for (PackDescriptor p : compile.packs()) {
            for (String g : List.of(PackDescriptor.PRINCIPALE, PackDescriptor.MUTATION)) {
                assertEquals(compile.grille(p.id(), p.version(), g), relu.grille(p.id(), p.version(), g), p.id() + " " + g);
            }
        }
        List<String> epci = compile.referentiel().communes().stream().map(CommuneRef::epci).filter(Objects::nonNull)
                .distinct().sorted().toList();
        GenerateurDemandes g = GenerateurDemandes.builder().graine(441L).dateEvaluation(EVALUATION)
                .communes(compile.referentiel(), epci).build();
        int lignes = 0;
        for (Demande d : g.liste(2_000)) {
            CotationResult attendu = compile.score(d, EVALUATION);
            assertEquals(attendu, relu.score(d, EVALUATION), d.numeroUnique());
            lignes += attendu.cotations().stream().mapToInt(c -> c.lignes().size()).sum();
        }
        assertTrue(lignes > 5_000, "the demandes fire many criteria: " + lignes);
    }
}
