package fr.cotation.equite;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Cotitulaire;
import fr.cotation.demande.Dalo;
import fr.cotation.demande.Demande;
import fr.cotation.demande.EnfantEnGarde;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.Menage;
import fr.cotation.demande.Motif;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.PropositionRefusee;
import fr.cotation.demande.SituationDeclaree;
import fr.cotation.demande.Typologie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A mutable copy of every field of a demande, to derive variants and shrink counterexamples. */
final class Brouillon {
    String numeroUnique;
    LocalDate dateDepot;
    LocalDate dateRenouvellement;
    Adulte demandeur;
    final List<Cotitulaire> cotitulaires;
    final List<PersonneACharge> personnesACharge;
    int naissancesAttendues;
    final List<EnfantEnGarde> enfantsEnGarde;
    LogementActuel logement;
    final List<Motif> motifs;
    final List<Typologie> typologies;
    final List<String> communes;
    Dalo dalo;
    Preuve labelPdalhpd;
    Handicap handicap;
    final List<PropositionRefusee> refus;
    boolean mutation;
    final List<SituationDeclaree> situations;

    Brouillon(Demande d) {
        numeroUnique = d.numeroUnique();
        dateDepot = d.dateDepot();
        dateRenouvellement = d.dateRenouvellement();
        Menage m = d.menage();
        demandeur = m == null ? null : m.demandeur();
        cotitulaires = new ArrayList<>(m == null ? List.of() : m.cotitulaires());
        personnesACharge = new ArrayList<>(m == null ? List.of() : m.personnesACharge());
        naissancesAttendues = m == null ? 0 : m.naissancesAttendues();
        enfantsEnGarde = new ArrayList<>(m == null ? List.of() : m.enfantsEnGarde());
        logement = d.logementActuel();
        motifs = new ArrayList<>(d.motifs());
        typologies = new ArrayList<>(d.typologies());
        communes = new ArrayList<>(d.communesSouhaitees());
        dalo = d.dalo();
        labelPdalhpd = d.labelPdalhpd();
        handicap = d.handicap();
        refus = new ArrayList<>(d.refus());
        mutation = d.mutation();
        situations = new ArrayList<>(d.situations());
    }

    Demande demande() {
        return new Demande(numeroUnique, dateDepot, dateRenouvellement,
                new Menage(demandeur, cotitulaires, personnesACharge, naissancesAttendues, enfantsEnGarde), logement,
                motifs, typologies, communes, dalo, labelPdalhpd, handicap, refus, mutation, situations);
    }

    /** The adults, demandeur first. */
    List<Adulte> adultes() {
        List<Adulte> a = new ArrayList<>();
        a.add(demandeur);
        cotitulaires.forEach(c -> a.add(c.personne()));
        return a;
    }

    /** Replaces adult {@code i} (0 is the demandeur). */
    void adulte(int i, Adulte a) {
        if (i == 0) {
            demandeur = a;
        } else {
            cotitulaires.set(i - 1, new Cotitulaire(a, cotitulaires.get(i - 1).lien()));
        }
    }
}
