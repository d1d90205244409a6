package fr.cotation.testing;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;

import java.time.LocalDate;

/** Demandes for the tests, each test changing only what it is about. */
public final class Demandes {
    /** The evaluation date of every test. */
    public static final LocalDate EVALUATION = LocalDate.of(2025, 6, 30);

    private Demandes() {
    }

    /**
     * A valid demande that meets no criterion of the test packs except the ones it is given: a single adult of
     * 40, on a CDI in Nice, earning 2,000 € a month, renting privately in Nice a T2 of 45 m² for 600 € (taux
     * d'effort 30 %), filed exactly 10 months before {@link #EVALUATION}, wishing a T2 in Nice.
     */
    public static Demande.Builder base() {
        return pour(Registre.NICE);
    }

    /** {@link #base()} wishing these communes instead of Nice. */
    public static Demande.Builder pour(String... communes) {
        return Demande.builder()
                .numeroUnique("0060124000042G0601")
                .deposeeLe(EVALUATION.minusMonths(10))
                .demandeur(adulte())
                .logeEn(ModeleLogement.LOCATAIRE_PRIVE, Registre.NICE, 600, 1, Typologie.T2, 45)
                .typologies(Typologie.T2)
                .communesSouhaitees(communes);
    }

    /** The demandeur of {@link #base()}. */
    public static Adulte adulte() {
        return Adulte.neLe(LocalDate.of(1985, 4, 12))
                .avecSituationProfessionnelle(TypeContrat.CDI, Registre.NICE)
                .avecRessource(NatureRessource.SALAIRE, 2000);
    }
}
