package fr.cotation;

import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Drools finds its services through the thread's context class loader. Called from a thread whose context loader
 * cannot see Drools (a pool worker under {@code mvn exec:java}, an application server), the engine compiles and
 * scores with its own class loader as context, and gives the caller's back.
 */
public class ChargeurDeContexteTest {
    /** The context class loaders the rule's consequence saw. */
    static final List<ClassLoader> VUS = new CopyOnWriteArrayList<>();

    public static void vu(ClassLoader chargeur) {
        VUS.add(chargeur);
    }

    @Test
    void compilingAndScoringRunWithTheEnginesClassLoaderWhateverTheCallersContext(@TempDir Path dir) throws Exception {
        // a trusted pack (its consequence reads the thread, which the safety check refuses in a pack directory)
        pack(dir, "contexte", SIREN_NCA, regle("Contexte", "@critere(\"CONTEXTE\") @libelle(\"Contexte\") @rubrique(\"R\") @points(1)",
                "Dossier( )", "fr.cotation.ChargeurDeContexteTest.vu(Thread.currentThread().getContextClassLoader()); "
                        + "note.retenir(kcontext);"));
        ClassLoader moteur = ChargeurDeContexteTest.class.getClassLoader();
        CotationEngine engine = Moteurs.builder().classLoader(moteur).trustedPackDirectory(dir).build();
        ClassLoader aveugle = new URLClassLoader(new URL[0], null);   // sees the JDK only
        AtomicReference<CotationResult> resultat = new AtomicReference<>();
        AtomicReference<ClassLoader> apres = new AtomicReference<>();
        VUS.clear();
        Thread fil = new Thread(() -> {
            resultat.set(engine.coter(Demandes.pour(NICE).build(), EVALUATION));   // compiles on first use, then scores
            apres.set(Thread.currentThread().getContextClassLoader());
        });
        fil.setContextClassLoader(aveugle);
        fil.start();
        fil.join();

        assertEquals(Cotation.Statut.COTEE, resultat.get().cotations().get(0).statut(), resultat.get()::toString);
        assertFalse(VUS.isEmpty(), "the rule fired (smoke scoring and the cotation)");
        VUS.forEach(c -> assertSame(moteur, c, "context class loader seen by the rule"));
        assertSame(aveugle, apres.get(), "the caller's context class loader is given back");
    }
}
