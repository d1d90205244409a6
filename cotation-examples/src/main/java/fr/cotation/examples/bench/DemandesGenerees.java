package fr.cotation.examples.bench;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.CapaciteMarche;
import fr.cotation.demande.Demande;
import fr.cotation.demande.EtatHandicap;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.SituationFamiliale;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A reproducible stock of valid demandes for the Métropole Nice Côte d'Azur, for the benchmarks only.
 *
 * <p>Demande {@code i} wishes exactly {@code 1 + i % 3} distinct communes of the Métropole (drawn from
 * {@link #COMMUNES_NICE}), so that the number of (demande, commune) scorings of a stock is known in advance:
 * {@link #paires(int)}. Everything else (household, resources, housing, motifs, declared situations,
 * DALO, handicap, refusals, about one demande de mutation in ten) is drawn from a {@link Random} with a fixed
 * seed, so that every run scores the same stock.
 */
public final class DemandesGenerees {
    /** Nice, Cagnes-sur-Mer, Saint-Laurent-du-Var, Vence, Carros: all covered by the nice-cote-azur pack. */
    public static final List<String> COMMUNES_NICE = List.of("06088", "06027", "06123", "06157", "06033");

    /** The evaluation date of every benchmark (the demo's date). */
    public static final LocalDate DATE = LocalDate.of(2025, 6, 30);

    /** The seed of the benchmark stock. */
    public static final long GRAINE = 20250630L;

    private static final List<String> SITUATIONS_DECLAREES = List.of("PROFESSION_ESSENTIELLE", "JEUNE_EN_INSERTION",
            "VIOLENCES_CONJUGALES", "SORTIE_ASE", "DIFFICULTES_FINANCIERES_INSERTION", "REPRISE_ACTIVITE", "FRAUDE",
            "INCIVILITES");

    private static final ModeleLogement[] MODELES_SANS_LOYER = {ModeleLogement.SANS_ABRI,
            ModeleLogement.STRUCTURE_HEBERGEMENT, ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, ModeleLogement.CHEZ_PARTICULIER,
            ModeleLogement.HOTEL, ModeleLogement.SOUS_LOCATAIRE_OU_HEBERGE_TEMPORAIRE, ModeleLogement.RESIDENCE_SOCIALE};

    private DemandesGenerees() {
    }

    /** The number of (demande, commune) pairs in a stock of {@code n} demandes: 1, 2, 3, 1, 2, 3... */
    public static int paires(int n) {
        return n + (n / 3) * 3 + (n % 3 == 2 ? 1 : 0);
    }

    /** {@code n} valid demandes, the same for a given seed. */
    public static List<Demande> generer(long graine, int n) {
        Random r = new Random(graine);
        List<Demande> demandes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            demandes.add(demande(r, i));
        }
        return List.copyOf(demandes);
    }

    private static Demande demande(Random r, int i) {
        LocalDate depot = DATE.minusDays(1 + r.nextInt(365 * 8));
        Demande.Builder b = Demande.builder().numeroUnique(String.format("00606%08dA0601", i)).deposeeLe(depot);
        if (r.nextInt(3) > 0) {
            long jours = java.time.temporal.ChronoUnit.DAYS.between(depot, DATE);
            b.renouveleeLe(depot.plusDays(jours <= 1 ? 0 : r.nextInt((int) jours)));
        }

        // the household
        boolean couple = r.nextInt(10) < 4;
        LocalDate naissance = DATE.minusYears(19 + r.nextInt(65)).minusDays(r.nextInt(365));
        String communeResidence = COMMUNES_NICE.get(r.nextInt(COMMUNES_NICE.size()));
        Adulte demandeur = adulte(r, naissance, couple ? null
                : SituationFamiliale.values()[r.nextInt(SituationFamiliale.values().length)]);
        b.demandeur(demandeur);
        if (couple) {
            LienDemandeur lien = LienDemandeur.values()[r.nextInt(3)]; // CONJOINT, PACSE, CONCUBIN
            b.cotitulaire(adulte(r, naissance.plusDays(r.nextInt(3000) - 1500), null), lien);
        }
        int enfants = r.nextInt(4);
        for (int k = 0; k < enfants; k++) {
            b.enfant(DATE.minusDays(30 + r.nextInt(365 * 17)));
        }
        int occupants = 1 + (couple ? 1 : 0) + enfants;

        // the current housing, the motifs
        boolean mutation = r.nextInt(10) == 0;
        if (mutation) {
            Typologie actuel = Typologie.values()[Math.min(1 + r.nextInt(4), Typologie.values().length - 1)];
            b.logeEn(ModeleLogement.LOCATAIRE_HLM, communeResidence, 350 + r.nextInt(450), occupants, actuel,
                    25 + 15 * actuel.ordinal() + r.nextInt(15));
            b.mutation(true);
            b.motif(r.nextBoolean() ? MotifDemande.LOGEMENT_TROP_PETIT : MotifDemande.LOGEMENT_TROP_GRAND);
        } else if (r.nextBoolean()) {
            Typologie actuel = Typologie.values()[Math.min(r.nextInt(4), Typologie.values().length - 1)];
            b.logeEn(ModeleLogement.LOCATAIRE_PRIVE, communeResidence, 500 + r.nextInt(900), occupants, actuel,
                    15 + 15 * actuel.ordinal() + r.nextInt(20));
            b.motif(MotifDemande.LOGEMENT_TROP_CHER, preuve(r));
            if (r.nextBoolean()) {
                b.motif(MotifDemande.LOGEMENT_TROP_PETIT);
            }
        } else {
            ModeleLogement m = MODELES_SANS_LOYER[r.nextInt(MODELES_SANS_LOYER.length)];
            b.logeEn(m, communeResidence, preuve(r));
            b.motif(m == ModeleLogement.CHEZ_PARENTS_OU_ENFANTS ? MotifDemande.DECOHABITATION : MotifDemande.SANS_LOGEMENT,
                    preuve(r));
        }
        if (r.nextInt(8) == 0) {
            b.motif(MotifDemande.VIOLENCES_FAMILIALES, preuve(r));
        }
        if (r.nextInt(6) == 0) {
            b.motif(MotifDemande.RAPPROCHEMENT_TRAVAIL);
        }

        // what is sought
        int taille = Math.min(1 + occupants / 2, 4);
        b.typologies(Typologie.values()[Math.min(taille, Typologie.values().length - 1)]);
        List<String> communes = new ArrayList<>(COMMUNES_NICE);
        Collections.shuffle(communes, r);
        b.communesSouhaitees(communes.subList(0, 1 + i % 3).toArray(String[]::new));

        // the rest of the form
        if (r.nextInt(12) == 0) {
            b.dalo(StatutDalo.ACTIF, DATE.minusDays(1 + r.nextInt(700)), Preuve.VALIDEE);
        }
        if (r.nextInt(10) == 0) {
            b.handicap(new Handicap(r.nextInt(3) == 0,
                    CapaciteMarche.values()[r.nextInt(CapaciteMarche.values().length)],
                    EtatHandicap.values()[r.nextInt(EtatHandicap.values().length)], preuve(r)));
            b.motif(MotifDemande.HANDICAP, preuve(r));
        }
        int refus = r.nextInt(10) < 2 ? 1 + r.nextInt(3) : 0;
        long joursDepuisDepot = java.time.temporal.ChronoUnit.DAYS.between(depot, DATE);
        for (int k = 0; k < refus; k++) {
            b.refus(depot.plusDays(r.nextInt((int) Math.max(1, joursDepuisDepot))), r.nextBoolean());
        }
        if (r.nextInt(4) == 0) {
            b.situation(SITUATIONS_DECLAREES.get(r.nextInt(SITUATIONS_DECLAREES.size())), preuve(r));
        }
        return b.build();
    }

    private static Adulte adulte(Random r, LocalDate naissance, SituationFamiliale sf) {
        TypeContrat contrat = TypeContrat.values()[r.nextInt(TypeContrat.values().length)];
        Adulte a = Adulte.neLe(naissance).avecSituationProfessionnelle(contrat,
                contrat == TypeContrat.CDI || contrat == TypeContrat.CDD || contrat == TypeContrat.APPRENTI
                        ? COMMUNES_NICE.get(r.nextInt(COMMUNES_NICE.size())) : null);
        if (sf != null) {
            a = a.avecSituationFamiliale(sf);
        }
        NatureRessource nature = switch (contrat) {
            case CDI, CDD, ARTISAN, APPRENTI -> NatureRessource.SALAIRE;
            case CHOMAGE -> NatureRessource.CHOMAGE;
            case RETRAITE -> NatureRessource.RETRAITE;
            case ETUDIANT -> NatureRessource.BOURSE_ETUDIANT;
            default -> NatureRessource.RSA;
        };
        a = a.avecRessource(nature, 400 + r.nextInt(1800));
        if (r.nextInt(4) == 0) {
            a = a.avecRessource(NatureRessource.ALLOCATIONS_FAMILIALES, 100 + r.nextInt(300));
        }
        return a;
    }

    private static Preuve preuve(Random r) {
        return Preuve.values()[r.nextInt(Preuve.values().length)];
    }
}
