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

    public Dossier(int ancienneteMois, int moisDepuisRenouvellement, int ageDemandeur, int tailleMenage, int nombreAdultes, int nombrePersonnesACharge, int nombreEnfantsMineurs, int naissancesAttendues, int nombreEnfantsEnGarde, int nombreActifs, boolean couple, boolean monoparental, boolean mutation, int nombreCommunesSouhaitees, double ressourcesMensuelles, double loyerMensuel, Double tauxEffort, Double resteAVivre, Double resteAVivreParUC, Double personnesParPiece, Double m2ParPersonne) {
        this.ancienneteMois = ancienneteMois;
        this.moisDepuisRenouvellement = moisDepuisRenouvellement;
        this.ageDemandeur = ageDemandeur;
        this.tailleMenage = tailleMenage;
        this.nombreAdultes = nombreAdultes;
        this.nombrePersonnesACharge = nombrePersonnesACharge;
        this.nombreEnfantsMineurs = nombreEnfantsMineurs;
        this.naissancesAttendues = naissancesAttendues;
        this.nombreEnfantsEnGarde = nombreEnfantsEnGarde;
        this.nombreActifs = nombreActifs;
        this.couple = couple;
        this.monoparental = monoparental;
        this.mutation = mutation;
        this.nombreCommunesSouhaitees = nombreCommunesSouhaitees;
        this.ressourcesMensuelles = ressourcesMensuelles;
        this.loyerMensuel = loyerMensuel;
        this.tauxEffort = tauxEffort;
        this.resteAVivre = resteAVivre;
        this.resteAVivreParUC = resteAVivreParUC;
        this.personnesParPiece = personnesParPiece;
        this.m2ParPersonne = m2ParPersonne;
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
