package fr.cotation.attribution;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.RevenuFiscal;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Registre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-built households and dwellings for the attribution tests (evaluation date {@link Demandes#EVALUATION}). */
final class Menages {
    /** Revenu fiscal year N-2 at {@link Demandes#EVALUATION} (2025). */
    static final int N2 = 2023;

    private Menages() {
    }

    /** An adult born in 1985, on a CDI, earning {@code mensuel} a month, with a revenu fiscal N-2 of {@code rfrN2}. */
    static Adulte adulte(double mensuel, Integer rfrN2) {
        return adulte(LocalDate.of(1985, 4, 12), mensuel, rfrN2 == null ? List.of()
                : List.of(new RevenuFiscal(N2, BigDecimal.valueOf(rfrN2))));
    }

    static Adulte adulte(LocalDate naissance, double mensuel, List<RevenuFiscal> rfr) {
        Adulte a = Adulte.neLe(naissance).avecSituationProfessionnelle(TypeContrat.CDI, Registre.NICE)
                .avecRessource(NatureRessource.SALAIRE, mensuel);
        return new Adulte(a.identite(), a.dateNaissance(), null, a.situationProfessionnelle(), a.ressources(), rfr);
    }

    /** {@link Demandes#base()} (a person alone wishing a T2 in Nice) with these resources. */
    static Demande.Builder seul(double mensuel, Integer rfrN2) {
        return Demandes.base().demandeur(adulte(mensuel, rfrN2));
    }

    /** A PLUS T2 in Nice, ground floor, 600 € + 50 €, not reserved. */
    static Logement.Builder t2Nice() {
        return Logement.builder().reference("NICE-T2").commune(Registre.NICE).typologie(Typologie.T2).surface(48)
                .etage(0, false).loyer(600, 50).financement(Financement.PLUS);
    }
}
