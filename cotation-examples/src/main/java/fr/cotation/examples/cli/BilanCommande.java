package fr.cotation.examples.cli;

import fr.cotation.bilan.Anomalie;
import fr.cotation.bilan.AttributionCaleol;
import fr.cotation.bilan.Bilan;
import fr.cotation.bilan.BilanAttributions;
import fr.cotation.bilan.ConventionFlux;
import fr.cotation.bilan.DonneesBilan;
import fr.cotation.bilan.LogementLibere;
import fr.cotation.bilan.MenageAttributaire;
import fr.cotation.bilan.SeuilPremierQuartile;
import fr.cotation.generation.GenerateurBilan;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code cotation bilan}: the yearly account of attributions under the reform of reservations (gestion en flux,
 * art. L.441-1 and R.441-5 CCH) computed by {@link BilanAttributions} from the files of a folder, written in
 * Markdown, HTML or CSV ({@link RapportBilan}); {@code --generer} first writes a fictional year there
 * ({@link GenerateurBilan}). Documented in {@code docs/bilan-attributions.md}.
 */
@Command(name = "bilan",
        header = "Bilan annuel des attributions : flux des conventions de réservation et objectifs de l'art. L.441-1.",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Lit dans DOSSIER les fichiers conventions, logements, attributions, demandes et seuils (.csv ou "
                        + ".json, docs/bilan-attributions.md) et écrit le bilan de l'année : le flux de chaque "
                        + "convention de gestion en flux (rotation, jamais négatif), les attributions comptées par "
                        + "réservataire à partir des logements mis à sa disposition, par bailleur pour ses logements "
                        + "hors convention et par EPCI, et chaque objectif de l'article L.441-1 CCH (DALO ou "
                        + "prioritaires, premier quartile hors QPV, autres quartiles en QPV) avec la part, l'objectif "
                        + "et l'écart.",
                "",
                "Le seuil du premier quartile est une donnée (fichier seuils) : l'outil n'en fournit aucun. Un objectif "
                        + "manqué n'est pas une erreur de l'outil."},
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:bilan écrit ; chaque ligne lue et chaque attribution de l'année comptée telle quelle",
                "1:bilan écrit, mais des lignes ont été rejetées ou des attributions signalées en anomalie (détail "
                        + "sur la sortie d'erreur)",
                "2:usage incorrect (option inconnue, année ou taux impossible, EPCI inconnu pour --generer)",
                "3:fichier absent, illisible ou mal formé (en-tête sans une colonne obligatoire), ou impossible à "
                        + "écrire ; aucun bilan écrit",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation bilan --annee 2025 --generer --donnees annee-fictive",
                "  cotation bilan --annee 2025 --donnees dossier -f html -o bilan-2025.html",
                "  cotation bilan --annee 2025 --donnees dossier -f csv --objectif-qpv 200030195=0.40 -o bilan.csv"},
        sortOptions = false,
        usageHelpWidth = 100)
final class BilanCommande implements Callable<Integer> {

    @Option(names = {"-a", "--annee"}, required = true, paramLabel = "AAAA",
            description = "Année civile du bilan (obligatoire) : attributions du 1er janvier au 31 décembre.")
    private int annee;

    @Option(names = "--donnees", required = true, paramLabel = "DOSSIER",
            description = "Dossier des fichiers conventions, logements, attributions, demandes (obligatoires) et "
                    + "seuils (facultatif), chacun en .csv ou .json.")
    private Path dossier;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            converter = FormatConvertisseur.class,
            description = "markdown (par défaut), html (page autonome avec graphique) ou csv (tableur en français : "
                    + "« ; », virgule décimale, BOM UTF-8).")
    private RapportBilan.Format format;

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER",
            description = "Fichier du bilan ; par défaut la sortie standard.")
    private Path sortie;

    @Option(names = "--objectif-qpv", paramLabel = "SIREN=PART",
            description = "Part des attributions en QPV aux trois autres quartiles fixée par la convention "
                    + "intercommunale d'attribution de l'EPCI (0.40 pour 40 %%) ; répétable. 50 %% à défaut "
                    + "(art. L.441-1 CCH).")
    private Map<String, String> objectifsQpv = new LinkedHashMap<>();

    @Option(names = "--generer",
            description = "Écrit d'abord dans DOSSIER une année fictive reproductible (docs/bilan-attributions.md), "
                    + "puis en fait le bilan.")
    private boolean generer;

    @Option(names = "--epci", paramLabel = "SIREN", defaultValue = "200030195",
            description = "Avec --generer : l'EPCI dont les communes sont tirées (par défaut ${DEFAULT-VALUE}).")
    private String epci;

    @Option(names = {"-g", "--graine"}, paramLabel = "GRAINE", defaultValue = "0",
            description = "Avec --generer : graine du tirage (par défaut ${DEFAULT-VALUE}).")
    private long graine;

    private final PrintStream out;
    private final PrintStream err;

    BilanCommande(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Reads --format case-insensitively. */
    static final class FormatConvertisseur implements picocli.CommandLine.ITypeConverter<RapportBilan.Format> {
        @Override
        public RapportBilan.Format convert(String v) {
            try {
                return RapportBilan.Format.valueOf(v.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("format inconnu : " + v
                        + " (attendu : markdown, html ou csv)");
            }
        }
    }

    @Override
    public Integer call() {
        if (annee < 1900 || annee > 2999) {
            err.println("bilan : --annee " + annee + " : année impossible");
            return CodeSortie.USAGE;
        }
        Map<String, BigDecimal> taux = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : objectifsQpv.entrySet()) {
            try {
                BigDecimal t = new BigDecimal(e.getValue().strip().replace(',', '.'));
                if (t.signum() < 0 || t.compareTo(BigDecimal.ONE) > 0) {
                    throw new NumberFormatException();
                }
                taux.put(e.getKey().strip(), t);
            } catch (NumberFormatException x) {
                err.println("bilan : --objectif-qpv " + e.getKey() + "=" + e.getValue()
                        + " : part entre 0 et 1 attendue (0.40 pour 40 %)");
                return CodeSortie.USAGE;
            }
        }
        if (generer) {
            List<String> communes = Referentiel.fromClasspath(BilanCommande.class.getClassLoader()).communesDe(epci)
                    .stream().map(CommuneRef::code).sorted().toList();
            if (communes.isEmpty()) {
                err.println("bilan : --epci " + epci + " : EPCI inconnu du référentiel des communes");
                return CodeSortie.USAGE;
            }
            try {
                FichiersBilan.ecrire(GenerateurBilan.generer(graine, annee, epci, communes), dossier);
            } catch (IOException e) {
                err.println(dossier + " : impossible d'écrire l'année générée : " + e.getMessage());
                return CodeSortie.FICHIER_ILLISIBLE;
            }
            err.println("année " + annee + " générée dans " + dossier + " (graine " + graine + ", EPCI " + epci
                    + ", données fictives)");
        }
        List<String> rejets = new ArrayList<>();
        DonneesBilan donnees;
        try {
            FichiersBilan.Lu<ConventionFlux> conventions = FichiersBilan.conventions(requis(FichiersBilan.Sorte.CONVENTIONS));
            FichiersBilan.Lu<LogementLibere> logements = FichiersBilan.logements(requis(FichiersBilan.Sorte.LOGEMENTS));
            FichiersBilan.Lu<MenageAttributaire> demandes = FichiersBilan.demandes(requis(FichiersBilan.Sorte.DEMANDES));
            FichiersBilan.Lu<AttributionCaleol> attributions =
                    FichiersBilan.attributions(requis(FichiersBilan.Sorte.ATTRIBUTIONS));
            Path fichierSeuils = FichiersBilan.dans(dossier, FichiersBilan.Sorte.SEUILS);
            FichiersBilan.Lu<SeuilPremierQuartile> seuils = fichierSeuils == null
                    ? new FichiersBilan.Lu<>(List.of(), List.of()) : FichiersBilan.seuils(fichierSeuils);
            for (FichiersBilan.Lu<?> l : List.of(conventions, logements, demandes, attributions, seuils)) {
                rejets.addAll(l.rejets());
            }
            donnees = new DonneesBilan(annee, conventions.valeurs(), logements.valeurs(), demandes.valeurs(),
                    attributions.valeurs(), seuils.valeurs(), taux);
            if (fichierSeuils == null) {
                err.println("bilan : pas de fichier seuils dans " + dossier
                        + " : les objectifs de quartile ne sont pas mesurés (seuil inconnu)");
            }
        } catch (FichiersBilan.Illisible e) {
            err.println(e.getMessage());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        Bilan bilan = BilanAttributions.calculer(donnees);
        try (OutputStream o = sortie == null ? new NonFerme(out) : Files.newOutputStream(sortie)) {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), false);
            RapportBilan.ecrire(format, donnees, bilan, w);
            if (w.checkError()) {
                throw new IOException("écriture interrompue");
            }
        } catch (IOException e) {
            err.println(sortie + " : impossible d'écrire le bilan : " + e.getMessage());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        for (String r : rejets) {
            err.println("rejetée : " + r);
        }
        for (Anomalie a : bilan.anomalies()) {
            err.println("anomalie : attribution " + a.attribution() + ", " + a.champ() + " " + a.valeur() + " : "
                    + a.message());
        }
        err.println("bilan " + annee + " : " + bilan.attributions() + " attributions comptées, " + rejets.size()
                + " lignes rejetées, " + bilan.anomalies().size() + " anomalies");
        return rejets.isEmpty() && bilan.anomalies().isEmpty() ? CodeSortie.OK : CodeSortie.DEMANDES_REJETEES;
    }

    private Path requis(FichiersBilan.Sorte sorte) throws FichiersBilan.Illisible {
        Path p = FichiersBilan.dans(dossier, sorte);
        if (p == null) {
            throw new FichiersBilan.Illisible(dossier.resolve(sorte.nom + ".csv") + " : fichier absent ("
                    + sorte.nom + ".csv ou " + sorte.nom + ".json attendu dans " + dossier + ")");
        }
        return p;
    }
}
