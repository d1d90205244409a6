package fr.cotation.bilan;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The kind of réservataire that holds a convention de gestion en flux with a bailleur (art. L.441-1 and R.441-5
 * CCH): the State (préfet), Action Logement, a commune, an EPCI, a département, or another réservataire.
 */
public enum TypeReservataire {
    /** L'État (préfet): at most 30 % of each bailleur's flux, of which at most 5 % for State agents (art. R.441-5). */
    ETAT("État"),
    /** Action Logement: employees of contributing firms. */
    ACTION_LOGEMENT("Action Logement"),
    /** Une commune, in return for land, funding or a loan guarantee (art. L.441-1). */
    COMMUNE("Commune"),
    /** Un EPCI. */
    EPCI("EPCI"),
    /** Un département. */
    DEPARTEMENT("Département"),
    /** Un autre réservataire. */
    AUTRE("Autre réservataire");

    private final String libelle;

    TypeReservataire(String libelle) {
        this.libelle = libelle;
    }

    /** The French label, as a report prints it. */
    public String libelle() {
        return libelle;
    }

    /**
     * The constant named {@code texte}: its name ({@code ACTION_LOGEMENT}) or its label ({@code Action Logement}),
     * case, accents, spaces and dashes ignored.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static TypeReservataire lire(String texte) {
        if (texte != null) {
            String t = cle(texte);
            for (TypeReservataire r : values()) {
                if (cle(r.name()).equals(t) || cle(r.libelle).equals(t)) {
                    return r;
                }
            }
            if (t.equals("autre")) {
                return AUTRE;
            }
        }
        throw new IllegalArgumentException("typeReservataire inconnu : " + texte
                + " (attendu : ETAT, ACTION_LOGEMENT, COMMUNE, EPCI, DEPARTEMENT ou AUTRE)");
    }

    private static String cle(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_-]+", "");
    }
}
