package fr.cotation.examples.cli;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.Typologie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code cotation coter}: reads demandes (JSON, CSV, national XML), scores each in its wished communes at the
 * evaluation date, writes the cotations (table, JSON, CSV) and lists the demandes it could not score.
 */
@Command(name = "coter",
        header = "Cote des demandes lues en JSON, en CSV ou au format d'échange national (interfaceNuu).",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Cote des demandes de logement social lues en JSON (docs/json.md), en CSV (docs/cli.md) ou au "
                        + "format d'échange national du SNE (interfaceNuu, XML). Chaque demande est cotée dans "
                        + "chacune de ses communes souhaitées, avec la grille de l'EPCI de la commune en vigueur à "
                        + "la date d'évaluation : une ligne par commune (points, pack et version de la grille, ou "
                        + "« pas de grille »).",
                "",
                "Une demande illisible ou invalide est rejetée avec le fichier, la ligne et le champ en cause ; les "
                        + "autres sont cotées. Le bilan « lues: N, cotées: N, rejetées: N » est écrit sur la sortie "
                        + "d'erreur."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:toutes les demandes lues ont été cotées",
                "1:des demandes ont été rejetées ou une cotation est en erreur ; les autres sont cotées",
                "2:usage incorrect (dont une commune de --commune inconnue du référentiel)",
                "3:fichier illisible ou impossible à écrire",
                "4:packs de cotation : dossier sans pack.yaml, pack qui ne se charge pas ; rien n'est coté",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation coter --date 2025-06-30 demandes.json",
                "  cotation coter --date 2025-06-30 --format csv -o cotations.csv --erreurs rejets.csv stock.csv",
                "  cotation coter --date 2025-06-30 --commune 06088 --typologie T3 export-sne.xml"},
        sortOptions = false,
        usageHelpWidth = 100)
final class CoterCommande implements Callable<Integer> {

    @Option(names = {"-d", "--date"}, required = true, paramLabel = "AAAA-MM-JJ", converter = Convertisseurs.Date.class,
            description = "Date d'évaluation (obligatoire, l'outil ne lit pas l'horloge) : l'ancienneté, les âges et "
                    + "la grille en vigueur sont pris à cette date.")
    private LocalDate date;

    @Mixin
    private OptionsDemande options = new OptionsDemande();

    @Option(names = {"-p", "--packs"}, paramLabel = "DOSSIER",
            description = "Dossier de packs de cotation (un pack.yaml et ses fichiers DRL par pack) chargé en plus des "
                    + "packs embarqués ; répétable.")
    private List<Path> packs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "table|json|csv", converter = Convertisseurs.FormatSortie.class,
            defaultValue = "table",
            description = "Format des cotations : table lisible (par défaut), json (docs/json.md, avec le détail "
                    + "des critères) ou csv (une ligne par demande et commune).")
    private Sortie.Format format;

    @Option(names = {"-e", "--entree"}, paramLabel = "json|csv|xml", converter = Convertisseurs.Entree.class,
            description = "Format des fichiers lus ; par défaut d'après l'extension, sinon d'après le contenu.")
    private FormatEntree entree;

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER",
            description = "Écrit les cotations dans ce fichier plutôt que sur la sortie standard.")
    private Path sortie;

    @Option(names = "--erreurs", paramLabel = "FICHIER",
            description = "Écrit les demandes rejetées dans ce fichier CSV (fichier, ligne, colonne, demande, champ, "
                    + "valeur, message) plutôt qu'une ligne chacune sur la sortie d'erreur.")
    private Path erreurs;

    @Parameters(paramLabel = "FICHIER", arity = "1..*",
            description = "Fichiers de demandes (.json, .csv, .xml), dossiers (leurs fichiers de ces extensions) ou "
                    + "- pour l'entrée standard.")
    private List<String> fichiers;

    private final FabriqueMoteur fabrique;
    private final InputStream entreeStandard;
    private final BooleanSupplier terminal;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean debug;

    CoterCommande(FabriqueMoteur fabrique, InputStream entreeStandard, BooleanSupplier terminal, PrintStream out,
                  PrintStream err, boolean debug) {
        this.fabrique = fabrique;
        this.entreeStandard = entreeStandard;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    /** One input: a file, or the standard input ({@code chemin == null}). */
    private record Source(String nom, Path chemin) {
    }

    @Override
    public Integer call() throws IOException {
        List<Source> sources = sources();
        if (sources == null) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        if (!packsLisibles()) {
            return CodeSortie.PACKS;
        }
        OutputStream fluxSortie;
        OutputStream fluxErreurs;
        try {
            fluxSortie = sortie == null ? new NonFerme(out) : new BufferedOutputStream(Files.newOutputStream(sortie));
        } catch (IOException e) {
            err.println(sortie + ": impossible d'écrire les cotations : " + raison(e));
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        try {
            fluxErreurs = erreurs == null ? null : new BufferedOutputStream(Files.newOutputStream(erreurs));
        } catch (IOException e) {
            fluxSortie.close();
            err.println(erreurs + ": impossible d'écrire les rejets : " + raison(e));
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        AtomicLong octetsLus = new AtomicLong();
        long octetsTotal = 0;
        for (Source s : sources) {
            octetsTotal = s.chemin() == null || octetsTotal < 0 ? -1 : octetsTotal + Files.size(s.chemin());
        }
        boolean surTerminal = terminal.getAsBoolean();
        Progression progression = new Progression(err, surTerminal, System::nanoTime, octetsLus::get, octetsTotal);
        progression.annoncer("chargement des grilles de cotation…");
        CotationEngine engine = fabrique.construire(packs);
        progression.effacer();
        progression.demarrer();
        if (!engine.problemesPacks().isEmpty()) {
            for (ProblemePack p : engine.problemesPacks()) {
                err.println(p);
            }
            err.println(engine.problemesPacks().size() + " problème(s) de pack de cotation : rien n'est coté");
            fluxSortie.close();
            if (fluxErreurs != null) {
                fluxErreurs.close();
            }
            return CodeSortie.PACKS;
        }
        if (!options.communesConnues(engine.referentiel(), "coter", err)) {
            fluxSortie.close();
            if (fluxErreurs != null) {
                fluxErreurs.close();
            }
            return CodeSortie.USAGE;
        }
        Bilan bilan = new Bilan();
        Runnable avantEcriture = progression::effacer;
        try (Sortie s = Sortie.ouvrir(format, fluxSortie);
             JournalRejets journal = new JournalRejets(err, fluxErreurs, debug, avantEcriture)) {
            for (Source source : sources) {
                coterFichier(source, engine, s, journal, progression, bilan, octetsLus, sortie == null && surTerminal);
            }
        } finally {
            progression.effacer();
            fluxSortie.close();
            if (fluxErreurs != null) {
                fluxErreurs.close();
            }
        }
        if (bilan.sansCommune > 0) {
            err.println(bilan.sansCommune + " demande(s) sans commune souhaitée : indiquez où les coter avec "
                    + "--commune CODE_INSEE (répétable)");
        }
        if (bilan.sansTypologie > 0) {
            err.println(bilan.sansTypologie + " demande(s) sans typologie recherchée : indiquez-la avec --typologie "
                    + "(C, T1 … T5, T6P)");
        }
        err.println(bilan.ligne() + (erreurs != null && bilan.rejetees > 0 ? " (rejets dans " + erreurs + ")" : ""));
        if (bilan.fichiersIllisibles > 0) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        return bilan.rejetees > 0 || bilan.cotationsEnErreur > 0 ? CodeSortie.DEMANDES_REJETEES : CodeSortie.OK;
    }

    private void coterFichier(Source source, CotationEngine engine, Sortie sortieCotations, JournalRejets journal,
                              Progression progression, Bilan bilan, AtomicLong octetsLus, boolean sortieSurTerminal)
            throws IOException {
        InputStream brut = source.chemin() == null ? new NonFermeEntree(entreeStandard)
                : Files.newInputStream(source.chemin());
        try (LecteurDemandes lecteur = FormatEntree.ouvrir(source.nom(), new Compteur(brut, octetsLus), entree)) {
            for (Lu lu = lecteur.suivant(); lu != null; lu = lecteur.suivant()) {
                bilan.lues++;
                for (String a : lu.avertissements()) {
                    journal.avertissement(lu.fichier(), lu.ligne(), a);
                }
                CotationResult r = lu.demande() == null ? null : coter(lu, engine, journal, bilan);
                if (r == null) {
                    bilan.rejetees++;
                    for (Rejet rejet : lu.rejets()) {
                        journal.rejet(rejet);
                    }
                } else {
                    bilan.cotees++;
                    bilan.cotationsEnErreur += (int) r.cotations().stream()
                            .filter(c -> c.statut() == Cotation.Statut.ERREUR).count();
                    if (sortieSurTerminal) {
                        progression.effacer();
                    }
                    sortieCotations.ecrire(r);
                }
                progression.avancer(bilan.lues);
            }
        } catch (FichierIllisible e) {
            bilan.fichiersIllisibles++;
            progression.effacer();
            if (journal.versFichier()) {
                journal.rejet(e.rejet());
            }
            err.println(e.rejet().enLigne());
            if (debug && e.getCause() != null && !journal.versFichier()) {
                e.getCause().printStackTrace(err);
            }
        } finally {
            brut.close();
        }
    }

    /** Scores one demande; {@code null} (with its rejets journaled) when it cannot be scored. */
    private CotationResult coter(Lu lu, CotationEngine engine, JournalRejets journal, Bilan bilan) throws IOException {
        Demande d = lu.demande();
        List<Rejet> manques = new ArrayList<>();
        if (d.communesSouhaitees().isEmpty()) {
            if (options.communes.isEmpty()) {
                bilan.sansCommune++;
                manques.add(rejet(lu, "communesSouhaitees", "[]", "aucune commune souhaitée dans la demande : indiquez "
                        + "où la coter avec --commune CODE_INSEE (par exemple --commune 06088)"));
            } else {
                d = d.toBuilder().communesSouhaitees(options.communes.toArray(String[]::new)).build();
            }
        }
        if (d.typologies().isEmpty()) {
            if (options.typologies.isEmpty()) {
                bilan.sansTypologie++;
                manques.add(rejet(lu, "typologies", "[]", "aucune typologie recherchée dans la demande : indiquez-la "
                        + "avec --typologie (par exemple --typologie T3)"));
            } else {
                d = d.toBuilder().typologies(options.typologies.toArray(Typologie[]::new)).build();
            }
        }
        if (!manques.isEmpty()) {
            for (Rejet m : manques) {
                journal.rejet(m);
            }
            return null;
        }
        CotationResult r = engine.coter(d, date);
        if (!r.valide()) {
            for (Probleme p : r.problemes()) {
                journal.rejet(rejet(lu, p.champ(), p.valeur(), p.message()));
            }
            return null;
        }
        return r;
    }

    private static Rejet rejet(Lu lu, String champ, String valeur, String message) {
        return new Rejet(lu.fichier(), lu.ligne(), lu.colonne(), lu.libelle(), champ, valeur, message, null);
    }

    /** The inputs, directories expanded; {@code null} (with a message each) when one cannot be read. */
    private List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        boolean manque = false;
        for (String f : fichiers) {
            if (f.equals("-")) {
                sources.add(new Source("-", null));
                continue;
            }
            Path p = Path.of(f);
            if (Files.isDirectory(p)) {
                List<Path> contenu;
                try (Stream<Path> l = Files.list(p)) {
                    contenu = l.filter(Files::isRegularFile).filter(x -> FormatEntree.parExtension(x.toString()) != null)
                            .sorted().toList();
                }
                if (contenu.isEmpty()) {
                    err.println(f + ": dossier sans fichier de demandes (.json, .csv, .xml)");
                    manque = true;
                }
                contenu.forEach(x -> sources.add(new Source(x.toString(), x)));
            } else if (!Files.isRegularFile(p)) {
                err.println(f + ": fichier introuvable");
                manque = true;
            } else if (!Files.isReadable(p)) {
                err.println(f + ": fichier illisible (droits d'accès)");
                manque = true;
            } else {
                sources.add(new Source(f, p));
            }
        }
        return manque ? null : sources;
    }

    /** Every {@code --packs} directory exists and holds at least one descriptor; else a message each. */
    private boolean packsLisibles() throws IOException {
        boolean ok = true;
        for (Path d : packs) {
            if (!Files.isDirectory(d)) {
                err.println(d + ": dossier de packs introuvable (--packs)");
                ok = false;
                continue;
            }
            boolean descripteur;
            try (Stream<Path> w = Files.walk(d)) {
                descripteur = w.anyMatch(p -> p.getFileName().toString().equals("pack.yaml"));
            }
            if (!descripteur) {
                err.println(d + ": aucun descripteur pack.yaml dans ce dossier ni ses sous-dossiers (--packs) : un pack "
                        + "est un dossier avec un pack.yaml et ses fichiers DRL");
                ok = false;
            }
        }
        return ok;
    }

    private static String raison(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "dossier introuvable"
                : e instanceof java.nio.file.AccessDeniedException ? "accès refusé" : String.valueOf(e.getMessage());
    }

    /** The counts of the summary line. */
    private static final class Bilan {
        long lues;
        long cotees;
        long rejetees;
        int cotationsEnErreur;
        int fichiersIllisibles;
        int sansCommune;
        int sansTypologie;

        String ligne() {
            return "lues: " + lues + ", cotées: " + cotees + ", rejetées: " + rejetees
                    + (cotationsEnErreur > 0 ? ", cotations en erreur: " + cotationsEnErreur : "")
                    + (fichiersIllisibles > 0 ? ", fichiers illisibles: " + fichiersIllisibles : "");
        }
    }

    /** The standard input, never closed. */
    private static final class NonFermeEntree extends java.io.FilterInputStream {
        NonFermeEntree(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller's stream
        }
    }
}
