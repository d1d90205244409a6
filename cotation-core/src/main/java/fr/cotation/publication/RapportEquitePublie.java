package fr.cotation.publication;

import fr.cotation.internal.redaction.Document;
import fr.cotation.internal.redaction.Texte;

import fr.cotation.Cotation;
import fr.cotation.Ligne;
import fr.cotation.equite.ContreExemple;
import fr.cotation.equite.Propriete;
import fr.cotation.equite.RapportEquite;
import fr.cotation.equite.ProprieteResult;
import fr.cotation.equite.Statistiques;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The published form of a fairness report ({@code rapport d'équité}, {@link RapportEquite}): the properties and their
 * outcome with the number of cases, a shrunk counterexample for each property that fails, and the descriptive
 * statistics of the notes of the generated stock, so that a commission d'attribution (CIL) and the public can see
 * whom a grille favours. In French, in Markdown and as a standalone HTML page (inline CSS, no script), like the
 * published grille ({@link GrillePubliee}). Deterministic: the same report gives the same bytes.
 */
public final class RapportEquitePublie {
    private final RapportEquite rapport;
    private final Document document;

    private RapportEquitePublie(RapportEquite rapport) {
        this.rapport = rapport;
        this.document = construire(rapport);
    }

    /** The published form of a report. */
    public static RapportEquitePublie de(RapportEquite rapport) {
        return new RapportEquitePublie(Objects.requireNonNull(rapport, "rapport"));
    }

    /** The report it renders. */
    public RapportEquite rapport() {
        return rapport;
    }

    /** The report as a Markdown page. */
    public String markdown() {
        return document.markdown();
    }

    /** The report as a standalone HTML page: inline CSS, no script, {@code lang="fr"}. */
    public String html() {
        return document.html();
    }

    private static Document construire(RapportEquite r) {
        Document d = new Document("Rapport d'équité — " + r.nom());
        d.paragraphe(Texte.de("Grille de cotation « " + r.nom() + " », version " + r.version() + " : ")
                .fort(!r.reussi() ? "des propriétés sont en échec" : !r.disparitesEnErreur().isEmpty()
                        ? "un critère défavorable à un motif protégé écarte un groupe des meilleures notes"
                        : !r.concluant()
                        ? "des propriétés ne sont pas concluantes (trop peu de demandes concernées)"
                        : "toutes les propriétés sont vérifiées")
                .brut(" sur " + entier(r.cas()) + " demandes fictives tirées au sort dans les communes du territoire "
                        + "(tirage n° " + r.graine() + ", que chacun peut refaire), cotées au "
                        + fr.cotation.internal.redaction.Francais.date(r.dateEvaluation()) + "."));
        d.paragraphe("Ce que ce rapport ne prouve pas : les demandes sont fictives. Elles mettent à l'épreuve les "
                + "règles de la grille, pas les demandes réelles du territoire ni les attributions qui en découlent. Une "
                + "propriété n'est dite vérifiée que si au moins " + ProprieteResult.CAS_MINIMUM + " demandes l'ont "
                + "mise en jeu ; sinon elle est « non concluante ».");
        d.paragraphe("Chaque demande passe par chaque propriété. Les propriétés, la façon de réduire une demande en "
                + "échec à l'essentiel et la façon de refaire ces essais sur une autre grille sont décrites dans la "
                + "documentation du projet cotation (docs/equite.md).");
        d.sommaire();
        d.section("Propriétés");
        List<List<Texte>> lignes = new ArrayList<>();
        for (ProprieteResult p : r.proprietes()) {
            lignes.add(List.of(Texte.de(p.propriete().numero() + ". " + p.propriete().libelle()),
                    p.statut() == ProprieteResult.Statut.VERIFIEE ? Texte.de(p.statut().libelle())
                            : Texte.vide().fort(p.statut().libelle()),
                    Texte.de(entier(p.cas())), Texte.de(entier(p.echecs())),
                    Texte.de(entier(p.sansObjet())), Texte.de(entier(p.exceptions()))));
        }
        d.tableau("Propriétés d'équité", List.of("Propriété", "Résultat", "Demandes", "En échec",
                "Contrôles sans objet", "Exceptions déclarées"), lignes);
        for (ProprieteResult p : r.proprietes()) {
            d.sousSection(p.propriete().numero() + ". " + p.propriete().libelle());
            List<Texte> details = new ArrayList<>(p.details().stream().map(Texte::de).toList());
            if (p.nonConcluante() != null) {
                details.add(0, Texte.vide().fort("Non concluante : ").brut(p.nonConcluante() + "."));
            }
            d.liste(details);
            if (p.contreExemple() != null) {
                contreExemple(d, p.contreExemple(), p.propriete() != Propriete.CLASSEMENT);
            }
        }
        statistiques(d, r.statistiques());
        contrefactuels(d, r.contrefactuels());
        disparites(d, r.disparites());
        d.pied(Texte.de("Rapport produit par la suite d'équité du logiciel libre cotation. Les demandes sont "
                + "fictives : les chiffres décrivent la grille, pas la demande réelle du territoire."));
        return d;
    }

    private static void contreExemple(Document d, ContreExemple c, boolean reductible) {
        d.paragraphe(Texte.vide().fort("Contre-exemple").brut(" (essai « " + c.controle() + " », demande n° "
                + c.index() + " du tirage n° " + c.graine() + (reductible ? ", réduite en " + c.etapes() + " étapes"
                : ", non réduite : le classement met en jeu deux demandes") + ") : " + c.message()));
        d.paragraphe(reductible ? "Demande réduite :" : "Demande classée à tort :");
        d.code("json", c.reduiteJson());
        if (!reductible && c.variante() != null) {
            d.paragraphe("Demande classée devant elle :");
            d.code("json", c.varianteJson());
        }
        List<List<Texte>> lignes = new ArrayList<>();
        for (Cotation x : c.attendu()) {
            lignesCotation(lignes, "référence", x);
        }
        for (Cotation x : c.obtenu()) {
            lignesCotation(lignes, "comparée", x);
        }
        if (!lignes.isEmpty()) {
            d.tableau("Cotations comparées", List.of("Cotation", "Commune", "Critère", "Rubrique", "Points"), lignes);
        }
    }

    private static void lignesCotation(List<List<Texte>> lignes, String quoi, Cotation c) {
        lignes.add(List.of(Texte.de(quoi), Texte.de(c.commune()), Texte.vide().fort("total"), Texte.vide(),
                Texte.vide().fort(c.total() == null ? "—" : nombre(c.total()))));
        for (Ligne l : c.lignes()) {
            lignes.add(List.of(Texte.de(quoi), Texte.de(c.commune()), Texte.de(l.critere()),
                    Texte.de(l.rubrique()), Texte.de(nombre(l.points()))));
        }
    }

    private static void statistiques(Document d, Statistiques s) {
        d.section("Statistiques descriptives");
        if (s.notes() == 0) {
            d.paragraphe("Aucune demande n'a de note dans le territoire.");
            return;
        }
        d.paragraphe("Notes des " + entier(s.notes()) + " demandes du stock fictif, dans la première commune souhaitée "
                + "du territoire : minimum " + n(s.minimum()) + ", premier quartile " + n(s.premierQuartile())
                + ", médiane " + n(s.mediane()) + ", troisième quartile " + n(s.troisiemeQuartile()) + ", maximum "
                + n(s.maximum()) + ". Le décile supérieur commence à " + n(s.seuilDecile()) + " points (rang le "
                + "plus proche ; avec des notes égales au seuil, il peut compter plus de 10 % des demandes).");
        List<List<Texte>> t = new ArrayList<>();
        for (Statistiques.Tranche x : s.tranches()) {
            // the bar is drawn for the eye only: screen readers skip it, the figures are in the two columns before
            t.add(List.of(Texte.de(n(x.de()) + " à moins de " + n(x.a())), Texte.de(entier(x.nombre())),
                    Texte.de(pct((double) x.nombre() / s.notes())), Texte.vide().decoratif(barre(x.nombre(), s.notes()))));
        }
        d.tableau("Distribution des notes", List.of("Notes", "Demandes", "Part", "Histogramme"), t);
        List<List<Texte>> g = new ArrayList<>();
        for (Statistiques.Groupe x : s.groupes()) {
            g.add(List.of(Texte.de(x.libelle()), Texte.de(entier(x.effectif())),
                    Texte.de(pct((double) x.effectif() / s.notes())),
                    Texte.de(x.mediane() == null ? "—" : n(x.mediane())),
                    Texte.de(x.partDecile() == null ? "—" : pct(x.partDecile()))));
        }
        d.tableau("Qui la grille favorise", List.of("Ménages", "Demandes", "Part du stock", "Note médiane",
                "Part dans le décile supérieur"), g);
        d.paragraphe("Une catégorie de l'art. L.441-1 compte les ménages qui en relèvent, que leur situation soit "
                + "déclarée ou prouvée. Le lien avec la commune : le ménage y habite ou un adulte en emploi y travaille.");
        partsLocales(d, s.partsLocales());
    }

    /** Issue 16, item 2: the share of the note that comes from local criteria, for the median households. */
    private static void partsLocales(Document d, List<Statistiques.PartLocale> ps) {
        if (ps.isEmpty()) {
            return;
        }
        d.sousSection("Part des critères locaux dans la note");
        d.paragraphe("La loi fait du DALO, des ménages du plan départemental (PDALHPD) et des catégories de l'art. "
                + "L.441-1 CCH les priorités d'attribution (art. L.441-1 et L.441-2-3 CCH). Les critères locaux "
                + "(tous les autres : ancienneté, situation, lien avec la commune...) ne devraient pas faire l'essentiel "
                + "de la note d'un ménage prioritaire. Un critère compte parmi les priorités quand il ne donne des "
                + "points qu'à des ménages prioritaires du stock, et n'en retire jamais. Pour le ménage médian de "
                + "chaque groupe (la moitié du groupe a une note inférieure ou égale à la sienne) :");
        List<List<Texte>> t = new ArrayList<>();
        for (Statistiques.PartLocale p : ps) {
            t.add(List.of(Texte.de(p.libelle()), Texte.de(entier(p.effectif())),
                    Texte.de(p.note() == null ? "—" : n(p.note())),
                    Texte.de(p.pointsLocaux() == null ? "—" : n(p.pointsLocaux())),
                    Texte.de(p.part() == null ? "—" : pct(p.part()))));
        }
        d.tableau("Part des critères locaux dans la note du ménage médian", List.of("Ménages", "Demandes",
                "Note du ménage médian", "Points venant des critères locaux", "Part locale de la note"), t);
    }

    private static void contrefactuels(Document d, List<fr.cotation.equite.Contrefactuel> cs) {
        if (cs.isEmpty()) {
            return;
        }
        d.section("Motifs protégés : ce qui change quand un seul fait change");
        d.paragraphe("La cotation ne lit jamais la nationalité, le sexe ou le nom. Mais d'autres faits s'y rattachent : "
                + "seuls des ressortissants étrangers demandent un logement pour un regroupement familial, un couple "
                + "se distingue d'une personne seule par sa situation de famille, une naissance attendue suppose une "
                + "grossesse. Pour chaque demande du stock (" + fr.cotation.equite.ProprieteResult.CAS_MINIMUM
                + " au moins, " + 200 + " au plus), on a coté la même demande avec et sans ce fait, tout le reste "
                + "égal. Un écart n'est pas toujours illégal : un besoin reconnu par la loi peut le justifier (le "
                + "contrôle de conformité le dit, critère par critère).");
        List<List<Texte>> t = new ArrayList<>();
        for (fr.cotation.equite.Contrefactuel c : cs) {
            String criteres = c.criteres().isEmpty() ? "aucun" : String.join(", ", c.criteres().entrySet().stream()
                    .map(e -> e.getKey() + " (" + entier(e.getValue()) + ")").toList());
            t.add(List.of(Texte.de(c.libelle()), Texte.de(c.changement()), Texte.de(entier(c.demandes())),
                    Texte.de(entier(c.modifiees())), Texte.de(signe(c.ecartMoyen())),
                    Texte.de(signe(c.ecartMin()) + " à " + signe(c.ecartMax())), Texte.de(criteres)));
        }
        d.tableau("Écarts de note par motif protégé", List.of("Motif", "Fait changé", "Demandes comparées",
                "Notes qui changent", "Écart moyen (points)", "Écart le plus bas et le plus haut", "Critères en cause "
                        + "(demandes)"), t);
    }

    private static void disparites(Document d, List<fr.cotation.equite.Disparite> ds) {
        if (ds.isEmpty()) {
            return;
        }
        d.section("Qui atteint les meilleures notes");
        d.paragraphe("Pour chaque caractéristique que le générateur fait varier, la part de chaque groupe parmi les "
                + "10 % et les 25 % de meilleures notes, comparée à sa part du stock. Un rapport sous 0,8 (règle des "
                + "quatre cinquièmes) est signalé, sur un groupe d'au moins 30 demandes, quand l'écart dépasse ce que le "
                + "hasard du tirage explique (deux écarts-types) et qu'un critère l'explique : "
                + "chaque critère retiré à son tour, les notes recalculées, le groupe repasse au-dessus de 0,8 sans "
                + "lui. Le sexe et la nationalité ne "
                + "sont jamais lus par la cotation : un écart sur eux passe par d'autres faits. Un écart peut venir "
                + "d'un besoin que la loi reconnaît (les priorités de l'art. L.441-1) : il se lit avec la grille. "
                + "C'est une erreur, et non un avertissement, quand le critère qui crée l'écart désavantage un motif "
                + "protégé (constat C020 du contrôle de conformité : code pénal art. 225-1 et 225-2).");
        List<List<Texte>> t = new ArrayList<>();
        for (fr.cotation.equite.Disparite x : ds) {
            t.add(List.of(Texte.de(x.attribut()), Texte.de(x.groupe()), Texte.de(entier(x.effectif())),
                    Texte.de(pct(x.partStock())), Texte.de(pct(x.partDecile())), Texte.de(pct(x.partQuartile())),
                    x.gravite() == fr.cotation.conformite.Gravite.ERREUR
                            ? Texte.vide().fort(fr.cotation.equite.Disparites.deux(x.ratio()) + " : erreur")
                            : x.signalee() ? Texte.vide().fort(fr.cotation.equite.Disparites.deux(x.ratio())
                            + " : avertissement") : Texte.de(fr.cotation.equite.Disparites.deux(x.ratio())),
                    Texte.de(x.criteres().isEmpty() ? "—" : String.join(", ", x.criteres()))));
        }
        d.tableau("Part des groupes parmi les meilleures notes", List.of("Caractéristique", "Groupe", "Demandes",
                "Part du stock", "Part des 10 % meilleures", "Part des 25 % meilleures", "Rapport le plus bas",
                "Critères en cause"), t);
    }

    /** A signed number, French style: −49, +1,5, 0 (real minus sign). */
    static String signe(BigDecimal x) {
        String s = n(x.abs());
        return x.signum() < 0 ? "\u2212" + s : x.signum() > 0 ? "+" + s : s;
    }

    /** A number, French style: 1 000 (narrow no-break space between thousands), 12,5, −49 (real minus sign). */
    static String nombre(BigDecimal x) {
        return x.signum() < 0 ? "\u2212" + n(x.abs()) : n(x);
    }

    /** A count, French style: 1 000. */
    static String entier(long x) {
        return nombre(BigDecimal.valueOf(x));
    }

    /** A non-negative number with a decimal comma and thousands grouped by a narrow no-break space. */
    private static String n(BigDecimal x) {
        if (x.signum() < 0) {
            return nombre(x);
        }
        String plain = x.stripTrailingZeros().toPlainString();
        int point = plain.indexOf('.');
        String ent = point < 0 ? plain : plain.substring(0, point);
        String dec = point < 0 ? "" : "," + plain.substring(point + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ent.length(); i++) {
            if (i > 0 && (ent.length() - i) % 3 == 0) {
                sb.append('\u202f');
            }
            sb.append(ent.charAt(i));
        }
        return sb + dec;
    }

    /** A share as a percentage with one decimal, French style: 12,5 % (narrow no-break space before the sign). */
    static String pct(double part) {
        String plain = BigDecimal.valueOf(100 * part).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        int point = plain.indexOf('.');
        return nombre(new BigDecimal(plain.substring(0, point))) + "," + plain.substring(point + 1) + "\u202f%";
    }

    private static String barre(int nombre, int total) {
        return "█".repeat((int) Math.round(40.0 * nombre / total));
    }
}
