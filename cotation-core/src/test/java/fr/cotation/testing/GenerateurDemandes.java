package fr.cotation.testing;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Civilite;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Cotitulaire;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.Menage;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Nationalite;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.Sexe;
import fr.cotation.demande.SituationFamiliale;
import fr.cotation.demande.SituationProfessionnelle;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.Situations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates valid, varied demandes from a seed (same seed, same demandes): households, housing, motifs, declared
 * situations, refusals, DALO, 1 to 5 wished communes among the test registry's and Paris (outside the registry).
 */
public final class GenerateurDemandes {
    private static final List<String> COMMUNES = List.of(Registre.NICE, Registre.CAGNES, Registre.SAINT_LAURENT,
            Registre.ANTIBES, Registre.VALLAURIS, Registre.BIOT, Registre.MENTON, Registre.PARIS);
    private static final List<String> DECLARABLES = Situations.catalogue().toutes().stream()
            .filter(s -> s.origine() == DefinitionSituation.Origine.DECLAREE).map(DefinitionSituation::code).toList();
    private static final String[] NOMS = {"Martin", "Benali", "Nguyen", "Rossi", "Diallo", "Dupont", "Kowalski", "Garcia"};
    private static final String[] PRENOMS = {"Camille", "Mohamed", "Léa", "Yusuf", "Inès", "Jean", "Aïcha", "Luca"};
    private static final String[] LIEUX = {"Nice", "Alger", "Dakar", "Hanoï", "Turin", "Lyon", "Varsovie", "Tunis"};

    private final SplittableRandom rnd;
    private final LocalDate evaluation;

    public GenerateurDemandes(long graine, LocalDate evaluation) {
        this.rnd = new SplittableRandom(graine);
        this.evaluation = evaluation;
    }

    /** The next {@code n} demandes. */
    public List<Demande> demandes(int n) {
        List<Demande> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(demande(i));
        }
        return l;
    }

    /**
     * A copy of {@code d} in which every protected field differs: the civil identity (name, first name, civility, sex,
     * nationality, birth place) of every adult and dependant, and the free-text profession.
     */
    public Demande autresIdentites(Demande d) {
        Menage m = d.menage();
        Menage autre = new Menage(autreIdentite(m.demandeur()),
                m.cotitulaires().stream().map(c -> new Cotitulaire(autreIdentite(c.personne()), c.lien())).toList(),
                m.personnesACharge().stream().map(p -> new PersonneACharge(identite(), p.dateNaissance(), p.lien())).toList(),
                m.naissancesAttendues(), m.enfantsEnGarde());
        return new Demande(d.numeroUnique(), d.dateDepot(), d.dateRenouvellement(), autre, d.logementActuel(), d.motifs(),
                d.typologies(), d.communesSouhaitees(), d.dalo(), d.labelPdalhpd(), d.handicap(), d.refus(), d.mutation(),
                d.situations());
    }

    private Adulte autreIdentite(Adulte a) {
        SituationProfessionnelle sp = a.situationProfessionnelle();
        return new Adulte(identite(), a.dateNaissance(), a.situationFamiliale(), sp == null ? null
                : new SituationProfessionnelle(sp.contrat(), sp.communeTravail(), "profession " + rnd.nextInt(1000)),
                a.ressources(), a.revenusFiscaux());
    }

    private Identite identite() {
        return new Identite(un(NOMS), un(PRENOMS), un(Civilite.values()), un(Sexe.values()), un(Nationalite.values()), un(LIEUX));
    }

    private Demande demande(int i) {
        LocalDate depot = evaluation.minusDays(rnd.nextInt(0, 3650));
        Demande.Builder b = Demande.builder()
                .numeroUnique(String.format("0060%02d%02d%06dG0601", depot.getMonthValue(), depot.getYear() % 100, i))
                .deposeeLe(depot);
        if (rnd.nextBoolean()) {
            b.renouveleeLe(entre(depot, evaluation));
        }
        b.demandeur(adulte(1945, 2006));
        if (rnd.nextInt(10) < 4) {
            b.cotitulaire(adulte(1945, 2006), un(LienDemandeur.values()));
        }
        int enfants = rnd.nextInt(0, 5);
        for (int k = 0; k < enfants; k++) {
            b.personneACharge(new PersonneACharge(identite(), naissance(2000, 2025), rnd.nextInt(10) == 0 ? LienParente.AUTRE
                    : LienParente.ENFANT));
        }
        if (rnd.nextInt(10) == 0) {
            b.personneACharge(new PersonneACharge(identite(), naissance(1935, 1960), LienParente.PARENT));
        }
        b.naissancesAttendues(rnd.nextInt(10) == 0 ? 1 : 0);
        for (int k = rnd.nextInt(0, 3) - 1; k > 0; k--) {
            b.enfantEnGarde(naissance(2008, 2024), un(Coparentalite.values()));
        }
        ModeleLogement modele = un(ModeleLogement.values());
        String residence = rnd.nextInt(8) == 0 ? null : un(COMMUNES);
        Preuve preuveLogement = un(Preuve.values());
        boolean loue = modele == ModeleLogement.LOCATAIRE_HLM || modele == ModeleLogement.LOCATAIRE_PRIVE
                || modele == ModeleLogement.PROPRIETAIRE_OCCUPANT || modele == ModeleLogement.LOGEMENT_DE_FONCTION;
        if (loue) {
            BigDecimal loyer = modele == ModeleLogement.PROPRIETAIRE_OCCUPANT ? null : montant(150, 1400);
            b.logementActuel(new LogementActuel(modele, residence, loyer, rnd.nextInt(1, 9), un(Typologie.values()),
                    BigDecimal.valueOf(rnd.nextInt(90, 1300), 1), null, preuveLogement));
        } else {
            b.logeEn(modele, residence, preuveLogement);
        }
        b.mutation(modele == ModeleLogement.LOCATAIRE_HLM && rnd.nextBoolean());
        Set<MotifDemande> motifs = new LinkedHashSet<>();
        for (int k = rnd.nextInt(0, 4); k > 0; k--) {
            motifs.add(un(MotifDemande.values()));
        }
        motifs.forEach(m -> b.motif(m, un(Preuve.values())));
        b.typologies(un(Typologie.values()));
        if (rnd.nextBoolean()) {
            b.typologies(un(Typologie.values()));
        }
        List<String> communes = new ArrayList<>(COMMUNES);
        for (int k = communes.size() - 1; k > 0; k--) {
            java.util.Collections.swap(communes, k, rnd.nextInt(k + 1));
        }
        b.communesSouhaitees(communes.subList(0, rnd.nextInt(1, 6)).toArray(String[]::new));
        if (rnd.nextInt(10) == 0) {
            b.dalo(StatutDalo.ACTIF, entre(depot, evaluation), un(Preuve.values()));
        }
        if (rnd.nextInt(10) == 0) {
            b.labelPdalhpd(un(Preuve.values()));
        }
        if (rnd.nextInt(10) == 0) {
            b.handicap(new Handicap(rnd.nextBoolean(), null, null, un(Preuve.values())));
        }
        for (int k = rnd.nextInt(0, 5) - 1; k > 0; k--) {
            b.refus(entre(depot, evaluation), rnd.nextInt(3) == 0);
        }
        Set<String> situations = new LinkedHashSet<>();
        for (int k = rnd.nextInt(0, 4) - 1; k > 0; k--) {
            situations.add(un(DECLARABLES));
        }
        situations.forEach(s -> b.situation(s, un(Preuve.values())));
        return b.build();
    }

    private Adulte adulte(int de, int a) {
        TypeContrat contrat = rnd.nextInt(6) == 0 ? null : un(TypeContrat.values());
        String travail = contrat == null || rnd.nextInt(3) == 0 ? null : un(COMMUNES);
        List<Ressource> ressources = new ArrayList<>();
        for (int k = rnd.nextInt(0, 4); k > 0; k--) {
            ressources.add(new Ressource(un(NatureRessource.values()), montant(0, 2600)));
        }
        return new Adulte(identite(), naissance(de, a), un(SituationFamiliale.values()),
                contrat == null ? null : new SituationProfessionnelle(contrat, travail, null), ressources, List.of());
    }

    /** Euros and cents between {@code min} and {@code max}. */
    private BigDecimal montant(int min, int max) {
        return BigDecimal.valueOf(rnd.nextLong(min * 100L, max * 100L + 1), 2);
    }

    private LocalDate naissance(int de, int a) {
        LocalDate d = LocalDate.of(de, 1, 1).plusDays(rnd.nextInt(0, (a - de + 1) * 365));
        return d.isAfter(evaluation) ? evaluation : d;
    }

    private LocalDate entre(LocalDate debut, LocalDate fin) {
        long jours = ChronoUnit.DAYS.between(debut, fin);
        return debut.plusDays(jours == 0 ? 0 : rnd.nextLong(0, jours + 1));
    }

    private <T> T un(T[] valeurs) {
        return valeurs[rnd.nextInt(valeurs.length)];
    }

    private <T> T un(List<T> valeurs) {
        return valeurs.get(rnd.nextInt(valeurs.size()));
    }
}
