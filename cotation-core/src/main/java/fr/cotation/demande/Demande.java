package fr.cotation.demande;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A demande de logement social, as registered on the CERFA 14069 form and exchanged in the national
 * format (interfaceNuu). Immutable; build one with {@link #builder()}.
 *
 * <p>A demande is scored in each of its {@linkplain #communesSouhaitees() wished communes}: the commune
 * decides the EPCI, hence the grille. The record holds what was declared; it is not checked on
 * construction: use {@code CotationEngine.validate} to get every problem at once.
 *
 * @param numeroUnique       numéro unique d'enregistrement
 * @param dateDepot          date of the first filing, the base of ancienneté (it keeps running across renewals)
 * @param dateRenouvellement date of the last renewal or update, {@code null} if never renewed
 * @param menage             the household
 * @param logementActuel     the current housing
 * @param motifs             reasons of the demande, each with its proof status
 * @param typologies         typologies sought
 * @param communesSouhaitees wished communes, INSEE codes, in the applicant's order (up to 8 on the form)
 * @param dalo               DALO status
 * @param labelPdalhpd       proof status of the household's priority label under the departmental plan
 *                           (PDALHPD), {@code null} when not labelled
 * @param handicap           handicap needs, {@code null} if none
 * @param refus              proposals refused
 * @param mutation           the household is already a social tenant (demande de mutation)
 * @param situations         other declared situations, each with its proof status
 * @param renouvellementInconnu the source does not say when the demande was last renewed (a document of the national
 *                           format without its renewal element): {@code dateRenouvellement} is then {@code null} and
 *                           means "unknown", not "never renewed", so the demande is not taken as expired; always
 *                           {@code false} when {@code dateRenouvellement} is given
 */
public record Demande(String numeroUnique, LocalDate dateDepot, LocalDate dateRenouvellement, Menage menage,
                      LogementActuel logementActuel, List<Motif> motifs, List<Typologie> typologies,
                      List<String> communesSouhaitees, Dalo dalo, Preuve labelPdalhpd, Handicap handicap,
                      List<PropositionRefusee> refus, boolean mutation, List<SituationDeclaree> situations,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean renouvellementInconnu) {

    /** The number of wished communes the CERFA form allows. */
    public static final int COMMUNES_SOUHAITEES_MAX = 8;

    public Demande {
        motifs = copy(motifs);
        typologies = copy(typologies);
        communesSouhaitees = copy(communesSouhaitees);
        refus = copy(refus);
        situations = copy(situations);
        dalo = dalo == null ? Dalo.NON : dalo;
        renouvellementInconnu = renouvellementInconnu && dateRenouvellement == null;
    }

    /** A demande whose renewal is known: {@code dateRenouvellement}, or never renewed when {@code null}. */
    public Demande(String numeroUnique, LocalDate dateDepot, LocalDate dateRenouvellement, Menage menage,
                   LogementActuel logementActuel, List<Motif> motifs, List<Typologie> typologies,
                   List<String> communesSouhaitees, Dalo dalo, Preuve labelPdalhpd, Handicap handicap,
                   List<PropositionRefusee> refus, boolean mutation, List<SituationDeclaree> situations) {
        this(numeroUnique, dateDepot, dateRenouvellement, menage, logementActuel, motifs, typologies,
                communesSouhaitees, dalo, labelPdalhpd, handicap, refus, mutation, situations, false);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A builder for a demande; it reads like the form, for tests and imports alike. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this demande, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.numeroUnique = numeroUnique;
        b.dateDepot = dateDepot;
        b.dateRenouvellement = dateRenouvellement;
        b.demandeur = menage == null ? null : menage.demandeur();
        if (menage != null) {
            b.cotitulaires.addAll(menage.cotitulaires());
            b.personnesACharge.addAll(menage.personnesACharge());
            b.naissancesAttendues = menage.naissancesAttendues();
            b.enfantsEnGarde.addAll(menage.enfantsEnGarde());
        }
        b.logementActuel = logementActuel;
        b.motifs.addAll(motifs);
        b.typologies.addAll(typologies);
        b.communesSouhaitees.addAll(communesSouhaitees);
        b.dalo = dalo;
        b.labelPdalhpd = labelPdalhpd;
        b.handicap = handicap;
        b.refus.addAll(refus);
        b.mutation = mutation;
        b.situations.addAll(situations);
        b.renouvellementInconnu = renouvellementInconnu;
        return b;
    }

    /**
     * Builds a {@link Demande}. Lists are appended to in call order; {@link #build()} may be called
     * several times.
     */
    public static final class Builder {
        private String numeroUnique;
        private LocalDate dateDepot;
        private LocalDate dateRenouvellement;
        private Adulte demandeur;
        private final List<Cotitulaire> cotitulaires = new ArrayList<>();
        private final List<PersonneACharge> personnesACharge = new ArrayList<>();
        private int naissancesAttendues;
        private final List<EnfantEnGarde> enfantsEnGarde = new ArrayList<>();
        private LogementActuel logementActuel;
        private final List<Motif> motifs = new ArrayList<>();
        private final List<Typologie> typologies = new ArrayList<>();
        private final List<String> communesSouhaitees = new ArrayList<>();
        private Dalo dalo = Dalo.NON;
        private Preuve labelPdalhpd;
        private Handicap handicap;
        private final List<PropositionRefusee> refus = new ArrayList<>();
        private boolean mutation;
        private final List<SituationDeclaree> situations = new ArrayList<>();
        private boolean renouvellementInconnu;

        private Builder() {
        }

        public Builder numeroUnique(String numeroUnique) {
            this.numeroUnique = numeroUnique;
            return this;
        }

        /** Date of the first filing. */
        public Builder deposeeLe(LocalDate dateDepot) {
            this.dateDepot = dateDepot;
            return this;
        }

        /** Date of the last renewal. */
        public Builder renouveleeLe(LocalDate dateRenouvellement) {
            this.dateRenouvellement = dateRenouvellement;
            return this;
        }

        /**
         * Whether the source says nothing of the last renewal (a national-format document without its renewal
         * element): without a renewal date, the demande is then "renewal unknown" rather than "never renewed".
         */
        public Builder renouvellementInconnu(boolean inconnu) {
            this.renouvellementInconnu = inconnu;
            return this;
        }

        public Builder demandeur(Adulte demandeur) {
            this.demandeur = demandeur;
            return this;
        }

        public Builder cotitulaire(Adulte personne, LienDemandeur lien) {
            cotitulaires.add(new Cotitulaire(personne, lien));
            return this;
        }

        public Builder personneACharge(PersonneACharge personne) {
            personnesACharge.add(personne);
            return this;
        }

        /** A child of the demandeur living in the household. */
        public Builder enfant(LocalDate dateNaissance) {
            return personneACharge(PersonneACharge.enfantNeLe(dateNaissance));
        }

        public Builder naissancesAttendues(int nombre) {
            this.naissancesAttendues = nombre;
            return this;
        }

        public Builder enfantEnGarde(LocalDate dateNaissance, Coparentalite coparentalite) {
            enfantsEnGarde.add(new EnfantEnGarde(dateNaissance, coparentalite));
            return this;
        }

        public Builder logementActuel(LogementActuel logementActuel) {
            this.logementActuel = logementActuel;
            return this;
        }

        /**
         * The current housing in the common case: its kind and commune, the rent, the occupants, the
         * type and the surface; the housing situation is declared.
         */
        public Builder logeEn(ModeleLogement modele, String commune, double loyerMensuel, int occupants,
                              Typologie type, double surface) {
            this.logementActuel = new LogementActuel(modele, commune, BigDecimal.valueOf(loyerMensuel), occupants,
                    type, BigDecimal.valueOf(surface), null, Preuve.DECLAREE);
            return this;
        }

        /** A housing with no rent, dwelling type or surface (hosted, homeless, shelter...). */
        public Builder logeEn(ModeleLogement modele, String commune, Preuve preuve) {
            this.logementActuel = new LogementActuel(modele, commune, null, null, null, null, null, preuve);
            return this;
        }

        public Builder motif(MotifDemande code, Preuve preuve) {
            motifs.add(new Motif(code, preuve));
            return this;
        }

        /** A declared reason. */
        public Builder motif(MotifDemande code) {
            return motif(code, Preuve.DECLAREE);
        }

        public Builder typologies(Typologie... typologies) {
            this.typologies.addAll(List.of(typologies));
            return this;
        }

        /** Wished communes, INSEE codes, appended in order. */
        public Builder communesSouhaitees(String... codesInsee) {
            communesSouhaitees.addAll(List.of(codesInsee));
            return this;
        }

        public Builder dalo(StatutDalo statut, LocalDate dateDecision, Preuve preuve) {
            this.dalo = new Dalo(statut, dateDecision, preuve);
            return this;
        }

        /** The household is labelled priority by the departmental plan (PDALHPD). */
        public Builder labelPdalhpd(Preuve preuve) {
            this.labelPdalhpd = preuve;
            return this;
        }

        public Builder handicap(Handicap handicap) {
            this.handicap = handicap;
            return this;
        }

        public Builder refus(LocalDate date, boolean motifLegitime) {
            refus.add(new PropositionRefusee(date, motifLegitime));
            return this;
        }

        /** The household already rents social housing: a demande de mutation. */
        public Builder mutation(boolean mutation) {
            this.mutation = mutation;
            return this;
        }

        /** A declared situation of the catalogue (see {@code fr.cotation.regles.Situations}). */
        public Builder situation(String code, Preuve preuve) {
            situations.add(new SituationDeclaree(code, null, preuve));
            return this;
        }

        public Builder situation(SituationDeclaree situation) {
            situations.add(situation);
            return this;
        }

        public Demande build() {
            Menage menage = new Menage(demandeur, cotitulaires, personnesACharge, naissancesAttendues, enfantsEnGarde);
            return new Demande(numeroUnique, dateDepot, dateRenouvellement, menage, logementActuel, motifs, typologies,
                    communesSouhaitees, dalo, labelPdalhpd, handicap, refus, mutation, situations,
                    renouvellementInconnu);
        }
    }
}
