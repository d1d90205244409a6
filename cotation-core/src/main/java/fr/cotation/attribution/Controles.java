package fr.cotation.attribution;

import fr.cotation.attribution.Verification.Controle;
import fr.cotation.attribution.Verification.Statut;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.CapaciteMarche;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.Menage;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.RevenuFiscal;
import fr.cotation.regles.FaitsDerives;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The adequacy checks of one demande for one dwelling: pure functions of their inputs. */
final class Controles {
    private static final BigDecimal CENT = BigDecimal.valueOf(100);
    private static final BigDecimal BAISSE_N1 = new BigDecimal("0.9");

    private final Referentiel referentiel;
    private final PlafondsRessources plafonds;
    private final ParametresTerritoire territoire;

    Controles(Referentiel referentiel, PlafondsRessources plafonds, ParametresTerritoire territoire) {
        this.referentiel = referentiel;
        this.plafonds = plafonds;
        this.territoire = territoire;
    }

    /** The problems of a dwelling, each naming the field and the value; empty when it can be examined. */
    List<String> problemes(Logement l) {
        List<String> p = new ArrayList<>();
        if (l == null) {
            return List.of("logement absent");
        }
        if (!Referentiel.estCodeInsee(l.commune())) {
            p.add("commune = " + l.commune() + " : code INSEE de commune attendu (5 caractères, par exemple 06088)");
        }
        if (l.typologie() == null) {
            p.add("typologie absente : C, T1 … T5, T6P");
        }
        if (l.loyer() == null || l.loyer().signum() < 0) {
            p.add("loyer = " + l.loyer() + " : loyer mensuel positif attendu");
        }
        if (l.charges().signum() < 0) {
            p.add("charges = " + l.charges() + " : montant négatif");
        }
        if (l.financement() == null) {
            p.add("financement absent : PLAI, PLUS, PLS ou PLI");
        }
        if (l.etage() != null && l.etage() < 0) {
            p.add("etage = " + l.etage() + " : 0 pour le rez-de-chaussée");
        }
        if (l.surface() != null && l.surface().signum() <= 0) {
            p.add("surface = " + l.surface() + " : surface positive attendue");
        }
        return p;
    }

    /** The checks of a valid demande whose facts at {@code date} are {@code faits}. */
    Adequation verifier(Logement l, Demande d, LocalDate date, FaitsDerives faits) {
        return new Adequation(List.of(commune(l, d), typologie(l, d), occupation(l, d), plafond(l, d, date),
                tauxEffort(l, faits), resteAVivre(l, faits), accessibilite(l, d)));
    }

    private Verification commune(Logement l, Demande d) {
        int rang = d.communesSouhaitees().indexOf(l.commune());
        String souhaitees = String.join(", ", d.communesSouhaitees());
        if (rang >= 0) {
            return new Verification(Controle.COMMUNE, Statut.RESPECTE, "vœu n° " + (rang + 1) + " (" + souhaitees + ")",
                    l.commune(), "la commune du logement est souhaitée");
        }
        if (territoire.perimetreEpci()) {
            Optional<String> epci = referentiel.commune(l.commune()).map(CommuneRef::epci);
            if (epci.isPresent()) {
                for (String c : d.communesSouhaitees()) {
                    if (epci.get().equals(referentiel.commune(c).map(CommuneRef::epci).orElse(null))) {
                        return new Verification(Controle.COMMUNE, Statut.RESPECTE, "même EPCI que " + c,
                                l.commune() + " ou son EPCI", "le logement est dans l'EPCI d'une commune souhaitée ("
                                + c + ") : périmètre élargi du territoire");
                    }
                }
            }
        }
        return new Verification(Controle.COMMUNE, Statut.NON_RESPECTE, souhaitees.isEmpty() ? "aucune" : souhaitees,
                l.commune() + (territoire.perimetreEpci() ? " ou son EPCI" : ""),
                "la commune du logement n'est pas souhaitée");
    }

    private static Verification typologie(Logement l, Demande d) {
        String recherchees = String.join(", ", d.typologies().stream().map(t -> t.code()).toList());
        boolean ok = d.typologies().contains(l.typologie());
        return new Verification(Controle.TYPOLOGIE, ok ? Statut.RESPECTE : Statut.NON_RESPECTE, recherchees,
                l.typologie().code(), ok ? "typologie recherchée" : "la demande ne recherche pas de " + l.typologie().code());
    }

    /** Occupants: adults, dependants, expected births and children in shared custody (they need a bed). */
    static int occupants(Menage m) {
        return m.adultes().size() + m.personnesACharge().size() + m.naissancesAttendues()
                + (int) m.enfantsEnGarde().stream().filter(e -> e.coparentalite() == Coparentalite.GARDE_ALTERNEE).count();
    }

    private Verification occupation(Logement l, Demande d) {
        int n = occupants(d.menage());
        ParametresTerritoire.Occupation o = territoire.occupation().get(l.typologie());
        boolean ok = o.admet(n);
        return new Verification(Controle.OCCUPATION, ok ? Statut.RESPECTE : Statut.NON_RESPECTE, n + " occupant(s)",
                o + " pour un " + l.typologie().code(), ok ? "taille du ménage adaptée à la typologie"
                : n < o.min() ? "ménage trop petit pour un " + l.typologie().code()
                : "ménage trop nombreux pour un " + l.typologie().code());
    }

    private Verification plafond(Logement l, Demande d, LocalDate date) {
        CategorieMenage cat = CategorieMenage.de(d, date);
        Optional<ZonePlafonds> zone = l.zonePlafonds();
        if (zone.isEmpty()) {
            return new Verification(Controle.PLAFOND_RESSOURCES, Statut.A_VERIFIER, "-", "zone des plafonds",
                    "zone des plafonds de ressources à préciser pour la commune " + l.commune()
                            + " (Paris et communes limitrophes ou reste de l'Île-de-France ; outre-mer non fourni)");
        }
        Optional<PlafondsRessources.Plafond> p = plafonds.plafond(l.financement(), zone.get(), cat, date);
        if (p.isEmpty()) {
            return new Verification(Controle.PLAFOND_RESSOURCES, Statut.A_VERIFIER, "-", l.financement().code(),
                    "plafond " + l.financement().code() + " non disponible au " + date + " (" + zone.get().libelle()
                            + ") : à vérifier par le bailleur");
        }
        Revenu r = revenuDeReference(d.menage(), date);
        String attendu = "≤ " + euros(p.get().montant()) + " (" + l.financement().code() + ", " + zone.get().libelle()
                + ", " + cat.libelle() + " : " + cat.explication() + ")";
        if (r.montant() == null) {
            return new Verification(Controle.PLAFOND_RESSOURCES, Statut.A_VERIFIER, "-", attendu, r.explication());
        }
        String handicap = d.handicap() != null && d.handicap().preuve() == Preuve.DECLAREE
                && cat.explication().contains("handicap") ? " ; handicap déclaré, à justifier (carte mobilité inclusion)" : "";
        int cmp = r.montant().compareTo(p.get().montant());
        if (cmp <= 0) {
            return new Verification(Controle.PLAFOND_RESSOURCES, Statut.RESPECTE, euros(r.montant()), attendu,
                    r.explication() + " sous le plafond" + handicap);
        }
        BigDecimal ecart = r.montant().subtract(p.get().montant()).multiply(CENT)
                .divide(p.get().montant(), 1, RoundingMode.HALF_UP);
        boolean proche = r.montant().compareTo(p.get().montant().multiply(BigDecimal.ONE.add(territoire.toleranceProche()))) <= 0;
        return new Verification(Controle.PLAFOND_RESSOURCES, proche ? Statut.PROCHE : Statut.NON_RESPECTE,
                euros(r.montant()), attendu, r.explication() + " au-dessus du plafond de " + decimal(ecart) + " %" + handicap);
    }

    /** The reference income: the sum of the adults' revenu fiscal de référence N-2, or N-1 if it fell by 10 %. */
    record Revenu(BigDecimal montant, String explication) {
    }

    static Revenu revenuDeReference(Menage m, LocalDate date) {
        int n2 = date.getYear() - 2;
        int n1 = date.getYear() - 1;
        BigDecimal total2 = BigDecimal.ZERO;
        BigDecimal total1 = BigDecimal.ZERO;
        boolean n1Complet = true;
        List<Adulte> adultes = m.adultes();
        for (int i = 0; i < adultes.size(); i++) {
            Optional<BigDecimal> a2 = rfr(adultes.get(i), n2);
            if (a2.isEmpty()) {
                return new Revenu(null, "revenu fiscal de référence " + n2 + " absent ("
                        + (i == 0 ? "demandeur" : "cotitulaire " + i) + ") : à demander (avis d'imposition " + n1 + ")");
            }
            total2 = total2.add(a2.get());
            Optional<BigDecimal> a1 = rfr(adultes.get(i), n1);
            n1Complet &= a1.isPresent();
            total1 = total1.add(a1.orElse(BigDecimal.ZERO));
        }
        if (n1Complet && total1.compareTo(total2.multiply(BAISSE_N1)) <= 0) {
            return new Revenu(total1, "revenu fiscal de référence " + n1 + " (" + euros(total1) + ", en baisse d'au "
                    + "moins 10 % sur " + n2 + " : " + euros(total2) + ")");
        }
        return new Revenu(total2, "revenu fiscal de référence " + n2 + " (" + euros(total2) + ")");
    }

    private static Optional<BigDecimal> rfr(Adulte a, int annee) {
        return a.revenusFiscaux().stream().filter(r -> r != null && r.annee() == annee && r.montant() != null)
                .map(RevenuFiscal::montant).findFirst();
    }

    private Verification tauxEffort(Logement l, FaitsDerives faits) {
        BigDecimal res = faits.ressourcesMensuelles();
        BigDecimal loyer = l.loyerChargesComprises();
        String attendu = "≤ " + decimal(territoire.tauxEffortMax()) + " %";
        if (res == null || res.signum() <= 0) {
            return new Verification(Controle.TAUX_EFFORT, Statut.A_VERIFIER, "-", attendu,
                    "ressources mensuelles non déclarées : taux d'effort à établir");
        }
        BigDecimal taux = loyer.multiply(CENT).divide(res, MathContext.DECIMAL64);
        String constate = decimal(taux.setScale(1, RoundingMode.HALF_UP)) + " %";
        String explication = "(loyer " + euros(l.loyer()) + " + charges " + euros(l.charges()) + ") ÷ ressources "
                + euros(res) + " par mois, avant aide au logement";
        Statut s = taux.compareTo(territoire.tauxEffortMax()) <= 0 ? Statut.RESPECTE
                : taux.compareTo(territoire.tauxEffortMax().multiply(BigDecimal.ONE.add(territoire.toleranceProche()))) <= 0
                ? Statut.PROCHE : Statut.NON_RESPECTE;
        return new Verification(Controle.TAUX_EFFORT, s, constate, attendu, explication);
    }

    private Verification resteAVivre(Logement l, FaitsDerives faits) {
        BigDecimal res = faits.ressourcesMensuelles();
        String attendu = "≥ " + euros(territoire.resteAVivreMinParUC()) + " par UC et par mois";
        if (res == null) {
            return new Verification(Controle.RESTE_A_VIVRE, Statut.A_VERIFIER, "-", attendu,
                    "ressources mensuelles non déclarées : reste à vivre à établir");
        }
        BigDecimal uc = faits.unitesDeConsommation();
        BigDecimal reste = res.subtract(l.loyerChargesComprises()).divide(uc, MathContext.DECIMAL64);
        String constate = euros(reste.setScale(0, RoundingMode.HALF_UP)) + " par UC";
        String explication = "(ressources " + euros(res) + " − loyer et charges " + euros(l.loyerChargesComprises())
                + ") ÷ " + decimal(uc) + " UC, avant aide au logement";
        BigDecimal min = territoire.resteAVivreMinParUC();
        Statut s = reste.compareTo(min) >= 0 ? Statut.RESPECTE
                : reste.compareTo(min.multiply(BigDecimal.ONE.subtract(territoire.toleranceProche()))) >= 0
                ? Statut.PROCHE : Statut.NON_RESPECTE;
        return new Verification(Controle.RESTE_A_VIVRE, s, constate, attendu, explication);
    }

    private static Verification accessibilite(Logement l, Demande d) {
        Handicap h = d.handicap();
        String logement = l.accessibilite().libelle() + ", " + (l.etage() == null ? "étage inconnu"
                : l.etage() == 0 ? "rez-de-chaussée" : "étage " + l.etage()) + (l.ascenseur() ? ", ascenseur" : ", sans ascenseur");
        if (h == null) {
            return new Verification(Controle.ACCESSIBILITE, Statut.RESPECTE, "aucun besoin déclaré", logement,
                    "pas de besoin d'accessibilité");
        }
        if (h.fauteuilRoulant() || h.capaciteMarche() == CapaciteMarche.IMPOSSIBLE) {
            String besoin = h.fauteuilRoulant() ? "fauteuil roulant" : "marche impossible";
            return switch (l.accessibilite()) {
                case ADAPTE_FAUTEUIL -> new Verification(Controle.ACCESSIBILITE, Statut.RESPECTE, besoin, logement,
                        "logement adapté au fauteuil roulant");
                case PARTIELLEMENT_ADAPTE -> new Verification(Controle.ACCESSIBILITE, Statut.PROCHE, besoin, logement,
                        "logement partiellement adapté : adaptation à étudier avec le bailleur");
                case NON_ADAPTE -> new Verification(Controle.ACCESSIBILITE, Statut.NON_RESPECTE, besoin, logement,
                        "logement non adapté au fauteuil roulant");
            };
        }
        CapaciteMarche c = h.capaciteMarche();
        if (c == null || c == CapaciteMarche.PLUS_D_UN_ETAGE) {
            return new Verification(Controle.ACCESSIBILITE, Statut.RESPECTE, c == null ? "handicap, capacité de marche "
                    + "non précisée" : c.libelle(), logement, "pas de contrainte d'étage déclarée");
        }
        int etageMax = c == CapaciteMarche.UNE_A_TROIS_MARCHES ? 0 : 1;
        if (l.ascenseur() || (l.etage() != null && l.etage() <= etageMax)) {
            return new Verification(Controle.ACCESSIBILITE, Statut.RESPECTE, "capacité de marche : " + c.libelle(),
                    logement, l.ascenseur() ? "ascenseur" : "étage accessible");
        }
        if (l.etage() == null) {
            return new Verification(Controle.ACCESSIBILITE, Statut.A_VERIFIER, "capacité de marche : " + c.libelle(),
                    logement, "étage du logement à préciser");
        }
        return new Verification(Controle.ACCESSIBILITE, Statut.NON_RESPECTE, "capacité de marche : " + c.libelle(),
                logement, "étage " + l.etage() + " sans ascenseur : " + (etageMax == 0 ? "rez-de-chaussée" : "1er étage au plus")
                + " ou ascenseur nécessaire");
    }

    /** "23 403 €", "1 250,50 €". */
    static String euros(BigDecimal montant) {
        return decimal(montant) + " €";
    }

    /** "37,5", "23 403": French decimal comma, space as thousands separator, at most 2 decimals. */
    static String decimal(BigDecimal x) {
        DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
        s.setDecimalSeparator(',');
        s.setGroupingSeparator(' ');
        DecimalFormat f = new DecimalFormat("#,##0.##", s);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(x);
    }
}
