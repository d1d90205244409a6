package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.classement.Classement;
import fr.cotation.classement.Departage;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.Position;
import fr.cotation.classement.ClassementResult;
import fr.cotation.classement.TrancheRessources;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Typologie;
import fr.cotation.internal.ClassementInterne;
import fr.cotation.pack.Analogie;
import fr.cotation.pack.PackDescriptor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Property 6, ranking consistency: the generated demandes ranked by {@link Classement} at the suite's date, with the
 * results the suite already scored (no second scoring), in the pack's communes only. The checks that read a whole group
 * (order, ranks, sizes) run once here and are charged to the demande ranked too low; the checks of one demande's
 * positions run with the other checks, demande by demande. A failure concerns two demandes: the shrinker does not apply.
 */
final class CoherenceClassement {
    private final Contexte ctx;
    private final Classement classement;
    private final Set<String> communes;
    private final Map<String, Integer> indices = new HashMap<>();
    private final Demande[] demandes;
    private final ControlesEquite.Base[] bases;
    private final Map<String, List<Position>> parDemande = new HashMap<>();
    /** The first failure of a group check, by numéro of the demande it is charged to. */
    private final Map<String, ControlesEquite.Verdict> echecsDeGroupe = new HashMap<>();
    private final List<String> details = new ArrayList<>();

    private CoherenceClassement(Contexte ctx, Demande[] demandes, ControlesEquite.Base[] bases,
                                UnaryOperator<List<Position>> perturbation) {
        this.ctx = ctx;
        this.demandes = demandes;
        this.bases = bases;
        this.communes = Set.copyOf(ctx.pack.communes());
        Map<Demande, CotationResult> resultats = new IdentityHashMap<>();
        List<Demande> stock = new ArrayList<>();
        for (int i = 0; i < demandes.length; i++) {
            CotationResult r = bases[i].resultat();
            if (r == null) {
                continue; // a scoring that threw: the robustness property reports it
            }
            indices.putIfAbsent(demandes[i].numeroUnique(), i);
            resultats.put(demandes[i], new CotationResult(r.numeroUnique(), r.dateEvaluation(), r.problemes(),
                    r.cotations().stream().filter(c -> communes.contains(c.commune())).toList()));
            stock.add(demandes[i]);
        }
        this.classement = ClassementInterne.resultats(Classement.builder(ctx.engine).dateEvaluation(ctx.date)
                .parallele(false), resultats::get).build();
        ClassementResult rc = classement.classer(stock);
        List<Position> lues = new ArrayList<>();
        rc.forEachPosition(lues::add);
        List<Position> positions = perturbation.apply(List.copyOf(lues));
        Map<List<Object>, List<Position>> groupes = new LinkedHashMap<>();
        for (Position p : positions) {
            parDemande.computeIfAbsent(p.numeroUnique(), k -> new ArrayList<>()).add(p);
            groupes.computeIfAbsent(cle(p.groupe()), k -> new ArrayList<>()).add(p);
        }
        groupes.values().forEach(this::verifierGroupe);
        details.add("stock classé : " + rc.demandesClassees() + " demande(s) classée(s) dans " + groupes.size()
                + " groupe(s) de demandes analogues, " + rc.nombrePositions() + " position(s) ; "
                + rc.exclusions().nombre(MotifExclusion.EXPIREE) + " demande(s) expirée(s) au " + ctx.date
                + " écartée(s)");
        details.add("règle de départage : " + Departage.REGLE);
    }

    /** Ranks the scored demandes; {@code perturbation} alters the positions before the checks (tests of the suite). */
    static CoherenceClassement classer(Contexte ctx, Demande[] demandes, ControlesEquite.Base[] bases,
                                       UnaryOperator<List<Position>> perturbation) {
        return new CoherenceClassement(ctx, demandes, bases, perturbation);
    }

    /** Counts of the ranking and the tie-break rule, for the report. */
    List<String> details() {
        return details;
    }

    private static List<Object> cle(GroupeAnalogue g) {
        return java.util.Arrays.asList(g.analogie(), g.typologie(), g.territoire(),
                g.tranche() == null ? 0 : g.tranche().rang());
    }

    // ---- the checks of a whole group

    private void verifierGroupe(List<Position> positions) {
        Map<String, Position> parNumero = new LinkedHashMap<>();
        for (Position p : positions) {
            Position q = parNumero.putIfAbsent(p.numeroUnique(), p);
            if (q != null && (q.rang() != p.rang() || q.note().compareTo(p.note()) != 0)) {
                echec(p, "dans le groupe " + groupe(p) + ", la demande " + p.numeroUnique() + " a deux positions de "
                        + "rangs ou de notes différents (" + q.commune() + " : rang " + q.rang() + ", note " + n(q)
                        + " ; " + p.commune() + " : rang " + p.rang() + ", note " + n(p) + ")", null);
            }
        }
        List<Position> rangees = new ArrayList<>(parNumero.values());
        rangees.sort(Comparator.comparingInt(Position::rang));
        int taille = rangees.size();
        for (int k = 0; k < taille; k++) {
            Position p = rangees.get(k);
            if (p.taille() != taille || p.groupe().taille() != taille) {
                echec(p, "le groupe " + groupe(p) + " compte " + taille + " demande(s) classée(s), sa taille annoncée "
                        + "est " + p.groupe().taille() + " (position : " + p.taille() + ")", null);
            }
            if (p.rang() != k + 1) {
                echec(p, "dans le groupe " + groupe(p) + " (" + taille + " demandes), la demande " + p.numeroUnique()
                        + " a le rang " + p.rang() + " après " + k + " demande(s) : les rangs ne vont pas de 1 à "
                        + taille + " sans trou ni doublon", k > 0 ? rangees.get(k - 1) : null);
            }
            if (k > 0) {
                Position a = rangees.get(k - 1);
                if (Departage.POSITIONS.compare(a, p) > 0) {
                    echec(p, ordre(a, p), a);
                }
            }
        }
    }

    /** Why {@code p}, ranked behind {@code a}, should be ahead of it. */
    private static String ordre(Position a, Position p) {
        String debut = "dans le groupe " + groupe(p) + ", la demande " + p.numeroUnique() + " (note " + n(p)
                + ", déposée le " + p.dateDepot() + ", rang " + p.rang() + ") est classée derrière la demande "
                + a.numeroUnique() + " (note " + n(a) + ", déposée le " + a.dateDepot() + ", rang " + a.rang() + ")";
        if (p.note().compareTo(a.note()) > 0) {
            return debut + " : une note supérieure classée derrière une note inférieure";
        }
        return debut + " : à note égale, contre la règle de départage (premier dépôt le plus ancien, puis numéro "
                + "unique croissant)";
    }

    private void echec(Position p, String message, Position autre) {
        Demande variante = autre == null ? null : demande(autre.numeroUnique());
        echecsDeGroupe.putIfAbsent(p.numeroUnique(), ControlesEquite.Verdict.echec(message, variante, cotation(p),
                autre == null ? List.of() : cotation(autre)));
    }

    private Demande demande(String numero) {
        Integer i = indices.get(numero);
        return i == null ? null : demandes[i];
    }

    private List<Cotation> cotation(Position p) {
        Integer i = indices.get(p.numeroUnique());
        if (i == null) {
            return List.of();
        }
        return bases[i].resultat().commune(p.commune()).map(List::of).orElse(List.of());
    }

    private static String groupe(Position p) {
        GroupeAnalogue g = p.groupe();
        return g.typologie() + (g.analogie() == Analogie.TYPOLOGIE_EPCI ? " dans l'EPCI " : " à ") + g.territoire()
                + (g.tranche() == null ? "" : ", tranche de ressources " + g.tranche().rang());
    }

    private static String n(Position p) {
        return p.note().toPlainString();
    }

    // ---- the checks of one demande

    /**
     * The positions of one demande: one per (commune of the pack with a note, typology sought), each in the group the
     * pack's analogie gives, with the demande's note there (in an EPCI group, its best note among its communes of the
     * EPCI); then the failures of group checks charged to it.
     */
    ControlesEquite.Verdict verifier(Demande d, ControlesEquite.Base b) {
        CotationResult r = b.resultat();
        if (r == null || !r.valide()) {
            return ControlesEquite.Verdict.SANS_OBJET;
        }
        List<Cotation> cotees = r.cotations().stream().filter(c -> c.statut() == Cotation.Statut.COTEE
                && communes.contains(c.commune())).toList();
        Set<Typologie> typologies = new LinkedHashSet<>(d.typologies());
        List<Position> positions = parDemande.getOrDefault(d.numeroUnique(), List.of());
        if (positions.isEmpty() && (cotees.isEmpty() || typologies.isEmpty() || expiree(d))) {
            return ControlesEquite.Verdict.SANS_OBJET;
        }
        Set<String> attendues = new LinkedHashSet<>();
        for (Cotation c : cotees) {
            for (Typologie t : typologies) {
                attendues.add(c.commune() + " " + t);
            }
        }
        List<String> classees = positions.stream().map(p -> p.commune() + " " + p.typologie()).toList();
        if (!new LinkedHashSet<>(classees).equals(attendues) || classees.size() != attendues.size()) {
            return ControlesEquite.Verdict.echec("la demande " + d.numeroUnique() + " a les positions " + classees
                    + " au classement ; ses notes dans les communes du pack et ses typologies en donnent " + attendues,
                    null, cotees, List.of());
        }
        for (Position p : positions) {
            Cotation c = cotees.stream().filter(x -> x.commune().equals(p.commune())).findFirst().orElseThrow();
            Analogie analogie = ctx.descripteur(c).map(PackDescriptor::analogie).orElse(Analogie.TYPOLOGIE_COMMUNE);
            if (analogie == Analogie.TYPOLOGIE_EPCI && c.epci() == null) {
                analogie = Analogie.TYPOLOGIE_COMMUNE;
            }
            boolean epci = analogie == Analogie.TYPOLOGIE_EPCI;
            String territoire = epci ? c.epci() : c.commune();
            TrancheRessources tranche = analogie == Analogie.TYPOLOGIE_RESSOURCES
                    ? classement.tranche(d).orElse(null) : null;
            GroupeAnalogue g = p.groupe();
            if (g.analogie() != analogie || !territoire.equals(g.territoire()) || !Objects.equals(tranche, g.tranche())
                    || g.typologie() != p.typologie()) {
                return ControlesEquite.Verdict.echec("la position de la demande " + d.numeroUnique() + " à " + p.commune()
                        + " est dans le groupe " + groupe(p) + " ; l'analogie du pack (" + analogie + ") la met en "
                        + p.typologie() + (epci ? " dans l'EPCI " : " à ") + territoire, null, List.of(c), List.of());
            }
            BigDecimal attendue = c.total();
            if (epci) {
                for (Cotation x : cotees) {
                    if (territoire.equals(x.epci()) && x.total().compareTo(attendue) > 0) {
                        attendue = x.total();
                    }
                }
            }
            if (p.note().compareTo(attendue) != 0) {
                return ControlesEquite.Verdict.echec("la position de la demande " + d.numeroUnique() + " en "
                        + p.typologie() + " à " + p.commune() + " porte la note " + n(p) + " ; le scoring donne "
                        + attendue.toPlainString() + (epci ? " (meilleure note dans l'EPCI " + territoire + ")" : ""),
                        null, List.of(c), List.of());
            }
        }
        ControlesEquite.Verdict v = echecsDeGroupe.get(d.numeroUnique());
        return v == null ? ControlesEquite.Verdict.OK : v;
    }

    /** Expired at the suite's date by the classement's default validity (one year after the last renewal). */
    private boolean expiree(Demande d) {
        LocalDate reference = d.dateRenouvellement() != null ? d.dateRenouvellement() : d.dateDepot();
        return reference != null && ctx.date.isAfter(reference.plusYears(1));
    }
}
