package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Constat;
import fr.cotation.demande.Preuve;
import fr.cotation.internal.conformite.AnalyseDrl;
import fr.cotation.internal.conformite.References;
import fr.cotation.internal.conformite.Sensibilites;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.Commune;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.regles.Refus;
import fr.cotation.regles.Situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance check of a compiled pack: what its DRL text says (safety, protected data, sensitive criteria)
 * and what its grilles do, found by scoring synthetic households, as {@link Fumee} does, rather than by reading
 * conditions: a category "has points" when a household of that category alone scores more than a household
 * with nothing, whatever way the rules are written.
 */
final class VerificationConformite {
    private VerificationConformite() {
    }

    /**
     * Every finding for one pack.
     *
     * @param pack     the descriptor, resolved along its chain (territory, justifications, refusal effects)
     * @param grilles  its compiled grilles (main, then mutation)
     * @param analyse  the analysis of the DRL text of those grilles
     * @param priorites the L.441-1 categories the engine knows
     * @param limite   the engine's loop guard
     */
    static List<Constat> verifier(PackDescriptor pack, List<GrilleCompilee> grilles, AnalyseDrl.Resultat analyse,
                                  PrioritesL4411 priorites, int limite) {
        List<Constat> constats = new ArrayList<>(analyse.constats());
        for (GrilleCompilee g : grilles) {
            // the rules of each code, in file and line order
            Map<String, List<String>> reglesParCode = new LinkedHashMap<>();
            g.criteres().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Critere> e) -> ou(analyse, e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> reglesParCode.computeIfAbsent(e.getValue().code(), k -> new ArrayList<>()).add(e.getKey()));
            doublons(pack, g, analyse, reglesParCode, constats);
            sensibles(pack, g, analyse, constats);
            references(pack, g, analyse, constats);
            enSessions(pack, g, analyse, constats);
            try {
                priorites(pack, g, priorites, limite, constats);
                refus(pack, g, analyse, reglesParCode, limite, constats);
                // protected grounds and the weight of the legal priorities (C020 to C027), read on Drools' descriptors
                fr.cotation.internal.conformite.AnalyseMotifs.Resultat lu = fr.cotation.internal.conformite.AnalyseMotifs
                        .analyser(g.sources(), fr.cotation.conformite.MotifsProteges.catalogue());
                VerificationMotifs.motifs(pack, g, lu, fr.cotation.conformite.MotifsProteges.catalogue(), limite, constats);
                VerificationMotifs.ponderations(pack, g, priorites, lu, limite, constats);
            } catch (ScoringException e) {
                Session.Echec ec = e.echec();
                constats.add(new Constat(CodeConstat.C000, pack.id(), ec == null || ec.fichier() == null
                        ? PackReader.DESCRIPTEUR : ec.fichier(), ec == null ? 0 : ec.ligne(), ec == null ? null : ec.regle(),
                        "la grille " + g.nom() + " échoue sur un ménage synthétique de la vérification : " + e.getMessage()));
            }
        }
        return trier(constats);
    }

    /** P001: the grille runs in Drools sessions because of one rule, located where it is written. */
    private static void enSessions(PackDescriptor pack, GrilleCompilee g, AnalyseDrl.Resultat analyse,
                                   List<Constat> constats) {
        if (g.directe() != null || g.regleEnDrools() == null) {
            return;
        }
        AnalyseDrl.RegleEcrite r = analyse.regles().get(g.regleEnDrools());
        String regle = g.regleEnDrools().substring(g.regleEnDrools().indexOf('/') + 1);
        constats.add(new Constat(CodeConstat.P001, r == null ? pack.id() : r.pack(),
                r == null ? PackReader.DESCRIPTEUR : r.fichier(), r == null ? 0 : r.ligne(), regle,
                "la grille " + g.nom() + " est évaluée en sessions Drools, plusieurs fois plus lentement, à cause de "
                        + "cette règle : " + g.enDrools().substring(g.enDrools().indexOf(" : ") + 3)
                        + ". " + SOUS_ENSEMBLE));
    }

    /** What a rule must be to be evaluated directly, told to a rule author (P001). */
    static final String SOUS_ENSEMBLE = "Une règle est évaluée directement quand chacun de ses motifs porte sur"
            + " Dossier, Situation, Priorite, Refus ou Commune sans lien avec un autre motif, que chaque condition"
            + " compare une propriété à une valeur (ou teste une propriété vraie ou fausse), sans not, exists, ||,"
            + " from ni eval, et que sa conséquence est un seul appel note.retenir(kcontext),"
            + " note.retenir(kcontext, points, \"texte\") ou note.parMois(kcontext, $mois, points, plafond)"
            + " (docs/conformite.md, P001)";

    /** Where a rule is written, as a sortable text; rules not found last. */
    private static String ou(AnalyseDrl.Resultat analyse, String cle) {
        AnalyseDrl.RegleEcrite r = analyse.regles().get(cle);
        return r == null ? "\uffff" : r.fichier() + String.format(":%08d", r.ligne());
    }

    /** Without duplicates; errors first, then by file, line and code. */
    static List<Constat> trier(List<Constat> constats) {
        return constats.stream().distinct()
                .sorted(Comparator.comparing(Constat::gravite)
                        .thenComparing(c -> c.fichier() == null ? "" : c.fichier())
                        .thenComparingInt(Constat::ligne)
                        .thenComparing(Constat::code)
                        .thenComparing(Constat::message))
                .toList();
    }

    // ------------------------------------------------------------------------------------------ C008

    private static void doublons(PackDescriptor pack, GrilleCompilee g, AnalyseDrl.Resultat analyse,
                                 Map<String, List<String>> reglesParCode, List<Constat> constats) {
        reglesParCode.forEach((code, cles) -> {
            if (cles.size() < 2) {
                return;
            }
            List<String> noms = cles.stream().map(c -> "« " + c.substring(c.indexOf('/') + 1) + " »").toList();
            for (String cle : cles.subList(1, cles.size())) {
                constats.add(aLaRegle(pack, analyse, cle, CodeConstat.C008, "le code de critère " + code
                        + " est déclaré par " + cles.size() + " règles (" + String.join(", ", noms) + ") : un code désigne"
                        + " un seul critère de la grille publiée ; renommer l'un, ou remplacer celui de la base avec"
                        + " @remplace(\"" + code + "\")"));
            }
        });
    }

    // ------------------------------------------------------------------------------------------ C011

    /** C011: every rule says which article or dated deliberation its criterion rests on. */
    private static void references(PackDescriptor pack, GrilleCompilee g, AnalyseDrl.Resultat analyse,
                                   List<Constat> constats) {
        g.criteres().forEach((cle, critere) -> {
            String manque = References.manque(critere.reference());
            if (manque != null) {
                constats.add(aLaRegle(pack, analyse, cle, CodeConstat.C011, "critère " + critere.code() + " : " + manque
                        + " ; citer l'article (art. L.441-1 CCH...) ou la délibération datée (délibération du conseil"
                        + " communautaire du ...) sur lesquels il repose. Un critère qu'aucune source ne donne reste"
                        + " marqué @proposition(\"...\") et cite l'article qui le permet (art. R.441-2-10 CCH)"));
            }
        });
    }

    // ------------------------------------------------------------------------------------------ C004, C005

    private static void sensibles(PackDescriptor pack, GrilleCompilee g, AnalyseDrl.Resultat analyse,
                                  List<Constat> constats) {
        g.criteres().forEach((cle, critere) -> {
            AnalyseDrl.RegleEcrite r = analyse.regles().get(cle);
            if (r == null) {
                return;
            }
            Map<Sensibilites.Fondement, Set<String>> fondements = Sensibilites.de(r);
            if (fondements.isEmpty()) {
                return;
            }
            String fonde = Sensibilites.decrire(fondements);
            String justification = pack.justifications().get(critere.code());
            boolean justifie = justification != null && !justification.isBlank();
            constats.add(new Constat(CodeConstat.C004, r.pack(), r.fichier(), r.ligne(), r.nom(), "critère "
                    + critere.code() + " fondé sur " + fonde + " : critère sensible, à garder explicite et pondéré parmi"
                    + " d'autres" + (justifie ? " ; justification écrite dans le descripteur" : "")));
            if (!justifie) {
                constats.add(new Constat(CodeConstat.C005, r.pack(), r.fichier(), r.ligne(), r.nom(), "critère "
                        + critere.code() + " fondé sur " + fonde + " sans justification écrite : ajouter au pack.yaml"
                        + " « justifications: {" + critere.code() + ": \"...\"} » (pourquoi ce critère, pourquoi ce poids,"
                        + " et qu'il n'est jamais le seul motif d'un refus)"));
            }
        });
    }

    // ------------------------------------------------------------------------------------------ C001, C002

    private static void priorites(PackDescriptor pack, GrilleCompilee g, PrioritesL4411 priorites, int limite,
                                  List<Constat> constats) throws ScoringException {
        boolean mutation = PackDescriptor.MUTATION.equals(g.nom());
        BigDecimal rien = total(g, FaitsSynthetiques.neutre(mutation, 30, List.of(), List.of()), limite);
        BigDecimal dalo = total(g, FaitsSynthetiques.neutre(mutation, 30, List.of(new Situation("DALO", Preuve.VALIDEE)), List.of()), limite);
        if (dalo.compareTo(rien) <= 0) {
            constats.add(new Constat(CodeConstat.C002, pack.id(), PackReader.DESCRIPTEUR, 0, null, "grille " + g.nom()
                    + " : un ménage reconnu DALO (situation DALO prouvée, rien d'autre) n'obtient aucun point de plus qu'un"
                    + " ménage sans situation ; la cotation doit mettre en œuvre la priorité des ménages DALO"
                    + " (art. L.441-1 et L.441-2-3 CCH)"));
        }
        LocalDate fin = pack.enVigueurAu() == null ? LocalDate.MAX : pack.enVigueurAu();
        for (CategoriePrioritaire c : priorites.toutes()) {
            boolean enVigueur = (c.enVigueurDu() == null || !c.enVigueurDu().isAfter(fin))
                    && (c.enVigueurAu() == null || !c.enVigueurAu().isBefore(pack.enVigueurDu()));
            if (!enVigueur) {
                continue;
            }
            List<String> sansPoints = new ArrayList<>();
            List<String> situations = c.situations().stream().filter(s -> !s.isBlank()).toList();
            for (String s : situations.isEmpty() ? java.util.Collections.<String>singletonList(null) : situations) {
                List<Situation> sit = s == null ? List.of() : List.of(new Situation(s, Preuve.VALIDEE));
                BigDecimal t = total(g, FaitsSynthetiques.neutre(mutation, 30, sit, List.of(new Priorite(c.categorie(), Preuve.VALIDEE))), limite);
                if (t.compareTo(rien) <= 0) {
                    sansPoints.add(s == null ? "sans situation" : s);
                }
            }
            if (!sansPoints.isEmpty()) {
                String depuis = c.enVigueurDu() != null && c.enVigueurDu().isAfter(pack.enVigueurDu())
                        ? " (en vigueur depuis le " + c.enVigueurDu() + ", pendant la période du pack)" : "";
                constats.add(new Constat(CodeConstat.C001, pack.id(), PackReader.DESCRIPTEUR, 0, null, "grille " + g.nom()
                        + " : catégorie " + c.categorie() + ") « " + c.libelle() + " » (" + c.reference() + ")" + depuis
                        + " : un ménage de cette seule catégorie (situation " + String.join(", ", sansPoints)
                        + " prouvée) n'obtient aucun point de plus qu'un ménage sans situation ; chaque catégorie"
                        + " prioritaire doit recevoir des points (R.441-2-10 CCH)"));
            }
        }
    }

    private static BigDecimal total(GrilleCompilee g, Faits faits, int limite) throws ScoringException {
        List<Ligne> lignes = g.bareme().appliquer(Session.executer(g, faits, commune(g, false), limite));
        return lignes.stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Commune commune(GrilleCompilee g, boolean liee) {
        String code = g.pack().communes().isEmpty() ? null : g.pack().communes().get(0);
        return new Commune(code, g.pack().epci(), liee, liee, liee, liee);
    }

    // ------------------------------------------------------------------------------------------ C006, C007

    /**
     * A refusal malus is a criterion that loses points when a refusal without legitimate reason is added to a
     * household that has every situation (so that conditions beside the refusal hold), or a rule that matches
     * {@code Refus} with negative {@code @points}. Its declared duration must be what the rule does: a refusal
     * {@code dureeMois - 1} months old still costs points, one {@code dureeMois} months old no longer does.
     */
    private static void refus(PackDescriptor pack, GrilleCompilee g, AnalyseDrl.Resultat analyse,
                              Map<String, List<String>> reglesParCode, int limite, List<Constat> constats)
            throws ScoringException {
        boolean mutation = PackDescriptor.MUTATION.equals(g.nom());
        Map<String, BigDecimal> sans = parCritere(g, FaitsSynthetiques.complet(mutation, Preuve.VALIDEE, List.of(), null), limite);
        // two refusals without legitimate reason, the second a repeated one: a malus on repeated refusal is seen too
        Map<String, BigDecimal> recent = ecart(parCritere(g, FaitsSynthetiques.complet(mutation, Preuve.VALIDEE, deux(0), null), limite), sans);
        // C010: a refusal with a legitimate reason (a dwelling not adapted to the household) must cost nothing
        Map<String, BigDecimal> motive = ecart(parCritere(g, FaitsSynthetiques.complet(mutation, Preuve.VALIDEE, List.of(new Refus(true, 0)), null), limite), sans);
        motive.forEach((code, ecart) -> { // findings are sorted at the end (trier)
            if (ecart.signum() < 0) {
                constats.add(aLaRegle(pack, analyse, reglesParCode.getOrDefault(code, List.of("?/?")).get(0),
                        CodeConstat.C010, "le critère " + code + " retire " + Points.pts(ecart.negate())
                                + " pour un refus avec motif légitime : R.441-2-10 11° CCH ne permet de changer la"
                                + " cotation que pour le refus d'un logement adapté aux besoins et aux capacités du"
                                + " ménage ; limiter la règle aux refus sans motif légitime (Refus( !motifLegitime, ... ))"));
            }
        });
        Map<String, Boolean> malus = new LinkedHashMap<>(); // code -> seen by scoring
        recent.forEach((code, ecart) -> {
            if (ecart.signum() < 0) {
                malus.put(code, true);
            }
        });
        g.criteres().forEach((cle, c) -> {
            AnalyseDrl.RegleEcrite r = analyse.regles().get(cle);
            if (r != null && c.points() != null && c.points().signum() < 0
                    && r.corps().stream().anyMatch(t -> t.type() == fr.cotation.internal.conformite.Jeton.Type.IDENT
                    && t.texte().equals("Refus"))) {
                malus.putIfAbsent(c.code(), false);
            }
        });
        Map<String, EffetDesRefus> declares = new HashMap<>();
        pack.effetsDesRefus().forEach(e -> declares.put(e.critere(), e));
        for (var e : malus.entrySet()) {
            String code = e.getKey();
            String cle = reglesParCode.getOrDefault(code, List.of("?/?")).get(0);
            EffetDesRefus effet = declares.get(code);
            if (effet == null) {
                constats.add(aLaRegle(pack, analyse, cle, CodeConstat.C006, "le critère " + code + " est un malus pour"
                        + " refus non déclaré : ajouter au pack.yaml « effetsDesRefus: [{critere: " + code
                        + ", dureeMois: N}] », N étant le nombre de mois pendant lesquels un refus compte"
                        + " (R.441-2-10 11° CCH)"));
                continue;
            }
            if (!e.getValue()) {
                continue; // not reached by the synthetic household: the duration cannot be checked by scoring
            }
            int n = effet.dureeMois();
            BigDecimal avant = ecart(parCritere(g, FaitsSynthetiques.complet(mutation, Preuve.VALIDEE, deux(n - 1), null), limite), sans)
                    .getOrDefault(code, BigDecimal.ZERO);
            BigDecimal apres = ecart(parCritere(g, FaitsSynthetiques.complet(mutation, Preuve.VALIDEE, deux(n), null), limite), sans)
                    .getOrDefault(code, BigDecimal.ZERO);
            if (avant.signum() >= 0) {
                constats.add(aLaRegle(pack, analyse, cle, CodeConstat.C007, "effetsDesRefus déclare " + n + " mois pour "
                        + code + ", mais la règle ne pénalise plus un refus de " + (n - 1) + " mois : corriger dureeMois"
                        + " ou la condition sur moisDepuis"));
            } else if (apres.signum() < 0) {
                constats.add(aLaRegle(pack, analyse, cle, CodeConstat.C007, "effetsDesRefus déclare " + n + " mois pour "
                        + code + ", mais la règle pénalise encore un refus de " + n + " mois : corriger dureeMois ou"
                        + " limiter la règle dans le temps (Refus( moisDepuis < " + n + " ))"));
            }
        }
    }

    /** Two refusals without legitimate reason, {@code mois} months ago, the first and a repeated one (rank 2). */
    private static List<Refus> deux(int mois) {
        return List.of(new Refus(false, mois, 1), new Refus(false, mois, 2));
    }

    private static Map<String, BigDecimal> parCritere(GrilleCompilee g, Faits faits, int limite) throws ScoringException {
        Map<String, BigDecimal> out = new HashMap<>();
        for (LigneBrute l : Session.executer(g, faits, commune(g, true), limite)) {
            out.merge(l.critere().code(), l.points(), BigDecimal::add);
        }
        return out;
    }

    private static Map<String, BigDecimal> ecart(Map<String, BigDecimal> avec, Map<String, BigDecimal> sans) {
        Map<String, BigDecimal> out = new HashMap<>();
        avec.forEach((code, p) -> out.put(code, p.subtract(sans.getOrDefault(code, BigDecimal.ZERO))));
        sans.forEach((code, p) -> out.putIfAbsent(code, p.negate()));
        return out;
    }

    private static Constat aLaRegle(PackDescriptor pack, AnalyseDrl.Resultat analyse, String cle, CodeConstat code,
                                    String message) {
        AnalyseDrl.RegleEcrite r = analyse.regles().get(cle);
        return r == null
                ? new Constat(code, pack.id(), PackReader.DESCRIPTEUR, 0, cle.substring(cle.indexOf('/') + 1), message)
                : new Constat(code, r.pack(), r.fichier(), r.ligne(), r.nom(), message);
    }
}
