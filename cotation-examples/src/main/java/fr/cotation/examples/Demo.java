package fr.cotation.examples;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.ProblemePack;
import fr.cotation.classement.Attribution;
import fr.cotation.classement.Classement;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.classement.Position;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Typologie;
import fr.cotation.examples.cli.Textes;
import fr.cotation.fiche.Fiches;
import fr.cotation.generation.GenerateurAttributions;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.json.CotationJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick-start job, on the embedded PACA packs: scores the bundled demandes of the Alpes-Maritimes and prints each
 * cotation with its lines; then generates a small synthetic stock of three EPCI with an attribution history, ranks
 * it with the bundled demandes among it, prints the top of one group of analogous demandes and the fiches of three
 * bundled demandes (note, position, waiting time, refusal rules, communes to consider).
 *
 * <p>Arguments (both optional): the evaluation date ({@code yyyy-MM-dd}, default {@value #DATE_PAR_DEFAUT},
 * so that the output is reproducible) and a JSON file of demandes (default: the bundled sample).
 */
public final class Demo {
    static final String DATE_PAR_DEFAUT = "2025-06-30";

    private Demo() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate date = LocalDate.parse(args.length > 0 ? args[0] : DATE_PAR_DEFAUT);
        List<Demande> demandes;
        if (args.length > 1 && args[1] != null && !args[1].isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                demandes = CotationJson.lireDemandes(in);
            }
        } else {
            try (InputStream in = Demo.class.getResourceAsStream("demandes-nice.json")) {
                demandes = CotationJson.lireDemandes(in);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CotationEngine engine = CotationEngine.builder().build();
        for (ProblemePack p : engine.problemesPacks()) {
            out.println("PACK NON CHARGÉ  " + p);
        }
        out.printf("Cotation de %d demande(s) au %s — packs : %s%n%n", demandes.size(), date,
                engine.packs().stream().map(p -> p.id() + " " + p.version()).toList());
        engine.coterToutes(demandes, date).forEach(r -> imprimer(r, out));
        classerEtFiches(engine, demandes, date, out);
    }

    /** Seed of the synthetic stock: the same stock at every run. */
    static final long GRAINE = 2025L;
    /** Métropole Nice Côte d'Azur, CA de Sophia Antipolis, CA Cannes Pays de Lérins. */
    static final List<String> EPCI = List.of("200030195", "240600585", "200039915");
    static final int STOCK = 3_000;
    static final int ATTRIBUTIONS = 4_000;

    /** Ranks a generated stock with the bundled demandes among it; prints the top of T3 in Nice and three fiches. */
    static void classerEtFiches(CotationEngine engine, List<Demande> fournies, LocalDate date, PrintStream out) {
        GenerateurDemandes generateur = GenerateurDemandes.builder().graine(GRAINE).dateEvaluation(date)
                .communes(engine.referentiel(), EPCI).build();
        List<Attribution> historique = GenerateurAttributions.builder(generateur).graine(GRAINE).build()
                .liste(ATTRIBUTIONS);
        List<Demande> stock = new ArrayList<>(generateur.liste(STOCK));
        List<Demande> valides = fournies.stream().filter(d -> engine.valider(d, date).isEmpty()).toList();
        stock.addAll(valides);
        ClassementResult classement = Classement.builder(engine).dateEvaluation(date).historique(historique).build()
                .classer(stock);
        out.printf("Classement d'un stock fictif de %d demandes (graine %d, EPCI %s) et des %d demandes fournies, "
                        + "avec %d attributions passées : %d classées, %d groupes de demandes analogues%n",
                STOCK, GRAINE, String.join(", ", EPCI), valides.size(), ATTRIBUTIONS, classement.demandesClassees(),
                classement.groupes().size());
        out.println(classement.regleDepartage());
        out.println();
        classement.groupes().stream()
                .filter(g -> g.typologie() == Typologie.T3 && g.territoire().equals("06088")).findFirst()
                .ifPresent(g -> imprimerTete(classement, g, 10, out));
        Fiches fiches = Fiches.builder(engine).dateEvaluation(date).classement(classement).build();
        for (Demande d : valides.subList(0, Math.min(3, valides.size()))) {
            out.println("=".repeat(80));
            out.print(fiches.fiche(d).texte());
            out.println();
        }
    }

    /** The first {@code n} of a group, with its size, median note and waiting time. */
    static void imprimerTete(ClassementResult classement, GroupeAnalogue g, int n, PrintStream out) {
        out.printf("Tête du classement : %s, %d demandes, note médiane %s%n", Textes.groupe(g), g.taille(),
                g.mediane().toPlainString());
        out.println("  délai d'attente : " + Textes.delai(g.delaiAttente(), true));
        List<Position> tete = new ArrayList<>();
        classement.forEachPosition(p -> {
            if (p.groupe().equals(g) && tete.size() < n) {
                tete.add(p);
            }
        });
        for (Position p : tete) {
            out.printf("  %3d  %6s points  déposée le %s  %s%n", p.rang(), p.note().toPlainString(), p.dateDepot(),
                    p.numeroUnique());
        }
        out.println();
    }

    /** Prints one result as a readable block. */
    static void imprimer(CotationResult r, PrintStream out) {
        out.println("Demande " + r.numeroUnique());
        if (!r.valide()) {
            out.println("  DEMANDE INVALIDE, non cotée :");
            r.problemes().forEach(p -> out.println("    - " + p));
            out.println();
            return;
        }
        for (Cotation c : r.cotations()) {
            String lieu = (c.nomCommune() == null ? c.commune() : c.nomCommune() + " (" + c.commune() + ")");
            switch (c.statut()) {
                case COTEE -> {
                    out.printf("  %-34s %6s points%s   [%s %s, grille %s]%n", lieu, c.total().toPlainString(),
                            c.provisoire() ? " (provisoire)" : "", c.pack(), c.version(), c.grille());
                    for (Ligne l : c.lignes()) {
                        out.printf("      %6s  %-30s %s%s%n", l.points().toPlainString(), l.critere(), l.explication(),
                                l.provisoire() ? "  [déclaré, à justifier]" : "");
                    }
                }
                case SANS_GRILLE -> out.printf("  %-34s  pas de grille : %s%n", lieu, c.message());
                case ERREUR -> out.printf("  %-34s  ERREUR : %s%n", lieu, c.message());
            }
        }
        out.println();
    }
}
