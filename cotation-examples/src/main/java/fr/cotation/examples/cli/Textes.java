package fr.cotation.examples.cli;

import fr.cotation.classement.DelaiAttente;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.pack.Analogie;

import java.util.Locale;

/** The French phrases of the classement's groups and waiting times, as the tool and the demo print them. */
public final class Textes {
    private Textes() {
    }

    /** "T3 à Antibes (06004)", "T3 dans CA de Sophia Antipolis (200039915)", "+ ressources de 600 € …". */
    public static String groupe(GroupeAnalogue g) {
        String lieu = (g.nomTerritoire() == null ? "" : g.nomTerritoire() + " ") + "(" + g.territoire() + ")";
        String s = g.typologie().libelle() + (g.analogie() == Analogie.TYPOLOGIE_EPCI ? " dans " : " à ") + lieu;
        return g.tranche() == null ? s : s + ", ressources " + g.tranche().libelle();
    }

    /**
     * "18,5 mois en moyenne, médiane 16 mois (37 attributions du 2024-07-01 au 2025-06-30)", or why there is no
     * figure, naming the fallback to the EPCI when one is used.
     *
     * @param historique whether an attribution history was given at all
     */
    public static String delai(DelaiAttente d, boolean historique) {
        if (!historique || d == null) {
            return "inconnu (aucun historique d'attributions donné)";
        }
        return d.retenu().map(r -> (r == d ? "" : "trop peu d'attributions ici (" + d.nombre() + ", il en faut "
                        + d.minimum() + ") ; dans " + lieu(r) + " : ") + chiffres(r))
                .orElse("trop peu d'attributions pour un délai fiable (" + d.nombre() + " ici, il en faut " + d.minimum()
                        + (d.repli() == null ? "" : " ; " + d.repli().nombre() + " dans " + lieu(d.repli())) + ")");
    }

    private static String chiffres(DelaiAttente d) {
        return String.format(Locale.FRANCE, "%.1f mois en moyenne, médiane %s mois (%d attributions du %s au %s)",
                d.moyenneMois(), mois(d.medianeMois()), d.nombre(), d.debut(), d.fin());
    }

    private static String mois(double m) {
        return m == Math.rint(m) ? String.valueOf((long) m) : String.format(Locale.FRANCE, "%.1f", m);
    }

    private static String lieu(DelaiAttente d) {
        return (d.nomTerritoire() == null ? "" : d.nomTerritoire() + " ") + "(" + d.territoire() + ")";
    }
}
