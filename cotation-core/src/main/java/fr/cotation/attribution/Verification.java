package fr.cotation.attribution;

/**
 * One adequacy check of a demande for a dwelling, with the values compared: "ressources 24 100 € ≤ plafond
 * 23 403 € ?" is {@code attendu = "≤ 23 403 € (PLUS, autres régions, catégorie 1)"}, {@code constate = "24 100 €"}.
 *
 * @param controle    which check
 * @param statut      met, near miss, not met, or impossible to check for want of data
 * @param constate    the demande's value, in French
 * @param attendu     the limit or the expected value, in French
 * @param explication a sentence saying why, for the commission
 */
public record Verification(Controle controle, Statut statut, String constate, String attendu, String explication) {

    /** The checks, in the order they are shown. */
    public enum Controle {
        /** The dwelling's commune is among the wished ones (or in their EPCI when the territory widens). */
        COMMUNE("commune souhaitée"),
        /** The dwelling's typology is among those sought. */
        TYPOLOGIE("typologie recherchée"),
        /** The household size fits the typology (the territory's occupancy table). */
        OCCUPATION("taille du ménage"),
        /** The reference income is under the ceiling of the dwelling's financing (plafonds de ressources). */
        PLAFOND_RESSOURCES("plafond de ressources"),
        /** The rent keeps the taux d'effort under the territory's limit. */
        TAUX_EFFORT("taux d'effort"),
        /** The rent leaves a reste à vivre per consumption unit above the territory's limit. */
        RESTE_A_VIVRE("reste à vivre"),
        /** Handicap needs match the dwelling's accessibility, floor and lift. */
        ACCESSIBILITE("accessibilité");

        private final String libelle;

        Controle(String libelle) {
            this.libelle = libelle;
        }

        /** French label. */
        public String libelle() {
            return libelle;
        }
    }

    /** Outcome of one check. */
    public enum Statut {
        /** Met. */
        RESPECTE("respecté"),
        /** Not met, but within the territory's near-miss tolerance: shown to the commission, not proposed. */
        PROCHE("de peu"),
        /** Not met: the demande is not adequate. */
        NON_RESPECTE("non respecté"),
        /** Cannot be checked (a value is missing): the demande stays proposed, the check is to be made. */
        A_VERIFIER("à vérifier");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        /** French label. */
        public String libelle() {
            return libelle;
        }
    }
}
