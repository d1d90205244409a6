package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.attribution.Accessibilite;
import fr.cotation.attribution.Candidats;
import fr.cotation.attribution.Contingent;
import fr.cotation.attribution.Financement;
import fr.cotation.attribution.Logement;
import fr.cotation.attribution.ParametresTerritoire;
import fr.cotation.attribution.PropositionCandidats;
import fr.cotation.attribution.ZonePlafonds;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Typologie;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.json.CotationJson;
import fr.cotation.territoire.CommuneRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cotation candidats}: for a dwelling given as options or as a JSON file, checks the adequacy of every demande
 * of a stock (files, or synthetic demandes of the public generator) and writes the proposal of candidates for the
 * commission (CALEOL): table, JSON or a printable HTML page.
 */
@Command(name = "candidats",
        header = "Propose les candidats à la commission d'attribution (CALEOL) pour un logement libéré.",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Pour un logement décrit par des options ou un fichier JSON (--logement), examine chaque demande du "
                        + "stock : commune souhaitée, typologie et taille du ménage, plafond de ressources du "
                        + "financement, taux d'effort et reste à vivre, accessibilité. Les demandes adéquates sont "
                        + "classées par leur cotation dans la commune du logement (à note égale : premier dépôt, puis "
                        + "numéro unique) ; les trois premières (art. L.441-2 CCH, --nombre pour plus) sont proposées "
                        + "avec leurs critères, leurs contrôles et ce qui reste déclaré sans justificatif. Les demandes "
                        + "qui échouent de peu sont montrées à part.",
                "",
                "Le stock est lu une fois, en flux ; les demandes illisibles ou invalides sont signalées sur la sortie "
                        + "d'erreur et les autres examinées."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:proposition écrite (même avec moins de trois candidats : elle le dit)",
                "1:des demandes du stock ont été rejetées ; les autres sont examinées",
                "2:usage incorrect, ou logement incomplet ou invalide",
                "3:fichier illisible ou impossible à écrire",
                "4:packs de cotation : dossier sans pack.yaml, pack qui ne se charge pas",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation candidats --date 2026-01-15 -c 06088 -t T3 --loyer 520 --charges 80 stock.json",
                "  cotation candidats --date 2026-01-15 --logement logt.json -f html -o caleol.html stock.csv",
                "  cotation candidats --date 2026-01-15 --logement logt.json --generees 5000 --graine 2026"},
        sortOptions = false,
        usageHelpWidth = 100)
final class CandidatsCommande implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        TABLE, JSON, HTML
    }

    static final class ConvFormat implements ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            return Convertisseurs.enumere(Format.class, s, "format inconnu");
        }
    }

    static final class ConvFinancement implements ITypeConverter<Financement> {
        @Override
        public Financement convert(String s) {
            try {
                return Financement.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("financement inconnu « " + s + " » (possibles : PLAI, PLUS, PLS, PLI)");
            }
        }
    }

    static final class ConvContingent implements ITypeConverter<Contingent> {
        @Override
        public Contingent convert(String s) {
            try {
                return Contingent.fromCode(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("contingent inconnu « " + s + " » (codes typeReservataire : "
                        + "COLTER, COLACT, PPRIOR, PFONCT, AUTRES, AUCUN)");
            }
        }
    }

    static final class ConvAccessibilite implements ITypeConverter<Accessibilite> {
        @Override
        public Accessibilite convert(String s) {
            return Convertisseurs.enumere(Accessibilite.class, s, "accessibilité inconnue");
        }
    }

    static final class ConvZone implements ITypeConverter<ZonePlafonds> {
        @Override
        public ZonePlafonds convert(String s) {
            return Convertisseurs.enumere(ZonePlafonds.class, s, "zone inconnue");
        }
    }

    @Option(names = {"-d", "--date"}, required = true, paramLabel = "AAAA-MM-JJ", converter = Convertisseurs.Date.class,
            description = "Date d'évaluation (obligatoire) : cotation, âges et plafonds de ressources en vigueur.")
    private LocalDate date;

    @Option(names = "--logement", paramLabel = "FICHIER",
            description = "Le logement en JSON (champs de docs/caleol.md), ou - pour l'entrée standard ; les "
                    + "options ci-dessous le complètent.")
    private Path fichierLogement;

    @Option(names = "--reference", paramLabel = "TEXTE", description = "Référence du logement chez le bailleur.")
    private String reference;

    @Option(names = {"-c", "--commune"}, paramLabel = "INSEE", converter = Convertisseurs.CodeCommune.class,
            description = "Commune du logement (code INSEE).")
    private String commune;

    @Option(names = {"-t", "--typologie"}, paramLabel = "TYPE", converter = Convertisseurs.TypeLogement.class,
            description = "Typologie : C, T1 … T5, T6P.")
    private Typologie typologie;

    @Option(names = "--surface", paramLabel = "M2", description = "Surface habitable en m².")
    private Double surface;

    @Option(names = "--etage", paramLabel = "N", description = "Étage (0 : rez-de-chaussée).")
    private Integer etage;

    @Option(names = "--ascenseur", description = "L'immeuble a un ascenseur.")
    private boolean ascenseur;

    @Option(names = "--accessibilite", paramLabel = "NIVEAU", converter = ConvAccessibilite.class,
            description = "adapte_fauteuil, partiellement_adapte ou non_adapte (par défaut).")
    private Accessibilite accessibilite;

    @Option(names = "--loyer", paramLabel = "EUROS", description = "Loyer mensuel hors charges.")
    private Double loyer;

    @Option(names = "--charges", paramLabel = "EUROS", description = "Charges mensuelles (0 par défaut).")
    private Double charges;

    @Option(names = "--financement", paramLabel = "PRET", converter = ConvFinancement.class,
            description = "PLAI, PLUS (par défaut), PLS ou PLI : fixe le plafond de ressources.")
    private Financement financement;

    @Option(names = "--qpv", description = "Le logement est en quartier prioritaire de la politique de la ville.")
    private boolean qpv;

    @Option(names = "--contingent", paramLabel = "CODE", converter = ConvContingent.class,
            description = "Contingent de réservation (typeReservataire) : COLTER, COLACT, PPRIOR, PFONCT, AUTRES, "
                    + "AUCUN (par défaut : hors contingent).")
    private Contingent contingent;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ConvZone.class,
            description = "Zone des plafonds de ressources, quand la commune ne la dit pas (Île-de-France).")
    private ZonePlafonds zone;

    @Option(names = "--filtre-contingent",
            description = "Ne retient que le public du contingent : DALO puis publics prioritaires (L.441-1) pour "
                    + "PPRIOR, ménages salariés pour COLACT.")
    private boolean filtre;

    @Option(names = {"-n", "--nombre"}, paramLabel = "N", defaultValue = "3",
            description = "Nombre de candidats proposés (3 par défaut).")
    private int nombre;

    @Option(names = "--perimetre-epci",
            description = "Une commune de l'EPCI d'une commune souhaitée compte comme souhaitée.")
    private boolean perimetreEpci;

    @Option(names = "--taux-effort-max", paramLabel = "POURCENT", defaultValue = "35",
            description = "Taux d'effort maximal, avant aide au logement (35 par défaut).")
    private double tauxEffortMax;

    @Option(names = "--reste-a-vivre-min", paramLabel = "EUROS", defaultValue = "300",
            description = "Reste à vivre minimal par unité de consommation et par mois (300 par défaut).")
    private double resteAVivreMin;

    @Option(names = "--generees", paramLabel = "N",
            description = "Examine N demandes synthétiques du générateur public (docs/generation.md) dans l'EPCI de "
                    + "la commune du logement, au lieu de fichiers.")
    private Integer generees;

    @Option(names = "--graine", paramLabel = "N", defaultValue = "0", description = "Graine du générateur (0 par défaut).")
    private long graine;

    @Option(names = {"-p", "--packs"}, paramLabel = "DOSSIER",
            description = "Dossier de packs de cotation chargé en plus des packs embarqués ; répétable.")
    private List<Path> packs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "table|json|html", converter = ConvFormat.class,
            defaultValue = "table",
            description = "table lisible (par défaut), json, ou page html imprimable pour la commission.")
    private Format format;

    @Option(names = {"-e", "--entree"}, paramLabel = "json|csv|xml", converter = Convertisseurs.Entree.class,
            description = "Format des fichiers de demandes ; par défaut d'après l'extension, sinon le contenu.")
    private FormatEntree entree;

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER",
            description = "Écrit la proposition dans ce fichier plutôt que sur la sortie standard.")
    private Path sortie;

    @Parameters(paramLabel = "FICHIER", arity = "0..*",
            description = "Fichiers de demandes (.json, .csv, .xml) ou - pour l'entrée standard ; aucun avec "
                    + "--generees.")
    private List<Path> fichiers = new ArrayList<>();

    private final FabriqueMoteur fabrique;
    private final PrintStream out;
    private final PrintStream err;
    private final EntreeStandard entreeStandard;

    CandidatsCommande(FabriqueMoteur fabrique, EntreeStandard entreeStandard, PrintStream out, PrintStream err) {
        this.entreeStandard = entreeStandard;
        this.fabrique = fabrique;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (nombre < 1 || (generees != null && generees < 0)) {
            err.println("cotation candidats : --nombre doit valoir au moins 1 et --generees 0 ou plus "
                    + "(aide : cotation candidats --help)");
            return CodeSortie.USAGE;
        }
        if (fichiers.isEmpty() == (generees == null)) {
            err.println("cotation candidats : nommez des fichiers de demandes ou --generees N, l'un ou l'autre "
                    + "(aide : cotation candidats --help)");
            return CodeSortie.USAGE;
        }
        if (!EntreeStandard.uneFois("candidats", err, fichiers,
                fichierLogement == null ? List.of() : List.of(fichierLogement))) {
            return CodeSortie.USAGE;
        }
        for (Path f : fichiers) {
            if (!EntreeStandard.est(f) && !Files.isRegularFile(f)) {
                err.println(f + ": fichier introuvable");
                return CodeSortie.FICHIER_ILLISIBLE;
            }
        }
        Logement logement;
        try {
            logement = logement();
        } catch (IOException e) {
            err.println(fichierLogement + ": logement illisible : " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        CotationEngine engine = fabrique.construire(packs);
        if (!engine.problemesPacks().isEmpty()) {
            for (ProblemePack p : engine.problemesPacks()) {
                err.println(p);
            }
            return CodeSortie.PACKS;
        }
        PropositionCandidats proposition = PropositionCandidats.builder(engine).candidats(nombre)
                .filtreContingent(filtre).territoire(ParametresTerritoire.defaut().toBuilder()
                        .perimetreEpci(perimetreEpci).tauxEffortMax(tauxEffortMax)
                        .resteAVivreMinParUC(resteAVivreMin).build()).build();
        List<String> problemes = proposition.problemes(logement);
        if (!problemes.isEmpty()) {
            for (String p : problemes) {
                err.println("logement : " + p);
            }
            return CodeSortie.USAGE;
        }
        Iterable<Demande> demandes;
        StockFichiers stock = new StockFichiers(fichiers, entree, err, n -> { }, entreeStandard);
        if (generees != null) {
            Optional<String> epci = engine.referentiel().commune(logement.commune()).map(CommuneRef::epci);
            if (epci.isEmpty()) {
                err.println("logement : commune " + logement.commune() + " hors du référentiel : --generees a besoin de "
                        + "son EPCI");
                return CodeSortie.USAGE;
            }
            GenerateurDemandes g = GenerateurDemandes.builder().graine(graine).dateEvaluation(date)
                    .communes(engine.referentiel(), epci.get()).build();
            demandes = () -> g.flux(generees).iterator();
        } else {
            demandes = stock;
        }
        Candidats c = proposition.proposer(logement, demandes, date);
        if (stock.illisible()) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        try (OutputStream o = sortie == null ? null : Files.newOutputStream(sortie)) {
            PrintStream p = o == null ? out : new PrintStream(o, false, java.nio.charset.StandardCharsets.UTF_8);
            switch (format) {
                case TABLE -> p.print(PropositionEcrite.table(c, engine.referentiel()));
                case HTML -> p.print(PropositionEcrite.html(c, engine.referentiel()));
                case JSON -> p.println(CotationJson.enTexte(c));
            }
            p.flush();
        } catch (IOException e) {
            err.println(sortie + ": impossible d'écrire la proposition : " + e.getMessage());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        for (String r : c.rejets()) {
            err.println("rejetée : " + r);
        }
        err.println("examinées: " + c.examinees() + ", adéquates: " + c.adequates() + ", proposées: "
                + c.proposes().size() + ", de peu: " + c.proches() + ", rejetées: " + (c.rejetees() + stock.rejetees()));
        return c.rejetees() + stock.rejetees() > 0 ? CodeSortie.DEMANDES_REJETEES : CodeSortie.OK;
    }

    /** The dwelling: the JSON file if any, completed or overridden by the options. */
    private Logement logement() throws IOException {
        Logement.Builder b = Logement.builder();
        if (fichierLogement != null) {
            Logement l;
            try (InputStream in = entreeStandard.ouvrir(fichierLogement)) {
                l = CotationJson.mapper().readValue(in, Logement.class);
            }
            b.reference(l.reference()).commune(l.commune()).typologie(l.typologie()).accessibilite(l.accessibilite())
                    .financement(l.financement()).qpv(l.qpv()).contingent(l.contingent()).zone(l.zone());
            if (l.surface() != null) {
                b.surface(l.surface().doubleValue());
            }
            if (l.etage() != null) {
                b.etage(l.etage(), l.ascenseur());
            }
            if (l.loyer() != null) {
                b.loyer(l.loyer().doubleValue(), l.charges().doubleValue());
            }
            ascenseur |= l.ascenseur();
            if (l.etage() != null && etage == null) {
                etage = l.etage();
            }
            if (l.loyer() != null) {
                loyer = loyer == null ? l.loyer().doubleValue() : loyer;
                charges = charges == null ? l.charges().doubleValue() : charges;
            }
            qpv |= l.qpv();
        }
        if (reference != null) {
            b.reference(reference);
        }
        if (commune != null) {
            b.commune(commune);
        }
        if (typologie != null) {
            b.typologie(typologie);
        }
        if (surface != null) {
            b.surface(surface);
        }
        if (etage != null) {
            b.etage(etage, ascenseur);
        }
        if (accessibilite != null) {
            b.accessibilite(accessibilite);
        }
        if (loyer != null) {
            b.loyer(loyer, charges == null ? 0 : charges);
        }
        if (financement != null) {
            b.financement(financement);
        }
        if (qpv) {
            b.qpv(true);
        }
        if (contingent != null) {
            b.contingent(contingent);
        }
        if (zone != null) {
            b.zone(zone);
        }
        return b.build();
    }
}
