package fr.cotation.fiche;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.Position;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Preuve;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.Situation;
import fr.cotation.regles.Situations;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds the applicant's {@link FicheCotation} (art. R.441-2-17 CCH) with an engine, at one evaluation date, with or
 * without a classement of the stock:
 *
 * <pre>{@code
 * Fiches fiches = Fiches.builder(engine)
 *         .dateEvaluation(LocalDate.of(2025, 6, 30))
 *         .classement(resultat)             // optional: without it the fiche says the position is not available
 *         .build();
 * FicheCotation fiche = fiches.fiche(demande);
 * Files.writeString(Path.of(fiche.numeroUnique() + ".html"), fiche.html());
 * }</pre>
 *
 * <p><b>Suggested communes.</b> The registry knows no adjacency between EPCI, so "neighbouring" is taken as "of the
 * same département". The communes examined are, in this order and without repetition, at most
 * {@link Builder#communesExamineesMax(int)} of them: the communes where the household lives or an adult works, when
 * they lie in the territory of a wished commune or of another EPCI of the same département with a grille in force;
 * then, for each other EPCI of those départements with a grille in force, by SIREN, its commune of lowest INSEE code;
 * then, for each EPCI of the wished communes that has a grille, its first commune (by INSEE code) not wished. Each
 * is scored by adding it to the demande's wished communes (so that a rule reading their number sees the real figure);
 * it is suggested when its note is higher than the demande's best note today. A demande that already names the
 * form's maximum of communes gets no suggestion. Notes of different grilles are not on one scale: the fiche says so.
 *
 * <p>Immutable and thread-safe; it reads no clock and logs nothing.
 */
public final class Fiches {
    /** Default number of communes scored to look for suggestions. */
    public static final int COMMUNES_EXAMINEES_PAR_DEFAUT = 6;

    private final CotationEngine engine;
    private final LocalDate dateEvaluation;
    private final Function<String, List<Position>> positions;
    private final Function<String, Optional<MotifExclusion>> exclusions;
    private final String regleDepartage;
    private final int communesExamineesMax;
    private final Derivation derivation;

    private Fiches(Builder b) {
        this.engine = b.engine;
        this.dateEvaluation = b.dateEvaluation;
        this.positions = b.positions;
        this.exclusions = b.exclusions;
        this.regleDepartage = b.regleDepartage;
        this.communesExamineesMax = b.communesExamineesMax;
        this.derivation = new Derivation(engine.prioritesL4411());
    }

    /** A builder of fiches scored by {@code engine}. */
    public static Builder builder(CotationEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** The evaluation date of every fiche. */
    public LocalDate dateEvaluation() {
        return dateEvaluation;
    }

    /**
     * The fiche of one demande. An invalid demande gives a fiche listing its problems (field and message, never the
     * value) and nothing else; it never throws for bad input.
     */
    public FicheCotation fiche(Demande demande) {
        Objects.requireNonNull(demande, "demande");
        CotationResult r = engine.coter(demande, dateEvaluation);
        // a renewal date the source does not give is unknown, not "never renewed" (art. R.441-2-7 CCH)
        boolean inconnu = demande.renouvellementInconnu();
        LocalDate base = demande.dateRenouvellement() != null ? demande.dateRenouvellement()
                : inconnu ? null : demande.dateDepot();
        LocalDate renouvelerAvant = base == null ? null : base.plusYears(1);
        boolean classement = positions != null;
        MotifExclusion exclusion = classement && exclusions != null && demande.numeroUnique() != null
                ? exclusions.apply(demande.numeroUnique()).orElse(null) : null;
        if (!r.valide()) {
            List<String> problemes = r.problemes().stream().map(p -> p.champ() + " : " + p.message()).toList();
            return new FicheCotation(demande.numeroUnique(), dateEvaluation, renouvelerAvant, problemes, classement,
                    regleDepartage, List.of(), List.of(), List.of(), List.of(), regleSuggestions(), inconnu,
                    exclusion, false);
        }
        Faits faits = derivation.deriver(demande, dateEvaluation);
        Map<String, Preuve> preuves = new TreeMap<>();
        for (Situation s : faits.situations()) {
            preuves.put(s.getCode(), s.getPreuve());
        }
        List<Position> toutes = classement ? positions.apply(demande.numeroUnique()) : List.of();
        List<FicheCotation.NoteCommune> communes = new ArrayList<>();
        for (Cotation c : r.cotations()) {
            communes.add(noteCommune(c, preuves, toutes.stream().filter(p -> p.commune().equals(c.commune())).toList()));
        }
        List<String> examinees = new ArrayList<>();
        List<FicheCotation.Suggestion> suggestions = suggestions(demande, r, examinees);
        return new FicheCotation(demande.numeroUnique(), dateEvaluation, renouvelerAvant, List.of(), classement,
                regleDepartage, communes, priorites(faits, preuves), suggestions, examinees, regleSuggestions(), inconnu,
                exclusion, false);
    }

    // ------------------------------------------------------------------------------------------ one commune

    private FicheCotation.NoteCommune noteCommune(Cotation c, Map<String, Preuve> preuves, List<Position> positions) {
        Optional<Grille> grille = c.statut() == Cotation.Statut.COTEE
                ? engine.grille(c.pack(), c.version(), c.grille()) : Optional.empty();
        List<FicheCotation.LigneDeNote> lignes = new ArrayList<>();
        BigDecimal provisoires = BigDecimal.ZERO;
        for (Ligne l : c.lignes()) {
            List<FicheCotation.Justificatif> aFournir = l.provisoire()
                    ? Justificatifs.aFournir(situationsDe(l, preuves), preuves) : List.of();
            lignes.add(new FicheCotation.LigneDeNote(l, aFournir, grille.flatMap(g -> g.criteres().stream()
                    .filter(k -> k.code().equals(l.critere()) && k.proposition() != null).findFirst())
                    .map(CritereDeGrille::proposition).orElse(null)));
            if (l.provisoire()) {
                provisoires = provisoires.add(l.points());
            }
        }
        return new FicheCotation.NoteCommune(c.commune(), c.nomCommune(), c.epci(), c.nomEpci(), c.statut(),
                c.message(), c.pack(), c.version(), c.grille(), grille.map(g -> g.pack().statut()).orElse(null),
                c.total(), provisoires, lignes, c.avertissements(), positions,
                grille.map(Fiches::reglesDeRefus).orElse(List.of()),
                grille.map(g -> g.pack().motifsLegitimesDeRefus()).orElse(null));
    }

    /** The situations a line rests on: the ones it matched, and the demande's ones behind each category it matched. */
    private Set<String> situationsDe(Ligne l, Map<String, Preuve> preuves) {
        Set<String> codes = new LinkedHashSet<>(l.situations());
        for (String lettre : l.categoriesL4411()) {
            categorie(lettre).ifPresent(cat -> cat.situations().stream().filter(preuves::containsKey).forEach(codes::add));
        }
        return codes;
    }

    private Optional<CategoriePrioritaire> categorie(String lettre) {
        return engine.prioritesL4411().enVigueurLe(dateEvaluation).stream()
                .filter(c -> c.categorie().equals(lettre)).findFirst();
    }

    /** The refusal criteria the pack declares ({@code effetsDesRefus}), as the grille has them, duration filled in. */
    static List<CritereDeGrille> reglesDeRefus(Grille g) {
        List<CritereDeGrille> refus = new ArrayList<>();
        for (EffetDesRefus e : g.pack().effetsDesRefus()) {
            g.criteres().stream().filter(c -> c.code().equals(e.critere())).findFirst().ifPresent(c -> refus.add(
                    c.dureeMois() != null || e.dureeMois() == null ? c
                            : new CritereDeGrille(c.code(), c.libelle(), c.rubrique(), c.reference(), c.points(),
                            c.plafond(), c.regle(), c.pointsParMois(), e.dureeMois(), c.bareme(), c.fichier(),
                            c.proposition())));
        }
        return refus;
    }

    // ------------------------------------------------------------------------------------------ priorities

    private List<FicheCotation.PrioriteReconnue> priorites(Faits faits, Map<String, Preuve> preuves) {
        List<FicheCotation.PrioriteReconnue> liste = new ArrayList<>();
        for (String code : List.of("DALO", "PDALHPD")) {
            Preuve p = preuves.get(code);
            if (p != null) {
                DefinitionSituation def = Situations.catalogue().get(code).orElseThrow();
                liste.add(new FicheCotation.PrioriteReconnue(code, def.libelle(), def.reference(), p,
                        Justificatifs.aFournir(List.of(code), preuves)));
            }
        }
        for (Priorite p : faits.priorites()) {
            categorie(p.getCategorie()).ifPresent(cat -> liste.add(new FicheCotation.PrioriteReconnue(cat.categorie(),
                    cat.libelle(), cat.reference(), p.getPreuve(), p.isProuvee() ? List.of()
                    : Justificatifs.aFournir(cat.situations(), preuves))));
        }
        return liste;
    }

    // ------------------------------------------------------------------------------------------ suggestions

    private List<FicheCotation.Suggestion> suggestions(Demande demande, CotationResult r, List<String> examinees) {
        Optional<Cotation> meilleure = r.cotations().stream().filter(c -> c.statut() == Cotation.Statut.COTEE)
                .max(Comparator.comparing(Cotation::total));
        if (meilleure.isEmpty() || demande.communesSouhaitees().size() >= Demande.COMMUNES_SOUHAITEES_MAX) {
            return List.of();
        }
        BigDecimal best = meilleure.get().total();
        // the EPCI of the wished communes that have a grille (scoring in another commune of an EPCI without one is idle)
        Set<String> epciSouhaites = new LinkedHashSet<>();
        r.cotations().forEach(c -> {
            if (c.epci() != null && c.statut() == Cotation.Statut.COTEE) {
                epciSouhaites.add(c.epci());
            }
        });
        Referentiel ref = engine.referentiel();
        Set<String> departements = new TreeSet<>();
        for (String code : demande.communesSouhaitees()) {
            ref.commune(code).map(CommuneRef::departement).ifPresent(departements::add);
        }
        // the EPCI of the départements with a grille in force, by SIREN: the wished ones and their neighbours
        Map<String, List<String>> communesDesVoisins = new TreeMap<>();
        for (PackDescriptor p : engine.packs()) {
            if (!p.estBase() && p.enVigueurLe(dateEvaluation) && !epciSouhaites.contains(p.epci())) {
                List<String> codes = p.communes().stream().sorted()
                        .filter(code -> ref.commune(code).map(c -> departements.contains(c.departement())).orElse(false))
                        .toList();
                if (!codes.isEmpty()) {
                    communesDesVoisins.putIfAbsent(p.epci(), codes);
                }
            }
        }
        Set<String> territoire = new LinkedHashSet<>(epciSouhaites);
        territoire.addAll(communesDesVoisins.keySet());

        Set<String> candidates = new LinkedHashSet<>();
        for (String code : lieuxDeVie(demande)) {
            ref.commune(code).filter(c -> c.epci() != null && territoire.contains(c.epci()))
                    .ifPresent(c -> candidates.add(c.code()));
        }
        for (var e : communesDesVoisins.entrySet()) {
            if (candidates.stream().noneMatch(code -> e.getKey().equals(epciDe(code)))) {
                candidates.add(e.getValue().get(0));
            }
        }
        for (String epci : epciSouhaites) {
            ref.communesDe(epci).stream().map(CommuneRef::code)
                    .filter(code -> !demande.communesSouhaitees().contains(code) && !candidates.contains(code))
                    .findFirst().ifPresent(candidates::add);
        }
        candidates.removeAll(demande.communesSouhaitees());

        List<FicheCotation.Suggestion> suggestions = new ArrayList<>();
        for (String code : candidates) {
            if (examinees.size() >= communesExamineesMax) {
                break;
            }
            examinees.add(code);
            Demande variante = demande.toBuilder().communesSouhaitees(code).build();
            engine.coter(variante, dateEvaluation).commune(code)
                    .filter(c -> c.statut() == Cotation.Statut.COTEE && c.total().compareTo(best) > 0)
                    .ifPresent(c -> suggestions.add(new FicheCotation.Suggestion(c.commune(), c.nomCommune(), c.epci(),
                            c.nomEpci(), c.pack(), c.total(), c.total().subtract(best), epciSouhaites.contains(c.epci()))));
        }
        suggestions.sort(Comparator.comparing(FicheCotation.Suggestion::note).reversed()
                .thenComparing(FicheCotation.Suggestion::commune));
        return suggestions;
    }

    private String epciDe(String code) {
        return engine.referentiel().commune(code).map(CommuneRef::epci).orElse(null);
    }

    /** The commune of the current housing, then the workplaces of the adults in paid work, by code. */
    private static List<String> lieuxDeVie(Demande d) {
        List<String> lieux = new ArrayList<>();
        if (d.logementActuel() != null && d.logementActuel().commune() != null) {
            lieux.add(d.logementActuel().commune());
        }
        Set<String> travail = new TreeSet<>();
        for (Adulte a : d.menage().adultes()) {
            if (a.situationProfessionnelle() != null && a.situationProfessionnelle().enActivite()
                    && a.situationProfessionnelle().communeTravail() != null) {
                travail.add(a.situationProfessionnelle().communeTravail());
            }
        }
        lieux.addAll(travail);
        return lieux;
    }

    private String regleSuggestions() {
        return "Communes examinées, " + communesExamineesMax + " au plus, dans cet ordre : celles où vous habitez ou "
                + "travaillez ; une commune de chaque autre territoire (EPCI) du même département doté d'une grille de "
                + "cotation, faute de connaître les territoires limitrophes ; une autre commune de chaque territoire déjà "
                + "demandé. Une commune est proposée si votre demande y aurait une note plus élevée que votre meilleure "
                + "note actuelle. Le formulaire permet de demander " + Demande.COMMUNES_SOUHAITEES_MAX
                + " communes au plus.";
    }

    /** Collects the fiche's settings; {@link #build()} checks them. */
    public static final class Builder {
        private final CotationEngine engine;
        private LocalDate dateEvaluation;
        private ClassementResult classement;
        private Function<String, List<Position>> positions;
        private Function<String, Optional<MotifExclusion>> exclusions;
        private String regleDepartage;
        private int communesExamineesMax = COMMUNES_EXAMINEES_PAR_DEFAUT;

        private Builder(CotationEngine engine) {
            this.engine = engine;
        }

        /** The evaluation date (required): ancienneté, grille in force, positions. */
        public Builder dateEvaluation(LocalDate date) {
            this.dateEvaluation = Objects.requireNonNull(date, "dateEvaluation");
            return this;
        }

        /**
         * The classement of the stock the positions and waiting times come from (le positionnement, art. R.441-2-17
         * CCH). Optional: without it, the fiche says the position is not available. It must be at the fiche's
         * evaluation date. A demande the classement left out (radiated, expired, invalid) is told why.
         */
        public Builder classement(ClassementResult classement) {
            this.classement = Objects.requireNonNull(classement, "classement");
            this.positions = classement::positions;
            this.exclusions = classement::motifExclusion;
            this.regleDepartage = classement.regleDepartage();
            return this;
        }

        /** For tests: positions from a function instead of a classement. */
        Builder positions(Function<String, List<Position>> positions, String regleDepartage) {
            this.classement = null;
            this.positions = positions;
            this.exclusions = null;
            this.regleDepartage = regleDepartage;
            return this;
        }

        /**
         * How many communes may be scored to look for suggestions (default
         * {@value Fiches#COMMUNES_EXAMINEES_PAR_DEFAUT}; 0 for none).
         */
        public Builder communesExamineesMax(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("communesExamineesMax ne peut pas être négatif : " + max);
            }
            this.communesExamineesMax = max;
            return this;
        }

        /**
         * The fiches' builder.
         *
         * @throws IllegalStateException when the evaluation date is missing or differs from the classement's
         */
        public Fiches build() {
            if (dateEvaluation == null) {
                throw new IllegalStateException("dateEvaluation manquante : la fiche est toujours établie à une date donnée");
            }
            if (classement != null && !classement.dateEvaluation().equals(dateEvaluation)) {
                throw new IllegalStateException("le classement est au " + classement.dateEvaluation()
                        + " mais la fiche au " + dateEvaluation + " : les positions ne correspondraient pas à la note");
            }
            return new Fiches(this);
        }
    }
}
