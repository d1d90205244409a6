package fr.cotation.internal.derivation;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.Motif;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.SituationDeclaree;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.Typologie;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.Dossier;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.FaitsDerives;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.regles.Refus;
import fr.cotation.regles.Situation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the national facts every grille weights from a valid demande and the evaluation date: the
 * {@link Dossier} quantities, the situations with their proof, the L.441-1 priority categories met.
 * Pure function: no clock, no state.
 */
public final class Derivation {
    private static final BigDecimal CENT = BigDecimal.valueOf(100);
    private static final Map<MotifDemande, String> SITUATION_DU_MOTIF = new EnumMap<>(MotifDemande.class);

    static {
        for (MotifDemande m : MotifDemande.values()) {
            SITUATION_DU_MOTIF.put(m, m.situation());
        }
    }

    private final PrioritesL4411 priorites;
    /** The categories in force at the last date asked: a stock is scored at one date. */
    private volatile EnVigueur enVigueur;

    /**
     * The categories in force at a date and, for each situation one of them names, the indexes of those categories:
     * a demande's few situations are looked up, not every situation of every category.
     */
    private record EnVigueur(LocalDate date, List<CategoriePrioritaire> categories, Map<String, int[]> parSituation) {
        static EnVigueur le(LocalDate date, List<CategoriePrioritaire> categories) {
            Map<String, int[]> parSituation = new java.util.HashMap<>();
            for (int i = 0; i < categories.size(); i++) {
                for (String s : new java.util.LinkedHashSet<>(categories.get(i).situations())) {
                    int[] avant = parSituation.getOrDefault(s, new int[0]);
                    int[] apres = java.util.Arrays.copyOf(avant, avant.length + 1);
                    apres[avant.length] = i;
                    parSituation.put(s, apres);
                }
            }
            return new EnVigueur(date, categories, parSituation);
        }
    }

    /** The public read-only view of the facts derived from {@code d} at {@code date}. */
    public static FaitsDerives vue(Faits f, Demande d, LocalDate date) {
        return new FaitsDerives(f.dossier(), f.situations(), f.priorites(), f.refus(), f.communeResidence(),
                f.communesTravail(), ressourcesMensuelles(d.menage().adultes()), unitesDeConsommation(d, date));
    }

    public Derivation(PrioritesL4411 priorites) {
        this.priorites = priorites;
    }

    public Faits deriver(Demande d, LocalDate date) {
        var menage = d.menage();
        Adulte[] adultes = adultes(menage);
        // indexed loops rather than streams or iterators: this runs once per demande on the hot path
        List<PersonneACharge> personnesACharge = menage.personnesACharge();
        int mineurs = 0;
        for (int i = 0; i < personnesACharge.size(); i++) {
            PersonneACharge p = personnesACharge.get(i);
            if (p.lien() != LienParente.PARENT && age(p.dateNaissance(), date) < 18) {
                mineurs++;
            }
        }
        // a child in shared custody lives in the household half the time; one with visiting rights does not
        int mineursEnGardeAlternee = 0;
        for (int i = 0; i < menage.enfantsEnGarde().size(); i++) {
            var e = menage.enfantsEnGarde().get(i);
            if (e.coparentalite() == Coparentalite.GARDE_ALTERNEE && age(e.dateNaissance(), date) < 18) {
                mineursEnGardeAlternee++;
            }
        }
        boolean couple = false;
        for (int i = 0; i < menage.cotitulaires().size(); i++) {
            couple |= menage.cotitulaires().get(i).lien() != LienDemandeur.COLOCATAIRE;
        }
        boolean monoparental = adultes.length == 1 && (mineurs + mineursEnGardeAlternee + menage.naissancesAttendues()) > 0;
        int taille = adultes.length + personnesACharge.size() + menage.naissancesAttendues();
        int actifs = 0;
        Set<String> travail = null;
        for (Adulte a : adultes) {
            if (a.situationProfessionnelle() != null && a.situationProfessionnelle().enActivite()) {
                actifs++;
                // only an adult in paid work "travaille" somewhere: a student's or a jobseeker's commune does not count
                if (a.situationProfessionnelle().communeTravail() != null) {
                    if (travail == null) {
                        travail = new TreeSet<>();
                    }
                    travail.add(a.situationProfessionnelle().communeTravail());
                }
            }
        }

        BigDecimal declarees = ressourcesMensuelles(adultes);
        boolean ressourcesDeclarees = declarees != null;
        BigDecimal ressources = ressourcesDeclarees ? declarees : BigDecimal.ZERO;
        LogementActuel logement = d.logementActuel();
        BigDecimal loyerExact = logement.loyerMensuel() == null ? BigDecimal.ZERO : logement.loyerMensuel();
        double loyer = loyerExact.doubleValue();
        double res = ressources.doubleValue();
        // ratios in decimal arithmetic, so that a boundary is exact: 270,90 € for 903 € is 30.0, not 29.999999999999996
        Double tauxEffort = loyerExact.signum() > 0 && ressources.signum() > 0
                ? Quotients.quotient(loyerExact.multiply(CENT), ressources) : null;
        BigDecimal reste = ressources.subtract(loyerExact);
        Double resteAVivre = ressourcesDeclarees ? reste.doubleValue() : null;
        Double resteAVivreParUC = resteAVivre == null ? null
                : Quotients.quotient(reste, unitesDeConsommation(adultes.length, personnesACharge,
                menage.naissancesAttendues(), date));

        Integer occupants = logement.nombreOccupants();
        Integer pieces = pieces(logement.type());
        Double parPiece = occupants != null && pieces != null ? (double) occupants / pieces : null;
        Double m2 = occupants != null && logement.surface() != null ? logement.surface().doubleValue() / occupants : null;

        Releve situations = new Releve();
        int personnesDuMenage = adultes.length + personnesACharge.size() + menage.enfantsEnGarde().size();
        derivees(d, logement, mineurs, monoparental, personnesDuMenage, loyerExact, declarees, situations);
        for (int i = 0; i < d.situations().size(); i++) {
            SituationDeclaree s = d.situations().get(i);
            situations.ajouter(s.code(), s.preuve());
        }
        Situation[] faitsSituation = new Situation[situations.n];
        for (int i = 0; i < situations.n; i++) {
            faitsSituation[i] = new Situation(situations.codes[i], situations.preuves[i]);
        }

        List<Priorite> faitsPriorite = priorites(situations.codes, situations.preuves, situations.n, date);

        List<Refus> refus = new ArrayList<>(d.refus().size());
        for (int i = 0; i < d.refus().size(); i++) {
            var r = d.refus().get(i);
            // rank among the refusals without a legitimate reason, oldest first (a grille may penalise only a repeated one)
            int rang = 0;
            if (!r.motifLegitime()) {
                rang = 1;
                for (int j = 0; j < d.refus().size(); j++) {
                    var o = d.refus().get(j);
                    if (!o.motifLegitime() && (o.date().isBefore(r.date()) || o.date().isEqual(r.date()) && j < i)) {
                        rang++;
                    }
                }
            }
            refus.add(new Refus(r.motifLegitime(), moisEntiers(r.date(), date), rang));
        }

        LocalDate dernierRenouvellement = d.dateRenouvellement() == null ? d.dateDepot() : d.dateRenouvellement();
        Dossier dossier = Dossier.builder()
                .ancienneteMois(moisEntiers(d.dateDepot(), date))
                .moisDepuisRenouvellement(moisEntiers(dernierRenouvellement, date))
                .ageDemandeur(age(menage.demandeur().dateNaissance(), date))
                .tailleMenage(taille).nombreAdultes(adultes.length).nombrePersonnesACharge(personnesACharge.size())
                .nombreEnfantsMineurs(mineurs).naissancesAttendues(menage.naissancesAttendues())
                .nombreEnfantsEnGarde(menage.enfantsEnGarde().size()).nombreActifs(actifs).couple(couple)
                .monoparental(monoparental).mutation(d.mutation()).nombreCommunesSouhaitees(d.communesSouhaitees().size())
                .ressourcesMensuelles(res).loyerMensuel(loyer).tauxEffort(tauxEffort).resteAVivre(resteAVivre)
                .resteAVivreParUC(resteAVivreParUC).personnesParPiece(parPiece).m2ParPersonne(m2).build();

        return new Faits(dossier, Collections.unmodifiableList(java.util.Arrays.asList(faitsSituation)),
                Collections.unmodifiableList(faitsPriorite), Collections.unmodifiableList(refus), logement.commune(),
                Collections.unmodifiableSet(travail == null ? new TreeSet<>() : travail));
    }

    /** The best proof of each category in force among the situations given, in the categories' order. */
    private List<Priorite> priorites(String[] codes, Preuve[] preuves, int n, LocalDate date) {
        EnVigueur enVigueur = categoriesEnVigueur(date);
        Preuve[] meilleures = null;
        for (int s = 0; s < n; s++) {
            int[] categories = enVigueur.parSituation().get(codes[s]);
            if (categories == null) {
                continue;
            }
            if (meilleures == null) {
                meilleures = new Preuve[enVigueur.categories().size()];
            }
            for (int i : categories) {
                if (meilleures[i] == null || preuves[s].compareTo(meilleures[i]) > 0) {
                    meilleures[i] = preuves[s];
                }
            }
        }
        List<Priorite> faitsPriorite = new ArrayList<>(meilleures == null ? 0 : 4);
        for (int i = 0; meilleures != null && i < meilleures.length; i++) {
            if (meilleures[i] != null) {
                faitsPriorite.add(new Priorite(enVigueur.categories().get(i).categorie(), meilleures[i]));
            }
        }
        return faitsPriorite;
    }

    /**
     * The facts of {@code faits} completed with the situation {@code DIFFICULTES_FINANCIERES_RESSOURCES}, and with it
     * category c) of art. L.441-1 CCH when in force, if the monthly resources of the household (alimony paid deducted)
     * are declared and do not exceed the territory's ceiling for its household category (arrêté du 29 juillet 1987,
     * annexe I). The ceiling is a dated parameter of the pack, never a constant of the engine; undeclared resources
     * never qualify. Declared resources are only declared: the situation is {@link Preuve#DECLAREE}.
     */
    public Faits avecDifficultesFinancieres(Faits faits, Demande d, LocalDate date,
                                            fr.cotation.pack.PlafondDifficultesFinancieres plafond) {
        BigDecimal ressources = ressourcesMensuelles(d.menage().adultes());
        if (plafond == null || ressources == null) {
            return faits;
        }
        fr.cotation.attribution.CategorieMenage categorie = fr.cotation.attribution.CategorieMenage.de(d, date);
        if (ressources.compareTo(plafond.plafond(categorie.numero(), categorie.personnesSupplementaires())) > 0) {
            return faits;
        }
        Releve situations = new Releve();
        for (Situation s : faits.situations()) {
            situations.ajouter(s.getCode(), s.getPreuve());
        }
        situations.ajouter("DIFFICULTES_FINANCIERES_RESSOURCES", Preuve.DECLAREE);
        List<Situation> liste = new ArrayList<>(situations.n);
        for (int i = 0; i < situations.n; i++) {
            liste.add(new Situation(situations.codes[i], situations.preuves[i]));
        }
        return new Faits(faits.dossier(), Collections.unmodifiableList(liste),
                Collections.unmodifiableList(priorites(situations.codes, situations.preuves, situations.n, date)),
                faits.refus(), faits.communeResidence(), faits.communesTravail());
    }

    /** The adults of the household as {@link fr.cotation.demande.Menage#adultes()} lists them, in one array. */
    private static Adulte[] adultes(fr.cotation.demande.Menage menage) {
        int premier = menage.demandeur() == null ? 0 : 1;
        Adulte[] adultes = new Adulte[premier + menage.cotitulaires().size()];
        if (premier == 1) {
            adultes[0] = menage.demandeur();
        }
        for (int i = 0; i < menage.cotitulaires().size(); i++) {
            adultes[premier + i] = menage.cotitulaires().get(i).personne();
        }
        return adultes;
    }

    /**
     * The situations of a demande with the best proof of each, in code order (a {@code TreeMap}'s), for the handful a
     * demande has: two arrays kept sorted.
     */
    private static final class Releve {
        private String[] codes = new String[8];
        private Preuve[] preuves = new Preuve[8];
        private int n;

        /** Keeps the best proof when one situation comes from several fields; null code or proof fail as in a map. */
        void ajouter(String code, Preuve preuve) {
            java.util.Objects.requireNonNull(code);
            java.util.Objects.requireNonNull(preuve);
            int i = 0;
            int c = -1;
            while (i < n && (c = codes[i].compareTo(code)) < 0) {
                i++;
            }
            if (i < n && c == 0) {
                if (preuve.compareTo(preuves[i]) > 0) {
                    preuves[i] = preuve;
                }
                return;
            }
            if (n == codes.length) {
                codes = java.util.Arrays.copyOf(codes, 2 * n);
                preuves = java.util.Arrays.copyOf(preuves, 2 * n);
            }
            System.arraycopy(codes, i, codes, i + 1, n - i);
            System.arraycopy(preuves, i, preuves, i + 1, n - i);
            codes[i] = code;
            preuves[i] = preuve;
            n++;
        }
    }

    private EnVigueur categoriesEnVigueur(LocalDate date) {
        EnVigueur e = enVigueur;
        if (e == null || !e.date().equals(date)) {
            e = EnVigueur.le(date, priorites.enVigueurLe(date));
            enVigueur = e;
        }
        return e;
    }

    /**
     * The situations the engine reads from the coded fields of the demande, each with the article it rests on (the
     * published table: docs/categories-l441-1.md).
     */
    private static void derivees(Demande d, LogementActuel logement, int mineurs, boolean monoparental,
                                 int personnesDuMenage, BigDecimal loyer, BigDecimal ressources, Releve s) {
        if (d.dalo().statut() == StatutDalo.ACTIF) {
            s.ajouter("DALO", d.dalo().preuve());
        }
        if (d.labelPdalhpd() != null) {
            s.ajouter("PDALHPD", d.labelPdalhpd());
        }
        Integer occupants = logement.nombreOccupants();
        String hebergement = modeDeLogement(logement.modele(), occupants, personnesDuMenage);
        if (hebergement != null) {
            s.ajouter(hebergement, logement.preuve());
        }
        // a person with a handicap in the household (art. L.114 CASF), as L.441-1 a) and j) read it
        Preuve handicap = null;
        if (d.handicap() != null) {
            handicap = d.handicap().preuve();
        }
        for (int i = 0; i < d.motifs().size(); i++) {
            Motif m = d.motifs().get(i);
            if (m.code() == MotifDemande.HANDICAP && (handicap == null || m.preuve().compareTo(handicap) > 0)) {
                handicap = m.preuve();
            }
        }
        for (int i = 0; i < d.motifs().size(); i++) {
            Motif m = d.motifs().get(i);
            s.ajouter(SITUATION_DU_MOTIF.get(m.code()), m.preuve());
            // Motif 03 says the dwelling is not decent (décret n° 2002-120): L.441-1 j) with a minor child or a
            // person with a handicap. It is not habitat indigne (f), which needs a procedure or an arrêté.
            if (m.code() == MotifDemande.LOGEMENT_NON_DECENT) {
                if (mineurs > 0) {
                    s.ajouter("LOGEMENT_NON_DECENT_AVEC_MINEUR", m.preuve());
                }
                if (handicap != null) {
                    s.ajouter("LOGEMENT_NON_DECENT_AVEC_HANDICAP", moindre(m.preuve(), handicap));
                }
            }
        }
        if (handicap != null) {
            s.ajouter("HANDICAP", handicap);
        }
        if (monoparental) {
            s.ajouter("MONOPARENTAL", Preuve.DECLAREE);
        }
        if (occupants != null && logement.surface() != null) {
            // Over-occupation is the surface norm of art. D.542-14 2° code de la sécurité sociale, on the occupants
            // the demande declares (the hosts included when the household is hosted: L.441-1 j) does not exclude it)
            if (surOccupe(occupants, logement.surface())) {
                s.ajouter("SUROCCUPATION", logement.preuve());
                if (mineurs > 0) {
                    s.ajouter("SUROCCUPATION_AVEC_MINEUR", logement.preuve());
                }
                if (handicap != null) {
                    s.ajouter("SUROCCUPATION_AVEC_HANDICAP", moindre(logement.preuve(), handicap));
                }
            }
            Integer pieces = pieces(logement.type());
            if ((hebergement == null || hebergement.equals("LOGE_A_TITRE_GRATUIT")) && pieces != null && pieces > occupants + 1) {
                s.ajouter("SOUS_OCCUPATION", logement.preuve());
            }
        }
        // A rent and no resource: the taux d'effort (rent ÷ resources) has no value, and it is the heaviest burden,
        // not none. The grille is given a fact to score instead of a silence.
        if (loyer.signum() > 0) {
            if (ressources == null) {
                s.ajouter("TAUX_EFFORT_RESSOURCES_NON_DECLAREES", logement.preuve());
            } else if (ressources.signum() <= 0) {
                s.ajouter("TAUX_EFFORT_RESSOURCES_NULLES", logement.preuve());
            }
        }
    }

    /**
     * The situation the current housing mode gives (the national format's {@code modeleLogement} codes), the table of
     * docs/categories-l441-1.md: dépourvu de logement (L.441-1 k), hébergé par des tiers (k), hébergé in a structure or
     * housed temporarily (d), logé à titre gratuit (no category by itself), or none.
     *
     * @param occupants         persons living in the dwelling, as declared, {@code null} if not given
     * @param personnesDuMenage the adults, dependants and children in custody of the demande
     */
    public static String modeDeLogement(ModeleLogement modele, Integer occupants, int personnesDuMenage) {
        return switch (modele) {
            // SD, SQUAT, CAMCAR, HOT: no dwelling of one's own (L.441-1 k)
            case SANS_ABRI, SQUAT, CAMPING_CARAVANING, HOTEL -> "SANS_LOGEMENT";
            // CPE, CP: in a dwelling of a parent, a child or a private person, hébergé par des tiers (k)
            case CHEZ_PARENTS_OU_ENFANTS, CHEZ_PARTICULIER -> "HEBERGE_TIERS";
            // LTG: free of charge is not homeless. Only when people outside the household live there (more occupants
            // declared than the household counts) is the household hosted by them (k); a whole dwelling of its own
            // use, lent free, is a dwelling.
            case LOGE_A_TITRE_GRATUIT -> occupants != null && occupants > personnesDuMenage
                    ? "HEBERGE_TIERS" : "LOGE_A_TITRE_GRATUIT";
            // SH, RS, RHVS, CDEFCM, SLHT: an establishment or a transitional dwelling (L.441-1 d)
            case STRUCTURE_HEBERGEMENT, RESIDENCE_SOCIALE, RESIDENCE_HOTELIERE_SOCIALE, CENTRE_ENFANCE_FAMILLE,
                 SOUS_LOCATAIRE_OU_HEBERGE_TEMPORAIRE -> "HEBERGE_STRUCTURE";
            default -> null;
        };
    }

    /**
     * Whether {@code occupants} persons on {@code surface} m² are over-occupied by the surface norm of art. D.542-14 2°
     * code de la sécurité sociale (the one the DALO criteria of art. R.441-14-1 CCH read): at least 9 m² for one
     * person, 16 m² for two, 9 m² more per additional person, 70 m² being enough for eight persons and more.
     */
    public static boolean surOccupe(int occupants, BigDecimal surface) {
        int minimum = occupants <= 1 ? 9 : Math.min(70, 16 + 9 * (occupants - 2));
        return surface.compareTo(BigDecimal.valueOf(minimum)) < 0;
    }

    private static Preuve moindre(Preuve a, Preuve b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Monthly resources of the household per consumption unit (alimony paid deducted), as the reste à vivre counts
     * them: the measure of the resource bands of the classement. The demande must be valid.
     */
    public static BigDecimal ressourcesParUniteDeConsommation(Demande d, LocalDate date) {
        BigDecimal r = ressourcesMensuelles(d.menage().adultes());
        return (r == null ? BigDecimal.ZERO : r).divide(unitesDeConsommation(d, date), MathContext.DECIMAL64);
    }

    /**
     * Monthly resources of the adults in euros, alimony paid deducted; {@code null} when no resource at all is
     * declared (unknown, not zero).
     */
    public static BigDecimal ressourcesMensuelles(List<Adulte> adultes) {
        return ressourcesMensuelles(adultes.toArray(new Adulte[0]));
    }

    private static BigDecimal ressourcesMensuelles(Adulte[] adultes) {
        BigDecimal ressources = BigDecimal.ZERO;
        boolean declarees = false;
        for (Adulte a : adultes) {
            for (int i = 0; i < a.ressources().size(); i++) {
                Ressource r = a.ressources().get(i);
                declarees = true;
                ressources = r.nature() == NatureRessource.PENSION_ALIMENTAIRE_VERSEE
                        ? ressources.subtract(r.montantMensuel()) : ressources.add(r.montantMensuel());
            }
        }
        return declarees ? ressources : null;
    }

    /**
     * Consumption units of the household (1 for the first adult, 0.5 per other person of 14 or more, 0.3 under 14 and
     * per expected birth), the divisor of the reste à vivre per UC.
     */
    public static BigDecimal unitesDeConsommation(Demande d, LocalDate date) {
        return unitesDeConsommation(d.menage().adultes().size(), d.menage().personnesACharge(),
                d.menage().naissancesAttendues(), date);
    }

    /** The consumption units counted in tenths: always one decimal, as the sum of 1, 0.5 and 0.3 (×n) has. */
    private static BigDecimal unitesDeConsommation(int adultes, List<PersonneACharge> personnesACharge, int naissances,
                                                   LocalDate date) {
        long dixiemes = adultes == 0 ? 0 : 10 + 5L * (adultes - 1);
        for (PersonneACharge p : personnesACharge) {
            dixiemes += age(p.dateNaissance(), date) >= 14 ? 5 : 3;
        }
        return BigDecimal.valueOf(dixiemes + 3L * naissances, 1);
    }

    private static Integer pieces(Typologie t) {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case CHAMBRE, T1 -> 1;
            case T2 -> 2;
            case T3 -> 3;
            case T4 -> 4;
            case T5 -> 5;
            case T6_ET_PLUS -> 6;
        };
    }

    /**
     * Whole months from {@code debut} to {@code fin}, counted as délais are (art. 641 code de procédure
     * civile): a month from the 31st ends on the last day of a shorter month, so 31 January to
     * 28 February is one month.
     */
    public static int moisEntiers(LocalDate debut, LocalDate fin) {
        return fr.cotation.internal.Mois.entiers(debut, fin);
    }

    /** Age in whole years at {@code date}, as {@code Period.between(naissance, date).getYears()} counts it. */
    private static int age(LocalDate naissance, LocalDate date) {
        if (naissance.isAfter(date)) {
            return Period.between(naissance, date).getYears();
        }
        int ans = date.getYear() - naissance.getYear();
        int mois = date.getMonthValue() - naissance.getMonthValue();
        return mois < 0 || mois == 0 && date.getDayOfMonth() < naissance.getDayOfMonth() ? ans - 1 : ans;
    }
}
