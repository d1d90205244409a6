package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.pack.PackDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * {@code cotation comparer}: the impact of a grille change on a stock, for an EPCI preparing its conférence
 * intercommunale du logement (CIL): the stock ranked under the packs of two folders ({@link Comparaison}), written
 * as text or as a standalone HTML page with charts ({@link RapportComparaison}).
 */
@Command(name = "comparer",
        header = "Mesure l'effet d'un changement de grille sur un stock de demandes.",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Classe le stock parmi les demandes analogues avec les packs de PACK_A (la grille en vigueur) puis "
                        + "avec ceux de PACK_B (la grille proposée), chacun avec les seuls packs embarqués qu'il "
                        + "étend. Dit combien de demandes changent de rang et de combien (histogramme), qui entre "
                        + "et qui sort des N premiers de chaque groupe, la part des demandes DALO et de chaque "
                        + "catégorie de l'art. L.441-1 CCH dans le premier décile des groupes avant et "
                        + "après, et les points apportés par chaque critère sous A et sous B.",
                "",
                "Les communes hors du territoire des packs ne sont pas classées. En HTML, une page autonome avec "
                        + "graphiques (pour la CIL) et leurs chiffres en tableaux."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:comparaison écrite",
                "1:des demandes ont été rejetées ; les autres sont comparées",
                "2:usage incorrect, ou un pack n'est pas en vigueur à la date",
                "3:fichier illisible ou impossible à écrire",
                "4:packs de cotation : dossier sans pack.yaml, pack qui ne se charge pas ; rien n'est comparé",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation comparer --date 2025-06-30 --stock stock.json grille-2023/ grille-2026/",
                "  cotation comparer -d 2025-06-30 -s stock.json -f html -o impact.html grille-2023/ grille-2026/"},
        sortOptions = false,
        usageHelpWidth = 100)
final class ComparerCommande implements Callable<Integer> {

    enum Format {
        TEXTE, HTML
    }

    static final class ConvFormat implements ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            return Convertisseurs.enumere(Format.class, s, "format inconnu");
        }
    }

    @Option(names = {"-d", "--date"}, required = true, paramLabel = "AAAA-MM-JJ", converter = Convertisseurs.Date.class,
            description = "Date d'évaluation (obligatoire) ; les deux grilles doivent y être en vigueur.")
    private LocalDate date;

    @Option(names = {"-s", "--stock"}, required = true, paramLabel = "FICHIER",
            description = "Fichier de demandes (.json, .csv, .xml) du stock classé sous les deux grilles, ou - pour "
                    + "l'entrée standard ; répétable.")
    private List<Path> fichiers;

    @Option(names = "--premiers", paramLabel = "N", defaultValue = "10",
            description = "Qui entre et qui sort des N premiers de chaque groupe (par défaut ${DEFAULT-VALUE}).")
    private int premiers;

    @Option(names = {"-f", "--format"}, paramLabel = "texte|html", converter = ConvFormat.class, defaultValue = "texte",
            description = "Texte (par défaut) ou page HTML autonome avec graphiques, imprimable.")
    private Format format;

    @Option(names = {"-e", "--entree"}, paramLabel = "json|csv|xml", converter = Convertisseurs.Entree.class,
            description = "Format des fichiers du stock ; par défaut d'après l'extension, sinon le contenu.")
    private FormatEntree entree;

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER", description = "Écrit la comparaison dans ce fichier.")
    private Path sortie;

    @Parameters(index = "0", paramLabel = "PACK_A", description = "Dossier des packs en vigueur (avant).")
    private Path dossierA;

    @Parameters(index = "1", paramLabel = "PACK_B", description = "Dossier des packs proposés (après).")
    private Path dossierB;

    private final FabriqueMoteur fabrique;
    private final BooleanSupplier terminal;
    private final PrintStream out;
    private final PrintStream err;
    private final EntreeStandard entreeStandard;

    ComparerCommande(FabriqueMoteur fabrique, EntreeStandard entreeStandard, BooleanSupplier terminal, PrintStream out,
            PrintStream err) {
        // the stock is read twice, once under each grille
        this.entreeStandard = entreeStandard.relisible();
        this.fabrique = fabrique;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (premiers < 1) {
            err.println("cotation comparer : --premiers doit valoir au moins 1 : " + premiers);
            return CodeSortie.USAGE;
        }
        if (!PacksDuDossier.lisible(dossierA, err) || !PacksDuDossier.lisible(dossierB, err)) {
            return CodeSortie.PACKS;
        }
        if (!EntreeStandard.uneFois("comparer", err, fichiers)) {
            return CodeSortie.USAGE;
        }
        if (!StockFichiers.lisibles(fichiers, err)) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        Progression progression = new Progression(err, terminal.getAsBoolean(), System::nanoTime, () -> 0, -1);
        CotationEngine[] moteurs = new CotationEngine[2];
        String[] packs = new String[2];
        Path[] dossiers = {dossierA, dossierB};
        for (int i = 0; i < 2; i++) {
            progression.annoncer("chargement des grilles de cotation " + (i == 0 ? "A" : "B") + "…");
            moteurs[i] = fabrique.pourDossier(dossiers[i], false);
            progression.effacer();
            int code = problemes(moteurs[i], dossiers[i]);
            if (code != CodeSortie.OK) {
                return code;
            }
            packs[i] = enVigueur(moteurs[i], dossiers[i]);
            if (packs[i] == null) {
                return CodeSortie.USAGE;
            }
        }
        List<StockFichiers> lectures = new ArrayList<>();
        progression.demarrer();
        Comparaison.Resultat r = Comparaison.comparer(moteurs[0], moteurs[1], () -> {
            // the second reading says nothing: its rejected records are the first reading's
            PrintStream messages = lectures.isEmpty() ? err : new PrintStream(OutputStream.nullOutputStream());
            StockFichiers s = new StockFichiers(fichiers, entree, messages, progression::avancer, entreeStandard);
            lectures.add(s);
            return s;
        }, date, premiers);
        progression.effacer();
        RapportComparaison rapport = new RapportComparaison(r, packs[0] + " (dossier " + dossierA.getFileName() + ")",
                packs[1] + " (dossier " + dossierB.getFileName() + ")");
        String texte = format == Format.HTML ? rapport.html() : rapport.texte();
        try {
            if (sortie == null) {
                out.print(texte);
            } else {
                Files.writeString(sortie, texte, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println(sortie + ": impossible d'écrire la comparaison : " + e.getMessage());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        StockFichiers premiere = lectures.get(0);
        err.println("lues: " + r.lues() + ", classées: " + r.classeesAvant() + " (A), " + r.classeesApres()
                + " (B), qui changent de rang: " + r.deplacees()
                + (premiere.rejetees() > 0 ? ", illisibles: " + premiere.rejetees() : ""));
        if (premiere.illisible()) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        return premiere.rejetees() > 0 ? CodeSortie.DEMANDES_REJETEES : CodeSortie.OK;
    }

    /** Prints the packs' problems; {@link CodeSortie#PACKS} if any. */
    private int problemes(CotationEngine engine, Path dossier) {
        for (ProblemePack p : engine.problemesPacks()) {
            err.println(p);
        }
        if (engine.problemesPacks().isEmpty()) {
            return CodeSortie.OK;
        }
        err.println(dossier + ": " + engine.problemesPacks().size() + " problème(s) de pack de cotation : rien n'est comparé");
        return CodeSortie.PACKS;
    }

    /**
     * "nice-cote-azur 2023.1": the folder's packs, when all are in force at the date; else {@code null}, having said
     * which is not and its dates.
     */
    private String enVigueur(CotationEngine engine, Path dossier) throws IOException {
        List<String> noms = new ArrayList<>();
        boolean ok = true;
        for (PacksDuDossier.Descripteur d : PacksDuDossier.lire(dossier)) {
            PackDescriptor p = engine.packs().stream().filter(x -> x.id().equals(d.id())
                    && x.version().equals(d.version())).findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            if (!p.enVigueurLe(date)) {
                err.println("cotation comparer : " + d.fichier() + ": le pack " + p.id() + " " + p.version()
                        + " n'est pas en vigueur le " + date + " (en vigueur du " + p.enVigueurDu()
                        + (p.enVigueurAu() == null ? "" : " au " + p.enVigueurAu()) + ")");
                ok = false;
            }
            noms.add(p.id() + " " + p.version());
        }
        return ok ? String.join(", ", noms) : null;
    }
}
