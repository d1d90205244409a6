package fr.cotation.regles;

/**
 * The demande as rules see it: the quantities a grille weights, derived once from the demande and the
 * evaluation date. One per scoring session: {@code Dossier( ancienneteMois >= 24 )}.
 * <p>Nullable values ({@code Double}) are null when the demande does not give what they need; a
 * constraint on a null value does not match, so a missing input never scores as zero.
 */
public final class Dossier {
    private final int ancienneteMois;
    private final int moisDepuisRenouvellement;
    private final int ageDemandeur;
    private final int tailleMenage;
    private final int nombreAdultes;
    private final int nombrePersonnesACharge;
    private final int nombreEnfantsMineurs;
    private final int naissancesAttendues;
    private final int nombreEnfantsEnGarde;
    private final int nombreActifs;
    private final boolean couple;
    private final boolean monoparental;
    private final boolean mutation;
    private final int nombreCommunesSouhaitees;
    private final double ressourcesMensuelles;
    private final double loyerMensuel;
    private final Double tauxEffort;
    private final Double resteAVivre;
    private final Double resteAVivreParUC;
    private final Double personnesParPiece;
    private final Double m2ParPersonne;

    private Dossier(Builder b) {
        this.ancienneteMois = b.ancienneteMois;
        this.moisDepuisRenouvellement = b.moisDepuisRenouvellement;
        this.ageDemandeur = b.ageDemandeur;
        this.tailleMenage = b.tailleMenage;
        this.nombreAdultes = b.nombreAdultes;
        this.nombrePersonnesACharge = b.nombrePersonnesACharge;
        this.nombreEnfantsMineurs = b.nombreEnfantsMineurs;
        this.naissancesAttendues = b.naissancesAttendues;
        this.nombreEnfantsEnGarde = b.nombreEnfantsEnGarde;
        this.nombreActifs = b.nombreActifs;
        this.couple = b.couple;
        this.monoparental = b.monoparental;
        this.mutation = b.mutation;
        this.nombreCommunesSouhaitees = b.nombreCommunesSouhaitees;
        this.ressourcesMensuelles = b.ressourcesMensuelles;
        this.loyerMensuel = b.loyerMensuel;
        this.tauxEffort = b.tauxEffort;
        this.resteAVivre = b.resteAVivre;
        this.resteAVivreParUC = b.resteAVivreParUC;
        this.personnesParPiece = b.personnesParPiece;
        this.m2ParPersonne = b.m2ParPersonne;
    }

    /**
     * A builder with every quantity zero, false or null. The engine derives the {@code Dossier} of a demande itself
     * ({@link fr.cotation.CotationEngine#faits}); a builder serves a plain-Java reference of a grille or a test that
     * needs one with given quantities.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this dossier's quantities, to build a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ancienneteMois = ancienneteMois;
        b.moisDepuisRenouvellement = moisDepuisRenouvellement;
        b.ageDemandeur = ageDemandeur;
        b.tailleMenage = tailleMenage;
        b.nombreAdultes = nombreAdultes;
        b.nombrePersonnesACharge = nombrePersonnesACharge;
        b.nombreEnfantsMineurs = nombreEnfantsMineurs;
        b.naissancesAttendues = naissancesAttendues;
        b.nombreEnfantsEnGarde = nombreEnfantsEnGarde;
        b.nombreActifs = nombreActifs;
        b.couple = couple;
        b.monoparental = monoparental;
        b.mutation = mutation;
        b.nombreCommunesSouhaitees = nombreCommunesSouhaitees;
        b.ressourcesMensuelles = ressourcesMensuelles;
        b.loyerMensuel = loyerMensuel;
        b.tauxEffort = tauxEffort;
        b.resteAVivre = resteAVivre;
        b.resteAVivreParUC = resteAVivreParUC;
        b.personnesParPiece = personnesParPiece;
        b.m2ParPersonne = m2ParPersonne;
        return b;
    }

    /** Collects the quantities of a {@link Dossier} by name; each getter of {@code Dossier} says what one means. */
    public static final class Builder {
        private int ancienneteMois;
        private int moisDepuisRenouvellement;
        private int ageDemandeur;
        private int tailleMenage;
        private int nombreAdultes;
        private int nombrePersonnesACharge;
        private int nombreEnfantsMineurs;
        private int naissancesAttendues;
        private int nombreEnfantsEnGarde;
        private int nombreActifs;
        private boolean couple;
        private boolean monoparental;
        private boolean mutation;
        private int nombreCommunesSouhaitees;
        private double ressourcesMensuelles;
        private double loyerMensuel;
        private Double tauxEffort;
        private Double resteAVivre;
        private Double resteAVivreParUC;
        private Double personnesParPiece;
        private Double m2ParPersonne;

        private Builder() {
        }

        public Builder ancienneteMois(int ancienneteMois) {
            this.ancienneteMois = ancienneteMois;
            return this;
        }

        public Builder moisDepuisRenouvellement(int moisDepuisRenouvellement) {
            this.moisDepuisRenouvellement = moisDepuisRenouvellement;
            return this;
        }

        public Builder ageDemandeur(int ageDemandeur) {
            this.ageDemandeur = ageDemandeur;
            return this;
        }

        public Builder tailleMenage(int tailleMenage) {
            this.tailleMenage = tailleMenage;
            return this;
        }

        public Builder nombreAdultes(int nombreAdultes) {
            this.nombreAdultes = nombreAdultes;
            return this;
        }

        public Builder nombrePersonnesACharge(int nombrePersonnesACharge) {
            this.nombrePersonnesACharge = nombrePersonnesACharge;
            return this;
        }

        public Builder nombreEnfantsMineurs(int nombreEnfantsMineurs) {
            this.nombreEnfantsMineurs = nombreEnfantsMineurs;
            return this;
        }

        public Builder naissancesAttendues(int naissancesAttendues) {
            this.naissancesAttendues = naissancesAttendues;
            return this;
        }

        public Builder nombreEnfantsEnGarde(int nombreEnfantsEnGarde) {
            this.nombreEnfantsEnGarde = nombreEnfantsEnGarde;
            return this;
        }

        public Builder nombreActifs(int nombreActifs) {
            this.nombreActifs = nombreActifs;
            return this;
        }

        public Builder couple(boolean couple) {
            this.couple = couple;
            return this;
        }

        public Builder monoparental(boolean monoparental) {
            this.monoparental = monoparental;
            return this;
        }

        public Builder mutation(boolean mutation) {
            this.mutation = mutation;
            return this;
        }

        public Builder nombreCommunesSouhaitees(int nombreCommunesSouhaitees) {
            this.nombreCommunesSouhaitees = nombreCommunesSouhaitees;
            return this;
        }

        public Builder ressourcesMensuelles(double ressourcesMensuelles) {
            this.ressourcesMensuelles = ressourcesMensuelles;
            return this;
        }

        public Builder loyerMensuel(double loyerMensuel) {
            this.loyerMensuel = loyerMensuel;
            return this;
        }

        public Builder tauxEffort(Double tauxEffort) {
            this.tauxEffort = tauxEffort;
            return this;
        }

        public Builder resteAVivre(Double resteAVivre) {
            this.resteAVivre = resteAVivre;
            return this;
        }

        public Builder resteAVivreParUC(Double resteAVivreParUC) {
            this.resteAVivreParUC = resteAVivreParUC;
            return this;
        }

        public Builder personnesParPiece(Double personnesParPiece) {
            this.personnesParPiece = personnesParPiece;
            return this;
        }

        public Builder m2ParPersonne(Double m2ParPersonne) {
            this.m2ParPersonne = m2ParPersonne;
            return this;
        }

        public Dossier build() {
            return new Dossier(this);
        }
    }

    /** Whole months from the first filing to the evaluation date (ancienneté of the demande), counted as délais are (art. 641 CPC): 31 January to 28 February is one month. */
    public int getAncienneteMois() {
        return ancienneteMois;
    }

    /** Whole months from the last renewal (or the first filing if never renewed) to the evaluation date. */
    public int getMoisDepuisRenouvellement() {
        return moisDepuisRenouvellement;
    }

    /** Age of the demandeur in whole years at the evaluation date (an age criterion must be explicit in the grille). */
    public int getAgeDemandeur() {
        return ageDemandeur;
    }

    /** Persons of the household: adults, dependants and expected births. */
    public int getTailleMenage() {
        return tailleMenage;
    }

    /** The demandeur and the cotitulaires. */
    public int getNombreAdultes() {
        return nombreAdultes;
    }

    /** Dependants living in the household. */
    public int getNombrePersonnesACharge() {
        return nombrePersonnesACharge;
    }

    /** Dependent children under 18 at the evaluation date. */
    public int getNombreEnfantsMineurs() {
        return nombreEnfantsMineurs;
    }

    /** Expected births. */
    public int getNaissancesAttendues() {
        return naissancesAttendues;
    }

    /** Children in shared custody or with visiting rights. */
    public int getNombreEnfantsEnGarde() {
        return nombreEnfantsEnGarde;
    }

    /** Adults in paid work (CDI, CDD, artisan, apprentice). */
    public int getNombreActifs() {
        return nombreActifs;
    }

    /** The demandeur applies with a spouse, a PACS partner or a concubin. */
    public boolean isCouple() {
        return couple;
    }

    /** One adult with at least one minor child living in the household (dependant, expected, or in shared custody; not a child seen under visiting rights). */
    public boolean isMonoparental() {
        return monoparental;
    }

    /** The household already rents social housing (demande de mutation). */
    public boolean isMutation() {
        return mutation;
    }

    /** Wished communes. */
    public int getNombreCommunesSouhaitees() {
        return nombreCommunesSouhaitees;
    }

    /** Monthly resources of the household in euros, alimony paid deducted. */
    public double getRessourcesMensuelles() {
        return ressourcesMensuelles;
    }

    /** Monthly rent of the current housing in euros, 0 if none. */
    public double getLoyerMensuel() {
        return loyerMensuel;
    }

    /** Taux d'effort in percent: rent × 100 ÷ resources; null when there is no rent or no resource. Exact at boundaries: 300 € for 1,000 € is 30.0. */
    public Double getTauxEffort() {
        return tauxEffort;
    }

    /** Resources minus rent, euros per month; null when resources are unknown. */
    public Double getResteAVivre() {
        return resteAVivre;
    }

    /** Reste à vivre per consumption unit (1 for the first adult, 0.5 per other person of 14 or more, 0.3 under 14), euros per month; null when resources are unknown. */
    public Double getResteAVivreParUC() {
        return resteAVivreParUC;
    }

    /** Occupants per room of the current dwelling (a T3 has 3 rooms, a chambre 1); null when unknown. */
    public Double getPersonnesParPiece() {
        return personnesParPiece;
    }

    /** Surface per occupant of the current dwelling in m²; null when unknown. */
    public Double getM2ParPersonne() {
        return m2ParPersonne;
    }

    @Override
    public String toString() {
        return "Dossier(anciennete=" + ancienneteMois + " mois, menage=" + tailleMenage + ", tauxEffort=" + tauxEffort + ")";
    }
}
