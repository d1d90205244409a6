package fr.cotation.classement;

import fr.cotation.CotationEngine;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Packs compile on first use: ranking a stock compiles the packs of its communes, not every pack the engine knows.
 * Each pack's rule tells a hook when it runs (smoke scoring at load, then cotations).
 */
public class ClassementPaquetsUtilesTest {
    static final Set<String> VUS = ConcurrentHashMap.newKeySet();

    public static void vu(String pack) {
        VUS.add(pack);
    }

    private static String regleQuiSeSignale(String pack) {
        return regle("Signal", "@critere(\"SIGNAL\") @libelle(\"Signal\") @rubrique(\"R\") @points(1)", "Dossier( )",
                "fr.cotation.classement.ClassementPaquetsUtilesTest.vu(\"" + pack + "\"); note.retenir(kcontext);");
    }

    @Test
    void rankingAStockOfOneEpciLoadsOnlyItsPack(@TempDir Path dir) {
        pack(dir, "nice", SIREN_NCA, regleQuiSeSignale("nice"));
        pack(dir, "antibes", SIREN_CASA, regleQuiSeSignale("antibes"));
        CotationEngine engine = Moteurs.builder().trustedPackDirectory(dir).build();
        VUS.clear();

        ClassementResult r = Classement.builder(engine).dateEvaluation(EVALUATION).build()
                .classer(List.of(Demandes.pour(NICE).build()));

        assertEquals(1, r.demandesClassees());
        assertEquals(Set.of("nice"), VUS, "the pack of Antibes is not needed by a stock of Nice");
    }
}
