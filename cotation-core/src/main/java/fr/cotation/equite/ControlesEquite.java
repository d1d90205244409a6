package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.Motif;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.PropositionRefusee;
import fr.cotation.demande.SituationDeclaree;
import fr.cotation.demande.StatutDalo;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.ExceptionMonotonie;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.regles.Situations;
import fr.cotation.territoire.CommuneRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The checks of the fairness properties. Each check reads one generated demande, its result and its index (which
 * chooses the variation, so that shrinking keeps the same one) and gives a {@link Verdict}. A new property is one more
 * {@link Controle} in {@link #tous(Contexte, CoherenceClassement)}.
 */
final class ControlesEquite {

    private ControlesEquite() {
    }

    /** The first scoring of a generated demande: its result, or what it threw. */
    record Base(CotationResult resultat, Throwable erreur) {
        /** The demande's first cotation by {@code packId}, or {@code null} when it is invalid or that pack scored none. */
        Cotation coteePar(String packId) {
            if (resultat == null || !resultat.valide()) {
                return null;
            }
            for (Cotation c : resultat.cotations()) {
                if (c.statut() == Cotation.Statut.COTEE && packId.equals(c.pack())) {
                    return c;
                }
            }
            return null;
        }
    }

    enum Etat { OK, SANS_OBJET, EXCEPTION, ECHEC }

    /** What one check says of one demande. */
    record Verdict(Etat etat, String message, Demande variante, List<Cotation> attendu, List<Cotation> obtenu) {
        static final Verdict OK = new Verdict(Etat.OK, null, null, List.of(), List.of());
        static final Verdict SANS_OBJET = new Verdict(Etat.SANS_OBJET, null, null, List.of(), List.of());
        static final Verdict EXCEPTION = new Verdict(Etat.EXCEPTION, null, null, List.of(), List.of());

        static Verdict echec(String message, Demande variante, List<Cotation> attendu, List<Cotation> obtenu) {
            return new Verdict(Etat.ECHEC, message, variante, attendu == null ? List.of() : attendu,
                    obtenu == null ? List.of() : obtenu);
        }
    }

    /** One check of one property. */
    interface Verif {
        Verdict verifier(Demande d, Base base, long index);
    }

    /**
     * A named check of a property, for example {@code monotonie/anciennete}; {@code reductible} when its verdict on a
     * demande depends on that demande alone, so that the shrinker applies.
     */
    record Controle(Propriete propriete, String nom, Verif verif, boolean reductible) {
        Controle(Propriete propriete, String nom, Verif verif) {
            this(propriete, nom, verif, true);
        }

        Verdict verifier(Demande d, Base base, long index) {
            return verif.verifier(d, base, index);
        }
    }

    /**
     * Every check, in the order of the properties. {@code classement} is the ranking of the scored demandes (property
     * 6), {@code null} when that property is not verified.
     */
    static List<Controle> tous(Contexte ctx, CoherenceClassement classement) {
        Priorites priorites = new Priorites(ctx.date);
        return List.of(
                new Controle(Propriete.DETERMINISME, "determinisme/repetition", (d, b, i) -> repetition(ctx, d, b)),
                new Controle(Propriete.DETERMINISME, "determinisme/ordre", (d, b, i) -> ordre(ctx, d, b)),
                new Controle(Propriete.DONNEES_PROTEGEES, "donnees-protegees", (d, b, i) -> identites(ctx, d, b)),
                new Controle(Propriete.MONOTONIE, "monotonie/anciennete", (d, b, i) -> monotone(ctx, "anciennete", d, b,
                        anciennete(d, i), 1, "déposée " + (1 + i % 24) + " mois plus tôt")),
                new Controle(Propriete.MONOTONIE, "monotonie/priorite", (d, b, i) -> {
                    Priorites.Option o = priorites.options.get((int) (i % priorites.options.size()));
                    return monotone(ctx, "priorite", d, b, o.appliquer(d, ctx.date), 1, o.libelle() + " ajouté, prouvé");
                }),
                new Controle(Propriete.MONOTONIE, "monotonie/preuve", (d, b, i) -> {
                    List<Priorites.Option> p = Priorites.preuves(d);
                    if (p.isEmpty()) {
                        return Verdict.SANS_OBJET;
                    }
                    Priorites.Option o = p.get((int) (i % p.size()));
                    return monotone(ctx, "preuve", d, b, o.appliquer(d, ctx.date), 1, o.libelle() + " validé");
                }),
                new Controle(Propriete.MONOTONIE, "monotonie/refus", (d, b, i) -> monotone(ctx, "refus", d, b,
                        refus(d, ctx.date, i), -1, "un refus sans motif légitime ajouté")),
                new Controle(Propriete.EXPLICATION, "explication", (d, b, i) -> explication(ctx, b)),
                new Controle(Propriete.TERRITOIRE, "territoire", (d, b, i) -> territoire(ctx, d, b, i)),
                new Controle(Propriete.CLASSEMENT, "classement", (d, b, i) -> classement == null ? Verdict.SANS_OBJET
                        : classement.verifier(d, b), false),
                new Controle(Propriete.ROBUSTESSE, "robustesse", (d, b, i) -> robustesse(ctx, d, b)));
    }

    /** Categories of art. L.441-1 CCH that no variation of {@code monotonie/priorite} reaches, with why. */
    static List<String> prioritesNonCouvertes(LocalDate date) {
        return new Priorites(date).nonCouvertes;
    }

    // ---- 1. determinism

    private static Verdict repetition(Contexte ctx, Demande d, Base b) {
        if (b.resultat() == null) {
            return Verdict.SANS_OBJET;
        }
        CotationResult r = ctx.coter(d);
        if (!b.resultat().equals(r)) {
            return Verdict.echec("deux scorings de la même demande, à la même date, sur deux threads, diffèrent", null,
                    b.resultat().cotations(), r == null ? List.of() : r.cotations());
        }
        return Verdict.OK;
    }

    private static Verdict ordre(Contexte ctx, Demande d, Base b) {
        if (b.resultat() == null) {
            return Verdict.SANS_OBJET;
        }
        Demande p = permuter(d);
        if (p.equals(d)) {
            return Verdict.SANS_OBJET;
        }
        return memesCotations(ctx, b.resultat(), p, "l'ordre des communes souhaitées, des membres du ménage, des "
                + "ressources ou des refus change le résultat");
    }

    /** The demande with every list whose order must not matter reversed. */
    static Demande permuter(Demande d) {
        Brouillon b = new Brouillon(d);
        Collections.reverse(b.communes);
        Collections.reverse(b.cotitulaires);
        Collections.reverse(b.personnesACharge);
        Collections.reverse(b.enfantsEnGarde);
        Collections.reverse(b.refus);
        List<Adulte> adultes = b.adultes();
        for (int i = 0; i < adultes.size(); i++) {
            Adulte a = adultes.get(i);
            if (a != null) {
                List<fr.cotation.demande.Ressource> r = new ArrayList<>(a.ressources());
                Collections.reverse(r);
                List<fr.cotation.demande.RevenuFiscal> f = new ArrayList<>(a.revenusFiscaux());
                Collections.reverse(f);
                b.adulte(i, new Adulte(a.identite(), a.dateNaissance(), a.situationFamiliale(),
                        a.situationProfessionnelle(), r, f));
            }
        }
        return b.demande();
    }

    // ---- 2. protected data

    private static Verdict identites(Contexte ctx, Demande d, Base b) {
        if (b.resultat() == null) {
            return Verdict.SANS_OBJET;
        }
        return memesCotations(ctx, b.resultat(), ctx.generateur.autresIdentites(d), "changer seulement les données "
                + "protégées (nationalité, nom, prénom, civilité, sexe, lieu de naissance, profession) change la note");
    }

    /** The variant's cotations, commune by commune, equal those of the reference. */
    private static Verdict memesCotations(Contexte ctx, CotationResult ref, Demande variante, String quoi) {
        CotationResult r = ctx.coter(variante);
        if (r == null) {
            return Verdict.SANS_OBJET; // the robustness property reports a throw
        }
        Map<String, Cotation> a = parCommune(ref);
        Map<String, Cotation> b = parCommune(r);
        if (a.equals(b) && ref.valide() == r.valide()) {
            return Verdict.OK;
        }
        List<String> ecarts = new ArrayList<>();
        List<Cotation> attendu = new ArrayList<>();
        List<Cotation> obtenu = new ArrayList<>();
        for (String c : union(a.keySet(), b.keySet())) {
            Cotation x = a.get(c);
            Cotation y = b.get(c);
            if (!Objects.equals(x, y)) {
                ecarts.add(c + " : " + total(x) + " → " + total(y) + ecartLignes(x, y));
                if (x != null) {
                    attendu.add(x);
                }
                if (y != null) {
                    obtenu.add(y);
                }
            }
        }
        return Verdict.echec(quoi + " : " + String.join(" ; ", ecarts), variante, attendu, obtenu);
    }

    // ---- 3. monotonicity

    static Demande anciennete(Demande d, long i) {
        if (d.dateDepot() == null) {
            return null;
        }
        Brouillon b = new Brouillon(d);
        b.dateDepot = d.dateDepot().minusMonths(1 + i % 24);
        if (b.dateRenouvellement == null) {
            b.dateRenouvellement = d.dateDepot(); // only the first filing moves: the demande was last touched then
        }
        return b.demande();
    }

    static Demande refus(Demande d, LocalDate date, long i) {
        if (d.dateDepot() == null) {
            return null;
        }
        LocalDate le = date.minusMonths(i % 12).minusDays(1);
        if (le.isBefore(d.dateDepot())) {
            le = d.dateDepot();
        }
        Brouillon b = new Brouillon(d);
        b.refus.add(new PropositionRefusee(le, false));
        return b.demande();
    }

    /**
     * The variant's note never goes against {@code sens} (1: never lower, -1: never higher) in a commune scored by the
     * same grille, except by lines of rubriques the pack declares for this variation.
     */
    private static Verdict monotone(Contexte ctx, String variation, Demande d, Base b, Demande v, int sens,
                                    String quoi) {
        if (b.resultat() == null || !b.resultat().valide() || v == null || v.equals(d)) {
            return Verdict.SANS_OBJET;
        }
        CotationResult rv = ctx.coter(v); // an invalid variant gets its problems and no cotation: nothing to compare
        if (rv == null || !rv.valide()) {
            return Verdict.SANS_OBJET;
        }
        boolean exception = false;
        boolean compare = false;
        for (Cotation cb : b.resultat().cotations()) {
            Cotation cv = rv.commune(cb.commune()).orElse(null);
            if (cv == null || cb.statut() != Cotation.Statut.COTEE || cv.statut() != Cotation.Statut.COTEE
                    || !cb.pack().equals(cv.pack()) || !cb.version().equals(cv.version())
                    || !cb.grille().equals(cv.grille())) {
                continue;
            }
            compare = true;
            // proving a situation may make a malus count (that is what proof is for): only the bonuses must not fall
            BigDecimal avant = variation.equals("preuve") ? bonus(cb) : cb.total();
            BigDecimal apres = variation.equals("preuve") ? bonus(cv) : cv.total();
            int ecart = apres.compareTo(avant);
            if (ecart * sens >= 0) {
                continue;
            }
            Set<String> rubriques = new LinkedHashSet<>();
            ctx.descripteur(cb).ifPresent(p -> p.exceptionsMonotonie().stream().filter(e -> e.couvre(variation))
                    .map(ExceptionMonotonie::rubrique).forEach(rubriques::add));
            if (!rubriques.isEmpty()) {
                BigDecimal hors = horsRubriques(cv, rubriques).subtract(horsRubriques(cb, rubriques));
                if (hors.signum() * sens >= 0) {
                    exception = true;
                    continue;
                }
            }
            String sensMot = sens > 0 ? "baisse" : "monte";
            return Verdict.echec(quoi + " : la note " + sensMot + " de " + cb.total().toPlainString() + " à "
                            + cv.total().toPlainString() + " (" + cb.commune() + ", " + cb.pack() + ")"
                            + ecartLignes(cb, cv) + (rubriques.isEmpty() ? "" : " ; hors des rubriques déclarées en "
                            + "exception (" + String.join(", ", rubriques) + ")"),
                    v, List.of(cb), List.of(cv));
        }
        return !compare ? Verdict.SANS_OBJET : exception ? Verdict.EXCEPTION : Verdict.OK;
    }

    private static BigDecimal bonus(Cotation c) {
        return c.lignes().stream().map(Ligne::points).filter(p -> p.signum() > 0).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static BigDecimal horsRubriques(Cotation c, Set<String> rubriques) {
        return c.lignes().stream().filter(l -> !rubriques.contains(l.rubrique())).map(Ligne::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The variations that add a priority: DALO, PDALHPD, and one per L.441-1 category reachable from the demande. */
    static final class Priorites {
        record Option(String libelle, UnaryOperator<Brouillon> changement) {
            Demande appliquer(Demande d, LocalDate date) {
                Brouillon b = new Brouillon(d);
                changement.apply(b);
                if (b.dalo != null && b.dalo.statut() == StatutDalo.ACTIF && b.dalo.dateDecision() == null) {
                    LocalDate decision = date.minusMonths(1);
                    b.dalo = new fr.cotation.demande.Dalo(StatutDalo.ACTIF,
                            d.dateDepot() != null && decision.isBefore(d.dateDepot()) ? d.dateDepot() : decision,
                            Preuve.VALIDEE);
                }
                return b.demande();
            }
        }

        final List<Option> options = new ArrayList<>();
        final List<String> nonCouvertes = new ArrayList<>();

        Priorites(LocalDate date) {
            options.add(new Option("DALO", b -> {
                b.dalo = new fr.cotation.demande.Dalo(StatutDalo.ACTIF, null, Preuve.VALIDEE);
                return b;
            }));
            options.add(new Option("label PDALHPD", b -> {
                b.labelPdalhpd = Preuve.VALIDEE;
                return b;
            }));
            Situations catalogue = Situations.catalogue();
            for (CategoriePrioritaire c : PrioritesL4411.nationales().enVigueurLe(date)) {
                Option o = null;
                for (String code : c.situations()) {
                    o = option(c, code, catalogue);
                    if (o != null) {
                        break;
                    }
                }
                if (o == null) {
                    nonCouvertes.add(c.categorie() + ") (" + String.join(", ", c.situations())
                            + " : dérivé du logement actuel, dont le changement change aussi d'autres critères)");
                } else {
                    options.add(o);
                }
            }
        }

        private static Option option(CategoriePrioritaire c, String code, Situations catalogue) {
            String libelle = "catégorie L.441-1 " + c.categorie() + ") (" + code + ")";
            Optional<DefinitionSituation> def = catalogue.get(code);
            if (def.isPresent() && def.get().origine() == DefinitionSituation.Origine.DECLAREE) {
                return new Option(libelle, b -> {
                    b.situations.removeIf(s -> s != null && code.equals(s.code()));
                    b.situations.add(new SituationDeclaree(code, null, Preuve.VALIDEE));
                    return b;
                });
            }
            if (code.equals("HANDICAP")) {
                return new Option(libelle, b -> {
                    Handicap h = b.handicap;
                    b.handicap = h == null ? new Handicap(false, null, null, Preuve.VALIDEE)
                            : new Handicap(h.fauteuilRoulant(), h.capaciteMarche(), h.etat(), Preuve.VALIDEE);
                    return b;
                });
            }
            // LOGEMENT_NON_DECENT_AVEC_MINEUR: the motif's situation, with a minor in the household
            String situation = code.endsWith("_AVEC_MINEUR")
                    ? code.substring(0, code.length() - "_AVEC_MINEUR".length()) : code;
            for (MotifDemande m : MotifDemande.values()) {
                if (situation.equals(Derivation.situationDuMotif(m))) {
                    return new Option(libelle, b -> {
                        b.motifs.removeIf(x -> x != null && x.code() == m);
                        b.motifs.add(new Motif(m, Preuve.VALIDEE));
                        return b;
                    });
                }
            }
            return null;
        }

        /** The items of a demande whose proof can be raised to validated, in the demande's order. */
        static List<Option> preuves(Demande d) {
            List<Option> o = new ArrayList<>();
            if (d.dalo() != null && d.dalo().statut() != StatutDalo.NON && d.dalo().preuve() != Preuve.VALIDEE) {
                o.add(new Option("DALO", b -> {
                    b.dalo = new fr.cotation.demande.Dalo(b.dalo.statut(), b.dalo.dateDecision(), Preuve.VALIDEE);
                    return b;
                }));
            }
            if (d.labelPdalhpd() != null && d.labelPdalhpd() != Preuve.VALIDEE) {
                o.add(new Option("label PDALHPD", b -> {
                    b.labelPdalhpd = Preuve.VALIDEE;
                    return b;
                }));
            }
            if (d.handicap() != null && d.handicap().preuve() != Preuve.VALIDEE) {
                o.add(new Option("handicap", b -> {
                    Handicap h = b.handicap;
                    b.handicap = new Handicap(h.fauteuilRoulant(), h.capaciteMarche(), h.etat(), Preuve.VALIDEE);
                    return b;
                }));
            }
            for (int i = 0; i < d.motifs().size(); i++) {
                Motif m = d.motifs().get(i);
                if (m != null && m.preuve() != Preuve.VALIDEE) {
                    int k = i;
                    o.add(new Option("motif " + m.code(), b -> {
                        b.motifs.set(k, new Motif(m.code(), Preuve.VALIDEE));
                        return b;
                    }));
                }
            }
            for (int i = 0; i < d.situations().size(); i++) {
                SituationDeclaree s = d.situations().get(i);
                if (s != null && s.preuve() != Preuve.VALIDEE) {
                    int k = i;
                    o.add(new Option("situation " + s.code(), b -> {
                        b.situations.set(k, new SituationDeclaree(s.code(), s.depuis(), Preuve.VALIDEE));
                        return b;
                    }));
                }
            }
            var l = d.logementActuel();
            if (l != null && l.preuve() != Preuve.VALIDEE) {
                o.add(new Option("logement actuel", b -> {
                    var x = b.logement;
                    b.logement = new fr.cotation.demande.LogementActuel(x.modele(), x.commune(), x.loyerMensuel(),
                            x.nombreOccupants(), x.type(), x.surface(), x.categorie(), Preuve.VALIDEE);
                    return b;
                }));
            }
            return o;
        }
    }

    // ---- 4. explanation

    private static Verdict explication(Contexte ctx, Base b) {
        if (b.resultat() == null) {
            return Verdict.SANS_OBJET;
        }
        for (Cotation c : b.resultat().cotations()) {
            if (c.statut() != Cotation.Statut.COTEE) {
                continue;
            }
            String e = ecartExplication(ctx, c);
            if (e != null) {
                return Verdict.echec(c.commune() + " (" + c.pack() + ", grille " + c.grille() + ") : " + e, null,
                        List.of(c), List.of());
            }
        }
        return Verdict.OK;
    }

    /** Why a cotation's explanation is not sound, {@code null} when it is. */
    static String ecartExplication(Contexte ctx, Cotation c) {
        if (c.total() == null) {
            return "pas de total";
        }
        BigDecimal somme = BigDecimal.ZERO;
        for (Ligne l : c.lignes()) {
            somme = somme.add(l.points());
        }
        if (somme.compareTo(c.total()) != 0) {
            return "le total " + c.total().toPlainString() + " n'est pas la somme des lignes " + somme.toPlainString();
        }
        Optional<Grille> g = ctx.grille(c);
        if (g.isEmpty()) {
            return "la grille " + c.grille() + " du pack " + c.pack() + " " + c.version() + " n'est pas publiée";
        }
        Map<String, CritereDeGrille> criteres = new LinkedHashMap<>();
        g.get().criteres().forEach(k -> criteres.putIfAbsent(k.code() + '\u0000' + k.regle(), k));
        Map<String, BigDecimal> parCritere = new TreeMap<>();
        Map<String, BigDecimal> plafonds = new TreeMap<>();
        for (Ligne l : c.lignes()) {
            CritereDeGrille k = criteres.get(l.critere() + '\u0000' + l.regle());
            if (k == null || l.regle() == null) {
                return "la ligne " + l.critere() + " (règle « " + l.regle() + " ») ne correspond à aucun critère de "
                        + "la grille publiée";
            }
            if (!Objects.equals(k.rubrique(), l.rubrique()) || !Objects.equals(k.libelle(), l.libelle())) {
                return "la ligne " + l.critere() + " (" + l.rubrique() + ", « " + l.libelle() + " ») diffère du critère "
                        + "publié (" + k.rubrique() + ", « " + k.libelle() + " »)";
            }
            if (k.points() != null && k.pointsParMois() == null && l.pointsCalcules().compareTo(k.points()) != 0) {
                return "la ligne " + l.critere() + " calcule " + l.pointsCalcules().toPlainString()
                        + " points, la grille publiée en annonce " + k.points().toPlainString();
            }
            if (l.pointsCalcules().signum() >= 0 && (l.points().signum() < 0
                    || l.points().compareTo(l.pointsCalcules()) > 0)) {
                return "la ligne " + l.critere() + " compte " + l.points().toPlainString() + " points pour "
                        + l.pointsCalcules().toPlainString() + " calculés";
            }
            parCritere.merge(l.critere(), l.points(), BigDecimal::add);
            if (k.plafond() != null) {
                plafonds.put(l.critere(), k.plafond());
            }
        }
        for (var e : parCritere.entrySet()) {
            BigDecimal plafond = plafonds.get(e.getKey());
            if (plafond != null && e.getValue().abs().compareTo(plafond.abs()) > 0) {
                return "le critère " + e.getKey() + " compte " + e.getValue().toPlainString() + " points, plafond "
                        + plafond.toPlainString();
            }
        }
        PackDescriptor p = ctx.descripteur(c).orElse(null);
        if (p != null) {
            for (Rubrique r : p.rubriques()) {
                List<Ligne> lignes = c.lignes().stream().filter(l -> r.code().equals(l.rubrique())).toList();
                if (r.plafond() != null) {
                    BigDecimal t = lignes.stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (t.doubleValue() > r.plafond()) {
                        return "la rubrique " + r.code() + " compte " + t.toPlainString() + " points, plafond "
                                + r.plafond();
                    }
                }
                if (r.mode() == Rubrique.Mode.MEILLEUR) {
                    long positives = lignes.stream().filter(l -> l.points().signum() > 0).count();
                    if (positives > 1) {
                        return "la rubrique " + r.code() + " ne retient que le meilleur critère, mais " + positives
                                + " lignes y comptent des points";
                    }
                }
            }
        }
        return null;
    }

    // ---- 5. territory

    private static Verdict territoire(Contexte ctx, Demande d, Base b, long i) {
        List<String> t = ctx.territoire;
        int n = t.size();
        String pa = t.get((int) (i % n));
        String pb = n < 2 ? null : t.get((int) ((i % n + 1 + (i / n) % (n - 1)) % n));
        String x = null;
        String y = null;
        List<CommuneRef> ail = ctx.ailleurs;
        if (!ail.isEmpty()) {
            int k = (int) (i % ail.size());
            CommuneRef cx = ail.get(k);
            x = cx.code();
            for (int j = 1; j < ail.size(); j++) {
                CommuneRef cy = ail.get((k + j) % ail.size());
                if (!cy.epci().equals(cx.epci())) {
                    y = cy.code();
                    break;
                }
            }
            if (y == null && ail.size() > 1) {
                y = ail.get((k + 1) % ail.size()).code();
            }
        }
        Demande v1 = avecCommunes(d, pa, pb, x);
        CotationResult r1 = ctx.coter(v1);
        if (r1 == null || !r1.valide()) {
            return Verdict.SANS_OBJET;
        }
        Cotation ca = r1.commune(pa).orElse(null);
        Cotation cb = pb == null ? null : r1.commune(pb).orElse(null);
        if (ca != null && cb != null && ca.statut() == Cotation.Statut.COTEE && cb.statut() == Cotation.Statut.COTEE
                && ca.pack().equals(cb.pack()) && ca.grille().equals(cb.grille())) {
            String e = ecartCommunes(ca, cb);
            if (e != null) {
                return Verdict.echec("deux communes de l'EPCI, " + pa + " et " + pb + ", diffèrent par " + e, v1,
                        List.of(ca), List.of(cb));
            }
        }
        if (y != null && !y.equals(x)) {
            Demande v2 = avecCommunes(d, pa, pb, y);
            CotationResult r2 = ctx.coter(v2);
            if (r2 != null && r2.valide()) {
                for (String c : pb == null ? List.of(pa) : List.of(pa, pb)) {
                    Cotation avant = r1.commune(c).orElse(null);
                    Cotation apres = r2.commune(c).orElse(null);
                    if (!Objects.equals(avant, apres)) {
                        return Verdict.echec("la cotation à " + c + " change quand la commune souhaitée d'un autre "
                                        + "territoire passe de " + x + " à " + y + " : " + total(avant) + " → "
                                        + total(apres) + ecartLignes(avant, apres), v2,
                                avant == null ? List.of() : List.of(avant), apres == null ? List.of() : List.of(apres));
                    }
                }
            }
        }
        return Verdict.OK;
    }

    private static Demande avecCommunes(Demande d, String... communes) {
        Brouillon b = new Brouillon(d);
        b.communes.clear();
        for (String c : communes) {
            if (c != null) {
                b.communes.add(c);
            }
        }
        return b.demande();
    }

    /**
     * How two cotations of one grille in two communes differ otherwise than by commune-dependent criteria: a criterion
     * that does not depend on the commune met in one and not the other, or with other points, or a rubrique without a
     * commune-dependent line counted differently. {@code null} when they differ only by commune-dependent criteria.
     */
    static String ecartCommunes(Cotation a, Cotation b) {
        Map<String, List<BigDecimal>> na = nationales(a);
        Map<String, List<BigDecimal>> nb = nationales(b);
        if (!na.equals(nb)) {
            List<String> codes = new ArrayList<>();
            for (String k : union(na.keySet(), nb.keySet())) {
                if (!Objects.equals(na.get(k), nb.get(k))) {
                    codes.add(k + " " + na.getOrDefault(k, List.of()) + " / " + nb.getOrDefault(k, List.of()));
                }
            }
            return "des critères qui ne dépendent pas de la commune : " + String.join(", ", codes);
        }
        Set<String> communales = new LinkedHashSet<>();
        for (Cotation c : List.of(a, b)) {
            c.lignes().stream().filter(Ligne::dependDeLaCommune).forEach(l -> communales.add(l.rubrique()));
        }
        Map<String, BigDecimal> pa = pointsHors(a, communales);
        Map<String, BigDecimal> pb = pointsHors(b, communales);
        if (!pa.equals(pb)) {
            return "les points de rubriques sans critère communal : " + pa + " / " + pb;
        }
        return null;
    }

    private static Map<String, List<BigDecimal>> nationales(Cotation c) {
        Map<String, List<BigDecimal>> m = new TreeMap<>();
        for (Ligne l : c.lignes()) {
            if (!l.dependDeLaCommune()) {
                m.computeIfAbsent(l.critere(), k -> new ArrayList<>()).add(l.pointsCalcules().stripTrailingZeros());
            }
        }
        m.values().forEach(Collections::sort);
        return m;
    }

    private static Map<String, BigDecimal> pointsHors(Cotation c, Set<String> rubriques) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (Ligne l : c.lignes()) {
            if (!rubriques.contains(l.rubrique())) {
                m.merge(l.critere(), l.points().stripTrailingZeros(), BigDecimal::add);
            }
        }
        return m;
    }

    // ---- 7. robustness

    private static Verdict robustesse(Contexte ctx, Demande d, Base b) {
        if (b.erreur() != null) {
            return Verdict.echec("le scoring lève " + b.erreur().getClass().getName() + " : " + b.erreur().getMessage(),
                    null, List.of(), List.of());
        }
        CotationResult r = b.resultat();
        if (r == null) {
            return Verdict.echec("le scoring rend null", null, List.of(), List.of());
        }
        if (!r.valide()) {
            return Verdict.SANS_OBJET; // not a valid demande: nothing to say of its scoring
        }
        long distinctes = d.communesSouhaitees().stream().distinct().count();
        if (r.cotations().size() != distinctes) {
            return Verdict.echec(r.cotations().size() + " cotations pour " + distinctes + " communes souhaitées", null,
                    r.cotations(), List.of());
        }
        for (Cotation c : r.cotations()) {
            if (c == null) {
                return Verdict.echec("une cotation nulle", null, List.of(), List.of());
            }
            if (c.statut() == Cotation.Statut.ERREUR) {
                return Verdict.echec(c.commune() + " : " + c.message(), null, List.of(c), List.of());
            }
            if (c.total() == null || !Double.isFinite(c.total().doubleValue())
                    || c.lignes().stream().anyMatch(l -> l == null || l.points() == null || l.pointsCalcules() == null)) {
                return Verdict.echec(c.commune() + " : total ou points absents", null, List.of(c), List.of());
            }
        }
        return Verdict.OK;
    }

    // ---- aggregation and shrinking

    static ProprieteResult resultat(Contexte ctx, Propriete p, List<Controle> controles, Demande[] demandes,
                                      Verdict[][] verdicts, long graine) {
        int sansObjet = 0;
        int exceptions = 0;
        int echecs = 0;
        int premier = -1;
        int premierControle = -1;
        List<String> details = new ArrayList<>();
        Map<Integer, int[]> parControle = new LinkedHashMap<>();
        for (int k = 0; k < controles.size(); k++) {
            if (controles.get(k).propriete() == p) {
                parControle.put(k, new int[4]);
            }
        }
        int appliques = 0;
        for (int i = 0; i < demandes.length; i++) {
            boolean echec = false;
            boolean applique = false;
            for (var e : parControle.entrySet()) {
                Verdict v = verdicts[i][e.getKey()];
                e.getValue()[v.etat().ordinal()]++;
                applique |= v.etat() != Etat.SANS_OBJET;
                switch (v.etat()) {
                    case SANS_OBJET -> sansObjet++;
                    case EXCEPTION -> exceptions++;
                    case ECHEC -> {
                        if (!echec && premier < 0) {
                            premier = i;
                            premierControle = e.getKey();
                        }
                        echec = true;
                    }
                    default -> {
                    }
                }
            }
            if (echec) {
                echecs++;
            }
            if (applique) {
                appliques++;
            }
        }
        for (var e : parControle.entrySet()) {
            int[] n = e.getValue();
            details.add(controles.get(e.getKey()).nom() + " : " + (n[0] + n[2]) + " vérifié(s)"
                    + (n[2] > 0 ? " dont " + n[2] + " par une exception déclarée" : "")
                    + (n[1] > 0 ? ", " + n[1] + " sans objet" : "") + (n[3] > 0 ? ", " + n[3] + " en échec" : ""));
        }
        if (p == Propriete.MONOTONIE) {
            prioritesNonCouvertes(ctx.date).forEach(c -> details.add("catégorie non ajoutée : " + c));
        }
        ContreExemple contre = null;
        if (premier >= 0) {
            contre = contreExemple(ctx, controles.get(premierControle), demandes[premier], premier, graine);
        }
        String nonConcluante = null;
        if (p == Propriete.TERRITOIRE && ctx.pack.communes().size() < 2 && echecs == 0) {
            nonConcluante = "territoire d'une seule commune : deux communes de l'EPCI ne peuvent pas être comparées";
        }
        return new ProprieteResult(p, demandes.length, sansObjet, exceptions, echecs, contre, details, appliques,
                nonConcluante);
    }

    static ContreExemple contreExemple(Contexte ctx, Controle controle, Demande d, long index, long graine) {
        if (!controle.reductible()) {
            // the verdict reads other demandes too (a ranking): removing parts of this one proves nothing
            Verdict v = controle.verifier(d, ctx.base(d), index);
            return new ContreExemple(graine, index, controle.nom(), v.message(), d, d, v.variante(), v.attendu(),
                    v.obtenu(), 0);
        }
        Reducteur.Reduction r = Reducteur.reduire(d, ctx.date, ctx::valide,
                x -> controle.verifier(x, ctx.base(x), index).etat() == Etat.ECHEC);
        Verdict v = controle.verifier(r.demande(), ctx.base(r.demande()), index);
        return new ContreExemple(graine, index, controle.nom(), v.message(), d, r.demande(), v.variante(), v.attendu(),
                v.obtenu(), r.etapes());
    }

    // ---- helpers

    static Map<String, Cotation> parCommune(CotationResult r) {
        Map<String, Cotation> m = new TreeMap<>();
        r.cotations().forEach(c -> m.putIfAbsent(c.commune(), c));
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String total(Cotation c) {
        return c == null ? "absente" : c.statut() != Cotation.Statut.COTEE ? c.statut().name()
                : c.total().toPlainString();
    }

    /** The criteria whose points differ between two cotations: {@code " (ANCIENNETE 20 → 5, DELAI 0 → 10)"}. */
    static String ecartLignes(Cotation a, Cotation b) {
        Map<String, BigDecimal> pa = points(a);
        Map<String, BigDecimal> pb = points(b);
        List<String> e = new ArrayList<>();
        for (String k : union(pa.keySet(), pb.keySet())) {
            BigDecimal x = pa.getOrDefault(k, BigDecimal.ZERO);
            BigDecimal y = pb.getOrDefault(k, BigDecimal.ZERO);
            if (x.compareTo(y) != 0) {
                e.add(k + " " + x.toPlainString() + " → " + y.toPlainString());
            }
        }
        return e.isEmpty() ? "" : " (" + String.join(", ", e) + ")";
    }

    private static Map<String, BigDecimal> points(Cotation c) {
        Map<String, BigDecimal> m = new TreeMap<>();
        if (c != null) {
            c.lignes().forEach(l -> m.merge(l.critere(), l.points(), BigDecimal::add));
        }
        return m;
    }
}
