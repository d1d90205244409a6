package fr.cotation.equite;

import java.time.LocalDate;
import java.util.List;

/**
 * The fairness report of one pack ({@code rapport d'équité}): each property with its outcome and number of cases, a
 * shrunk counterexample for each property that fails, and descriptive statistics over the generated stock.
 * {@code fr.cotation.publication.RapportEquitePublie} renders it in Markdown and HTML, for publication next to the
 * published grille.
 *
 * @param pack           the pack's id
 * @param version        its version
 * @param nom            the name of its territory
 * @param dateEvaluation the evaluation date of every scoring
 * @param graine         the generator's seed
 * @param cas            demandes generated
 * @param proprietes     one result per property verified, in the order of {@link Propriete}
 * @param statistiques   the notes of the generated stock
 * @param contrefactuels per protected ground, how totals move when only a fact tied to it changes (issue 16)
 * @param disparites     per group of each attribute the generator varies, its share of the best notes (issue 16)
 */
public record RapportEquite(String pack, String version, String nom, LocalDate dateEvaluation, long graine, int cas,
                            List<ProprieteResult> proprietes, Statistiques statistiques,
                            List<Contrefactuel> contrefactuels, List<Disparite> disparites) {

    public RapportEquite {
        proprietes = List.copyOf(proprietes);
        contrefactuels = contrefactuels == null ? List.of() : List.copyOf(contrefactuels);
        disparites = disparites == null ? List.of() : List.copyOf(disparites);
    }

    /** The groups flagged by the four-fifths rule. */
    public List<Disparite> disparitesSignalees() {
        return disparites.stream().filter(Disparite::signalee).toList();
    }

    /**
     * The flagged groups whose gap is driven by a criterion that treats a protected ground unfavourably (C020): errors,
     * which fail {@code cotation verify} (issue 16, item 3).
     */
    public List<Disparite> disparitesEnErreur() {
        return disparites.stream().filter(x -> x.gravite() == fr.cotation.conformite.Gravite.ERREUR).toList();
    }

    /** A report without counterfactuals. */
    public RapportEquite(String pack, String version, String nom, LocalDate dateEvaluation, long graine, int cas,
                         List<ProprieteResult> proprietes, Statistiques statistiques) {
        this(pack, version, nom, dateEvaluation, graine, cas, proprietes, statistiques, List.of(), List.of());
    }

    /** No property verified fails (some may be {@code non concluante}: see {@link #concluant()}). */
    public boolean reussi() {
        return proprietes.stream().allMatch(ProprieteResult::reussie);
    }

    /** Every property was tested on enough demandes ({@link ProprieteResult#CAS_MINIMUM}) to say it holds. */
    public boolean concluant() {
        return proprietes.stream().noneMatch(p -> p.statut() == ProprieteResult.Statut.NON_CONCLUANTE);
    }

    /** The result of one property, if it was verified. */
    public java.util.Optional<ProprieteResult> propriete(Propriete p) {
        return proprietes.stream().filter(r -> r.propriete() == p).findFirst();
    }

    /** One line per property, for a console: {@code 3. Monotonie : réussie (1000 cas)}. */
    public List<String> resume() {
        return proprietes.stream().map(RapportEquite::ligne).toList();
    }

    private static String ligne(ProprieteResult r) {
        StringBuilder sb = new StringBuilder().append(r.propriete().numero()).append(". ")
                .append(r.propriete().libelle()).append(" : ").append(switch (r.statut()) {
                    case VERIFIEE -> "réussie";
                    case ECHEC -> "ÉCHEC";
                    case NON_CONCLUANTE -> "NON CONCLUANTE";
                })
                .append(" (").append(r.cas()).append(" cas");
        if (r.echecs() > 0) {
            sb.append(", ").append(r.echecs()).append(" en échec");
        }
        if (r.exceptions() > 0) {
            sb.append(", ").append(r.exceptions()).append(" exception(s) déclarée(s)");
        }
        sb.append(')');
        if (r.nonConcluante() != null) {
            sb.append(" — ").append(r.nonConcluante());
        }
        ContreExemple c = r.contreExemple();
        if (c != null) {
            sb.append(" — contre-exemple : graine ").append(c.graine()).append(", demande ").append(c.index())
                    .append(", ").append(c.controle()).append(" : ").append(c.message());
        }
        return sb.toString();
    }
}
