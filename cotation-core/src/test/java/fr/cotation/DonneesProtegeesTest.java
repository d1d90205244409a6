package fr.cotation;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Civilite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.Nationalite;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Sexe;
import fr.cotation.demande.StatutDalo;
import fr.cotation.testing.Demandes;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.testing.Moteurs;
import fr.cotation.testing.Registre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.ANTIBES;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Verif.commune;
import static fr.cotation.testing.Verif.points;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The protected data of code pénal art. 225-1 (name, first name, sex, nationality, civility, birth place) never
 * changes a result.
 */
class DonneesProtegeesTest {
    private static final CotationEngine ENGINE = Moteurs.packs("territoires");

    private static Demande avec(Identite demandeur, Identite conjoint, Identite enfant) {
        return Demandes.pour(NICE, ANTIBES)
                .deposeeLe(EVALUATION.minusMonths(31))
                .demandeur(Demandes.adulte().avecIdentite(demandeur))
                .cotitulaire(Adulte.neLe(LocalDate.of(1988, 9, 2)).avecIdentite(conjoint), LienDemandeur.CONJOINT)
                .personneACharge(new PersonneACharge(enfant, LocalDate.of(2016, 3, 1), LienParente.ENFANT))
                .dalo(StatutDalo.ACTIF, LocalDate.of(2024, 5, 1), Preuve.VALIDEE)
                .build();
    }

    @Test
    void identitiesDoNotChangeTheResult() {
        Demande a = avec(new Identite("Martin", "Jean", Civilite.MONSIEUR, Sexe.MASCULIN, Nationalite.FRANCAISE, "Nice"),
                new Identite("Martin", "Claire", Civilite.MADAME, Sexe.FEMININ, Nationalite.FRANCAISE, "Lyon"),
                new Identite("Martin", "Hugo", null, Sexe.MASCULIN, Nationalite.FRANCAISE, "Nice"));
        Demande b = avec(new Identite("Benali", "Aïcha", Civilite.MADAME, Sexe.FEMININ, Nationalite.HORS_UNION_EUROPEENNE, "Alger"),
                new Identite("Nowak", "Piotr", Civilite.MONSIEUR, Sexe.MASCULIN, Nationalite.UNION_EUROPEENNE, "Varsovie"),
                new Identite("Benali", "Yasmine", null, Sexe.FEMININ, Nationalite.HORS_UNION_EUROPEENNE, "Nice"));
        Demande inconnue = avec(Identite.INCONNUE, Identite.INCONNUE, Identite.INCONNUE);
        assertNotEquals(a, b);

        CotationResult r = ENGINE.coter(a, EVALUATION);
        assertEquals(r, ENGINE.coter(b, EVALUATION));
        assertEquals(r, ENGINE.coter(inconnue, EVALUATION));
        // Nice: 24 (31 months, capped) + DALO 100 + taux 30 % 10 + lives in Nice 10; Antibes: 60 + DALO 80
        points("144", commune(r, NICE).total());
        points("140", commune(r, ANTIBES).total());
    }

    @Test
    void protectedFieldsOfGeneratedDemandesDoNotChangeAnyResult() {
        GenerateurDemandes g = GenerateurDemandes.builder().graine(225_1L).dateEvaluation(EVALUATION)
                .communes(Registre.referentiel(), Registre.SIREN_NCA, Registre.SIREN_CASA, Registre.SIREN_CARF)
                .communes(List.of(Registre.PARIS))
                .build();
        List<Demande> demandes = g.liste(300);
        for (Demande d : demandes) {
            Demande autre = g.autresIdentites(d);
            assertNotEquals(d.menage().demandeur().identite(), autre.menage().demandeur().identite());
            assertEquals(ENGINE.coter(d, EVALUATION), ENGINE.coter(autre, EVALUATION), d.numeroUnique());
        }
    }
}
