package fr.cotation.internal.validation;

import fr.cotation.demande.Bornes;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Cotitulaire;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.PropositionRefusee;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.SituationDeclaree;
import fr.cotation.demande.StatutDalo;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.Situations;
import fr.cotation.territoire.Referentiel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks a demande and returns every problem at once, each naming the field path and the value. */
public final class Validateur {
    private final Referentiel referentiel;
    private final int communesMax;

    /** Beyond this age a birth date is implausible. */
    private static final int AGE_MAX = 130;
    /** Plausible ceilings (R.441-1 CCH ceilings are tens of thousands of euros a year): above is a typing error. */
    static final BigDecimal RESSOURCE_MENSUELLE_MAX = new BigDecimal("1000000");
    static final BigDecimal LOYER_MENSUEL_MAX = new BigDecimal("100000");
    static final BigDecimal REVENU_FISCAL_MAX = new BigDecimal("100000000");
    static final BigDecimal SURFACE_MAX = new BigDecimal("10000");
    static final int OCCUPANTS_MAX = 100;
    static final int NAISSANCES_ATTENDUES_MAX = 20;
    /**
     * A national numéro unique is 18 to 21 characters; a local identifier (a scenario's name) may be longer, but a
     * numéro of kilobytes is not an identifier, and it is echoed in every message.
     */
    static final int NUMERO_MAX = 256;

    /** The oldest plausible birth date for the last evaluation date asked: the same date for a whole stock. */
    private volatile Borne borne;

    private record Borne(LocalDate date, LocalDate naissanceAuPlusTot) {
    }

    public Validateur(Referentiel referentiel, int communesMax) {
        this.referentiel = referentiel;
        this.communesMax = communesMax;
    }

    public List<Probleme> valider(Demande d, LocalDate dateEvaluation) {
        List<Probleme> p = new ArrayList<>();
        if (d == null) {
            p.add(new Probleme("demande", "null", "demande absente"));
            return p;
        }
        if (d.numeroUnique() == null || d.numeroUnique().isBlank()) {
            p.add(new Probleme("numeroUnique", Bornes.citer(d.numeroUnique()), "numéro unique absent"));
        } else if (d.numeroUnique().length() > NUMERO_MAX || !Bornes.echapper(d.numeroUnique()).equals(d.numeroUnique())) {
            p.add(new Probleme("numeroUnique", Bornes.citer(d.numeroUnique()), "numéro unique invalide ("
                    + NUMERO_MAX + " caractères au plus, sans caractère de contrôle)"));
        }
        if (d.dateDepot() == null) {
            p.add(new Probleme("dateDepot", "null", "date de premier dépôt absente (base de l'ancienneté)"));
        } else if (d.dateDepot().isAfter(dateEvaluation)) {
            p.add(new Probleme("dateDepot", d.dateDepot().toString(),
                    "date de dépôt postérieure à la date d'évaluation " + dateEvaluation));
        }
        if (d.dateRenouvellement() != null) {
            if (d.dateDepot() != null && d.dateRenouvellement().isBefore(d.dateDepot())) {
                p.add(new Probleme("dateRenouvellement", d.dateRenouvellement().toString(),
                        "renouvellement antérieur au premier dépôt du " + d.dateDepot()));
            }
            if (d.dateRenouvellement().isAfter(dateEvaluation)) {
                p.add(new Probleme("dateRenouvellement", d.dateRenouvellement().toString(),
                        "renouvellement postérieur à la date d'évaluation " + dateEvaluation));
            }
        }
        menage(d, dateEvaluation, p);
        logement(d.logementActuel(), p);
        communes(d.communesSouhaitees(), p);
        if (d.typologies().isEmpty()) {
            p.add(new Probleme("typologies", "[]", "aucune typologie recherchée"));
        }
        for (int i = 0; i < d.typologies().size(); i++) {
            if (d.typologies().get(i) == null) {
                p.add(new Probleme("typologies[" + i + "]", "null", "typologie absente"));
            }
        }
        for (int i = 0; i < d.motifs().size(); i++) {
            if (d.motifs().get(i) == null || d.motifs().get(i).code() == null) {
                p.add(new Probleme("motifs[" + i + "]", "null", "motif absent"));
            }
        }
        if (d.dalo().statut() == StatutDalo.ACTIF && d.dalo().dateDecision() != null
                && d.dalo().dateDecision().isAfter(dateEvaluation)) {
            p.add(new Probleme("dalo.dateDecision", d.dalo().dateDecision().toString(),
                    "décision DALO postérieure à la date d'évaluation " + dateEvaluation));
        }
        for (int i = 0; i < d.refus().size(); i++) {
            PropositionRefusee r = d.refus().get(i);
            if (r == null || r.date() == null) {
                p.add(new Probleme("refus[" + i + "].date", "null", "date du refus absente"));
            } else if (r.date().isAfter(dateEvaluation)) {
                p.add(new Probleme("refus[" + i + "].date", r.date().toString(), "refus postérieur à la date d'évaluation " + dateEvaluation));
            } else if (d.dateDepot() != null && r.date().isBefore(d.dateDepot())) {
                p.add(new Probleme("refus[" + i + "].date", r.date().toString(), "refus antérieur au premier dépôt du " + d.dateDepot()));
            }
        }
        for (int i = 0; i < d.situations().size(); i++) {
            situation(d.situations().get(i), i, dateEvaluation, p);
        }
        return p;
    }

    private void situation(SituationDeclaree s, int i, LocalDate dateEvaluation, List<Probleme> p) {
        if (s == null || s.code() == null) {
            p.add(new Probleme("situations[" + i + "].code", "null", "situation sans code"));
            return;
        }
        var def = Situations.catalogue().get(s.code());
        if (def.isEmpty()) {
            p.add(new Probleme("situations[" + i + "].code", Bornes.citer(s.code()), "situation inconnue du catalogue (voir situations.csv)"));
        } else if (def.get().origine() == DefinitionSituation.Origine.DERIVEE) {
            p.add(new Probleme("situations[" + i + "].code", s.code(),
                    "situation calculée par le moteur à partir de la demande : ne pas la déclarer"));
        }
        if (s.depuis() != null && s.depuis().isAfter(dateEvaluation)) {
            p.add(new Probleme("situations[" + i + "].depuis", s.depuis().toString(), "date postérieure à la date d'évaluation"));
        }
    }

    private void menage(Demande d, LocalDate date, List<Probleme> p) {
        if (d.menage() == null || d.menage().demandeur() == null) {
            p.add(new Probleme("menage.demandeur", "null", "demandeur absent"));
        } else {
            adulte(d.menage().demandeur(), "menage.demandeur", date, p);
        }
        if (d.menage() == null) {
            return;
        }
        for (int i = 0; i < d.menage().cotitulaires().size(); i++) {
            Cotitulaire c = d.menage().cotitulaires().get(i);
            if (c != null && c.personne() != null && c.lien() != null && adulteSain(c.personne(), date)) {
                continue; // nothing to report: the field names are built only for a problem
            }
            String champ = "menage.cotitulaires[" + i + "]";
            if (c == null || c.personne() == null) {
                p.add(new Probleme(champ, "null", "cotitulaire absent"));
                continue;
            }
            if (c.lien() == null) {
                p.add(new Probleme(champ + ".lien", "null", "lien avec le demandeur absent"));
            }
            adulte(c.personne(), champ, date, p);
        }
        for (int i = 0; i < d.menage().personnesACharge().size(); i++) {
            var pac = d.menage().personnesACharge().get(i);
            if (pac != null && naissanceSaine(pac.dateNaissance(), date)) {
                continue;
            }
            String champ = "menage.personnesACharge[" + i + "]";
            if (pac == null) {
                p.add(new Probleme(champ, "null", "personne à charge absente"));
                continue;
            }
            naissance(pac.dateNaissance(), champ + ".dateNaissance", date, p);
        }
        for (int i = 0; i < d.menage().enfantsEnGarde().size(); i++) {
            var e = d.menage().enfantsEnGarde().get(i);
            if (e != null && naissanceSaine(e.dateNaissance(), date)) {
                continue;
            }
            naissance(e == null ? null : e.dateNaissance(), "menage.enfantsEnGarde[" + i + "].dateNaissance", date, p);
        }
        if (d.menage().naissancesAttendues() < 0) {
            p.add(new Probleme("menage.naissancesAttendues", String.valueOf(d.menage().naissancesAttendues()),
                    "nombre négatif"));
        } else if (d.menage().naissancesAttendues() > NAISSANCES_ATTENDUES_MAX) {
            p.add(new Probleme("menage.naissancesAttendues", String.valueOf(d.menage().naissancesAttendues()),
                    "nombre invraisemblable (" + NAISSANCES_ATTENDUES_MAX + " au plus)"));
        }
    }

    private void adulte(Adulte a, String champ, LocalDate date, List<Probleme> p) {
        if (adulteSain(a, date)) {
            return;
        }
        naissance(a.dateNaissance(), champ + ".dateNaissance", date, p);
        if (a.situationProfessionnelle() != null) {
            commune(a.situationProfessionnelle().communeTravail(), champ + ".situationProfessionnelle.communeTravail", p);
        }
        for (int i = 0; i < a.ressources().size(); i++) {
            Ressource r = a.ressources().get(i);
            String rc = champ + ".ressources[" + i + "]";
            if (r == null || r.nature() == null) {
                p.add(new Probleme(rc + ".nature", "null", "nature de la ressource absente"));
            }
            if (r != null) {
                montant(r.montantMensuel(), rc + ".montantMensuel", RESSOURCE_MENSUELLE_MAX, p);
            }
        }
        for (int i = 0; i < a.revenusFiscaux().size(); i++) {
            var r = a.revenusFiscaux().get(i);
            if (r != null && r.montant() != null) {
                montant(r.montant(), champ + ".revenusFiscaux[" + i + "].montant", REVENU_FISCAL_MAX, p);
            }
        }
    }

    /** Whether {@link #adulte} has nothing to report, checked without building any field name. */
    private boolean adulteSain(Adulte a, LocalDate date) {
        if (!naissanceSaine(a.dateNaissance(), date)
                || a.situationProfessionnelle() != null && !communeSaine(a.situationProfessionnelle().communeTravail())) {
            return false;
        }
        for (Ressource r : a.ressources()) {
            if (r == null || r.nature() == null || !montantSain(r.montantMensuel(), RESSOURCE_MENSUELLE_MAX)) {
                return false;
            }
        }
        for (var r : a.revenusFiscaux()) {
            if (r != null && r.montant() != null && !montantSain(r.montant(), REVENU_FISCAL_MAX)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #naissance} has nothing to report. */
    private boolean naissanceSaine(LocalDate n, LocalDate date) {
        return n != null && !n.isAfter(date) && !n.isBefore(naissanceAuPlusTot(date));
    }

    /** {@value #AGE_MAX} years before the evaluation date: older is implausible. */
    private LocalDate naissanceAuPlusTot(LocalDate date) {
        Borne b = borne;
        if (b == null || !b.date().equals(date)) {
            borne = b = new Borne(date, date.minusYears(AGE_MAX));
        }
        return b.naissanceAuPlusTot();
    }

    /** Whether {@link #commune(String, String, List)} has nothing to report. */
    private boolean communeSaine(String code) {
        return code == null || Referentiel.estCodeInsee(code)
                && (referentiel.commune(code).isPresent() || !referentiel.couvre(code));
    }

    private void naissance(LocalDate n, String champ, LocalDate date, List<Probleme> p) {
        if (n == null) {
            p.add(new Probleme(champ, "null", "date de naissance absente"));
        } else if (n.isAfter(date)) {
            p.add(new Probleme(champ, n.toString(), "date de naissance dans le futur (évaluation au " + date + ")"));
        } else if (n.isBefore(naissanceAuPlusTot(date))) {
            p.add(new Probleme(champ, n.toString(), "date de naissance invraisemblable (plus de " + AGE_MAX + " ans)"));
        }
    }

    /** Whether {@link #montant} has nothing to report; the bounds are read before any arithmetic. */
    private static boolean montantSain(BigDecimal m, BigDecimal max) {
        return m != null && Bornes.lisible(m) && m.signum() >= 0 && m.compareTo(max) <= 0;
    }

    /**
     * An amount in euros: present, of a readable size ({@link Bornes#lisible}, checked first: {@code -1e999999999}
     * is never written out in plain digits), not negative, and at most {@code max}.
     */
    private static void montant(BigDecimal m, String champ, BigDecimal max, List<Probleme> p) {
        if (m == null) {
            p.add(new Probleme(champ, "null", "montant absent"));
        } else if (!Bornes.lisible(m)) {
            p.add(new Probleme(champ, Bornes.citer(m), Bornes.pourquoiIllisible(m)));
        } else if (m.signum() < 0) {
            p.add(new Probleme(champ, Bornes.citer(m), "montant négatif"));
        } else if (m.compareTo(max) > 0) {
            p.add(new Probleme(champ, Bornes.citer(m), "montant invraisemblable (" + max.toPlainString()
                    + " € au plus)"));
        }
    }

    private void logement(LogementActuel l, List<Probleme> p) {
        if (l == null) {
            p.add(new Probleme("logementActuel", "null", "logement actuel absent"));
            return;
        }
        if (l.modele() == null) {
            p.add(new Probleme("logementActuel.modele", "null", "type de logement actuel absent"));
        }
        if (l.loyerMensuel() != null) {
            montant(l.loyerMensuel(), "logementActuel.loyerMensuel", LOYER_MENSUEL_MAX, p);
        }
        if (l.nombreOccupants() != null && l.nombreOccupants() < 1) {
            p.add(new Probleme("logementActuel.nombreOccupants", l.nombreOccupants().toString(), "au moins 1 occupant"));
        } else if (l.nombreOccupants() != null && l.nombreOccupants() > OCCUPANTS_MAX) {
            p.add(new Probleme("logementActuel.nombreOccupants", l.nombreOccupants().toString(),
                    "nombre d'occupants invraisemblable (" + OCCUPANTS_MAX + " au plus)"));
        }
        if (l.surface() != null) {
            if (!Bornes.lisible(l.surface())) {
                p.add(new Probleme("logementActuel.surface", Bornes.citer(l.surface()), Bornes.pourquoiIllisible(l.surface())));
            } else if (l.surface().signum() <= 0) {
                p.add(new Probleme("logementActuel.surface", Bornes.citer(l.surface()), "surface nulle ou négative"));
            } else if (l.surface().compareTo(SURFACE_MAX) > 0) {
                p.add(new Probleme("logementActuel.surface", Bornes.citer(l.surface()),
                        "surface invraisemblable (" + SURFACE_MAX.toPlainString() + " m² au plus)"));
            }
        }
        commune(l.commune(), "logementActuel.commune", p);
    }

    /** A wished commune; its field name is only built when there is a problem to report. */
    private void commune(String code, int i, List<Probleme> p) {
        if (!communeSaine(code)) {
            commune(code, "communesSouhaitees[" + i + "]", p);
        }
    }

    /** An optional commune: well-formed, and known to the registry where it covers the département. */
    private void commune(String code, String champ, List<Probleme> p) {
        if (code == null) {
            return;
        }
        if (!Referentiel.estCodeInsee(code)) {
            p.add(new Probleme(champ, Bornes.citer(code), "code INSEE invalide (5 caractères, par exemple 06088)"));
        } else if (referentiel.commune(code).isEmpty() && referentiel.couvre(code)) {
            p.add(new Probleme(champ, code, referentiel.pourquoiInconnue(code).orElse("commune inconnue")));
        }
    }

    private void communes(List<String> communes, List<Probleme> p) {
        if (communes.isEmpty()) {
            p.add(new Probleme("communesSouhaitees", "[]", "aucune commune souhaitée"));
        }
        if (communes.size() > communesMax) {
            p.add(new Probleme("communesSouhaitees", String.valueOf(communes.size()) + " communes",
                    "le formulaire permet " + communesMax + " communes au plus (option du moteur pour en accepter plus)"));
        }
        for (int i = 0; i < communes.size(); i++) {
            String c = communes.get(i);
            if (c == null) {
                p.add(new Probleme("communesSouhaitees[" + i + "]", "null", "commune absente"));
                continue;
            }
            // a handful of communes: comparing with the earlier ones costs less than a set per demande
            if (communes.indexOf(c) < i) {
                p.add(new Probleme("communesSouhaitees[" + i + "]", c, "commune en double"));
            }
            commune(c, i, p);
        }
    }
}
