package fr.cotation.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurAttributions;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.json.CotationJson;
import fr.cotation.pack.PackDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * {@code cotation generer}: a seeded synthetic stock of demandes ({@link GenerateurDemandes}) and, on request, a
 * matching attribution history ({@link GenerateurAttributions}), for demonstrations, tests and benchmarks.
 */
@Command(name = "generer",
        header = "Génère un stock de demandes fictives (et un historique d'attributions) reproductible.",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Écrit N demandes fictives, valides à la date donnée, au format JSON lu par coter, classement et "
                        + "candidats (docs/json.md). Les communes souhaitées sont tirées dans les EPCI donnés (par "
                        + "défaut : ceux qui ont une grille en vigueur à la date), en proportion de leur population ; "
                        + "composition des ménages, ressources, logement actuel, situations prioritaires et "
                        + "ancienneté suivent docs/generation.md. Les noms, nationalités et lieux de naissance sont "
                        + "inventés.",
                "",
                "La même graine, la même date et les mêmes EPCI donnent exactement le même stock."},
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:stock écrit",
                "2:usage incorrect (EPCI inconnu du référentiel, nombre négatif, --attributions sans --historique)",
                "3:fichier impossible à écrire",
                "4:packs de cotation : dossier sans pack.yaml, pack qui ne se charge pas",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation generer --date 2025-06-30 --nombre 5000 -o stock.json",
                "  cotation generer --date 2025-06-30 --nombre 200000 --graine 7 --epci 200030195 -o nice.json \\",
                "      --attributions 20000 --historique attributions.csv"},
        sortOptions = false,
        usageHelpWidth = 100)
final class GenererCommande implements Callable<Integer> {

    @Option(names = {"-d", "--date"}, required = true, paramLabel = "AAAA-MM-JJ", converter = Convertisseurs.Date.class,
            description = "Date d'évaluation (obligatoire) : aucune date du stock ne la dépasse.")
    private LocalDate date;

    @Option(names = {"-n", "--nombre"}, paramLabel = "N", defaultValue = "1000",
            description = "Nombre de demandes (par défaut ${DEFAULT-VALUE}).")
    private long nombre;

    @Option(names = {"-g", "--graine"}, paramLabel = "GRAINE", defaultValue = "0",
            description = "Graine du tirage (par défaut ${DEFAULT-VALUE}) : la même graine redonne le même stock.")
    private long graine;

    @Option(names = "--epci", paramLabel = "SIREN",
            description = "EPCI où tirer les communes (SIREN) ; répétable. Par défaut : les EPCI qui ont une grille en "
                    + "vigueur à la date.")
    private List<String> epcis = new ArrayList<>();

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER",
            description = "Fichier JSON du stock ; par défaut la sortie standard.")
    private Path sortie;

    @Option(names = "--attributions", paramLabel = "N", defaultValue = "0",
            description = "Nombre d'attributions passées à générer (les 24 mois avant la date), cohérentes avec le "
                    + "stock ; elles sont écrites dans --historique.")
    private int attributions;

    @Option(names = "--historique", paramLabel = "FICHIER",
            description = "Fichier CSV de l'historique d'attributions (dateDepot,dateAttribution,typologie,commune,"
                    + "mutation), lu par classement --historique.")
    private Path historique;

    @Option(names = {"-p", "--packs"}, paramLabel = "DOSSIER",
            description = "Dossier de packs chargé en plus des packs embarqués (pour le choix des EPCI par défaut).")
    private List<Path> packs = new ArrayList<>();

    private final FabriqueMoteur fabrique;
    private final BooleanSupplier terminal;
    private final PrintStream out;
    private final PrintStream err;

    GenererCommande(FabriqueMoteur fabrique, BooleanSupplier terminal, PrintStream out, PrintStream err) {
        this.fabrique = fabrique;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (nombre < 0 || attributions < 0) {
            err.println("generer : --nombre et --attributions ne peuvent pas être négatifs");
            return CodeSortie.USAGE;
        }
        if (attributions > 0 && historique == null) {
            err.println("generer : --attributions " + attributions + " demande --historique FICHIER (où les écrire)");
            return CodeSortie.USAGE;
        }
        CotationEngine engine = fabrique.construire(packs);
        if (!engine.problemesPacks().isEmpty()) {
            for (ProblemePack p : engine.problemesPacks()) {
                err.println(p);
            }
            return CodeSortie.PACKS;
        }
        List<String> bassins = epcis.isEmpty() ? epcisAvecGrille(engine, date) : epcis;
        for (String siren : bassins) {
            if (engine.referentiel().communesDe(siren).isEmpty()) {
                err.println("generer : --epci " + siren + " : EPCI inconnu du référentiel des communes");
                return CodeSortie.USAGE;
            }
        }
        if (bassins.isEmpty()) {
            err.println("generer : aucune grille en vigueur au " + date + " : nommez les EPCI avec --epci");
            return CodeSortie.USAGE;
        }
        GenerateurDemandes generateur = GenerateurDemandes.builder().graine(graine).dateEvaluation(date)
                .communes(engine.referentiel(), bassins).build();
        long[] ecrites = {0};
        Progression progression = new Progression(err, terminal.getAsBoolean(), System::nanoTime, () -> ecrites[0],
                nombre, "écrite");
        progression.demarrer();
        try (OutputStream o = ouvrir(sortie);
             SequenceWriter w = CotationJson.mapper().writerWithDefaultPrettyPrinter()
                     .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(o).init(true)) {
            for (long i = 0; i < nombre; i++) {
                Demande d = generateur.demande(i);
                w.write(d);
                ecrites[0] = i + 1;
                progression.avancer(i + 1);
            }
        } catch (IOException e) {
            progression.effacer();
            err.println(sortie + ": impossible d'écrire le stock : " + e.getMessage());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        progression.effacer();
        if (attributions > 0) {
            GenerateurAttributions h = GenerateurAttributions.builder(generateur).graine(graine).build();
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(historique))) {
                FichierAttributions.ecrire(h.flux(attributions), o);
            } catch (IOException e) {
                err.println(historique + ": impossible d'écrire l'historique : " + e.getMessage());
                return CodeSortie.FICHIER_ILLISIBLE;
            }
        }
        err.println("demandes: " + nombre + (attributions > 0 ? ", attributions: " + attributions : "")
                + ", graine: " + graine + ", EPCI: " + String.join(" ", bassins));
        return CodeSortie.OK;
    }

    /** The SIREN of every EPCI with a grille in force at {@code date}, in order. */
    static List<String> epcisAvecGrille(CotationEngine engine, LocalDate date) {
        TreeSet<String> s = new TreeSet<>();
        for (PackDescriptor p : engine.packs()) {
            if (p.epci() != null && p.enVigueurLe(date)) {
                s.add(p.epci());
            }
        }
        return List.copyOf(s);
    }

    private OutputStream ouvrir(Path fichier) throws IOException {
        if (fichier == null) {
            return new NonFerme(out);
        }
        return new BufferedOutputStream(Files.newOutputStream(fichier), 1 << 16);
    }
}
