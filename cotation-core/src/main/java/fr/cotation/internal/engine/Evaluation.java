package fr.cotation.internal.engine;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.internal.engine.CataloguePacks.Candidat;
import fr.cotation.internal.validation.Validateur;
import fr.cotation.pack.PlafondDifficultesFinancieres;
import fr.cotation.pack.Statut;
import fr.cotation.regles.Commune;
import fr.cotation.regles.FaitsDerives;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Scoring one demande: validated, its facts derived once, then scored in each distinct wished commune by the pack in
 * force there ({@link ChargementPacks#enVigueur}), directly ({@link Session#directe}) or in a Drools session bounded
 * by the scoring deadline; the warnings of the demande and of the grille's status; a commune whose code the rules did
 * not read reuses the lines of another commune of the same grille. Thread-safe.
 */
final class Evaluation {
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);
    /** The warning of a cotation by a grille of status {@code modele}; the whole list when the demande has no other. */
    private static final List<String> AVERTISSEMENT_MODELE = List.of("grille modèle (statut 'modele') : critères"
            + " documentés pour ce territoire, points proposés, pas la grille adoptée par l'EPCI");

    private final Referentiel referentiel;
    private final Validateur validateur;
    private final Derivation derivation;
    private final CataloguePacks catalogue;
    private final ChargementPacks chargement;
    private final Execution execution;
    private final int limite;
    /** How long a grille may take for one demande in one commune, in a Drools session. */
    private final Duration delaiCotation;

    Evaluation(Referentiel referentiel, Validateur validateur, Derivation derivation, CataloguePacks catalogue,
               ChargementPacks chargement, Execution execution, int limite, Duration delaiCotation) {
        this.referentiel = referentiel;
        this.validateur = validateur;
        this.derivation = derivation;
        this.catalogue = catalogue;
        this.chargement = chargement;
        this.execution = execution;
        this.limite = limite;
        this.delaiCotation = delaiCotation;
    }

    List<Probleme> valider(Demande demande, LocalDate date) {
        return validateur.valider(demande, date);
    }

    /** The facts derived from a demande at a date, or empty when the demande is invalid then. */
    Optional<FaitsDerives> faits(Demande demande, LocalDate date) {
        if (!validateur.valider(demande, date).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Derivation.vue(derivation.deriver(demande, date), demande, date));
    }

    CotationResult coter(Demande demande, LocalDate date) {
        String numero = demande == null ? null : demande.numeroUnique();
        List<Probleme> problemesDemande = validateur.valider(demande, date);
        if (!problemesDemande.isEmpty()) {
            return new CotationResult(numero, date, problemesDemande, List.of());
        }
        Faits faits;
        try {
            faits = derivation.deriver(demande, date);
        } catch (RuntimeException e) {
            LOG.error("dérivation impossible ({})", e.getClass().getSimpleName());
            return new CotationResult(numero, date, List.of(new Probleme("demande", "?",
                    "erreur interne en dérivant la demande : " + e.getClass().getSimpleName())), List.of());
        }
        Avertissements avertissements = demande.renouvellementInconnu() ? RENOUVELLEMENT_INCONNU
                : avertissements(faits.dossier().getMoisDepuisRenouvellement());
        List<String> souhaitees = demande.communesSouhaitees();
        List<Cotation> cotations = new ArrayList<>(souhaitees.size());
        List<Reprise> reprises = new ArrayList<>(2);
        for (int i = 0; i < souhaitees.size(); i++) {
            String code = souhaitees.get(i);
            if (souhaitees.indexOf(code) == i) { // each commune once, at its first place
                cotations.add(coterCommune(code, demande, faits, date, avertissements, reprises));
            }
        }
        return new CotationResult(numero, date, List.of(), cotations);
    }

    /** The warning of a cotation by a draft grille (status {@code projet}). */
    private static final String AVERTISSEMENT_PROJET = "grille en projet (statut 'projet') : pas encore adoptée par"
            + " l'EPCI, ces points sont un essai";

    private static List<String> avecProjet(List<String> avertissements) {
        List<String> out = new ArrayList<>(avertissements);
        out.add(AVERTISSEMENT_PROJET);
        return List.copyOf(out);
    }

    /**
     * The warnings of every cotation of a demande: those of the demande, and the same followed by the model-grille
     * warning for a pack whose status is {@code modele}.
     */
    private record Avertissements(List<String> demande, List<String> modele) {
    }

    private static final Avertissements RENOUVELEE = new Avertissements(List.of(), AVERTISSEMENT_MODELE);

    /** A demande whose source does not give the last renewal: its validity is not known (art. R.441-2-7 CCH). */
    private static final Avertissements RENOUVELLEMENT_INCONNU = inconnu();

    private static Avertissements inconnu() {
        String texte = "date du dernier renouvellement inconnue (absente du fichier) : la validité de la demande "
                + "n'a pas pu être vérifiée (R.441-2-7 CCH)";
        List<String> avecModele = new ArrayList<>(List.of(texte));
        avecModele.addAll(AVERTISSEMENT_MODELE);
        return new Avertissements(List.of(texte), List.copyOf(avecModele));
    }

    /** {@link #avertissements} by month count, up to ten years; written on first use (a race writes one twice). */
    private static final Avertissements[] NON_RENOUVELEE = new Avertissements[120];

    /** The warnings of a demande whose last renewal (or first filing) was {@code mois} months ago. */
    private static Avertissements avertissements(int mois) {
        if (mois < 12) {
            return RENOUVELEE;
        }
        Avertissements a = mois < NON_RENOUVELEE.length ? NON_RENOUVELEE[mois] : null;
        if (a == null) {
            // at 12 months or more the year of validity is reached or past: "it expires within the year" is untrue
            String texte = "demande non renouvelée depuis " + mois + " mois : sa validité d'un an est atteinte ou "
                    + "dépassée (R.441-2-7 CCH) ; sans renouvellement, elle est radiée (R.441-2-8 e) CCH)";
            List<String> avecModele = new ArrayList<>(List.of(texte));
            avecModele.addAll(AVERTISSEMENT_MODELE);
            a = new Avertissements(List.of(texte), List.copyOf(avecModele));
            if (mois < NON_RENOUVELEE.length) {
                NON_RENOUVELEE[mois] = a;
            }
        }
        return a;
    }

    /**
     * The lines a grille gave for one demande in a commune whose code the rules did not read, with their total and
     * provisional flag: another commune of the same grille with the same flags ({@link #drapeaux}) gets the same
     * lines without running the rules again.
     */
    private record Reprise(GrilleCompilee grille, int drapeaux, List<Ligne> lignes, BigDecimal total,
                           boolean provisoire) {
    }

    /** The fields of the {@code Commune} fact other than its code (the EPCI is the grille's). */
    private static int drapeaux(Commune c) {
        return (c.isHabite() ? 1 : 0) | (c.isTravaille() ? 2 : 0) | (c.isHabiteLeTerritoire() ? 4 : 0)
                | (c.isTravailleSurLeTerritoire() ? 8 : 0);
    }

    private Cotation coterCommune(String code, Demande demande, Faits faitsDeLaDemande, LocalDate date,
                                  Avertissements avertissementsDeLaDemande, List<Reprise> reprises) {
        List<String> avertissementsDemande = avertissementsDeLaDemande.demande();
        Optional<CommuneRef> ref = referentiel.commune(code);
        String nom = ref.map(CommuneRef::nom).orElse(null);
        String epci = ref.map(CommuneRef::epci).orElse(null);
        String nomEpci = ref.map(CommuneRef::nomEpci).orElse(null);
        Optional<PackCharge> pack = chargement.enVigueur(code, date);
        if (pack.isEmpty()) {
            for (Candidat c : catalogue.candidatsDe(code)) {
                ChargementPacks.Issue e = c.descriptor().enVigueurLe(date) ? chargement.issue(c) : null;
                if (e != null && e.compilation()) {
                    String raison = e.problemes().isEmpty() ? "erreur inconnue" : e.problemes().get(0).toString();
                    return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.ERREUR, c.descriptor().id(),
                            c.descriptor().version(), null, BigDecimal.ZERO, List.of(), false, avertissementsDemande,
                            "la grille " + c.descriptor().id() + " n'a pas pu être chargée : " + raison);
                }
            }
            String ou = nom == null ? code : nom + " (" + code + ")";
            String why = ref.isEmpty() ? referentiel.pourquoiInconnue(code).orElse("commune inconnue")
                    : "aucune grille de cotation pour " + ou + (nomEpci == null ? "" : ", " + nomEpci) + " au " + date;
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.SANS_GRILLE, null, null, null, BigDecimal.ZERO,
                    List.of(), false, avertissementsDemande, why);
        }
        PackCharge p = pack.get();
        boolean mutation = demande.mutation();
        GrilleCompilee grille = mutation && p.mutation() != null ? p.mutation() : p.principale();
        // category c) of L.441-1 from resources, when the territory sets a ceiling (a dated parameter of its pack)
        var plafond = PlafondDifficultesFinancieres.enVigueurLe(p.descriptor().difficultesFinancieres(), date);
        Faits faits = plafond == null ? faitsDeLaDemande
                : derivation.avecDifficultesFinancieres(faitsDeLaDemande, demande, date, plafond);
        String epciPack = p.descriptor().epci();
        Set<String> territoire = p.territoire();
        boolean travailleSurLeTerritoire = false;
        if (!faits.communesTravail().isEmpty()) { // no iterator for the many who work nowhere
            for (String travail : faits.communesTravail()) {
                travailleSurLeTerritoire |= territoire.contains(travail);
            }
        }
        Commune commune = new Commune(code, epciPack, code.equals(faits.communeResidence()),
                faits.communesTravail().contains(code),
                faits.communeResidence() != null && territoire.contains(faits.communeResidence()),
                travailleSurLeTerritoire);
        List<String> avertissements = p.descriptor().statut() == Statut.MODELE
                ? avertissementsDeLaDemande.modele() : p.descriptor().statut() == Statut.PROJET
                ? avecProjet(avertissementsDemande) : avertissementsDemande;
        try {
            int drapeaux = drapeaux(commune);
            Reprise reprise = null;
            for (Reprise r : reprises) {
                if (r.grille() == grille && r.drapeaux() == drapeaux) {
                    reprise = r;
                }
            }
            String casse = chargement.enEchec(p.descriptor());
            if (casse != null) {
                throw new ScoringException(casse, null, null);
            }
            if (reprise == null) {
                List<LigneBrute> brutes = Session.directe(grille, faits, commune, limite);
                if (brutes == null) {
                    brutes = enSessionBornee(p, grille, faits, commune);
                }
                List<Ligne> lignes = List.copyOf(grille.bareme().appliquer(brutes));
                boolean provisoire = false;
                for (int i = 0; i < lignes.size(); i++) {
                    provisoire |= lignes.get(i).provisoire();
                }
                reprise = new Reprise(grille, drapeaux, lignes, Points.somme(lignes), provisoire);
                if (!commune.codeLu()) {
                    reprises.add(reprise);
                }
            }
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.COTEE, p.descriptor().id(),
                    p.descriptor().version(), grille.nom(), reprise.total(), reprise.lignes(), reprise.provisoire(),
                    avertissements, null);
        } catch (ScoringException e) {
            LOG.warn("échec de cotation avec le pack {} : {}", p.descriptor().id(), e.getMessage());
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.ERREUR, p.descriptor().id(),
                    p.descriptor().version(), grille.nom(), BigDecimal.ZERO, List.of(), false, avertissements, e.getMessage());
        }
    }

    /**
     * The lines of a grille run in a Drools session (the rule author's code), on a worker thread, for at most the
     * scoring deadline. Past it, or on an {@link Error}, the pack is marked broken.
     */
    private List<LigneBrute> enSessionBornee(PackCharge p, GrilleCompilee grille, Faits faits, Commune commune)
            throws ScoringException {
        String cle = p.descriptor().id() + " " + p.descriptor().version();
        try {
            return Execution.borne(() -> execution.dansLeChargeur(() -> Session.enSession(grille, faits, commune, limite)),
                    delaiCotation);
        } catch (ScoringException | RuntimeException e) {
            if (e instanceof ScoringException se) {
                throw se;
            }
            throw new ScoringException(Session.describe(grille, e), e, Session.localiser(grille, e));
        } catch (TimeoutException e) {
            String m = "la grille " + grille.nom() + " du pack " + p.descriptor().id() + " a dépassé le délai de cotation"
                    + " de " + Execution.duree(delaiCotation) + " (scoringTimeout) : elle est arrêtée et le pack est marqué en échec"
                    + " (une conséquence ou une fonction boucle sans doute)";
            chargement.marquerEnEchec(p.descriptor(), m);
            LOG.error("pack {} marqué en échec : délai de cotation dépassé", cle);
            throw new ScoringException(m, null, null);
        } catch (InterruptedException e) {
            throw new ScoringException("cotation interrompue", e, null);
        } catch (Throwable e) {
            String m = "la grille " + grille.nom() + " du pack " + p.descriptor().id() + " a échoué sur une erreur "
                    + e.getClass().getSimpleName() + " (récursion sans fin, mémoire épuisée ?) : le pack est marqué en"
                    + " échec";
            chargement.marquerEnEchec(p.descriptor(), m);
            LOG.error("pack {} marqué en échec : {}", cle, e.getClass().getSimpleName());
            throw new ScoringException(m, null, null);
        }
    }
}
