package fr.cotation.internal.engine;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Preuve;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_CASA;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions come from a pool per grille: a session given back is reset, and one whose rules threw or looped is
 * destroyed. Interleaving failing and good scorings on one engine must never change a result.
 */
class SessionsReutiliseesTest {
    private static final String BON = regle("Toujours", "TOUJOURS", "Dossier( )");

    @Test
    void aSessionThatLoopedOrThrewIsNeverReusedDirty(@TempDir Path dir) {
        pack(dir, "bon", SIREN_NCA, BON);
        // a loop for demandes of 10 years or more, a failing consequence for those without rent
        pack(dir, "piege", SIREN_CASA, regle("Boucle tardive", "@critere(\"B\") @libelle(\"B\") @rubrique(\"R\")",
                "Dossier( ancienneteMois >= 120 )\n    Refus( )", "insert(new Refus(false, 1));")
                + regle("Fragile", "@critere(\"F\") @libelle(\"F\") @rubrique(\"R\")",
                "$d : Dossier( ancienneteMois >= 60, ancienneteMois < 120 )",
                "note.retenir(kcontext, $d.getTauxEffort() * 2, \"double\");")
                + regle("Ancienne", "A", "Dossier( ancienneteMois >= 24 )"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).maxRuleFirings(200).build();
        assertEquals(List.of(), e.problemesPacks());

        Demande boucle = Demandes.pour(NICE, ANTIBES).deposeeLe(EVALUATION.minusMonths(130))
                .refus(EVALUATION.minusMonths(3), false).build();
        Demande echec = Demandes.pour(ANTIBES).deposeeLe(EVALUATION.minusMonths(70))
                .logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.DECLAREE).build();
        Demande bonne = Demandes.pour(ANTIBES).deposeeLe(EVALUATION.minusMonths(30))
                .refus(EVALUATION.minusMonths(3), false).build();

        CotationResult premiere = e.coter(bonne, EVALUATION);
        points("1", commune(premiere, ANTIBES).total());
        for (int i = 0; i < 20; i++) {
            Cotation b = commune(e.coter(boucle, EVALUATION), ANTIBES);
            assertEquals(Cotation.Statut.ERREUR, b.statut());
            assertTrue(b.message().contains("boucle : 200 déclenchements"), b.message());
            Cotation f = commune(e.coter(echec, EVALUATION), ANTIBES);
            assertEquals(Cotation.Statut.ERREUR, f.statut());
            assertTrue(f.message().contains("règle \"Fragile\": échec dans la conséquence"), f.message());
            assertEquals(premiere, e.coter(bonne, EVALUATION), "a good scoring after a failing one, round " + i);
        }
    }

    @Test
    void aPooledSessionGivesTheSameResultEveryTime(@TempDir Path dir) {
        pack(dir, "bon", SIREN_NCA, BON + regle("Ancienne", "A", "Dossier( ancienneteMois >= 24 )")
                + regle("Hebergee", "H", "Situation( )"));
        CotationEngine e = Moteurs.depuis(dir);
        assertEquals(List.of(), e.problemesPacks());
        Demande d = Demandes.pour(NICE).deposeeLe(EVALUATION.minusMonths(40))
                .logeEn(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, NICE, Preuve.DECLAREE).build();
        CotationResult premiere = e.coter(d, EVALUATION);
        assertEquals(Cotation.Statut.COTEE, commune(premiere, NICE).statut());
        for (int i = 0; i < 50; i++) {
            assertEquals(premiere, e.coter(d, EVALUATION), "scoring " + i);
        }
    }
}
