package fr.cotation.attribution;

import java.util.Optional;
import java.util.Set;

/**
 * The three zones of the plafonds de ressources of social housing (annexe I of the arrêté du 29 juillet 1987).
 * PACA is {@link #AUTRES_REGIONS}.
 */
public enum ZonePlafonds {
    /** Paris and the communes bordering it. */
    PARIS_COMMUNES_LIMITROPHES("Paris et communes limitrophes"),
    /** Île-de-France outside Paris and the communes bordering it. */
    ILE_DE_FRANCE("Île-de-France hors Paris et communes limitrophes"),
    /** Every other region of metropolitan France. */
    AUTRES_REGIONS("Autres régions");

    private static final Set<String> ILE_DE_FRANCE_HORS_PARIS = Set.of("77", "78", "91", "92", "93", "94", "95");

    private final String libelle;

    ZonePlafonds(String libelle) {
        this.libelle = libelle;
    }

    /** French label, as the arrêté heads its columns. */
    public String libelle() {
        return libelle;
    }

    /**
     * The zone of a commune when its INSEE code alone decides it: Paris (75) and the metropolitan départements
     * outside Île-de-France. Empty for the other Île-de-France départements (some of their communes border Paris:
     * give the zone on the {@link Logement}) and for overseas (other ceilings, not shipped).
     */
    public static Optional<ZonePlafonds> deLaCommune(String codeInsee) {
        if (codeInsee == null || codeInsee.length() != 5) {
            return Optional.empty();
        }
        String dep = codeInsee.substring(0, 2);
        if (dep.equals("75")) {
            return Optional.of(PARIS_COMMUNES_LIMITROPHES);
        }
        if (ILE_DE_FRANCE_HORS_PARIS.contains(dep) || dep.equals("97")) {
            return Optional.empty();
        }
        return Optional.of(AUTRES_REGIONS);
    }
}
