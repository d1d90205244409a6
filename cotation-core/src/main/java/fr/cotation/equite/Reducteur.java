package fr.cotation.equite;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Dalo;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.SituationDeclaree;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The domain-aware shrinker: from a demande for which a property fails, a smaller one for which it still fails.
 * Tries, in a fixed order, to remove a wished commune, a cotitulaire, a dependant, a child in custody, expected
 * births, a situation, a motif, a refusal, a typology, the DALO status, the PDALHPD label, the handicap, a resource,
 * the fiscal incomes, a professional or family situation, the renewal date, a situation's start date; then to halve
 * amounts (resources, rent) and bring the first filing halfway to the evaluation date. A candidate is kept when it is
 * a valid demande ({@code CotationEngine.validate}) and the property still fails; the first kept candidate restarts the
 * search. Deterministic; bounded by {@link #ESSAIS} evaluations.
 */
final class Reducteur {
    /** Evaluations of the property at most, per counterexample. */
    static final int ESSAIS = 2_000;

    private Reducteur() {
    }

    /** The shrunk demande and the number of steps kept. */
    record Reduction(Demande demande, int etapes) {
    }

    static Reduction reduire(Demande depart, LocalDate date, Predicate<Demande> valide, Predicate<Demande> echoue) {
        Demande courante = depart;
        int etapes = 0;
        int essais = 0;
        boolean progres = true;
        while (progres && essais < ESSAIS) {
            progres = false;
            for (Demande c : candidats(courante, date)) {
                if (essais++ >= ESSAIS) {
                    break;
                }
                if (!c.equals(courante) && valide.test(c) && echoue.test(c)) {
                    courante = c;
                    etapes++;
                    progres = true;
                    break;
                }
            }
        }
        return new Reduction(courante, etapes);
    }

    /** Every smaller variant of {@code d}, the biggest removals first. */
    static List<Demande> candidats(Demande d, LocalDate date) {
        List<Demande> c = new ArrayList<>();
        Brouillon base = new Brouillon(d);
        for (int i = base.communes.size() - 1; i >= 0 && base.communes.size() > 1; i--) {
            int k = i;
            c.add(varier(d, b -> b.communes.remove(k)));
        }
        for (int i = base.cotitulaires.size() - 1; i >= 0; i--) {
            int k = i;
            c.add(varier(d, b -> b.cotitulaires.remove(k)));
        }
        for (int i = base.personnesACharge.size() - 1; i >= 0; i--) {
            int k = i;
            c.add(varier(d, b -> b.personnesACharge.remove(k)));
        }
        for (int i = base.enfantsEnGarde.size() - 1; i >= 0; i--) {
            int k = i;
            c.add(varier(d, b -> b.enfantsEnGarde.remove(k)));
        }
        if (base.naissancesAttendues > 0) {
            c.add(varier(d, b -> b.naissancesAttendues = 0));
        }
        for (int i = base.situations.size() - 1; i >= 0; i--) {
            int k = i;
            c.add(varier(d, b -> b.situations.remove(k)));
        }
        for (int i = base.motifs.size() - 1; i >= 0; i--) {
            int k = i;
            c.add(varier(d, b -> b.motifs.remove(k)));
        }
        for (int i = base.refus.size() - 1; i >= 0; i--) {
            int k = i;
            c.add(varier(d, b -> b.refus.remove(k)));
        }
        for (int i = base.typologies.size() - 1; i >= 0 && base.typologies.size() > 1; i--) {
            int k = i;
            c.add(varier(d, b -> b.typologies.remove(k)));
        }
        if (!Dalo.NON.equals(base.dalo)) {
            c.add(varier(d, b -> b.dalo = Dalo.NON));
        }
        if (base.labelPdalhpd != null) {
            c.add(varier(d, b -> b.labelPdalhpd = null));
        }
        if (base.handicap != null) {
            c.add(varier(d, b -> b.handicap = null));
        }
        List<Adulte> adultes = base.adultes();
        for (int a = 0; a < adultes.size(); a++) {
            Adulte ad = adultes.get(a);
            if (ad == null) {
                continue;
            }
            int ia = a;
            for (int r = ad.ressources().size() - 1; r >= 0; r--) {
                List<Ressource> res = new ArrayList<>(ad.ressources());
                res.remove(r);
                c.add(varier(d, b -> b.adulte(ia, new Adulte(ad.identite(), ad.dateNaissance(), ad.situationFamiliale(),
                        ad.situationProfessionnelle(), res, ad.revenusFiscaux()))));
            }
            if (!ad.revenusFiscaux().isEmpty()) {
                c.add(varier(d, b -> b.adulte(ia, new Adulte(ad.identite(), ad.dateNaissance(), ad.situationFamiliale(),
                        ad.situationProfessionnelle(), ad.ressources(), List.of()))));
            }
            if (ad.situationProfessionnelle() != null) {
                c.add(varier(d, b -> b.adulte(ia, new Adulte(ad.identite(), ad.dateNaissance(), ad.situationFamiliale(),
                        null, ad.ressources(), ad.revenusFiscaux()))));
            }
            if (ad.situationFamiliale() != null) {
                c.add(varier(d, b -> b.adulte(ia, ad.avecSituationFamiliale(null))));
            }
        }
        if (base.dateRenouvellement != null) {
            c.add(varier(d, b -> b.dateRenouvellement = null));
        }
        for (int i = 0; i < base.situations.size(); i++) {
            SituationDeclaree s = base.situations.get(i);
            if (s != null && s.depuis() != null) {
                int k = i;
                c.add(varier(d, b -> b.situations.set(k, new SituationDeclaree(s.code(), null, s.preuve()))));
            }
        }
        // amounts halved, rounded down to the euro
        for (int a = 0; a < adultes.size(); a++) {
            Adulte ad = adultes.get(a);
            if (ad == null) {
                continue;
            }
            int ia = a;
            for (int r = 0; r < ad.ressources().size(); r++) {
                Ressource x = ad.ressources().get(r);
                BigDecimal moitie = moitie(x == null ? null : x.montantMensuel());
                if (moitie != null) {
                    List<Ressource> res = new ArrayList<>(ad.ressources());
                    res.set(r, new Ressource(x.nature(), moitie));
                    c.add(varier(d, b -> b.adulte(ia, new Adulte(ad.identite(), ad.dateNaissance(),
                            ad.situationFamiliale(), ad.situationProfessionnelle(), res, ad.revenusFiscaux()))));
                }
            }
        }
        LogementActuel l = base.logement;
        if (l != null && moitie(l.loyerMensuel()) != null) {
            c.add(varier(d, b -> b.logement = new LogementActuel(l.modele(), l.commune(), moitie(l.loyerMensuel()),
                    l.nombreOccupants(), l.type(), l.surface(), l.categorie(), l.preuve())));
        }
        // the first filing halfway to the evaluation date (ancienneté halved)
        if (base.dateDepot != null && base.dateDepot.isBefore(date)) {
            long jours = ChronoUnit.DAYS.between(base.dateDepot, date);
            if (jours > 1) {
                LocalDate milieu = base.dateDepot.plusDays(jours / 2);
                c.add(varier(d, b -> {
                    b.dateDepot = milieu;
                    if (b.dateRenouvellement != null && b.dateRenouvellement.isBefore(milieu)) {
                        b.dateRenouvellement = null;
                    }
                }));
            }
        }
        return c;
    }

    private static BigDecimal moitie(BigDecimal montant) {
        if (montant == null || montant.compareTo(BigDecimal.ONE) <= 0) {
            return null;
        }
        return montant.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
    }

    private static Demande varier(Demande d, Consumer<Brouillon> changement) {
        Brouillon b = new Brouillon(d);
        changement.accept(b);
        return b.demande();
    }
}
