package fr.cotation.publication;

import fr.cotation.CotationEngine;
import fr.cotation.internal.redaction.Document;
import fr.cotation.internal.redaction.Francais;
import fr.cotation.internal.redaction.Texte;
import fr.cotation.pack.Analogie;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import fr.cotation.pack.Statut;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public grille of a pack, as owed to applicants, associations and CIL members (art. R.441-2-17 CCH: the
 * criteria and their weights), in Markdown or as a standalone HTML page: title and status (with a warning when
 * the grille is a model proposed by this project), version and dates in force, the territory, each rubrique
 * with its mode and cap, each criterion with its points, caps, time limits and legal reference (a criterion that no
 * source gives marked as a proposal, {@code @proposition}), the malus,
 * the mutation grille in a section of its own, what the cotation never reads, and the sources.
 *
 * <p>Everything comes from the {@link Grille} the engine compiled, that is from the rules' own metadata, so
 * the published grille shows what scores. The text is deterministic (no date of generation, stable order):
 * it can be committed and compared.
 *
 * <pre>{@code
 * GrillePubliee g = GrillePubliee.de(engine, "nice-cote-azur", "2023.1").orElseThrow();
 * Files.writeString(Path.of("nice-cote-azur.md"), g.markdown());
 * Files.writeString(Path.of("nice-cote-azur.html"), g.html());
 * }</pre>
 */
public final class GrillePubliee {
    private final PackDescriptor pack;
    private final List<Grille> grilles;
    /** The communes of the territory, by name. */
    private final List<CommuneRef> communes;
    /** The municipal arrondissements of the territory (Marseille's), which a demande may also name, by code. */
    private final List<CommuneRef> arrondissements;

    private GrillePubliee(List<Grille> grilles, Referentiel referentiel) {
        this.grilles = List.copyOf(grilles);
        this.pack = grilles.get(0).pack();
        List<CommuneRef> liste = new ArrayList<>();
        for (String code : pack.communes()) {
            liste.add(referentiel.commune(code).orElse(new CommuneRef(code, null, null, null, null)));
        }
        liste.sort(Comparator.comparing((CommuneRef c) -> Document.cleDeTri(c.nom() == null ? c.code() : c.nom()))
                .thenComparing(CommuneRef::code));
        this.communes = liste.stream().filter(c -> parentDeLArrondissement(c.code()) == null).toList();
        this.arrondissements = liste.stream().filter(c -> parentDeLArrondissement(c.code()) != null)
                .sorted(Comparator.comparing(CommuneRef::code)).toList();
    }

    /**
     * The commune of which {@code code} is a municipal arrondissement, {@code null} if it is none: only Paris, Lyon
     * and Marseille have them (loi n° 82-1169 du 31 décembre 1982), with fixed codes.
     */
    static String parentDeLArrondissement(String code) {
        if (code == null || code.length() != 5 || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(code);
        if (n >= 75101 && n <= 75120) {
            return "75056";
        }
        if (n >= 69381 && n <= 69389) {
            return "69123";
        }
        if (n >= 13201 && n <= 13216) {
            return "13055";
        }
        return null;
    }

    /** The number of communes of the territory, municipal arrondissements not counted. */
    public int nombreDeCommunes() {
        return communes.size();
    }

    /**
     * The published grille of a pack loaded by an engine: its main grille and, when it has one, its mutation
     * grille; commune names from the engine's registry. Empty when that pack and version are not loaded.
     */
    public static Optional<GrillePubliee> de(CotationEngine engine, String packId, String version) {
        return engine.grille(packId, version, PackDescriptor.PRINCIPALE).map(p -> new GrillePubliee(
                engine.grille(packId, version, PackDescriptor.MUTATION).map(m -> List.of(p, m)).orElse(List.of(p)),
                engine.referentiel()));
    }

    /**
     * The published form of a main grille and of its mutation grille ({@code null} if none), commune names from
     * {@code referentiel} (codes only when it does not know them).
     *
     * @throws IllegalArgumentException when the grilles are not the main and mutation grilles of one pack version
     */
    public static GrillePubliee de(Grille principale, Grille mutation, Referentiel referentiel) {
        Objects.requireNonNull(principale, "principale");
        Objects.requireNonNull(referentiel, "referentiel");
        if (!PackDescriptor.PRINCIPALE.equals(principale.nom())) {
            throw new IllegalArgumentException("grille principale attendue : " + principale.nom());
        }
        if (mutation == null) {
            return new GrillePubliee(List.of(principale), referentiel);
        }
        if (!PackDescriptor.MUTATION.equals(mutation.nom()) || !mutation.pack().id().equals(principale.pack().id())
                || !mutation.pack().version().equals(principale.pack().version())) {
            throw new IllegalArgumentException("la grille de mutation doit être celle du pack " + principale.pack().id()
                    + " " + principale.pack().version() + " : " + mutation.pack().id() + " " + mutation.pack().version()
                    + " " + mutation.nom());
        }
        return new GrillePubliee(List.of(principale, mutation), referentiel);
    }

    /** One grille alone (main or mutation) in Markdown, communes by code. */
    public static String markdown(Grille grille) {
        return new GrillePubliee(List.of(grille), Referentiel.vide()).markdown();
    }

    /** One grille alone (main or mutation) as a standalone HTML page, communes by code. */
    public static String html(Grille grille) {
        return new GrillePubliee(List.of(grille), Referentiel.vide()).html();
    }

    /** The pack's descriptor, territory resolved. */
    public PackDescriptor pack() {
        return pack;
    }

    /** The grilles published, the main one first. */
    public List<Grille> grilles() {
        return grilles;
    }

    /** The published grille in Markdown (GitHub flavour: tables). */
    public String markdown() {
        return document().markdown();
    }

    /** The published grille as a standalone HTML page: inline CSS, no script, {@code lang="fr"}. */
    public String html() {
        return document().html();
    }

    /**
     * The criteria of the published grilles that the pack brings itself (not its base), main grille first,
     * one per code.
     */
    public List<CritereDeGrille> criteresPropres() {
        Map<String, CritereDeGrille> propres = new LinkedHashMap<>();
        for (Grille g : grilles) {
            g.criteres().stream().filter(c -> pack.id().equals(c.pack())).forEach(c -> propres.putIfAbsent(c.code(), c));
        }
        return List.copyOf(propres.values());
    }

    /** Départements of the territory, the one with most communes first. */
    public List<String> departements() {
        Map<String, Integer> n = new TreeMap<>();
        communes.stream().map(CommuneRef::departement).filter(Objects::nonNull).forEach(d -> n.merge(d, 1, Integer::sum));
        return n.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * An index of published grilles, in Markdown: one row per pack (départements, EPCI, SIREN, communes, status,
     * in force from, the criteria of its own), sorted by département then name, each linking to
     * {@code <pack-id>.md} and {@code <pack-id>.html} beside the index.
     */
    public static String index(List<GrillePubliee> publiees) {
        List<GrillePubliee> tri = new ArrayList<>(publiees);
        tri.sort(Comparator.comparing((GrillePubliee g) -> g.departements().isEmpty() ? "" : g.departements().get(0))
                .thenComparing(g -> Document.cleDeTri(g.pack().nom())).thenComparing(g -> g.pack().id())
                .thenComparing(g -> g.pack().enVigueurDu()));
        Document d = new Document("Grilles de cotation publiées");
        d.paragraphe("Une page par grille de cotation de la demande de logement social (art. L.441-2-8 et R.441-2-10 "
                + "du code de la construction et de l'habitation), en Markdown et en page HTML autonome. Chaque page est "
                + "générée à partir des règles mêmes qui calculent la cotation : elle affiche ce que le moteur calcule.");
        long modeles = tri.stream().filter(g -> g.pack().statut() == Statut.MODELE).count();
        if (modeles > 0) {
            String combien = modeles == tri.size()
                    ? (modeles > 1 ? "toutes ces grilles sont des modèles proposés par le projet cotation, pas les grilles "
                    + "adoptées par les EPCI." : "cette grille est un modèle proposé par le projet cotation, pas la grille "
                    + "adoptée par l'EPCI.")
                    : modeles > 1 ? modeles + " de ces grilles sont des modèles proposés par le projet cotation, pas les "
                    + "grilles adoptées par les EPCI (colonne « Statut »)."
                    : "une de ces grilles est un modèle proposé par le projet cotation, pas la grille adoptée par l'EPCI "
                    + "(colonne « Statut »).";
            d.avertissement(List.of(Texte.vide().fort("Attention : ").brut(combien).brut(" Les critères d'un modèle suivent "
                    + "ce qui est publié pour le territoire ; ses points sont des propositions, qui peuvent différer de la "
                    + "grille officielle.")));
        }
        List<List<Texte>> lignes = new ArrayList<>();
        for (GrillePubliee g : tri) {
            PackDescriptor p = g.pack();
            List<String> propres = new ArrayList<>(g.criteresPropres().stream().map(CritereDeGrille::libelle).toList());
            if (g.grilles().size() > 1) {
                propres.add("grille de mutation");
            }
            lignes.add(List.of(
                    Texte.de(p.nom()),
                    Texte.de(String.join(", ", g.departements())),
                    Texte.de(p.epci() == null ? "—" : p.epci()),
                    Texte.de(String.valueOf(g.nombreDeCommunes())),
                    Texte.de(p.statut() == Statut.ADOPTEE ? "adoptée" : p.statut() == Statut.PROJET ? "projet" : "modèle"),
                    Texte.de(date(p.enVigueurDu()) + (p.enVigueurAu() == null ? "" : " au " + date(p.enVigueurAu()))),
                    Texte.de(propres.isEmpty() ? "aucun : socle commun seul" : String.join(" ; ", propres)),
                    Texte.vide().lien("page", p.id() + ".md").brut(" · ").lien("HTML", p.id() + ".html")
                            .brut(" (").code(p.id()).brut(" " + p.version() + ")")));
        }
        d.tableau("Grilles de cotation publiées", List.of("EPCI", "Dép.", "SIREN", "Communes", "Statut",
                "En vigueur du", "Critères propres au territoire", "Grille"), lignes);
        return d.markdown();
    }

    // ------------------------------------------------------------------------------------------ the document

    private Document document() {
        String nom = pack.nom();
        Document d = new Document("Grille de cotation — " + nom);
        d.paragraphe(Texte.de("Cotation de la demande de logement social · ")
                .brut(pack.epci() == null ? "socle commun, sans territoire propre" : nom + " (SIREN " + pack.epci() + ")")
                .brut(" · version " + pack.version() + " · en vigueur " + enVigueur()));
        if (pack.statut() == Statut.MODELE) {
            d.avertissement(List.of(
                    Texte.vide().fort("Attention : modèle proposé par le projet cotation, pas la grille adoptée par l'EPCI."),
                    Texte.de("Les critères suivent ce que la loi impose et ce qui est publié pour ce territoire ; les points "
                            + "sont des propositions du projet. Ils peuvent différer de la grille officielle, qui seule fait foi "
                            + "(annexe du plan partenarial de gestion de la demande du territoire).")));
        }
        d.sommaire();

        d.section("En bref");
        List<Texte> bref = new ArrayList<>();
        bref.add(Texte.vide().fort("Statut").brut(" : " + (pack.statut() == Statut.ADOPTEE
                ? "grille adoptée par l'EPCI" : pack.statut() == Statut.PROJET
                ? "projet de grille de l'EPCI, pas encore adopté" : "modèle proposé par le projet cotation (points proposés)")));
        bref.add(Texte.vide().fort("Version").brut(" : " + pack.version()));
        bref.add(Texte.vide().fort("En vigueur").brut(" : " + enVigueur()));
        if (pack.epci() != null) {
            bref.add(Texte.vide().fort("Territoire").brut(" : " + nom + ", EPCI n° SIREN " + pack.epci() + ", "
                    + communes.size() + (communes.size() > 1 ? " communes" : " commune") + " (liste plus bas)"));
        }
        bref.add(Texte.vide().fort("Grilles").brut(" : " + (grilles.size() > 1
                ? "une grille principale, et une grille de mutation pour les ménages déjà locataires d'un logement social"
                : "une seule grille, pour toutes les demandes")));
        if (pack.base() != null) {
            int propres = criteresPropres().size();
            bref.add(Texte.vide().fort("Critères").brut(" : ceux du socle commun ").code(pack.base())
                    .brut(propres == 0 ? ", sans critère propre au territoire"
                            : ", et " + propres + (propres > 1 ? " critères propres" : " critère propre") + " au territoire"));
        }
        Map<String, String> proposes = new TreeMap<>();
        grilles.forEach(g -> g.criteres().stream().filter(CritereDeGrille::propose)
                .forEach(c -> proposes.putIfAbsent(c.code(), c.libelle())));
        if (!proposes.isEmpty()) {
            bref.add(Texte.vide().fort("Propositions du projet").brut(" : " + proposes.size() + (proposes.size() > 1
                    ? " critères, ou une de leurs conditions, ne viennent d'aucune source (ni la loi, ni ce qui est publié"
                    + " pour ce territoire) ; ils sont marqués « proposition du projet » dans les tableaux ("
                    : " critère, ou une de ses conditions, ne vient d'aucune source (ni la loi, ni ce qui est publié pour"
                    + " ce territoire) ; il est marqué « proposition du projet » dans les tableaux (")
                    + String.join(" ; ", proposes.values()) + ")"));
        }
        bref.add(Texte.vide().fort("Demandes comparables").brut(" (pour situer votre cotation parmi les autres) : "
                + analogie(pack.analogie())));
        if (pack.remarque() != null && !pack.remarque().isBlank()) {
            bref.add(Texte.vide().fort("Remarque").brut(" : " + pack.remarque()));
        }
        d.liste(bref);

        d.section("Comment lire cette grille");
        d.liste(List.of(
                Texte.de("Chaque critère rempli par la demande donne des points. Les points des rubriques s'additionnent ; "
                        + "il n'y a pas de note maximale."),
                Texte.de("Dans une rubrique où « seul le meilleur critère compte », seul le critère qui donne le plus de "
                        + "points est compté ; les autres restent affichés avec 0 point."),
                Texte.de("Un plafond limite le total d'un critère ou d'une rubrique. Les points négatifs (malus) sont "
                        + "retirés de la note."),
                Texte.de("La demande est cotée dans chaque commune souhaitée : un critère peut dépendre de la commune "
                        + "(y habiter, y travailler), et une commune d'un autre territoire a sa propre grille."),
                Texte.de("Les points qui reposent sur une situation déclarée mais pas encore justifiée sont provisoires, "
                        + "jusqu'à la vérification des pièces."),
                Texte.de("La cotation est une aide à la décision : la commission d'attribution examine plusieurs candidats "
                        + "pour chaque logement et reste libre de son choix."),
                Texte.de("Chaque demandeur peut connaître sa cotation, sa position parmi les demandes comparables et le "
                        + "délai d'attente moyen constaté (art. R.441-2-17 du code de la construction et de l'habitation).")));

        for (Grille g : grilles) {
            grille(d, g);
        }

        if (!pack.difficultesFinancieres().isEmpty()) {
            // the ceilings that place a household in category c) are part of the criterion: published with it
            d.section("Difficultés financières : les plafonds de ressources de la priorité c)");
            d.paragraphe("Un ménage dont les ressources mensuelles déclarées (pension alimentaire versée déduite) ne "
                    + "dépassent pas le plafond de sa catégorie de ménage (arrêté du 29 juillet 1987, annexe I) relève de "
                    + "la priorité c) de l'art. L.441-1 du code de la construction et de l'habitation :");
            List<Texte> plafonds = new ArrayList<>();
            for (var p : pack.difficultesFinancieres()) {
                StringBuilder b = new StringBuilder("à partir du " + p.enVigueurDu() + " : ");
                for (int i = 0; i < p.plafondsMensuels().size(); i++) {
                    b.append(i == 0 ? "" : ", ").append("catégorie ").append(i + 1).append(" : ")
                            .append(p.plafondsMensuels().get(i).toPlainString()).append(" €");
                }
                if (p.parPersonneSupplementaire() != null) {
                    b.append(" ; ").append(p.parPersonneSupplementaire().toPlainString())
                            .append(" € par personne supplémentaire");
                }
                plafonds.add(Texte.de(b.append(" (").append(p.reference()).append(")").toString()));
            }
            d.liste(plafonds);
        }

        if (!pack.exceptionsMonotonie().isEmpty()) {
            d.section("Exceptions déclarées à la monotonie");
            d.paragraphe("En principe, une demande plus ancienne, une priorité ajoutée ou une situation prouvée ne font "
                    + "jamais baisser la note, et un refus sans motif légitime ne la fait jamais monter. La grille y "
                    + "déroge dans ces rubriques, où un critère en remplace un autre ; la suite d'équité le vérifie :");
            d.liste(pack.exceptionsMonotonie().stream().map(e -> Texte.de("rubrique ").code(e.rubrique())
                    .brut(e.variation() == null ? " (tous les changements) : " : " (" + e.variation() + ") : ")
                    .brut(e.justification())).toList());
        }

        if (!pack.justifications().isEmpty()) {
            d.section("Justifications écrites par le territoire");
            d.paragraphe("Quand un critère tient compte de l'âge, du lieu de résidence, de l'emploi ou d'un autre motif "
                    + "que la loi protège (art. 225-1 du code pénal) sans qu'un besoin reconnu par la loi le fonde, ou "
                    + "qu'une priorité de la loi (ménages DALO, publics de l'art. L.441-1 du code de la construction et "
                    + "de l'habitation) pèse moins que des critères locaux, le territoire doit écrire pourquoi. Voici "
                    + "ses raisons, critère par critère :");
            d.liste(new java.util.TreeMap<>(pack.justifications()).entrySet().stream()
                    .map(e -> Texte.vide().code(e.getKey()).brut(" : " + e.getValue().strip())).toList());
        }

        d.section("Ce que la cotation ne lit jamais");
        d.paragraphe("Ces informations peuvent figurer dans le dossier, mais elles ne sont jamais transmises aux règles "
                + "qui calculent la cotation (le code pénal, art. 225-1, interdit ces discriminations) :");
        d.liste(List.of(Texte.de("le nom et le prénom ;"), Texte.de("la civilité et le sexe ;"),
                Texte.de("la nationalité ;"),
                Texte.de("le lieu et la date exacte de naissance (seul l'âge peut compter, quand un critère le dit) ;"),
                Texte.de("la profession écrite en toutes lettres.")));
        d.paragraphe("Les critères qui tiennent compte de l'âge, du lieu où l'on habite ou travaille, ou de l'emploi "
                + "sont tous nommés dans cette grille : il n'y en a pas d'autres.");

        territoireEtSources(d);
        return d;
    }

    /** The sections "Territoire" (the communes) and "Sources", and the footer. */
    private void territoireEtSources(Document d) {
        String nom = pack.nom();
        if (!communes.isEmpty()) {
            d.section("Territoire : " + communes.size() + (communes.size() > 1 ? " communes" : " commune"));
            d.paragraphe("La grille s'applique aux demandes de logement dans ces communes"
                    + (pack.epci() == null ? "" : " (" + nom + ", SIREN " + pack.epci() + ")") + " :");
            d.listeCompacte(communes.stream().map(c -> Texte.de(c.nom() == null ? c.code() : c.nom() + " (" + c.code() + ")"))
                    .toList());
            Map<String, List<CommuneRef>> parParent = new TreeMap<>();
            arrondissements.forEach(a -> parParent.computeIfAbsent(parentDeLArrondissement(a.code()), k -> new ArrayList<>()).add(a));
            parParent.forEach((parent, arr) -> {
                String nomParent = communes.stream().filter(c -> c.code().equals(parent)).map(CommuneRef::nom)
                        .filter(Objects::nonNull).findFirst().orElse(parent);
                d.paragraphe("Les " + arr.size() + " arrondissements municipaux de " + nomParent + " (codes "
                        + arr.get(0).code() + " à " + arr.get(arr.size() - 1).code() + ") en font partie : une demande "
                        + "peut les désigner par leur code.");
            });
        }

        d.section("Sources");
        List<Texte> sources = new ArrayList<>();
        pack.sources().forEach(s -> sources.add(Texte.de(s)));
        sources.add(Texte.de("Cadre légal : art. L.441-1, L.441-2-8, R.441-2-10 et R.441-2-17 du code de la construction "
                + "et de l'habitation."));
        d.liste(sources);

        d.pied(Texte.de("Document généré à partir des règles du pack ").code(pack.id())
                .brut(" (version " + pack.version() + ") par la bibliothèque cotation : chaque critère, ses points et ses "
                        + "plafonds viennent des règles mêmes qui calculent la cotation. Ne pas modifier à la main."));
    }

    // ------------------------------------------------------------------------- a territory on its base alone

    /**
     * Whether the pack applies its base and nothing of its own: it extends a base and lists no rule file in any of
     * its grilles ({@code grilles: principale: []}). Its grille is the base's, under the EPCI's identity, dates and
     * communes; its published page can say so and link to the base's ({@link #markdownSurLaBase}) instead of
     * repeating every criterion.
     */
    public boolean appliqueSaBaseSeule() {
        return pack.base() != null && pack.grilles().values().stream().allMatch(List::isEmpty);
    }

    /**
     * The short published page of a pack that applies its base alone ({@link #appliqueSaBaseSeule}), in Markdown:
     * what is the territory's own (identity, status, version, dates in force, the grille's kind of comparable
     * demandes, remark, communes, sources) and a link to the base's published grille, which holds the criteria,
     * points and caps.
     *
     * @param pageDeLaBase relative link to the base's published page, for example {@code paca-base.md}
     * @throws IllegalStateException when the pack has rules of its own: publish its full grille
     */
    public String markdownSurLaBase(String pageDeLaBase) {
        return documentSurLaBase(pageDeLaBase).markdown();
    }

    /**
     * The short published page of a pack that applies its base alone as a standalone HTML page; see
     * {@link #markdownSurLaBase}.
     *
     * @param pageDeLaBase relative link to the base's published page, for example {@code paca-base.html}
     */
    public String htmlSurLaBase(String pageDeLaBase) {
        return documentSurLaBase(pageDeLaBase).html();
    }

    private Document documentSurLaBase(String pageDeLaBase) {
        if (!appliqueSaBaseSeule()) {
            throw new IllegalStateException("le pack " + pack.id() + " a des règles propres : publier sa grille complète");
        }
        Objects.requireNonNull(pageDeLaBase, "pageDeLaBase");
        String nom = pack.nom();
        Document d = new Document("Grille de cotation — " + nom);
        d.paragraphe(Texte.de("Cotation de la demande de logement social · ")
                .brut(pack.epci() == null ? "socle commun, sans territoire propre" : nom + " (SIREN " + pack.epci() + ")")
                .brut(" · version " + pack.version() + " · en vigueur " + enVigueur()));
        if (pack.statut() == Statut.MODELE) {
            d.avertissement(List.of(
                    Texte.vide().fort("Attention : modèle proposé par le projet cotation, pas la grille adoptée par l'EPCI."),
                    Texte.de("Les critères suivent ce que la loi impose et ce qui est publié pour ce territoire ; les points "
                            + "sont des propositions du projet. Ils peuvent différer de la grille officielle, qui seule fait foi "
                            + "(annexe du plan partenarial de gestion de la demande du territoire).")));
        }
        d.sommaire();

        d.section("En bref");
        List<Texte> bref = new ArrayList<>();
        bref.add(Texte.vide().fort("Statut").brut(" : " + (pack.statut() == Statut.ADOPTEE
                ? "grille adoptée par l'EPCI" : pack.statut() == Statut.PROJET
                ? "projet de grille de l'EPCI, pas encore adopté" : "modèle proposé par le projet cotation (points proposés)")));
        bref.add(Texte.vide().fort("Version").brut(" : " + pack.version()));
        bref.add(Texte.vide().fort("En vigueur").brut(" : " + enVigueur()));
        if (pack.epci() != null) {
            bref.add(Texte.vide().fort("Territoire").brut(" : " + nom + ", EPCI n° SIREN " + pack.epci() + ", "
                    + communes.size() + (communes.size() > 1 ? " communes" : " commune") + " (liste plus bas)"));
        }
        bref.add(Texte.vide().fort("Critères").brut(" : ceux du socle commun ").code(pack.base())
                .brut(", sans critère propre au territoire : ").lien("la grille du socle", pageDeLaBase));
        bref.add(Texte.vide().fort("Demandes comparables").brut(" (pour situer votre cotation parmi les autres) : "
                + analogie(pack.analogie())));
        if (pack.remarque() != null && !pack.remarque().isBlank()) {
            bref.add(Texte.vide().fort("Remarque").brut(" : " + pack.remarque()));
        }
        d.liste(bref);

        d.section("La grille");
        d.paragraphe(Texte.de("Ce territoire applique le socle commun ").code(pack.base()).brut(" sans critère propre : "
                        + "ses rubriques, ses critères, leurs points et leurs plafonds, les justifications et ce que la "
                        + "cotation ne lit jamais sont ceux de ").lien("la grille du socle", pageDeLaBase)
                .brut(", qui s'applique ici sous l'identité de l'EPCI, aux dates et dans les communes de cette page."
                        + " Elle n'est pas recopiée ici : une modification du socle vaut pour chaque territoire qui"
                        + " l'applique."));

        territoireEtSources(d);
        return d;
    }

    private void grille(Document d, Grille g) {
        boolean mutation = PackDescriptor.MUTATION.equals(g.nom());
        d.section(mutation ? "Grille de mutation" : grilles.size() > 1 ? "Grille principale" : "La grille");
        if (mutation) {
            d.paragraphe("Pour les demandes de mutation : ménages déjà locataires d'un logement social.");
            Grille principale = grilles.get(0);
            Set<String> codesP = codes(principale);
            Set<String> codesM = codes(g);
            List<String> ajoute = libelles(g, c -> !codesP.contains(c.code()));
            List<String> retire = libelles(principale, c -> !codesM.contains(c.code()));
            if (ajoute.isEmpty() && retire.isEmpty()) {
                d.paragraphe("Elle compte les mêmes critères que la grille principale.");
            } else {
                Texte t = Texte.de("Par rapport à la grille principale,");
                if (!ajoute.isEmpty()) {
                    t.brut(" elle ajoute : " + String.join(" ; ", ajoute) + (retire.isEmpty() ? "." : " ;"));
                }
                if (!retire.isEmpty()) {
                    t.brut(" elle ne compte pas : " + String.join(" ; ", retire) + ".");
                }
                d.paragraphe(t);
            }
        } else if (grilles.size() > 1) {
            d.paragraphe("Pour toutes les demandes, sauf les demandes de mutation (ménages déjà locataires d'un logement "
                    + "social), cotées avec la grille de mutation plus bas.");
        } else if (PackDescriptor.PRINCIPALE.equals(g.nom())) {
            d.paragraphe("La même grille pour toutes les demandes, y compris les demandes de mutation.");
        }
        List<String> identiques = new ArrayList<>();
        List<Rubrique> montrees = new ArrayList<>();
        for (Rubrique r : g.rubriques()) {
            List<CritereDeGrille> criteres = criteres(g, r);
            if (mutation && !criteres.isEmpty() && criteres.equals(criteres(grilles.get(0), r))) {
                identiques.add(r.libelle());
            } else if (!criteres.isEmpty()) {
                montrees.add(r);
            }
        }
        if (!identiques.isEmpty()) {
            d.paragraphe((identiques.size() > 1 ? "Ces rubriques sont les mêmes" : "Cette rubrique est la même")
                    + " que dans la grille principale, avec les mêmes critères et les mêmes points : "
                    + String.join(" ; ", identiques) + ". Les autres rubriques de la grille de mutation suivent.");
        }
        for (Rubrique r : montrees) {
            List<CritereDeGrille> criteres = criteres(g, r);
            d.sousSection(r.libelle() + (mutation ? " (mutation)" : ""));
            String mode = r.mode() == Rubrique.Mode.MEILLEUR
                    ? "Seul le meilleur critère compte : si plusieurs critères de cette rubrique sont remplis, seul celui "
                    + "qui donne le plus de points est compté (un malus compte toujours)."
                    : "Les points des critères remplis s'additionnent.";
            if (r.plafond() != null) {
                mode += " Le total de la rubrique est plafonné à " + points(BigDecimal.valueOf(r.plafond())) + ".";
            }
            d.paragraphe(mode);
            List<List<Texte>> lignes = new ArrayList<>();
            for (CritereDeGrille c : criteres) {
                lignes.add(List.of(Texte.de(c.libelle()), Texte.de(pointsDuCritere(c)), precisions(c),
                        Texte.de(c.reference() == null ? "—" : c.reference()), origine(g, c), Texte.vide().code(c.code())));
            }
            d.tableau(r.libelle() + (mutation ? " (grille de mutation)" : "") + " : critères et points",
                    List.of("Critère", "Points", "Précisions", "Référence", "Origine", "Code"), lignes);
        }
        d.sousSection(mutation ? "Malus et refus (mutation) : ce qui retire des points" : "Malus et refus : ce qui retire des points");
        List<Texte> malus = new ArrayList<>();
        for (CritereDeGrille c : g.criteres()) {
            if (c.points() != null && c.points().signum() < 0) {
                malus.add(Francais.malus(c));
            }
        }
        if (malus.isEmpty()) {
            d.paragraphe("Aucun critère de cette grille ne retire de points.");
        } else {
            d.liste(malus);
        }
    }

    private static List<CritereDeGrille> criteres(Grille g, Rubrique r) {
        return g.criteres().stream().filter(c -> c.rubrique().equals(r.code())).toList();
    }

    private static Set<String> codes(Grille g) {
        Set<String> s = new LinkedHashSet<>();
        g.criteres().forEach(c -> s.add(c.code()));
        return s;
    }

    private static List<String> libelles(Grille g, java.util.function.Predicate<CritereDeGrille> filtre) {
        Map<String, String> m = new LinkedHashMap<>();
        g.criteres().stream().filter(filtre).forEach(c -> m.putIfAbsent(c.code(), c.libelle()
                + (c.points() == null ? "" : " (" + points(c.points()) + ")")));
        return List.copyOf(m.values());
    }

    private static String pointsDuCritere(CritereDeGrille c) {
        if (c.points() != null) {
            return nombre(c.points()) + (c.plafond() != null ? " chaque fois" : "");
        }
        if (c.pointsParMois() != null) {
            return nombre(c.pointsParMois()) + " par mois";
        }
        return "calculé";
    }

    private static Texte precisions(CritereDeGrille c) {
        List<String> p = new ArrayList<>();
        if (c.proposition() != null) {
            p.add("proposition du projet : " + c.proposition());
        }
        if (c.plafond() != null) {
            p.add(c.points() != null && c.points().signum() < 0 ? points(c.plafond().abs()) + " retirés au plus"
                    : "plafonné à " + points(c.plafond().abs()));
        }
        if (c.dureeMois() != null) {
            p.add("ne compte que pendant " + c.dureeMois() + " mois");
        }
        if (c.bareme() != null) {
            p.add("calcul : " + c.bareme());
        }
        if (c.points() == null && c.pointsParMois() == null && c.bareme() == null) {
            p.add("calcul : voir la règle « " + c.regle() + " »" + (c.fichier() == null ? "" : " (" + c.fichier() + ")"));
        }
        return Texte.de(p.isEmpty() ? "—" : String.join(" ; ", p));
    }

    private Texte origine(Grille g, CritereDeGrille c) {
        String p = c.pack();
        if (p == null) {
            return Texte.de("—");
        }
        if (p.equals(g.pack().id())) {
            return Texte.de("propre au territoire");
        }
        return Texte.de("socle commun ").code(p);
    }

    /** "depuis le 1er janvier 2023, sans date de fin", "du 1er janvier 2023 au 31 décembre 2025". */
    private String enVigueur() {
        if (pack.enVigueurAu() == null) {
            return "depuis le " + date(pack.enVigueurDu()) + ", sans date de fin";
        }
        return "du " + date(pack.enVigueurDu()) + " au " + date(pack.enVigueurAu());
    }

    private static String analogie(Analogie a) {
        return switch (a) {
            case TYPOLOGIE_COMMUNE -> "même type de logement recherché (T1, T2…) et même commune";
            case TYPOLOGIE_EPCI -> "même type de logement recherché (T1, T2…) et même territoire";
            case TYPOLOGIE_RESSOURCES -> "même type de logement recherché (T1, T2…) et mêmes ressources";
        };
    }

    /** "1er janvier 2023", "31 décembre 2023". */
    static String date(LocalDate d) {
        return Francais.date(d);
    }

    /** A number the French way: "15,5", "−10" (minus sign). */
    static String nombre(BigDecimal b) {
        return Francais.nombre(b);
    }

    /** "1 point", "0,5 point", "2 points", "−10 points". */
    static String points(BigDecimal b) {
        return Francais.points(b);
    }
}
