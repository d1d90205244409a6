package fr.cotation.attribution;

import fr.cotation.demande.Typologie;

import java.math.BigDecimal;

/**
 * A dwelling that becomes free (logement à attribuer), as the landlord describes it to the commission. Immutable;
 * build one with {@link #builder()}. Nothing is checked on construction: {@link PropositionCandidats} reports a missing or
 * impossible field by name before it examines any demande.
 *
 * @param reference    the landlord's reference, free text, {@code null} if none
 * @param commune      INSEE code of its commune
 * @param typologie    typology (T1 ... T6 et plus)
 * @param surface      surface habitable in m², {@code null} if not given
 * @param etage        floor (0 for the ground floor), {@code null} if not given
 * @param ascenseur    the building has a lift
 * @param accessibilite how far it is adapted to reduced mobility
 * @param loyer        monthly rent (loyer principal) in euros
 * @param charges      monthly service charges in euros (zero if included)
 * @param financement  the financing that sets the plafond de ressources
 * @param qpv          it lies in a quartier prioritaire de la politique de la ville (art. L.441-1 CCH: a share of
 *                     attributions outside the QPV goes to the lowest-income quartile)
 * @param contingent   the reservation contingent it falls under ({@code typeReservataire})
 * @param zone         zone of the plafonds de ressources; {@code null} to derive it from the commune
 *                     ({@link ZonePlafonds#deLaCommune})
 */
public record Logement(String reference, String commune, Typologie typologie, BigDecimal surface, Integer etage,
                       boolean ascenseur, Accessibilite accessibilite, BigDecimal loyer, BigDecimal charges,
                       Financement financement, boolean qpv, Contingent contingent, ZonePlafonds zone) {

    public Logement {
        accessibilite = accessibilite == null ? Accessibilite.NON_ADAPTE : accessibilite;
        charges = charges == null ? BigDecimal.ZERO : charges;
        contingent = contingent == null ? Contingent.AUCUN : contingent;
    }

    /** Rent plus charges, euros per month; {@code null} when the rent is not given. */
    public BigDecimal loyerChargesComprises() {
        return loyer == null ? null : loyer.add(charges);
    }

    /** The zone of its plafonds de ressources: the one given, else the commune's when its code decides it. */
    public java.util.Optional<ZonePlafonds> zonePlafonds() {
        return zone != null ? java.util.Optional.of(zone) : ZonePlafonds.deLaCommune(commune);
    }

    /** A builder: commune, typology, rent and financing are needed; the rest has defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Logement}; by default on the ground floor unknown, no lift, not adapted, PLUS, no contingent. */
    public static final class Builder {
        private String reference;
        private String commune;
        private Typologie typologie;
        private BigDecimal surface;
        private Integer etage;
        private boolean ascenseur;
        private Accessibilite accessibilite = Accessibilite.NON_ADAPTE;
        private BigDecimal loyer;
        private BigDecimal charges = BigDecimal.ZERO;
        private Financement financement = Financement.PLUS;
        private boolean qpv;
        private Contingent contingent = Contingent.AUCUN;
        private ZonePlafonds zone;

        private Builder() {
        }

        /** The landlord's reference of the dwelling, free text. */
        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        /** INSEE code of the commune. */
        public Builder commune(String codeInsee) {
            this.commune = codeInsee;
            return this;
        }

        /** The typology (T1 ... T6 et plus). */
        public Builder typologie(Typologie typologie) {
            this.typologie = typologie;
            return this;
        }

        /** Surface habitable in m². */
        public Builder surface(double m2) {
            this.surface = BigDecimal.valueOf(m2);
            return this;
        }

        /** Floor (0: ground floor) and whether there is a lift. */
        public Builder etage(int etage, boolean ascenseur) {
            this.etage = etage;
            this.ascenseur = ascenseur;
            return this;
        }

        /** How far it is adapted to reduced mobility (default: not adapted). */
        public Builder accessibilite(Accessibilite accessibilite) {
            this.accessibilite = accessibilite;
            return this;
        }

        /** Monthly rent and charges in euros. */
        public Builder loyer(double loyer, double charges) {
            this.loyer = BigDecimal.valueOf(loyer);
            this.charges = BigDecimal.valueOf(charges);
            return this;
        }

        /** The financing that sets the plafond de ressources (default PLUS). */
        public Builder financement(Financement financement) {
            this.financement = financement;
            return this;
        }

        /** It lies in a quartier prioritaire de la politique de la ville. */
        public Builder qpv(boolean qpv) {
            this.qpv = qpv;
            return this;
        }

        /** The reservation contingent ({@code typeReservataire}; default: hors contingent). */
        public Builder contingent(Contingent contingent) {
            this.contingent = contingent;
            return this;
        }

        /** The zone of the plafonds de ressources, when the commune's code does not decide it (Île-de-France). */
        public Builder zone(ZonePlafonds zone) {
            this.zone = zone;
            return this;
        }

        /** The dwelling; not checked here (see {@link PropositionCandidats#problemes(Logement)}). */
        public Logement build() {
            return new Logement(reference, commune, typologie, surface, etage, ascenseur, accessibilite, loyer, charges,
                    financement, qpv, contingent, zone);
        }
    }
}
