package fr.cotation.examples;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Typologie;

import java.time.LocalDate;

/** The embedding example of the README, kept compiling and tested. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static CotationResult run() {
        CotationEngine engine = CotationEngine.builder().build();             // the packs found on the classpath
        Demande demande = Demande.builder()
                .numeroUnique("0060622091500001A0601").deposeeLe(LocalDate.of(2022, 9, 15))
                .demandeur(Adulte.neLe(LocalDate.of(1988, 5, 12)).avecRessource(NatureRessource.SALAIRE, 1600))
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, "06088", 760, 3, Typologie.T2, 38)
                .typologies(Typologie.T3).communesSouhaitees("06088", "06123").build();
        CotationResult result = engine.coter(demande, LocalDate.of(2025, 6, 30));  // no hidden clock
        result.cotations().forEach(c -> System.out.println(c.nomCommune() + " : " + c.total() + " points"));
        return result;
    }

    public static void main(String[] args) {
        run();
    }
}
