package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.classement.Classement;
import fr.cotation.demande.Demande;
import fr.cotation.fiche.FicheCotation;
import fr.cotation.fiche.Fiches;
import fr.cotation.demande.Bornes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cotation fiche}: writes the applicant's fiche (R.441-2-17 CCH) of one demande, with {@link Fiches}, as plain
 * text, an HTML page or JSON.
 */
@Command(name = "fiche",
        header = "Écrit la fiche cotation d'une demande (texte, HTML ou JSON).",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Écrit la fiche due au demandeur (art. R.441-2-17 CCH) pour une demande du fichier : dans chaque "
                        + "commune souhaitée, la note ligne par ligne (justifiée ou seulement déclarée, et alors la "
                        + "pièce qui la prouverait), les effets d'un refus, puis les priorités reconnues (art. L.441-1 "
                        + "CCH) et les communes où la même demande aurait une note plus élevée. Avec --classer, le "
                        + "fichier est pris pour le stock des demandes du territoire et la fiche donne la position "
                        + "de la demande parmi les demandes analogues ; sans, elle dit que la position n'est pas "
                        + "disponible.",
                "",
                "Une demande qui ne nomme ni commune ni typologie, comme souvent au format national, est cotée dans "
                        + "les communes et pour les typologies données par --commune et --typologie.",
                "",
                "La fiche est une donnée personnelle (le numéro unique identifie le demandeur) et peut citer des "
                        + "situations de santé, de handicap, de violences subies ou de sortie de la prostitution "
                        + "(données sensibles, art. 9 RGPD) : --sans-donnees-sensibles écrit la version qui ne les "
                        + "nomme pas, pour un envoi par courrier électronique."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:fiche écrite",
                "1:demande invalide : la fiche écrite en donne les problèmes, sans note",
                "2:usage incorrect (plusieurs demandes sans --numero, numéro absent du fichier, commune inconnue du "
                        + "référentiel)",
                "3:fichier illisible ou impossible à écrire",
                "4:packs de cotation : dossier sans pack.yaml, pack qui ne se charge pas",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation fiche --date 2025-06-30 demande.json",
                "  cotation fiche -d 2025-06-30 --numero 0060622091500001A0601 --classer stock.json",
                "  cotation fiche -d 2025-06-30 --numero 0060622091500001A0601 -f html -o fiche.html stock.json",
                "  cotation fiche -d 2025-06-30 --commune 06088 --typologie T3 --sans-donnees-sensibles export-sne.xml"},
        sortOptions = false,
        usageHelpWidth = 100)
final class FicheCommande implements Callable<Integer> {

    enum Format {
        TEXTE, HTML, JSON
    }

    static final class Conv implements ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            return Convertisseurs.enumere(Format.class, s, "format de fiche inconnu");
        }
    }

    @Option(names = {"-d", "--date"}, required = true, paramLabel = "AAAA-MM-JJ", converter = Convertisseurs.Date.class,
            description = "Date d'évaluation (obligatoire, l'outil ne lit pas l'horloge).")
    private LocalDate date;

    @Option(names = "--numero", paramLabel = "NUMERO",
            description = "Numéro unique de la demande, quand le fichier en contient plusieurs.")
    private String numero;

    @Option(names = {"-f", "--format"}, paramLabel = "texte|html|json", converter = Conv.class, defaultValue = "texte",
            description = "Texte (par défaut, pour un courrier ou un écran de guichet), page HTML autonome ou JSON "
                    + "(docs/fiche.md).")
    private Format format;

    @Mixin
    private OptionsDemande options = new OptionsDemande();

    @Option(names = "--sans-donnees-sensibles",
            description = "Écrit la fiche sans les situations de santé, de handicap, de violences subies, de sortie de "
                    + "la prostitution ni d'infraction (art. 9 et 10 RGPD) : leurs points restent comptés sous "
                    + "« situation personnelle protégée ». Pour un envoi par courrier électronique.")
    private boolean sansDonneesSensibles;

    @Option(names = "--classer",
            description = "Classe toutes les demandes du fichier, prises pour le stock du territoire, et donne la "
                    + "position de la demande parmi les demandes analogues (sans historique d'attributions : pas de "
                    + "délai d'attente).")
    private boolean classer;

    @Option(names = "--stock", paramLabel = "FICHIER",
            description = "Fichiers du stock du territoire (.json, .csv, .xml) ou - pour l'entrée standard, lus en "
                    + "flux, parmi lesquels classer la demande ; répétable. Remplace --classer.")
    private List<Path> fichiersStock = new ArrayList<>();

    @Option(names = "--historique", paramLabel = "FICHIER",
            description = "Historique des attributions (CSV, comme classement --historique) ou - pour l'entrée "
                    + "standard : donne le délai d'attente constaté. Avec --classer ou --stock.")
    private Path historique;

    @Option(names = {"-p", "--packs"}, paramLabel = "DOSSIER",
            description = "Dossier de packs de cotation chargé en plus des packs embarqués ; répétable.")
    private List<Path> packs = new ArrayList<>();

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER",
            description = "Écrit la fiche dans ce fichier plutôt que sur la sortie standard.")
    private Path sortie;

    @Parameters(paramLabel = "FICHIER", arity = "1",
            description = "Fichier de demandes (.json, .csv, .xml) ou - pour l'entrée standard.")
    private String fichier;

    private final FabriqueMoteur fabrique;
    private final EntreeStandard entreeStandard;
    private final PrintStream out;
    private final PrintStream err;

    FicheCommande(FabriqueMoteur fabrique, EntreeStandard entreeStandard, PrintStream out, PrintStream err) {
        this.fabrique = fabrique;
        this.entreeStandard = entreeStandard;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (!EntreeStandard.uneFois("fiche", err, List.of(Path.of(fichier)), fichiersStock,
                historique == null ? List.of() : List.of(historique))) {
            return CodeSortie.USAGE;
        }
        if (!StockFichiers.lisibles(fichiersStock, err)
                || (historique != null && !StockFichiers.lisibles(List.of(historique), err))) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        if (historique != null && !classer && fichiersStock.isEmpty()) {
            err.println("fiche : --historique sert au classement : ajoutez --classer ou --stock FICHIER");
            return CodeSortie.USAGE;
        }
        for (Path d : packs) {
            if (!Files.isDirectory(d)) {
                err.println(d + ": dossier de packs introuvable (--packs)");
                return CodeSortie.PACKS;
            }
        }
        List<Demande> lues = new ArrayList<>();
        List<Demande> stock = new ArrayList<>();
        int illisibles = 0;
        boolean entree = fichier.equals("-");
        if (!entree && !Files.isRegularFile(Path.of(fichier))) {
            err.println(fichier + ": fichier introuvable");
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        try (InputStream brut = entreeStandard.ouvrir(Path.of(fichier));
             LecteurDemandes lecteur = FormatEntree.ouvrir(fichier, brut, null)) {
            for (Lu lu = lecteur.suivant(); lu != null; lu = lecteur.suivant()) {
                if (lu.demande() == null) {
                    illisibles++;
                    continue;
                }
                Demande d = options.completer(lu.demande());
                if (classer) {
                    stock.add(d);
                }
                if (numero == null || numero.equals(d.numeroUnique())) {
                    lues.add(d);
                }
            }
        } catch (FichierIllisible e) {
            err.println(e.rejet().enLigne());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        String perdues = illisibles == 0 ? "" : " (" + illisibles + " enregistrement(s) illisible(s) : cotation coter "
                + "dit pourquoi)";
        if (lues.isEmpty()) {
            err.println(fichier + ": " + (numero == null ? "aucune demande lisible" : "aucune demande de numéro "
                    + numero) + perdues);
            return numero == null ? CodeSortie.FICHIER_ILLISIBLE : CodeSortie.USAGE;
        }
        if (lues.size() > 1) {
            err.println(fichier + ": " + lues.size() + " demandes" + (numero == null ? "" : " de numéro " + numero)
                    + " : choisissez-en une avec --numero (par exemple --numero " + lues.get(0).numeroUnique() + ")");
            return CodeSortie.USAGE;
        }
        CotationEngine engine = fabrique.construire(packs);
        if (!engine.problemesPacks().isEmpty()) {
            engine.problemesPacks().stream().map(ProblemePack::toString).forEach(err::println);
            err.println(engine.problemesPacks().size() + " problème(s) de pack de cotation : pas de fiche");
            return CodeSortie.PACKS;
        }
        if (!options.communesConnues(engine.referentiel(), "fiche", err)) {
            return CodeSortie.USAGE;
        }
        Fiches.Builder fiches = Fiches.builder(engine).dateEvaluation(date);
        if (classer || !fichiersStock.isEmpty()) {
            Classement.Builder classement = Classement.builder(engine).dateEvaluation(date);
            if (historique != null) {
                FichierAttributions.Lecture h;
                try {
                    h = FichierAttributions.lire(historique, entreeStandard);
                } catch (FichierIllisible e) {
                    err.println(e.rejet().enLigne());
                    return CodeSortie.FICHIER_ILLISIBLE;
                }
                h.rejets().forEach(err::println);
                classement.historique(h.attributions());
            }
            if (fichiersStock.isEmpty()) {
                // the file is the stock: held in memory here (the classement itself streams)
                fiches.classement(classement.build().classer(stock));
            } else {
                StockFichiers lu = new StockFichiers(fichiersStock, null, err, n -> { }, entreeStandard);
                fiches.classement(classement.build().classer(options.completer(lu)));
                if (lu.illisible()) {
                    return CodeSortie.FICHIER_ILLISIBLE;
                }
            }
        }
        FicheCotation complete = fiches.build().fiche(lues.get(0));
        FicheCotation f = sansDonneesSensibles ? complete.sansDonneesSensibles() : complete;
        String texte = switch (format) {
            case TEXTE -> f.texte();
            case HTML -> f.html();
            case JSON -> f.json() + "\n";
        };
        if (sortie == null) {
            out.print(texte);
        } else {
            try {
                Files.writeString(sortie, texte, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(sortie + ": impossible d'écrire la fiche : " + e.getMessage());
                return CodeSortie.FICHIER_ILLISIBLE;
            }
        }
        f.problemes().forEach(p -> err.println(Bornes.citer(f.numeroUnique()) + " : " + p));
        if (lues.get(0).communesSouhaitees().isEmpty()) {
            err.println(Bornes.citer(f.numeroUnique()) + " : aucune commune souhaitée dans la demande : indiquez où la coter avec "
                    + "--commune CODE_INSEE (par exemple --commune 06088)");
        }
        if (lues.get(0).typologies().isEmpty()) {
            err.println(Bornes.citer(f.numeroUnique()) + " : aucune typologie recherchée dans la demande : indiquez-la avec "
                    + "--typologie (par exemple --typologie T3)");
        }
        return f.problemes().isEmpty() ? CodeSortie.OK : CodeSortie.DEMANDES_REJETEES;
    }
}
