package fr.cotation.generation;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.CapaciteMarche;
import fr.cotation.demande.Civilite;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.EtatHandicap;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Nationalite;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.RevenuFiscal;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The drawing of one demande. Every share used here is in the table of {@code docs/generation.md}; keep both in step.
 */
final class Tirage {
    /** Mean ancienneté in days: an exponential of mean 24 months puts about 15 % of demandes beyond 45 months. */
    static final double ANCIENNETE_MOYENNE_JOURS = 730;
    /** Ancienneté is capped just under 10 years. */
    static final int ANCIENNETE_MAX_JOURS = 3_640;

    enum Composition { SEUL, MONOPARENTAL, COUPLE_AVEC_ENFANTS, COUPLE_SANS_ENFANT, COLOCATION, SEUL_AVEC_PARENT }

    private static final Composition[] COMPOSITIONS = Composition.values();
    private static final double[] POIDS_COMPOSITIONS = {40, 25, 20, 11, 1.5, 2.5};

    /** Age bands {from, to, weight} of the demandeur, by composition. */
    private static final int[][][] AGES = {
            {{18, 24, 12}, {25, 34, 20}, {35, 44, 16}, {45, 54, 18}, {55, 64, 17}, {65, 74, 11}, {75, 90, 6}},
            {{19, 24, 6}, {25, 34, 32}, {35, 44, 38}, {45, 54, 20}, {55, 60, 4}},
            {{20, 24, 4}, {25, 34, 35}, {35, 44, 40}, {45, 54, 18}, {55, 62, 3}},
            {{18, 24, 10}, {25, 34, 30}, {35, 44, 10}, {45, 54, 12}, {55, 64, 18}, {65, 74, 13}, {75, 90, 7}},
            {{18, 24, 40}, {25, 34, 40}, {35, 44, 20}},
            {{30, 44, 30}, {45, 54, 40}, {55, 64, 30}},
    };

    /** Children of a family: 1 to 6, weights. */
    private static final double[] POIDS_ENFANTS = {0, 40, 33, 17, 7, 2, 1};

    private static final ModeleLogement[] MODELES = {ModeleLogement.LOCATAIRE_HLM, ModeleLogement.LOCATAIRE_PRIVE,
            ModeleLogement.CHEZ_PARENTS_OU_ENFANTS, ModeleLogement.CHEZ_PARTICULIER,
            ModeleLogement.SOUS_LOCATAIRE_OU_HEBERGE_TEMPORAIRE, ModeleLogement.STRUCTURE_HEBERGEMENT,
            ModeleLogement.RESIDENCE_SOCIALE, ModeleLogement.LOGE_A_TITRE_GRATUIT, ModeleLogement.PROPRIETAIRE_OCCUPANT,
            ModeleLogement.HOTEL, ModeleLogement.SANS_ABRI, ModeleLogement.SQUAT, ModeleLogement.CAMPING_CARAVANING,
            ModeleLogement.LOGEMENT_DE_FONCTION, ModeleLogement.RESIDENCE_ETUDIANT,
            ModeleLogement.CENTRE_ENFANCE_FAMILLE, ModeleLogement.RESIDENCE_HOTELIERE_SOCIALE};
    private static final double[] POIDS_MODELES = {27, 35.5, 14, 4, 2, 3, 3, 2, 2.5, 1, 1.5, 0.5, 1, 1, 1, 0.5, 0.5};

    /** Without stable housing: homeless, squat, hotel, camping, shelters, temporary housing, hosted by a third party. */
    static final Set<ModeleLogement> SANS_LOGEMENT_STABLE = Set.of(ModeleLogement.SANS_ABRI, ModeleLogement.SQUAT,
            ModeleLogement.HOTEL, ModeleLogement.CAMPING_CARAVANING, ModeleLogement.STRUCTURE_HEBERGEMENT,
            ModeleLogement.RESIDENCE_SOCIALE, ModeleLogement.RESIDENCE_HOTELIERE_SOCIALE,
            ModeleLogement.SOUS_LOCATAIRE_OU_HEBERGE_TEMPORAIRE, ModeleLogement.CENTRE_ENFANCE_FAMILLE,
            ModeleLogement.CHEZ_PARTICULIER);

    /** Dwellings with a rent (or none for the owner), a type, a surface and occupants. */
    private static final Set<ModeleLogement> LOGEMENTS_ORDINAIRES = Set.of(ModeleLogement.LOCATAIRE_HLM,
            ModeleLogement.LOCATAIRE_PRIVE, ModeleLogement.PROPRIETAIRE_OCCUPANT, ModeleLogement.LOGEMENT_DE_FONCTION);

    /** Surfaces in m², {min, max}, by index of {@link Typologie} (chambre, T1 ... T6 et plus). */
    private static final int[][] SURFACES = {{9, 15}, {18, 32}, {34, 50}, {52, 72}, {68, 90}, {85, 110}, {105, 140}};

    /** Wished communes: 1 to 8, weights. */
    private static final double[] POIDS_NOMBRE_COMMUNES = {0, 25, 18, 17, 12, 10, 7, 5, 6};

    private static final double[] POIDS_PREUVE_MOTIF = {70, 25, 5};
    private static final double[] POIDS_PREUVE_SITUATION = {50, 35, 15};
    private static final double[] POIDS_PREUVE_PRIORITE = {10, 30, 60};
    private static final Preuve[] PREUVES = {Preuve.DECLAREE, Preuve.JUSTIFIEE, Preuve.VALIDEE};

    private static final Set<String> DECLARABLES = Situations.catalogue().toutes().stream()
            .filter(s -> s.origine() == DefinitionSituation.Origine.DECLAREE).map(DefinitionSituation::code)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final String[] PROFESSIONS = {"agent d'entretien", "aide-soignant", "vendeur", "cuisinier",
            "chauffeur-livreur", "employé administratif", "agent de sécurité", "serveur", "infirmier", "maçon",
            "assistant maternel", "technicien", "enseignant", "caissier", "manutentionnaire", "auxiliaire de vie"};
    private static final Set<String> PROFESSIONS_ESSENTIELLES = Set.of("aide-soignant", "infirmier",
            "agent de sécurité", "auxiliaire de vie");

    private static final String[] SYLLABES = {"ba", "be", "bo", "da", "de", "di", "do", "fa", "fe", "fo", "ga", "go",
            "ka", "ki", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "po", "ra", "re",
            "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "za", "zo"};
    private static final String[] FINALES = {"", "", "n", "r", "l", "t", "s", "nd", "rt"};

    private final GenerateurDemandes generateur;
    private final SplittableRandom rnd;
    private final long index;
    private final LocalDate date;

    Tirage(GenerateurDemandes generateur, SplittableRandom rnd, long index) {
        this.generateur = generateur;
        this.rnd = rnd;
        this.index = index;
        this.date = generateur.dateEvaluation();
    }

    Demande demande() {
        // ancienneté and renewals (StrictMath: the same days on every JVM and processor)
        long jours = Math.min(ANCIENNETE_MAX_JOURS, (long) (-StrictMath.log(1 - rnd.nextDouble()) * ANCIENNETE_MOYENNE_JOURS));
        LocalDate depot = date.minusDays(jours);
        LocalDate renouvellement = renouvellement(depot);

        // communes: home bassin, neighbours
        int maison = generateur.bassin(rnd.nextDouble());
        Bassin bassin = generateur.bassinPondere(maison);
        Bassin voisines = generateur.voisines(maison);

        // household
        Composition composition = COMPOSITIONS[parmi(POIDS_COMPOSITIONS)];
        boolean couple = composition == Composition.COUPLE_AVEC_ENFANTS || composition == Composition.COUPLE_SANS_ENFANT;
        int ageDemandeur = age(AGES[composition.ordinal()]);
        int enfants = switch (composition) {
            case MONOPARENTAL, COUPLE_AVEC_ENFANTS -> parmi(POIDS_ENFANTS);
            default -> 0;
        };
        boolean handicap = chance(ageDemandeur >= 60 ? 0.10 : 0.04);
        boolean violences = !couple && composition != Composition.COLOCATION && chance(0.028);

        Sexe sexeDemandeur = composition == Composition.MONOPARENTAL || violences ? (chance(0.85) ? Sexe.FEMININ
                : Sexe.MASCULIN) : (chance(0.52) ? Sexe.FEMININ : Sexe.MASCULIN);
        Identite identiteDemandeur = identite(sexeDemandeur, null, ageDemandeur < 30);
        String nomFamille = identiteDemandeur.nom();

        List<PersonneACharge> personnes = new ArrayList<>();
        int mineurs = 0;
        for (int k = 0; k < enfants; k++) {
            // the first child of a single parent is a minor; the others may be young adults still at home
            int ageMax = Math.min(k == 0 ? 17 : 20, ageDemandeur - 18);
            int ageEnfant = rnd.nextInt(0, Math.max(0, ageMax) + 1);
            mineurs += ageEnfant < 18 ? 1 : 0;
            LienParente lien = chance(0.03) ? LienParente.AUTRE : LienParente.ENFANT;
            if (k == 0) {
                lien = LienParente.ENFANT;
            }
            personnes.add(new PersonneACharge(enfantIdentite(nomFamille, identiteDemandeur.nationalite()),
                    naissance(ageEnfant), lien));
        }
        if (composition == Composition.SEUL_AVEC_PARENT) {
            int ageParent = Math.min(100, ageDemandeur + rnd.nextInt(20, 36));
            personnes.add(new PersonneACharge(identite(chance(0.7) ? Sexe.FEMININ : Sexe.MASCULIN,
                    nomFamille, false), naissance(ageParent), LienParente.PARENT));
        }
        int naissances = switch (composition) {
            case COUPLE_SANS_ENFANT -> chance(0.08) ? 1 : 0;
            case COUPLE_AVEC_ENFANTS -> chance(0.05) ? 1 : 0;
            case MONOPARENTAL -> chance(0.03) ? 1 : 0;
            case SEUL -> ageDemandeur < 40 && chance(0.02) ? 1 : 0;
            default -> 0;
        };
        List<fr.cotation.demande.EnfantEnGarde> enGarde = new ArrayList<>();
        double pGarde = composition == Composition.SEUL && ageDemandeur >= 25 && ageDemandeur < 60 ? 0.14
                : couple ? 0.03 : 0;
        if (chance(pGarde)) {
            Coparentalite cp = chance(0.3) ? Coparentalite.GARDE_ALTERNEE : Coparentalite.DROIT_DE_VISITE;
            for (int k = rnd.nextInt(1, 3); k > 0; k--) {
                int ageEnfant = rnd.nextInt(0, Math.max(0, Math.min(17, ageDemandeur - 19)) + 1);
                enGarde.add(new fr.cotation.demande.EnfantEnGarde(naissance(ageEnfant), cp));
            }
        }
        long alternee = enGarde.stream().filter(e -> e.coparentalite() == Coparentalite.GARDE_ALTERNEE).count();

        // adults: contracts and resources
        List<String> communesTravail = new ArrayList<>();
        List<Adulte> adultes = new ArrayList<>();
        SituationFamiliale sfDemandeur = situationFamiliale(composition, ageDemandeur, enfants + enGarde.size() > 0);
        adultes.add(adulte(identiteDemandeur, ageDemandeur, sfDemandeur, handicap, bassin, voisines, communesTravail));
        LienDemandeur lien = null;
        if (couple || composition == Composition.COLOCATION) {
            int ageCo = composition == Composition.COLOCATION ? Math.max(18, ageDemandeur + rnd.nextInt(-6, 7))
                    : Math.max(18, Math.min(95, ageDemandeur + (int) Math.round(rnd.nextDouble(-1, 1) * 6)));
            Sexe sexeCo = composition == Composition.COLOCATION ? (chance(0.5) ? Sexe.FEMININ : Sexe.MASCULIN)
                    : chance(0.95) ? (sexeDemandeur == Sexe.FEMININ ? Sexe.MASCULIN : Sexe.FEMININ) : sexeDemandeur;
            lien = composition == Composition.COLOCATION ? LienDemandeur.COLOCATAIRE
                    : new LienDemandeur[] {LienDemandeur.CONJOINT, LienDemandeur.PACSE, LienDemandeur.CONCUBIN}[
                    parmi(new double[] {45, 20, 35})];
            SituationFamiliale sfCo = switch (lien) {
                case CONJOINT -> SituationFamiliale.MARIE;
                case PACSE -> SituationFamiliale.PACSE;
                case CONCUBIN -> SituationFamiliale.CONCUBIN;
                default -> SituationFamiliale.CELIBATAIRE;
            };
            if (couple) {
                adultes.set(0, adultes.get(0).avecSituationFamiliale(sfCo));
            }
            adultes.add(adulte(identite(sexeCo, couple && chance(0.6) ? nomFamille : null, ageCo < 30), ageCo, sfCo,
                    false, bassin, voisines, communesTravail));
        }
        // family benefits and alimony, on the demandeur
        Adulte demandeur = adultes.get(0);
        if (enfants >= 2) {
            demandeur = demandeur.avecRessource(NatureRessource.ALLOCATIONS_FAMILIALES, enfants == 2 ? 148 : 338 + 190.0 * (enfants - 3));
        }
        if (personnes.stream().anyMatch(p -> p.lien() != LienParente.PARENT
                && ChronoUnit.YEARS.between(p.dateNaissance(), date) < 3) && chance(0.6)) {
            demandeur = demandeur.avecRessource(NatureRessource.PAJE, rnd.nextInt(184, 192));
        }
        if (composition == Composition.MONOPARENTAL && chance(0.35)) {
            demandeur = demandeur.avecRessource(NatureRessource.PENSION_ALIMENTAIRE_RECUE, rnd.nextInt(150, 451));
        }
        if (!enGarde.isEmpty() && chance(0.5)) {
            demandeur = demandeur.avecRessource(NatureRessource.PENSION_ALIMENTAIRE_VERSEE, rnd.nextInt(100, 351));
        }
        adultes.set(0, demandeur);
        BigDecimal ressources = BigDecimal.ZERO;
        for (Adulte a : adultes) {
            for (Ressource r : a.ressources()) {
                ressources = r.nature() == NatureRessource.PENSION_ALIMENTAIRE_VERSEE ? ressources.subtract(r.montantMensuel())
                        : ressources.add(r.montantMensuel());
            }
        }
        boolean actif = adultes.stream().anyMatch(a -> a.situationProfessionnelle() != null
                && a.situationProfessionnelle().enActivite());

        // current housing
        int habitants = adultes.size() + personnes.size() + (int) alternee;
        int besoin = besoin(couple, adultes.size(), enfants + naissances + (int) alternee
                + (composition == Composition.SEUL_AVEC_PARENT ? 1 : 0));
        ModeleLogement modele = MODELES[parmi(POIDS_MODELES)];
        if (modele == ModeleLogement.RESIDENCE_ETUDIANT && (ageDemandeur > 30 || enfants > 0)) {
            modele = ModeleLogement.LOCATAIRE_PRIVE;
        }
        if (modele == ModeleLogement.CENTRE_ENFANCE_FAMILLE && composition != Composition.MONOPARENTAL && ageDemandeur > 21) {
            modele = ModeleLogement.STRUCTURE_HEBERGEMENT;
        }
        if (modele == ModeleLogement.CHEZ_PARENTS_OU_ENFANTS && composition == Composition.SEUL_AVEC_PARENT) {
            modele = ModeleLogement.LOCATAIRE_PRIVE;
        }
        String residence = chance(0.08) ? null : chance(0.8) || voisines.estVide() ? bassin.tirer(rnd) : voisines.tirer(rnd);
        Preuve preuveLogement = PREUVES[parmi(POIDS_PREUVE_MOTIF)];
        int typeActuel = -1;
        BigDecimal loyer = null;
        LogementActuel logement;
        if (LOGEMENTS_ORDINAIRES.contains(modele)) {
            int ecart = new int[] {-2, -1, 0, 1, 2}[parmi(ageDemandeur >= 60 && enfants == 0
                    ? new double[] {2, 10, 48, 28, 12} : new double[] {5, 22, 50, 18, 5})];
            typeActuel = Math.max(0, Math.min(6, besoin + ecart));
            if (typeActuel == 0 && modele != ModeleLogement.LOCATAIRE_PRIVE) {
                typeActuel = 1;
            }
            int surface = rnd.nextInt(SURFACES[typeActuel][0], SURFACES[typeActuel][1] + 1);
            loyer = switch (modele) {
                case LOCATAIRE_PRIVE -> BigDecimal.valueOf(Math.round(surface * rnd.nextDouble(11, 18)));
                case LOCATAIRE_HLM -> BigDecimal.valueOf(Math.round(surface * rnd.nextDouble(5.5, 8.5)));
                case LOGEMENT_DE_FONCTION -> BigDecimal.valueOf(rnd.nextInt(0, 301));
                default -> null;
            };
            int occupants = habitants + (chance(0.05) ? 1 : 0);
            fr.cotation.demande.CategorieLogement categorie = chance(0.9) ? fr.cotation.demande.CategorieLogement.APPARTEMENT
                    : fr.cotation.demande.CategorieLogement.MAISON;
            logement = new LogementActuel(modele, residence, loyer, occupants, Typologie.values()[typeActuel],
                    BigDecimal.valueOf(surface), categorie, preuveLogement);
        } else {
            logement = new LogementActuel(modele, residence, null, null, null, null, null, preuveLogement);
        }
        boolean sansStable = SANS_LOGEMENT_STABLE.contains(modele);

        // motifs, consistent with the situation, 1 to 3
        Set<MotifDemande> motifs = new LinkedHashSet<>();
        if (violences) {
            motifs.add(MotifDemande.VIOLENCES_FAMILIALES);
        }
        if (sansStable || modele == ModeleLogement.CHEZ_PARENTS_OU_ENFANTS || modele == ModeleLogement.LOGE_A_TITRE_GRATUIT
                || modele == ModeleLogement.RESIDENCE_ETUDIANT) {
            if (modele == ModeleLogement.CHEZ_PARENTS_OU_ENFANTS && ageDemandeur < 35 && chance(0.5)) {
                motifs.add(MotifDemande.DECOHABITATION);
            }
            if (chance(0.85)) {
                motifs.add(MotifDemande.SANS_LOGEMENT);
            }
        }
        if (typeActuel >= 0 && typeActuel < besoin && chance(0.8)) {
            motifs.add(MotifDemande.LOGEMENT_TROP_PETIT);
        }
        if (typeActuel > besoin + 1 && chance(0.6)) {
            motifs.add(MotifDemande.LOGEMENT_TROP_GRAND);
        }
        if (loyer != null) {
            boolean cher = ressources.signum() <= 0 || loyer.doubleValue() > 0.35 * ressources.doubleValue();
            if (chance(cher ? 0.7 : 0.1)) {
                motifs.add(MotifDemande.LOGEMENT_TROP_CHER);
            }
        }
        if (modele == ModeleLogement.LOCATAIRE_PRIVE) {
            if (chance(0.07)) {
                motifs.add(MotifDemande.LOGEMENT_REPRIS);
            }
            if (chance(0.04)) {
                motifs.add(MotifDemande.PROCEDURE_EXPULSION);
            }
            if (chance(0.05)) {
                motifs.add(MotifDemande.LOGEMENT_NON_DECENT);
            }
        }
        if (modele == ModeleLogement.LOCATAIRE_HLM) {
            if (chance(0.03)) {
                motifs.add(MotifDemande.DEMOLITION);
            }
            if (chance(0.15)) {
                motifs.add(MotifDemande.PROBLEMES_ENVIRONNEMENT);
            }
            if (chance(0.01)) {
                motifs.add(MotifDemande.PROCEDURE_EXPULSION);
            }
        }
        if (modele == ModeleLogement.PROPRIETAIRE_OCCUPANT && chance(0.4)) {
            motifs.add(MotifDemande.ACCEDANT_EN_DIFFICULTE);
        }
        if ((sfDemandeur == SituationFamiliale.DIVORCE || sfDemandeur == SituationFamiliale.SEPARE) && chance(0.5)) {
            motifs.add(MotifDemande.DIVORCE_SEPARATION);
        }
        if (handicap && chance(0.6)) {
            motifs.add(MotifDemande.HANDICAP);
        }
        if (chance(0.03)) {
            motifs.add(MotifDemande.RAISONS_DE_SANTE);
        }
        if (actif && chance(0.10)) {
            motifs.add(MotifDemande.RAPPROCHEMENT_TRAVAIL);
        }
        if (actif && chance(0.02)) {
            motifs.add(MotifDemande.MUTATION_PROFESSIONNELLE);
        }
        if (lien == LienDemandeur.CONCUBIN && chance(0.05)) {
            motifs.add(MotifDemande.FUTUR_COUPLE);
        }
        if (chance(ageDemandeur >= 65 ? 0.10 : 0.03)) {
            motifs.add(MotifDemande.RAPPROCHEMENT_SERVICES);
        }
        if (chance(0.04)) {
            motifs.add(MotifDemande.RAPPROCHEMENT_FAMILLE);
        }
        if (chance(0.01)) {
            motifs.add(MotifDemande.REGROUPEMENT_FAMILIAL);
        }
        if (chance(0.005)) {
            motifs.add(MotifDemande.ASSISTANT_MATERNEL);
        }
        if (motifs.isEmpty() || chance(0.02)) {
            motifs.add(loyer != null && motifs.isEmpty() ? MotifDemande.LOGEMENT_TROP_CHER : MotifDemande.AUTRE);
        }

        Demande.Builder b = Demande.builder()
                .numeroUnique(numeroUnique(depot, bassin.codes().get(0)))
                .deposeeLe(depot)
                .renouveleeLe(renouvellement)
                .demandeur(adultes.get(0))
                .logementActuel(logement)
                .naissancesAttendues(naissances)
                .mutation(modele == ModeleLogement.LOCATAIRE_HLM);
        if (adultes.size() > 1) {
            b.cotitulaire(adultes.get(1), lien);
        }
        personnes.forEach(b::personneACharge);
        enGarde.forEach(e -> b.enfantEnGarde(e.dateNaissance(), e.coparentalite()));
        motifs.stream().limit(3).forEach(m -> b.motif(m, PREUVES[parmi(POIDS_PREUVE_MOTIF)]));

        // typologies sought
        typologies(besoin, adultes.size() == 1 && habitants == 1, ageDemandeur).forEach(b::typologies);

        // wished communes
        b.communesSouhaitees(communes(bassin, voisines, residence, communesTravail).toArray(String[]::new));

        // DALO, PDALHPD, handicap
        double u = rnd.nextDouble();
        double pActif = sansStable ? 0.05 : 0.012;
        if (u < pActif) {
            b.dalo(StatutDalo.ACTIF, entre(depot, date), PREUVES[parmi(POIDS_PREUVE_PRIORITE)]);
        } else if (u < pActif + 0.005) {
            b.dalo(StatutDalo.CADUC, entre(depot, date), PREUVES[parmi(POIDS_PREUVE_PRIORITE)]);
        } else if (u < pActif + 0.008) {
            b.dalo(StatutDalo.ACTIF_RELOGE, entre(depot, date), PREUVES[parmi(POIDS_PREUVE_PRIORITE)]);
        }
        if (chance(sansStable ? 0.07 : 0.02)) {
            b.labelPdalhpd(PREUVES[parmi(POIDS_PREUVE_PRIORITE)]);
        }
        if (handicap) {
            b.handicap(new Handicap(chance(0.15), chance(0.7) ? CapaciteMarche.values()[rnd.nextInt(4)] : null,
                    chance(0.7) ? (chance(0.6) ? EtatHandicap.STABILISE : EtatHandicap.EVOLUTIF) : null,
                    PREUVES[parmi(POIDS_PREUVE_SITUATION)]));
        }

        // declared situations
        Map<String, Boolean> situations = new LinkedHashMap<>();
        if (violences && chance(0.6)) {
            situations.put("VIOLENCES_CONJUGALES", true);
        }
        if (ageDemandeur <= 20 && composition == Composition.SEUL && chance(0.2)) {
            situations.put("SORTIE_ASE", true);
        }
        for (Adulte a : adultes) {
            SituationProfessionnelle sp = a.situationProfessionnelle();
            if (sp != null && sp.enActivite()) {
                if (PROFESSIONS_ESSENTIELLES.contains(sp.profession()) && chance(0.5)) {
                    situations.put("PROFESSION_ESSENTIELLE", true);
                }
                if ((sp.contrat() == TypeContrat.APPRENTI || ChronoUnit.YEARS.between(a.dateNaissance(), date) < 26)
                        && chance(0.2)) {
                    situations.put("JEUNE_EN_INSERTION", true);
                }
                if ((sp.contrat() == TypeContrat.CDI || sp.contrat() == TypeContrat.CDD) && chance(0.03)) {
                    situations.put("REPRISE_ACTIVITE", true);
                }
            }
        }
        if (ressources.doubleValue() < 900 * adultes.size() && chance(0.12)) {
            situations.put("DIFFICULTES_FINANCIERES_INSERTION", true);
        }
        if (sansStable && chance(0.06)) {
            situations.put("LOGEMENT_D_ABORD", true);
        }
        if (chance(0.005)) {
            situations.put("SINISTRE", true);
        }
        if (handicap && chance(0.03)) {
            situations.put("SORTIE_ACT", true);
        }
        if (!couple && chance(0.001)) {
            situations.put("MARIAGE_FORCE", true);
        }
        if (!couple && chance(0.002)) {
            situations.put("VICTIME_VIOL_AGRESSION", true);
        }
        if (sansStable && chance(0.003)) {
            situations.put("SORTIE_PROSTITUTION", true);
        }
        if (sansStable && chance(0.003)) {
            situations.put("VICTIME_TRAITE", true);
        }
        if (chance(0.005)) {
            situations.put("FRAUDE", true);
        }
        if (chance(modele == ModeleLogement.LOCATAIRE_HLM ? 0.03 : 0.002)) {
            situations.put("INCIVILITES", true);
        }
        for (String code : situations.keySet()) {
            if (DECLARABLES.contains(code)) {
                LocalDate depuis = chance(0.5) ? null : entre(depot.minusYears(1), date);
                b.situation(new fr.cotation.demande.SituationDeclaree(code, depuis, PREUVES[parmi(POIDS_PREUVE_SITUATION)]));
            }
        }

        // refusals: more likely the older the demande; 40 % with a legitimate reason
        double annees = jours / 365.0;
        if (chance(Math.min(0.30, 0.05 * annees))) {
            int n = 1 + parmi(new double[] {70, 22, 8});
            for (int k = 0; k < n; k++) {
                b.refus(entre(depot, date), chance(0.4));
            }
        }
        return b.build();
    }

    /** The last renewal: yearly (up to a month before the anniversary), sometimes an update since. */
    private LocalDate renouvellement(LocalDate depot) {
        long ans = ChronoUnit.YEARS.between(depot, date);
        LocalDate r = null;
        if (ans >= 1) {
            LocalDate anniversaire = depot.plusYears(ans);
            r = anniversaire.minusDays(rnd.nextInt(0, 31));
            if (r.isBefore(depot)) {
                r = depot;
            }
            if (chance(0.2)) {
                r = entre(r, date);
            }
        } else if (chance(0.15)) {
            r = entre(depot, date);
        }
        return r;
    }

    /** Rooms needed (index of {@link Typologie}): a living room, one bedroom per couple or adult, children sharing. */
    static int besoin(boolean couple, int adultes, int autres) {
        int chambres = (couple ? 1 : adultes) + (int) Math.round(autres * 0.7);
        return Math.max(1, Math.min(6, 1 + chambres));
    }

    private List<Typologie> typologies(int besoin, boolean seul, int age) {
        List<Typologie> t = new ArrayList<>();
        int principale = seul && chance(0.4) ? 1 : besoin;
        if (seul && age < 26 && chance(0.15)) {
            t.add(Typologie.CHAMBRE);
        }
        t.add(Typologie.values()[principale]);
        if (chance(0.5)) {
            int autre = chance(0.6) ? principale - 1 : principale + 1;
            if (autre < 1 || autre > 6) {
                autre = principale == 1 ? 2 : principale - 1;
            }
            t.add(Typologie.values()[autre]);
        }
        return t;
    }

    /** 1 to 8 distinct communes: the residence first when in the bassin, 80 % from the home bassin, the rest neighbours. */
    private List<String> communes(Bassin bassin, Bassin voisines, String residence, List<String> travail) {
        int voulu = Math.min(parmi(POIDS_NOMBRE_COMMUNES), bassin.taille() + voisines.taille());
        Set<String> c = new LinkedHashSet<>();
        if (residence != null && bassin.codes().contains(residence) && chance(0.6)) {
            c.add(residence);
        }
        for (String t : travail) {
            if (c.size() < voulu && t != null && chance(0.3)) {
                c.add(t);
            }
        }
        int essais = 0;
        while (c.size() < voulu && essais++ < 200) {
            boolean dedans = voisines.estVide() || chance(0.8);
            c.add(dedans ? bassin.tirer(rnd) : voisines.tirer(rnd));
        }
        // a small bassin is exhausted quickly: complete in order, the bassin's codes then the neighbours'
        for (int i = 0; c.size() < voulu && i < bassin.codes().size(); i++) {
            c.add(bassin.codes().get(i));
        }
        for (int i = 0; c.size() < voulu && i < voisines.codes().size(); i++) {
            c.add(voisines.codes().get(i));
        }
        return new ArrayList<>(c);
    }

    private Adulte adulte(Identite identite, int age, SituationFamiliale sf, boolean handicap, Bassin bassin,
                          Bassin voisines, List<String> communesTravail) {
        TypeContrat contrat = contrat(age);
        List<Ressource> ressources = new ArrayList<>();
        switch (contrat == null ? TypeContrat.AUTRE : contrat) {
            case CDI -> ressources.add(euros(NatureRessource.SALAIRE, 1350, 2600));
            case CDD -> ressources.add(euros(NatureRessource.SALAIRE, 800, 1800));
            case ARTISAN -> ressources.add(euros(NatureRessource.SALAIRE, 600, 2600));
            case APPRENTI -> ressources.add(euros(NatureRessource.SALAIRE, 500, 1250));
            case ETUDIANT -> ressources.add(chance(0.6) ? euros(NatureRessource.BOURSE_ETUDIANT, 100, 600)
                    : euros(NatureRessource.SALAIRE, 200, 800));
            case CHOMAGE -> ressources.add(chance(0.65) ? euros(NatureRessource.CHOMAGE, 600, 1500)
                    : euros(NatureRessource.RSA, 600, 650));
            case RETRAITE -> ressources.add(chance(0.85) ? euros(NatureRessource.RETRAITE, 750, 2000)
                    : euros(NatureRessource.MINIMUM_VIEILLESSE, 961, 1012));
            default -> {
                if (handicap && age < 62) {
                    ressources.add(euros(NatureRessource.AAH, 966, 1016));
                } else if (contrat == null) {
                    if (chance(0.5)) {
                        ressources.add(euros(NatureRessource.AUTRE, 100, 500));
                    }
                } else {
                    double u = rnd.nextDouble();
                    if (u < 0.55) {
                        ressources.add(euros(NatureRessource.RSA, 600, 950));
                    } else if (u < 0.80) {
                        ressources.add(euros(NatureRessource.AAH, 900, 1016));
                    } else if (u < 0.90) {
                        ressources.add(euros(NatureRessource.PENSION_INVALIDITE, 500, 1100));
                    }
                }
            }
        }
        boolean travaille = contrat == TypeContrat.CDI || contrat == TypeContrat.CDD || contrat == TypeContrat.ARTISAN
                || contrat == TypeContrat.APPRENTI;
        String communeTravail = null;
        if (travaille) {
            double u = rnd.nextDouble();
            communeTravail = u < 0.6 || (u < 0.85 && voisines.estVide()) ? bassin.tirer(rnd)
                    : u < 0.85 ? voisines.tirer(rnd) : null;
            communesTravail.add(communeTravail);
        }
        SituationProfessionnelle sp = contrat == null ? null
                : new SituationProfessionnelle(contrat, communeTravail, travaille ? PROFESSIONS[rnd.nextInt(PROFESSIONS.length)] : null);
        List<RevenuFiscal> rfr = new ArrayList<>();
        double imposable = ressources.stream().filter(r -> r.nature() == NatureRessource.SALAIRE
                        || r.nature() == NatureRessource.RETRAITE || r.nature() == NatureRessource.CHOMAGE
                        || r.nature() == NatureRessource.PENSION_INVALIDITE)
                .mapToDouble(r -> r.montantMensuel().doubleValue()).sum();
        if (imposable > 0 && chance(0.85)) {
            long n1 = Math.round(imposable * 12 * 0.9 * rnd.nextDouble(0.9, 1.1));
            rfr.add(new RevenuFiscal(date.getYear() - 1, BigDecimal.valueOf(n1)));
            rfr.add(new RevenuFiscal(date.getYear() - 2, BigDecimal.valueOf(Math.round(n1 * rnd.nextDouble(0.8, 1.1)))));
        }
        return new Adulte(identite, naissance(age), sf, sp, ressources, rfr);
    }

    /** Contract by age: retirees from 62, students and apprentices among the young, about 40 % in work at working age. */
    private TypeContrat contrat(int age) {
        if (age >= 65 || (age >= 62 && chance(0.7))) {
            return chance(0.9) ? TypeContrat.RETRAITE : TypeContrat.AUTRE;
        }
        TypeContrat[] c = {TypeContrat.CDI, TypeContrat.CDD, TypeContrat.ARTISAN, TypeContrat.APPRENTI,
                TypeContrat.ETUDIANT, TypeContrat.CHOMAGE, TypeContrat.AUTRE, null};
        double[] poids = age < 25 ? new double[] {15, 25, 1, 8, 15, 20, 9, 7}
                : new double[] {22, 12, 3, 0, 0, 23, 31, 9};
        return c[parmi(poids)];
    }

    private SituationFamiliale situationFamiliale(Composition c, int age, boolean enfants) {
        if (c == Composition.COUPLE_AVEC_ENFANTS || c == Composition.COUPLE_SANS_ENFANT) {
            return SituationFamiliale.MARIE; // replaced by the couple's link
        }
        if (age >= 70 && chance(0.45)) {
            return SituationFamiliale.VEUF;
        }
        double pSepare = enfants ? 0.55 : age >= 35 ? 0.35 : 0.08;
        if (chance(pSepare)) {
            return chance(0.5) ? SituationFamiliale.DIVORCE : SituationFamiliale.SEPARE;
        }
        return SituationFamiliale.CELIBATAIRE;
    }

    private String numeroUnique(LocalDate depot, String commune) {
        String dep = commune.substring(0, 2);
        StringBuilder n = new StringBuilder(22).append('0').append(dep).append('0');
        chiffres(n, depot.getMonthValue(), 2);
        chiffres(n, depot.getYear() % 100, 2);
        chiffres(n, index % 10_000_000_000L, 10);
        return n.append('G').append(dep).append("01").toString();
    }

    /** {@code valeur} (not negative) in {@code largeur} digits, zeros first; what {@code %0<largeur>d} writes, without a Formatter per call. */
    private static void chiffres(StringBuilder n, long valeur, int largeur) {
        String v = Long.toString(valeur);
        for (int i = v.length(); i < largeur; i++) {
            n.append('0');
        }
        n.append(v);
    }

    // --- identities

    private Identite identite(Sexe sexe, String nom, boolean jeune) {
        return identite(sexe, nom, jeune, rnd);
    }

    private Identite enfantIdentite(String nom, Nationalite nationalite) {
        Sexe sexe = chance(0.5) ? Sexe.FEMININ : Sexe.MASCULIN;
        return new Identite(nom, nomPropre(rnd), null, sexe, nationalite, "Ville " + nomPropre(rnd));
    }

    static Identite identite(Sexe sexe, String nom, boolean jeune, SplittableRandom rnd) {
        Civilite civilite = sexe == Sexe.MASCULIN ? Civilite.MONSIEUR
                : jeune && rnd.nextInt(10) == 0 ? Civilite.MADEMOISELLE : Civilite.MADAME;
        int n = rnd.nextInt(100);
        Nationalite nationalite = n < 78 ? Nationalite.FRANCAISE : n < 83 ? Nationalite.UNION_EUROPEENNE
                : Nationalite.HORS_UNION_EUROPEENNE;
        return new Identite(nom == null ? nomPropre(rnd).toUpperCase(java.util.Locale.ROOT) : nom, nomPropre(rnd),
                civilite, sexe, nationalite, "Ville " + nomPropre(rnd));
    }

    /** A made-up name of 2 or 3 syllables, capitalised. */
    static String nomPropre(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder(24); // 3 syllables and a final, without growing
        for (int k = rnd.nextInt(2, 4); k > 0; k--) {
            s.append(SYLLABES[rnd.nextInt(SYLLABES.length)]);
        }
        s.append(FINALES[rnd.nextInt(FINALES.length)]);
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    /** Another identity: every field differs from {@code i}'s (a field of {@code i} that is null gets a value). */
    static Identite autreIdentite(Identite i, SplittableRandom rnd) {
        Sexe sexe = i.sexe() == Sexe.FEMININ ? Sexe.MASCULIN : Sexe.FEMININ;
        Civilite civilite = i.civilite() == null ? null : sexe == Sexe.MASCULIN ? Civilite.MONSIEUR : Civilite.MADAME;
        Nationalite[] n = Nationalite.values();
        Nationalite nationalite = i.nationalite() == null ? n[rnd.nextInt(n.length)]
                : n[(i.nationalite().ordinal() + 1 + rnd.nextInt(n.length - 1)) % n.length];
        return new Identite(autre(i.nom(), rnd).toUpperCase(java.util.Locale.ROOT), autre(i.prenom(), rnd), civilite,
                sexe, nationalite, "Ville " + autre(i.lieuNaissance() == null ? null
                : i.lieuNaissance().replace("Ville ", ""), rnd));
    }

    private static String autre(String ancien, SplittableRandom rnd) {
        String s;
        do {
            s = nomPropre(rnd);
        } while (s.equalsIgnoreCase(ancien));
        return s;
    }

    static String autreProfession(String ancienne, SplittableRandom rnd) {
        String p;
        do {
            p = PROFESSIONS[rnd.nextInt(PROFESSIONS.length)];
        } while (p.equals(ancienne));
        return p;
    }

    // --- drawing helpers

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private int parmi(double[] poids) {
        double total = 0;
        for (double p : poids) {
            total += p;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < poids.length; i++) {
            x -= poids[i];
            if (x < 0 && poids[i] > 0) {
                return i;
            }
        }
        for (int i = poids.length - 1; i >= 0; i--) {
            if (poids[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("aucun poids positif");
    }

    private int age(int[][] tranches) {
        double[] poids = new double[tranches.length];
        for (int i = 0; i < tranches.length; i++) {
            poids[i] = tranches[i][2];
        }
        int[] t = tranches[parmi(poids)];
        return rnd.nextInt(t[0], t[1] + 1);
    }

    /** A birth date giving exactly {@code age} years at the evaluation date. */
    private LocalDate naissance(int age) {
        LocalDate anniversaire = date.minusYears(age);
        LocalDate veille = date.minusYears(age + 1L).plusDays(1);
        return entre(veille, anniversaire);
    }

    private Ressource euros(NatureRessource nature, int min, int max) {
        return new Ressource(nature, BigDecimal.valueOf(rnd.nextInt(min, max + 1)));
    }

    private LocalDate entre(LocalDate debut, LocalDate fin) {
        long jours = ChronoUnit.DAYS.between(debut, fin);
        return jours <= 0 ? debut : debut.plusDays(rnd.nextLong(0, jours + 1));
    }
}
