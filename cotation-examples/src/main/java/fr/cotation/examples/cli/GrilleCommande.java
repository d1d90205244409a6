package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.publication.GrillePubliee;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code cotation grille}: writes the published grille (R.441-2-17 CCH) of the packs of a folder, in Markdown or
 * HTML, with {@link GrillePubliee}.
 */
@Command(name = "grille",
        header = "Écrit la grille publiée des packs d'un dossier (Markdown ou HTML).",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Charge les packs du dossier (avec les packs embarqués qu'ils étendent, comme paca-base) et écrit la "
                        + "grille publiée de chacun, ou de celui que nomme --pack : statut, version et dates, "
                        + "territoire, rubriques, critères et points, malus, grille de mutation, et ce que la cotation "
                        + "ne lit jamais. Sur la sortie standard pour un pack ; pour plusieurs, dans un dossier "
                        + "(--sortie), un fichier par pack : ID.md ou ID.html (ID-VERSION.md quand un pack a "
                        + "plusieurs versions)."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:grilles écrites",
                "2:usage incorrect (pack ou version absents du dossier, plusieurs packs sans --sortie DOSSIER)",
                "3:fichier impossible à écrire",
                "4:packs : dossier absent ou sans pack.yaml, pack qui ne se charge pas (les autres sont écrits)",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation grille mes-packs > grille.md",
                "  cotation grille --format html --sortie grilles/ mes-packs",
                "  cotation grille --pack pays-des-paillons --format html -o paillons.html mes-packs"},
        sortOptions = false,
        usageHelpWidth = 100)
final class GrilleCommande implements Callable<Integer> {

    enum Format {
        MD, HTML
    }

    static final class Conv implements ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            return Convertisseurs.enumere(Format.class, s, "format de grille inconnu");
        }
    }

    @Option(names = {"-f", "--format"}, paramLabel = "md|html", converter = Conv.class, defaultValue = "md",
            description = "Markdown (par défaut) ou page HTML autonome.")
    private Format format;

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER|DOSSIER",
            description = "Fichier où écrire la grille d'un pack, ou dossier où écrire celle de chaque pack : un "
                    + "dossier existant, un chemin finissant par /, ou tout chemin quand il y a plusieurs packs "
                    + "(créé au besoin).")
    private String sortieDonnee;

    @Option(names = "--pack", paramLabel = "ID", description = "Seulement ce pack du dossier.")
    private String pack;

    @Option(names = "--version-grille", paramLabel = "V", description = "Seulement cette version de la grille.")
    private String version;

    @Parameters(paramLabel = "DOSSIER", arity = "1",
            description = "Dossier de packs (un pack.yaml et ses fichiers DRL par pack, à toute profondeur).")
    private Path dossier;

    private final FabriqueMoteur fabrique;
    private final PrintStream out;
    private final PrintStream err;

    GrilleCommande(FabriqueMoteur fabrique, PrintStream out, PrintStream err) {
        this.fabrique = fabrique;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (!PacksDuDossier.lisible(dossier, err)) {
            return CodeSortie.PACKS;
        }
        List<PacksDuDossier.Descripteur> locaux = PacksDuDossier.lire(dossier);
        List<PacksDuDossier.Descripteur> choisis = locaux.stream()
                .filter(d -> d.id() != null && !d.estBase())
                .filter(d -> pack == null || pack.equals(d.id()))
                .filter(d -> version == null || version.equals(d.version()))
                .toList();
        if (choisis.isEmpty()) {
            String packs = locaux.stream().filter(d -> d.id() != null && !d.estBase())
                    .map(d -> d.id() + " " + d.version()).collect(Collectors.joining(", "));
            err.println("cotation grille : aucun pack" + (pack == null ? "" : " " + pack)
                    + (version == null ? "" : " version " + version) + " dans " + dossier
                    + " (packs du dossier : " + (packs.isEmpty() ? "aucun, que des bases" : packs) + ")");
            return CodeSortie.USAGE;
        }
        Path sortie = sortieDonnee == null ? null : Path.of(sortieDonnee);
        boolean versDossier = sortie != null && (choisis.size() > 1 || Files.isDirectory(sortie)
                || sortieDonnee.endsWith("/") || sortieDonnee.endsWith(java.io.File.separator));
        if (choisis.size() > 1 && sortie == null) {
            err.println("cotation grille : " + choisis.size() + " packs dans " + dossier + " ("
                    + choisis.stream().map(d -> d.id() + " " + d.version()).collect(Collectors.joining(", "))
                    + ") : nommez-en un avec --pack ou écrivez-les dans un dossier avec --sortie DOSSIER");
            return CodeSortie.USAGE;
        }
        CotationEngine engine = fabrique.pourDossier(dossier, false);
        for (ProblemePack p : engine.problemesPacks()) {
            err.println(new ProblemePack(p.pack(), VerifierCommande.chemin(p.fichier(), p.pack(), locaux), p.ligne(),
                    p.regle(), p.message(), p.constat()));
        }
        int code = engine.problemesPacks().isEmpty() ? CodeSortie.OK : CodeSortie.PACKS;
        for (PacksDuDossier.Descripteur d : choisis) {
            GrillePubliee g = GrillePubliee.de(engine, d.id(), d.version()).orElse(null);
            if (g == null) {
                err.println(d.fichier() + ": le pack " + d.id() + " " + d.version()
                        + " ne se charge pas : pas de grille publiée");
                code = CodeSortie.PACKS;
                continue;
            }
            String texte = format == Format.HTML ? g.html() : g.markdown();
            if (sortie == null) {
                out.print(texte);
                continue;
            }
            boolean plusieursVersions = choisis.stream().filter(c -> c.id().equals(d.id())).count() > 1;
            Path cible = versDossier ? sortie.resolve(d.id() + (plusieursVersions ? "-" + d.version() : "") + "."
                    + format.name().toLowerCase(Locale.ROOT)) : sortie;
            try {
                if (versDossier) {
                    Files.createDirectories(sortie);
                }
                Files.writeString(cible, texte, StandardCharsets.UTF_8);
                err.println(cible + ": grille " + d.id() + " " + d.version() + " écrite");
            } catch (IOException e) {
                err.println(cible + ": impossible d'écrire la grille : " + (e.getMessage() == null ? e : e.getMessage()));
                return CodeSortie.FICHIER_ILLISIBLE;
            }
        }
        return code;
    }
}
