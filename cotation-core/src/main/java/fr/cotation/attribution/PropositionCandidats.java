package fr.cotation.attribution;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.classement.Departage;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.regles.Priorite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Proposes the candidates for a dwelling that becomes free: the adequate demandes of a stock, in the order of their
 * cotation in the dwelling's commune, for the commission d'attribution (CALEOL, art. L.441-2 CCH). The single entry
 * point of the feature:
 *
 * <pre>{@code
 * PropositionCandidats proposition = PropositionCandidats.builder(engine).build();
 * Logement logement = Logement.builder().commune("06088").typologie(Typologie.T3).loyer(520, 80)
 *         .financement(Financement.PLUS).contingent(Contingent.PPRIOR).build();
 * Candidats c = proposition.proposer(logement, stock, LocalDate.of(2026, 1, 15));
 * }</pre>
 *
 * <p>Each demande of the stock is checked ({@link #adequation}); the adequate ones (and the near misses) are scored
 * in the dwelling's commune and only the best {@code n} of each kind are kept: the stock is streamed once and held
 * nowhere, whatever its size. Ties follow the classement's rule ({@link Departage}). With
 * {@link Builder#filtreContingent(boolean)}, a dwelling of the State's contingent ({@link Contingent#PPRIOR}) goes to
 * DALO households first, then to the priority publics of art. L.441-1 CCH (and the PDALHPD-labelled), and to no one
 * else; Action Logement's ({@link Contingent#COLACT}) to households with an employee. A bad demande is counted and
 * named in {@link Candidats#rejets()}, the others go on. Immutable and thread-safe; reads no clock, logs nothing.
 */
public final class PropositionCandidats {
    private final CotationEngine engine;
    private final Controles controles;
    private final Derivation derivation;
    private final int nombre;
    private final boolean filtreContingent;

    private PropositionCandidats(Builder b) {
        this.engine = b.engine;
        this.controles = new Controles(b.engine.referentiel(), b.plafonds, b.territoire);
        this.derivation = new Derivation(b.engine.prioritesL4411());
        this.nombre = b.nombre;
        this.filtreContingent = b.filtreContingent;
    }

    /** A builder over an engine (its packs, registry and L.441-1 categories). */
    public static Builder builder(CotationEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** Why a dwelling cannot be examined, each problem naming the field and the value; empty when it can. */
    public List<String> problemes(Logement logement) {
        return controles.problemes(logement);
    }

    /**
     * The adequacy of one demande for one dwelling, check by check.
     *
     * @throws IllegalArgumentException naming the fields when the dwelling or the demande is invalid
     */
    public Adequation adequation(Logement logement, Demande demande, LocalDate dateEvaluation) {
        List<String> p = controles.problemes(logement);
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("logement invalide : " + String.join(" ; ", p));
        }
        List<Probleme> pd = engine.valider(demande, dateEvaluation);
        if (!pd.isEmpty()) {
            throw new IllegalArgumentException("demande invalide : " + pd.get(0).champ() + " = " + pd.get(0).valeur()
                    + " : " + pd.get(0).message());
        }
        return controles.verifier(logement, demande, dateEvaluation);
    }

    /** The candidates for {@code logement} among {@code stock}, read once, at {@code dateEvaluation}. */
    public Candidats proposer(Logement logement, Iterable<Demande> stock, LocalDate dateEvaluation) {
        Objects.requireNonNull(dateEvaluation, "dateEvaluation");
        Objects.requireNonNull(stock, "stock");
        List<String> problemes = controles.problemes(logement);
        boolean prioritaires = filtreContingent && logement != null && logement.contingent() == Contingent.PPRIOR;
        Comparator<Candidat> ordre = Departage.ordre(Candidat::note, Candidat::dateDepot, Candidat::numeroUnique);
        if (prioritaires) {
            ordre = Comparator.comparing((Candidat c) -> !c.dalo()).thenComparing(ordre);
        }
        String regle = (prioritaires ? "Contingent préfectoral : les ménages reconnus DALO d'abord. " : "")
                + Departage.REGLE;
        if (!problemes.isEmpty()) {
            return new Candidats(logement, dateEvaluation, problemes, nombre, filtreContingent, regle, List.of(),
                    List.of(), 0, 0, 0, 0, 0, 0, new EnumMap<>(Verification.Controle.class), List.of(), List.of());
        }
        Selection proposes = new Selection(nombre, ordre);
        Selection proches = new Selection(nombre, ordre);
        Compte n = new Compte();
        List<String> avertissements = new ArrayList<>();
        String filtre = filtreContingent ? publicDuContingent(logement.contingent()) : null;
        if (filtre != null && !filtre.isEmpty()) {
            avertissements.add(filtre);
        }
        for (Demande d : stock) {
            n.examinees++;
            if (d == null) {
                n.rejeter("demande n° " + n.examinees + " : absente (null)");
                continue;
            }
            List<Probleme> invalide = engine.valider(d, dateEvaluation);
            if (!invalide.isEmpty()) {
                Probleme p = invalide.get(0);
                n.rejeter(nom(d, n.examinees) + " : " + p.champ() + " = " + p.valeur() + " : " + p.message()
                        + (invalide.size() > 1 ? " (et " + (invalide.size() - 1) + " autre(s) problème(s))" : ""));
                continue;
            }
            Adequation a = controles.verifier(logement, d, dateEvaluation);
            for (Verification v : a.ecarts()) {
                n.ecarts.merge(v.controle(), 1, Integer::sum);
            }
            Adequation.Verdict verdict = a.verdict();
            if (verdict == Adequation.Verdict.INADEQUATE) {
                n.inadequates++;
                continue;
            }
            List<Priorite> priorites = derivation.deriver(d, dateEvaluation).priorites();
            boolean dalo = d.dalo().statut() == StatutDalo.ACTIF;
            if (filtreContingent && !dansLePublic(logement.contingent(), d, dalo, priorites)) {
                if (verdict == Adequation.Verdict.ADEQUATE) {
                    n.horsPublic++;
                }
                continue;
            }
            Candidat c = candidat(logement, d, dateEvaluation, a, dalo, priorites);
            if (c == null) {
                n.rejeter(nom(d, n.examinees) + " : la cotation dans " + logement.commune() + " a échoué");
                continue;
            }
            if (c.cotation().statut() == Cotation.Statut.SANS_GRILLE && !n.sansGrille) {
                n.sansGrille = true;
                avertissements.add("pas de grille de cotation pour " + logement.commune() + " au " + dateEvaluation
                        + " : les candidats sont classés par date de premier dépôt");
            }
            if (verdict == Adequation.Verdict.ADEQUATE) {
                n.adequates++;
                proposes.offrir(c);
            } else {
                n.proches++;
                proches.offrir(c);
            }
        }
        List<Candidat> liste = proposes.enOrdre();
        if (liste.size() < 3) {
            avertissements.add(0, (liste.isEmpty() ? "aucune demande adéquate" : liste.size() == 1
                    ? "une seule demande adéquate" : "seulement " + liste.size() + " demandes adéquates")
                    + (filtreContingent ? " dans le public du contingent" : "")
                    + " : moins des trois candidats que demande l'art. L.441-2 CCH (sauf ménage DALO désigné par le "
                    + "préfet ou insuffisance de candidats)");
        }
        return new Candidats(logement, dateEvaluation, List.of(), nombre, filtreContingent, regle, liste,
                proches.enOrdre(), n.examinees, n.adequates, n.proches, n.inadequates, n.horsPublic, n.rejetees,
                n.ecarts, n.rejets, avertissements);
    }

    /** Why the filter does not restrict, or the empty string when it does; {@code null} never. */
    private static String publicDuContingent(Contingent c) {
        return switch (c) {
            case PPRIOR, COLACT -> "";
            case PFONCT -> "contingent des agents de l'État : la demande ne dit pas si un adulte en est un, aucun "
                    + "filtre appliqué";
            default -> "contingent « " + c.libelle() + " » : pas de public fixé par la loi, aucun filtre appliqué";
        };
    }

    private static boolean dansLePublic(Contingent c, Demande d, boolean dalo, List<Priorite> priorites) {
        return switch (c) {
            case PPRIOR -> dalo || !priorites.isEmpty() || d.labelPdalhpd() != null;
            // an employee: Action Logement's public are the employees of contributing firms (not known to the form)
            case COLACT -> d.menage().adultes().stream().map(Adulte::situationProfessionnelle).anyMatch(s -> s != null
                    && s.enActivite() && s.contrat() != TypeContrat.ARTISAN);
            default -> true;
        };
    }

    /** The candidate, scored in the dwelling's commune; {@code null} when the cotation failed. */
    private Candidat candidat(Logement l, Demande d, LocalDate date, Adequation a, boolean dalo,
                              List<Priorite> priorites) {
        boolean horsVoeux = !d.communesSouhaitees().contains(l.commune());
        // outside the wishes (EPCI widening): scored where the dwelling is, as if it were the only wish
        Demande cotee = !horsVoeux ? d : new Demande(d.numeroUnique(), d.dateDepot(), d.dateRenouvellement(),
                d.menage(), d.logementActuel(), d.motifs(), d.typologies(), List.of(l.commune()), d.dalo(),
                d.labelPdalhpd(), d.handicap(), d.refus(), d.mutation(), d.situations(), d.renouvellementInconnu());
        CotationResult r = engine.coter(cotee, date);
        Cotation c = r.commune(l.commune()).orElse(null);
        if (c == null || c.statut() == Cotation.Statut.ERREUR) {
            return null;
        }
        boolean notee = c.statut() == Cotation.Statut.COTEE;
        List<Ligne> principaux = c.lignes().stream().filter(x -> x.points().signum() != 0)
                .sorted(Comparator.comparing((Ligne x) -> x.points().abs()).reversed())
                .limit(Candidat.CRITERES_PRINCIPAUX).toList();
        List<Ligne> provisoires = c.lignes().stream().filter(Ligne::provisoire).toList();
        return new Candidat(0, d.numeroUnique(), d.dateDepot(), notee ? c.total() : null, c, horsVoeux, dalo,
                priorites, CategorieMenage.de(d, date), a, principaux, provisoires);
    }

    private static String nom(Demande d, int rang) {
        return d.numeroUnique() == null || d.numeroUnique().isBlank() ? "demande n° " + rang : d.numeroUnique();
    }

    /** The counts of one proposal. */
    private static final class Compte {
        int examinees;
        int adequates;
        int proches;
        int inadequates;
        int horsPublic;
        int rejetees;
        boolean sansGrille;
        final EnumMap<Verification.Controle, Integer> ecarts = new EnumMap<>(Verification.Controle.class);
        final List<String> rejets = new ArrayList<>();

        void rejeter(String raison) {
            rejetees++;
            if (rejets.size() < Candidats.REJETS_MONTRES) {
                rejets.add(raison);
            }
        }
    }

    /** The best {@code k} candidates seen so far: a bounded heap whose head is the worst kept. */
    private static final class Selection {
        private final int k;
        private final Comparator<Candidat> ordre;
        private final PriorityQueue<Candidat> tas;

        Selection(int k, Comparator<Candidat> ordre) {
            this.k = k;
            this.ordre = ordre;
            this.tas = new PriorityQueue<>(k + 1, ordre.reversed());
        }

        void offrir(Candidat c) {
            if (tas.size() < k) {
                tas.add(c);
            } else if (ordre.compare(c, tas.peek()) < 0) {
                tas.poll();
                tas.add(c);
            }
        }

        List<Candidat> enOrdre() {
            List<Candidat> l = new ArrayList<>(tas);
            l.sort(ordre);
            List<Candidat> r = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                r.add(l.get(i).avecRang(i + 1));
            }
            return r;
        }
    }

    /** Collects the proposal's configuration. */
    public static final class Builder {
        private final CotationEngine engine;
        private ParametresTerritoire territoire = ParametresTerritoire.defaut();
        private PlafondsRessources plafonds = PlafondsRessources.nationaux();
        private int nombre = 3;
        private boolean filtreContingent;

        private Builder(CotationEngine engine) {
            this.engine = engine;
        }

        /** The territory's limits (occupancy table, taux d'effort, reste à vivre, tolerance, EPCI widening). */
        public Builder territoire(ParametresTerritoire territoire) {
            this.territoire = Objects.requireNonNull(territoire);
            return this;
        }

        /** Other plafonds de ressources than the shipped ones (a year not shipped yet). */
        public Builder plafonds(PlafondsRessources plafonds) {
            this.plafonds = Objects.requireNonNull(plafonds);
            return this;
        }

        /** How many candidates to propose (default 3, the minimum of art. L.441-2 CCH), and near misses to show. */
        public Builder candidats(int nombre) {
            if (nombre < 1) {
                throw new IllegalArgumentException("au moins un candidat : " + nombre);
            }
            this.nombre = nombre;
            return this;
        }

        /** Restrict the candidates to the public of the dwelling's contingent (default: no restriction). */
        public Builder filtreContingent(boolean filtre) {
            this.filtreContingent = filtre;
            return this;
        }

        /** The proposal engine, immutable and thread-safe. */
        public PropositionCandidats build() {
            return new PropositionCandidats(this);
        }
    }
}
