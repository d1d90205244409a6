package fr.cotation.internal.engine;

import fr.cotation.Ligne;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Constat;
import fr.cotation.conformite.MotifsProteges;
import fr.cotation.demande.Preuve;
import fr.cotation.internal.conformite.AnalyseMotifs;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.Commune;
import fr.cotation.regles.Dossier;
import fr.cotation.regles.Priorite;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.regles.Situation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance checks of protected grounds (C020 to C023) and of the weight of the legal priorities (C024 to
 * C027). Which rule reads which protected element comes from {@link AnalyseMotifs} (Drools' parser descriptors);
 * how the criterion treats the group is found by scoring two synthetic households that differ only by that element,
 * as the other checks do, so that {@code not}, {@code or}, functions and caps are seen as the engine runs them.
 */
final class VerificationMotifs {
    /** A priority weighs a token value when it gives less than this fraction of the largest local criterion. */
    static final BigDecimal SEUIL_SYMBOLIQUE = new BigDecimal("0.1");

    private VerificationMotifs() {
    }

    /** How a criterion treats the group an element singles out. */
    enum Traitement { DEFAVORABLE, FAVORABLE, NEUTRE }

    // ------------------------------------------------------------------------------------------ C020 to C023

    static void motifs(PackDescriptor pack, GrilleCompilee g, AnalyseMotifs.Resultat lu, MotifsProteges table, int limite,
                       List<Constat> constats) throws ScoringException {
        boolean mutation = PackDescriptor.MUTATION.equals(g.nom());
        List<String> cles = new ArrayList<>(g.criteres().keySet());
        Collections.sort(cles);
        for (String cle : cles) {
            AnalyseMotifs.RegleLue r = lu.regles().get(cle);
            if (r == null) {
                continue;
            }
            Critere critere = g.criteres().get(cle);
            Map<MotifsProteges.Element, List<AnalyseMotifs.Usage>> parElement = new LinkedHashMap<>();
            for (AnalyseMotifs.Usage u : r.usages()) {
                parElement.computeIfAbsent(u.element(), k -> new ArrayList<>()).add(u);
            }
            for (var e : parElement.entrySet()) {
                MotifsProteges.Element el = e.getKey();
                if (el.controle() != null) {
                    continue; // age, residence, employment: C004 and C005
                }
                List<String> motifs = el.motifs().stream().filter(m -> table.motif(m)
                        .map(x -> x.enVigueur(pack.enVigueurDu(), pack.enVigueurAu())).orElse(false)).toList();
                if (motifs.isEmpty()) {
                    continue;
                }
                AnalyseMotifs.Usage u = e.getValue().get(0);
                BigDecimal ecart = ecart(g, critere.code(), el, mutation, limite);
                Traitement t = traitement(ecart, e.getValue(), critere);
                String via = e.getValue().stream().map(AnalyseMotifs.Usage::via).filter(v -> !v.isEmpty()).distinct()
                        .reduce((a, b) -> a + " ; " + b).map(v -> " (lu à travers : " + v + ")").orElse("");
                String motif = table.libelles(motifs);
                String articles = table.references(motifs);
                String debut = "critère " + critere.code() + " fondé sur " + el.element() + via + ", qui touche "
                        + motif + " (" + articles + ")";
                String effet = ecart == null || ecart.signum() == 0 ? ""
                        : " : " + el.libelleGroupe() + " " + (ecart.signum() > 0 ? "gagnent " : "perdent ")
                        + Points.pts(ecart.abs()) + " par rapport au même ménage hors du groupe";
                int ligne = u.ligne() > 0 ? u.ligne() : r.ligne();
                String justification = pack.justifications().get(critere.code());
                boolean justifie = justification != null && !justification.isBlank();
                if (t == Traitement.DEFAVORABLE) {
                    constats.add(new Constat(CodeConstat.C020, proprietaire(r.fichier(), pack), r.fichier(), ligne,
                            r.nom(), debut + effet + (ecart == null || ecart.signum() == 0
                                    ? " : la règle désavantage " + el.libelleGroupe() : "")
                                    + " ; un critère ne peut pas désavantager un groupe protégé, ni directement par un"
                                    + " malus, ni en donnant des points à ceux qui n'en sont pas ; retirer le critère"));
                } else if (el.besoin() != null) {
                    constats.add(new Constat(CodeConstat.C023, proprietaire(r.fichier(), pack), r.fichier(), ligne,
                            r.nom(), debut + effet + " ; usage favorable fondé sur un besoin reconnu par la loi ("
                                    + el.besoin() + "), montré comme tel dans la grille publiée"));
                } else if (justifie) {
                    constats.add(new Constat(CodeConstat.C022, proprietaire(r.fichier(), pack), r.fichier(), ligne,
                            r.nom(), debut + effet + " ; aucun besoin reconnu par la loi ne fonde cette distinction :"
                                    + " justification écrite dans le descripteur, publiée avec la grille"));
                } else {
                    constats.add(new Constat(CodeConstat.C021, proprietaire(r.fichier(), pack), r.fichier(), ligne,
                            r.nom(), debut + effet + " ; aucun besoin reconnu par la loi ne fonde cette distinction :"
                                    + " retirer le critère, ou écrire au pack.yaml « justifications: {" + critere.code()
                                    + ": \"...\"} » (pourquoi ce critère sert un besoin de logement, pourquoi ce"
                                    + " poids), publiée avec la grille"));
                }
            }
        }
    }

    /** The pack that owns a file: the first segment of its path. */
    private static String proprietaire(String fichier, PackDescriptor pack) {
        int i = fichier == null ? -1 : fichier.indexOf('/');
        return i > 0 ? fichier.substring(0, i) : pack.id();
    }

    private static Traitement traitement(BigDecimal ecart, List<AnalyseMotifs.Usage> usages, Critere critere) {
        if (ecart != null && ecart.signum() < 0) {
            return Traitement.DEFAVORABLE;
        }
        if (ecart != null && ecart.signum() > 0) {
            return Traitement.FAVORABLE;
        }
        int signe = critere.points() == null ? 0 : critere.points().signum();
        for (AnalyseMotifs.Usage u : usages) {
            if (u.sens() == AnalyseMotifs.Sens.GROUPE && signe < 0 || u.sens() == AnalyseMotifs.Sens.COMPLEMENT && signe > 0) {
                return Traitement.DEFAVORABLE;
            }
        }
        for (AnalyseMotifs.Usage u : usages) {
            if (u.sens() == AnalyseMotifs.Sens.GROUPE && signe > 0 || u.sens() == AnalyseMotifs.Sens.COMPLEMENT && signe < 0) {
                return Traitement.FAVORABLE;
            }
        }
        return Traitement.NEUTRE;
    }

    /**
     * What the criterion gives a household of the group minus the same household outside it, on the household that
     * has every situation and on the household that has nothing; a loss on either wins. {@code null} when the element
     * cannot be changed in a synthetic household.
     */
    static BigDecimal ecart(GrilleCompilee g, String code, MotifsProteges.Element el, boolean mutation, int limite)
            throws ScoringException {
        BigDecimal pire = null;
        BigDecimal meilleur = null;
        for (Faits base : List.of(FaitsSynthetiques.complet(mutation, Preuve.VALIDEE, List.of(), null),
                FaitsSynthetiques.neutre(mutation, 30, List.of(), List.of()),
                FaitsSynthetiques.neutre(mutation, 30, List.of(new Situation("DALO", Preuve.VALIDEE)),
                        List.of(new Priorite("a", Preuve.VALIDEE))))) {
            Faits dans = varier(base, el, true);
            Faits hors = varier(base, el, false);
            if (dans == null || hors == null) {
                return null;
            }
            BigDecimal d = points(g, dans, code, limite).subtract(points(g, hors, code, limite));
            pire = pire == null || d.compareTo(pire) < 0 ? d : pire;
            meilleur = meilleur == null || d.compareTo(meilleur) > 0 ? d : meilleur;
        }
        return pire.signum() < 0 ? pire : meilleur;
    }

    private static BigDecimal points(GrilleCompilee g, Faits faits, String code, int limite) throws ScoringException {
        BigDecimal t = BigDecimal.ZERO;
        for (LigneBrute l : Session.executer(g, faits, commune(g), limite)) {
            if (l.critere().code().equals(code)) {
                t = t.add(l.points());
            }
        }
        return t;
    }

    private static Commune commune(GrilleCompilee g) {
        String code = g.pack().communes().isEmpty() ? null : g.pack().communes().get(0);
        return new Commune(code, g.pack().epci(), true, true, true, true);
    }

    /** The household with the element set to a value of the group ({@code dans}) or out of it. */
    static Faits varier(Faits f, MotifsProteges.Element el, boolean dans) {
        if (el.type().equals("Situation")) {
            List<Situation> s = new ArrayList<>(f.situations().stream().filter(x -> !x.getCode().equals(el.nom())).toList());
            if (dans) {
                s.add(new Situation(el.nom(), Preuve.VALIDEE));
            }
            return new Faits(f.dossier(), s, f.priorites(), f.refus(), f.communeResidence(), f.communesTravail());
        }
        if (!el.type().equals("Dossier")) {
            return null;
        }
        int v = valeur(el, dans);
        Dossier d = f.dossier();
        Dossier n = switch (el.nom()) {
            case "couple" -> dossier(d, d.getAgeDemandeur(), dans ? 2 : 1, dans, d.isMonoparental() && !dans,
                    d.getNaissancesAttendues(), d.getTailleMenage() - d.getNombreAdultes() + (dans ? 2 : 1));
            case "monoparental" -> dossier(d, d.getAgeDemandeur(), dans ? 1 : d.getNombreAdultes(), d.isCouple() && !dans,
                    dans, d.getNaissancesAttendues(), d.getTailleMenage());
            case "nombreAdultes" -> dossier(d, d.getAgeDemandeur(), v, v > 1 && d.isCouple(), d.isMonoparental() && v == 1,
                    d.getNaissancesAttendues(), d.getTailleMenage() - d.getNombreAdultes() + v);
            case "naissancesAttendues" -> dossier(d, d.getAgeDemandeur(), d.getNombreAdultes(), d.isCouple(),
                    d.isMonoparental(), v, d.getTailleMenage());
            case "ageDemandeur" -> dossier(d, v, d.getNombreAdultes(), d.isCouple(), d.isMonoparental(),
                    d.getNaissancesAttendues(), d.getTailleMenage());
            default -> null;
        };
        return n == null ? null
                : new Faits(n, f.situations(), f.priorites(), f.refus(), f.communeResidence(), f.communesTravail());
    }

    /** A value of the element in the group, or the nearest one out of it. */
    static int valeur(MotifsProteges.Element el, boolean dans) {
        int x = 0;
        while (x < 150 && !el.dansLeGroupe(x)) {
            x++;
        }
        if (dans) {
            return x;
        }
        for (int y = x - 1; y >= 0; y--) {
            if (!el.dansLeGroupe(y)) {
                return y;
            }
        }
        int y = x;
        while (y < 150 && el.dansLeGroupe(y)) {
            y++;
        }
        return y;
    }

    private static Dossier dossier(Dossier d, int age, int adultes, boolean couple, boolean monoparental, int naissances,
                                   int taille) {
        return d.toBuilder().ageDemandeur(age).tailleMenage(Math.max(1, taille)).nombreAdultes(adultes).couple(couple)
                .monoparental(monoparental).naissancesAttendues(naissances).build();
    }

    // ------------------------------------------------------------------------------------------ C024 to C027

    /** A legal priority as the check scores it: its name, the households that hold it, its article. */
    private record PrioriteLegale(String nom, String reference, List<Faits> menages) {
    }

    static void ponderations(PackDescriptor pack, GrilleCompilee g, PrioritesL4411 priorites,
                             AnalyseMotifs.Resultat lu, int limite, List<Constat> constats) throws ScoringException {
        boolean mutation = PackDescriptor.MUTATION.equals(g.nom());
        Faits rien = FaitsSynthetiques.neutre(mutation, 30, List.of(), List.of());
        BigDecimal totalRien = total(g, rien, limite);
        Map<String, BigDecimal> parCodeRien = new HashMap<>();
        Session.executer(g, rien, communeSansLien(g), limite)
                .forEach(l -> parCodeRien.merge(l.critere().code(), l.points(), BigDecimal::add));
        List<PrioriteLegale> legales = new ArrayList<>();
        legales.add(new PrioriteLegale("DALO", "art. L.441-1 et L.441-2-3 CCH", List.of(FaitsSynthetiques.neutre(mutation,
                30, List.of(new Situation("DALO", Preuve.VALIDEE)), List.of()))));
        java.time.LocalDate fin = pack.enVigueurAu() == null ? java.time.LocalDate.MAX : pack.enVigueurAu();
        for (CategoriePrioritaire c : priorites.toutes()) {
            boolean enVigueur = (c.enVigueurDu() == null || !c.enVigueurDu().isAfter(fin))
                    && (c.enVigueurAu() == null || !c.enVigueurAu().isBefore(pack.enVigueurDu()));
            if (!enVigueur) {
                continue;
            }
            List<Faits> m = new ArrayList<>();
            List<String> sits = c.situations().stream().filter(s -> !s.isBlank()).toList();
            for (String s : sits.isEmpty() ? Collections.<String>singletonList(null) : sits) {
                m.add(FaitsSynthetiques.neutre(mutation, 30, s == null ? List.of() : List.of(new Situation(s, Preuve.VALIDEE)),
                        List.of(new Priorite(c.categorie(), Preuve.VALIDEE))));
            }
            legales.add(new PrioriteLegale("catégorie " + c.categorie() + ") « " + c.libelle() + " »", c.reference(), m));
        }
        // the criteria that score a priority household: the priorities' part of the grille (PDALHPD households are
        // priority households of the departmental plan, art. L.441-1 CCH: their criteria are not local either)
        Set<String> prioritaires = new LinkedHashSet<>();
        Map<String, BigDecimal> pdalhpd = new HashMap<>();
        Session.executer(g, FaitsSynthetiques.neutre(mutation, 30, List.of(new Situation("PDALHPD", Preuve.VALIDEE)),
                List.of()), communeSansLien(g), limite).forEach(l -> pdalhpd.merge(l.critere().code(), l.points(), BigDecimal::add));
        parCodeRien.forEach((code, pts) -> pdalhpd.merge(code, pts.negate(), BigDecimal::add));
        pdalhpd.forEach((code, pts) -> {
            if (pts.signum() > 0) {
                prioritaires.add(code);
            }
        });
        Map<PrioriteLegale, BigDecimal> gains = new LinkedHashMap<>();
        Map<PrioriteLegale, String> critereDe = new HashMap<>();
        for (PrioriteLegale p : legales) {
            BigDecimal gain = null;
            for (Faits f : p.menages()) {
                List<LigneBrute> brutes = Session.executer(g, f, communeSansLien(g), limite);
                BigDecimal t = g.bareme().appliquer(brutes).stream().map(Ligne::points).reduce(BigDecimal.ZERO,
                        BigDecimal::add).subtract(totalRien);
                gain = gain == null || t.compareTo(gain) < 0 ? t : gain;
                // before caps (a capped priority is still a priority: C001, C002), and only what the priority adds
                Map<String, BigDecimal> ajout = new LinkedHashMap<>();
                brutes.forEach(l -> ajout.merge(l.critere().code(), l.points(), BigDecimal::add));
                parCodeRien.forEach((code, pts) -> ajout.merge(code, pts.negate(), BigDecimal::add));
                ajout.forEach((code, pts) -> {
                    if (pts.signum() > 0) {
                        prioritaires.add(code);
                        critereDe.putIfAbsent(p, code);
                    }
                });
            }
            gains.put(p, gain);
        }
        // the local part: every other criterion, on the household that has every situation and ties to the commune
        Faits complet = FaitsSynthetiques.complet(mutation, Preuve.VALIDEE, List.of(), null);
        List<Ligne> lignes = g.bareme().appliquer(Session.executer(g, complet, commune(g), limite));
        BigDecimal partLocale = BigDecimal.ZERO;
        Map<String, BigDecimal> parCritere = new HashMap<>();
        for (Ligne l : lignes) {
            if (!prioritaires.contains(l.critere()) && l.points().signum() > 0) {
                partLocale = partLocale.add(l.points());
                parCritere.merge(l.critere(), l.points(), BigDecimal::add);
            }
        }
        for (Critere c : g.criteres().values()) {
            if (!prioritaires.contains(c.code()) && c.points() != null && c.points().signum() > 0) {
                parCritere.merge(c.code(), c.points(), BigDecimal::max);
            }
        }
        String plusGrand = null;
        BigDecimal max = BigDecimal.ZERO;
        for (var e : parCritere.entrySet()) {
            if (e.getValue().compareTo(max) > 0 || e.getValue().compareTo(max) == 0 && plusGrand != null
                    && e.getKey().compareTo(plusGrand) < 0) {
                max = e.getValue();
                plusGrand = e.getKey();
            }
        }
        if (plusGrand == null) {
            return; // no local criterion: nothing outweighs the priorities
        }
        // one finding per problem and per rule: categories scored by one rule are named together
        Map<String, List<String>> symboliques = new LinkedHashMap<>();
        Map<String, List<String>> sousLocal = new LinkedHashMap<>();
        Map<String, BigDecimal> gainDe = new HashMap<>();
        for (PrioriteLegale p : legales) {
            BigDecimal gain = gains.get(p);
            if (gain == null || gain.signum() <= 0) {
                continue; // C001, C002
            }
            boolean dalo = p.nom().equals("DALO");
            String code = critereDe.get(p);
            Lieu lieu = lieu(g, lu, code, pack);
            String justification = code == null ? null : pack.justifications().get(code);
            boolean justifie = justification != null && !justification.isBlank();
            String nom = p.nom() + " (" + p.reference() + ")";
            gainDe.merge(code, gain, BigDecimal::min);
            if (gain.compareTo(max.multiply(SEUIL_SYMBOLIQUE)) < 0) {
                symboliques.computeIfAbsent(code, k -> new ArrayList<>()).add(nom);
            } else if (dalo && gain.compareTo(max) < 0) {
                constats.add(lieu.avec(CodeConstat.C025, "grille " + g.nom() + " : " + nom + " rapporte " + Points.pts(gain)
                        + ", moins que le critère local " + plusGrand + " (" + Points.pts(max) + ") : les ménages DALO"
                        + " passent avant tout autre demandeur (art. L.441-1 et L.441-2-3 CCH) ; le DALO doit peser au"
                        + " moins autant que le plus fort critère local"));
            } else if (dalo && gain.compareTo(partLocale) < 0) {
                constats.add(lieu.avec(justifie ? CodeConstat.C026 : CodeConstat.C027, "grille " + g.nom() + " : " + nom
                        + " rapporte " + Points.pts(gain) + ", moins que la part locale qu'un ménage peut atteindre ("
                        + Points.pts(partLocale) + " : tous les critères hors priorités légales, après plafonds) : un"
                        + " ménage non prioritaire peut passer devant un ménage DALO" + suite(justifie, code)));
            } else if (!dalo && gain.compareTo(max) < 0) {
                sousLocal.computeIfAbsent(code, k -> new ArrayList<>()).add(nom);
            }
        }
        final String plusFort = plusGrand;
        final BigDecimal poids = max;
        symboliques.forEach((code, noms) -> constats.add(lieu(g, lu, code, pack).avec(CodeConstat.C024, "grille " + g.nom()
                + " : " + String.join(", ", noms) + " : " + Points.pts(gainDe.get(code)) + ", moins du dixième du plus fort"
                + " critère local (" + plusFort + ", " + Points.pts(poids) + ") : une priorité légale réduite à une valeur"
                + " symbolique n'est plus une priorité (art. L.441-1 et R.441-2-10 CCH) ; lui rendre un poids au moins"
                + " égal à celui des critères locaux")));
        sousLocal.forEach((code, noms) -> {
            String justification = code == null ? null : pack.justifications().get(code);
            boolean justifie = justification != null && !justification.isBlank();
            constats.add(lieu(g, lu, code, pack).avec(justifie ? CodeConstat.C026 : CodeConstat.C027, "grille " + g.nom()
                    + " : " + String.join(", ", noms) + " : " + Points.pts(gainDe.get(code)) + ", moins que le critère"
                    + " local " + plusFort + " (" + Points.pts(poids) + ") : une catégorie prioritaire de l'art. L.441-1"
                    + " CCH doit peser au moins autant que tout critère hors des priorités" + suite(justifie, code)));
        });
    }

    private static String suite(boolean justifie, String code) {
        return justifie ? " ; justification écrite dans le descripteur, publiée avec la grille"
                : " ; relever ses points, ou écrire au pack.yaml « justifications: {" + code + ": \"...\"} » (pourquoi"
                + " ce poids), publiée avec la grille";
    }

    private static List<Ligne> lignes(GrilleCompilee g, Faits f, int limite) throws ScoringException {
        return g.bareme().appliquer(Session.executer(g, f, communeSansLien(g), limite));
    }

    private static Commune communeSansLien(GrilleCompilee g) {
        return new Commune(g.pack().communes().isEmpty() ? null : g.pack().communes().get(0), g.pack().epci(), false,
                false, false, false);
    }

    private static BigDecimal total(GrilleCompilee g, Faits f, int limite) throws ScoringException {
        return lignes(g, f, limite).stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Where the first rule (by file and line) of criterion {@code code} is written; the descriptor when unknown. */
    static Lieu lieu(GrilleCompilee g, AnalyseMotifs.Resultat lu, String code, PackDescriptor pack) {
        Lieu best = null;
        for (var e : g.criteres().entrySet()) {
            AnalyseMotifs.RegleLue r = lu.regles().get(e.getKey());
            if (code == null || !e.getValue().code().equals(code) || r == null) {
                continue;
            }
            Lieu l = new Lieu(proprietaire(r.fichier(), pack), r.fichier(), r.ligne(), r.nom());
            if (best == null || (l.fichier() + String.format(":%08d", l.ligne())).compareTo(best.fichier()
                    + String.format(":%08d", best.ligne())) < 0) {
                best = l;
            }
        }
        return best == null ? Lieu.descripteur(pack) : best;
    }

    /** Where a finding goes. */
    record Lieu(String pack, String fichier, int ligne, String regle) {
        Constat avec(CodeConstat code, String message) {
            return new Constat(code, pack, fichier, ligne, regle, message);
        }

        static Lieu descripteur(PackDescriptor p) {
            return new Lieu(p.id(), PackReader.DESCRIPTEUR, 0, null);
        }
    }
}
