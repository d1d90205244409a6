package fr.cotation.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.classement.Classement;
import fr.cotation.classement.DelaiAttente;
import fr.cotation.classement.DemandeInvalide;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.Position;
import fr.cotation.classement.ClassementResult;
import fr.cotation.demande.Bornes;
import fr.cotation.json.CotationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * {@code cotation classement}: ranks a stock among analogous demandes ({@link Classement}) and writes the
 * positionnement of every (demande, commune, typology), with each group's distribution of notes and délai d'attente
 * when an attribution history is given (art. R.441-2-17 CCH).
 */
@Command(name = "classement",
        header = "Classe un stock parmi les demandes analogues, avec les délais d'attente constatés.",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Cote chaque demande du stock dans chacune de ses communes souhaitées et la classe parmi les demandes "
                        + "analogues (par défaut : même typologie recherchée et même commune ; chaque grille peut "
                        + "choisir l'EPCI ou la tranche de ressources) : rang, demandes devant, taille du groupe, "
                        + "centile et quartile ; pour chaque groupe, la répartition des notes (déciles) et, avec "
                        + "--historique, le délai moyen et médian d'attente des attributions des 12 derniers mois "
                        + "(repli sur l'EPCI quand la commune en compte trop peu).",
                "",
                "Les demandes expirées (non renouvelées depuis un an ; pas celles dont le fichier ne donne pas la "
                        + "date de renouvellement, qui est alors inconnue), invalides ou en double sont écartées et "
                        + "comptées. La règle de départage des notes égales est écrite avec le classement.",
                "",
                "Les demandes qui ne nomment ni commune ni typologie, comme souvent au format national, sont classées "
                        + "dans les communes et pour les typologies données par --commune et --typologie."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:stock classé",
                "1:des demandes ou des lignes d'historique ont été rejetées ; les autres sont classées",
                "2:usage incorrect (dont une commune de --commune inconnue du référentiel)",
                "3:fichier illisible ou impossible à écrire",
                "4:packs de cotation : dossier sans pack.yaml, pack qui ne se charge pas ; rien n'est classé",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation classement --date 2025-06-30 stock.json",
                "  cotation classement --date 2025-06-30 --historique attributions.csv --territoire 06088 stock.json",
                "  cotation classement --date 2025-06-30 --format csv -o positions.csv stock.json"},
        sortOptions = false,
        usageHelpWidth = 100)
final class ClassementCommande implements Callable<Integer> {

    enum Format {
        TABLE, CSV, JSON
    }

    static final class ConvFormat implements ITypeConverter<Format> {
        @Override
        public Format convert(String s) {
            return Convertisseurs.enumere(Format.class, s, "format inconnu");
        }
    }

    @Option(names = {"-d", "--date"}, required = true, paramLabel = "AAAA-MM-JJ", converter = Convertisseurs.Date.class,
            description = "Date d'évaluation (obligatoire) : cotation, expiration et fenêtre des attributions.")
    private LocalDate date;

    @Option(names = "--historique", paramLabel = "FICHIER",
            description = "Historique des attributions (CSV dateDepot,dateAttribution,typologie,commune,mutation) pour "
                    + "les délais d'attente ; sans lui, les délais sont dits inconnus.")
    private Path historique;

    @Option(names = "--fenetre", paramLabel = "MOIS", defaultValue = "12",
            description = "Attributions comptées : celles des MOIS derniers mois (par défaut ${DEFAULT-VALUE}).")
    private int fenetre;

    @Option(names = "--minimum", paramLabel = "N", defaultValue = "5",
            description = "Attributions nécessaires pour donner un délai (par défaut ${DEFAULT-VALUE}) ; en deçà, le "
                    + "délai de l'EPCI est donné, en le disant.")
    private int minimum;

    @Option(names = "--territoire", paramLabel = "CODE",
            description = "Table : seulement les groupes de cette commune (INSEE) ou de cet EPCI (SIREN) ; répétable.")
    private List<String> territoires = new ArrayList<>();

    @Option(names = "--premiers", paramLabel = "N", defaultValue = "5",
            description = "Table : les N premiers de chaque groupe (par défaut ${DEFAULT-VALUE}).")
    private int premiers;

    @Option(names = {"-f", "--format"}, paramLabel = "table|csv|json", converter = ConvFormat.class, defaultValue = "table",
            description = "table lisible par groupe (par défaut), csv (une ligne par position) ou json (groupes, "
                    + "exclusions et positions).")
    private Format format;

    @Option(names = {"-e", "--entree"}, paramLabel = "json|csv|xml", converter = Convertisseurs.Entree.class,
            description = "Format des fichiers du stock ; par défaut d'après l'extension, sinon le contenu.")
    private FormatEntree entree;

    @Mixin
    private OptionsDemande options = new OptionsDemande();

    @Option(names = {"-p", "--packs"}, paramLabel = "DOSSIER",
            description = "Dossier de packs chargé en plus des packs embarqués ; répétable.")
    private List<Path> packs = new ArrayList<>();

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER", description = "Écrit le classement dans ce fichier.")
    private Path sortie;

    @Parameters(paramLabel = "STOCK", arity = "1..*",
            description = "Fichiers de demandes (.json, .csv, .xml) ou - pour l'entrée standard.")
    private List<Path> fichiers;

    private final FabriqueMoteur fabrique;
    private final BooleanSupplier terminal;
    private final PrintStream out;
    private final PrintStream err;
    private final EntreeStandard entreeStandard;

    ClassementCommande(FabriqueMoteur fabrique, EntreeStandard entreeStandard, BooleanSupplier terminal,
            PrintStream out, PrintStream err) {
        this.entreeStandard = entreeStandard;
        this.fabrique = fabrique;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (fenetre < 1 || minimum < 1 || premiers < 0) {
            err.println("classement : --fenetre et --minimum doivent valoir au moins 1, --premiers au moins 0");
            return CodeSortie.USAGE;
        }
        if (!EntreeStandard.uneFois("classement", err, fichiers, historique == null ? List.of() : List.of(historique))) {
            return CodeSortie.USAGE;
        }
        if (!StockFichiers.lisibles(fichiers, err) || (historique != null && !StockFichiers.lisibles(List.of(historique), err))) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        FichierAttributions.Lecture attributions = new FichierAttributions.Lecture(List.of(), List.of());
        if (historique != null) {
            try {
                attributions = FichierAttributions.lire(historique, entreeStandard);
            } catch (FichierIllisible e) {
                err.println(e.rejet().enLigne());
                return CodeSortie.FICHIER_ILLISIBLE;
            }
            attributions.rejets().forEach(err::println);
        }
        Progression progression = new Progression(err, terminal.getAsBoolean(), System::nanoTime, () -> 0, -1);
        progression.annoncer("chargement des grilles de cotation…");
        CotationEngine engine = fabrique.construire(packs);
        progression.effacer();
        if (!engine.problemesPacks().isEmpty()) {
            for (ProblemePack p : engine.problemesPacks()) {
                err.println(p);
            }
            err.println(engine.problemesPacks().size() + " problème(s) de pack de cotation : rien n'est classé");
            return CodeSortie.PACKS;
        }
        if (!options.communesConnues(engine.referentiel(), "classement", err)) {
            return CodeSortie.USAGE;
        }
        Classement classement = Classement.builder(engine).dateEvaluation(date).historique(attributions.attributions())
                .fenetre(Period.ofMonths(fenetre)).minimumAttributions(minimum).build();
        progression.demarrer();
        StockFichiers stock = new StockFichiers(fichiers, entree, err, n -> progression.avancer(n), entreeStandard);
        ClassementResult r = classement.classer(options.completer(stock));
        progression.effacer();
        try (OutputStream o = sortie == null ? new NonFerme(out) : Files.newOutputStream(sortie)) {
            switch (format) {
                case TABLE -> o.write(table(r).getBytes(StandardCharsets.UTF_8));
                case CSV -> csv(r, o);
                case JSON -> json(r, o);
            }
        } catch (IOException | UncheckedIOException e) {
            err.println(sortie + ": impossible d'écrire le classement : " + e.getMessage());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        for (DemandeInvalide d : r.exclusions().invalides()) {
            d.problemes().forEach(p -> err.println("demande " + Bornes.citer(d.numeroUnique()) + " : " + p.champ() + " = " + p.valeur()
                    + " : " + p.message()));
        }
        err.println("lues: " + r.demandesLues() + ", classées: " + r.demandesClassees() + ", positions: "
                + r.nombrePositions() + ", groupes: " + r.groupes().size() + ", écartées: " + exclusions(r)
                + (stock.rejetees() > 0 ? ", illisibles: " + stock.rejetees() : ""));
        if (stock.illisible()) {
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        boolean rejets = stock.rejetees() > 0 || !attributions.rejets().isEmpty()
                || r.exclusions().nombre(MotifExclusion.INVALIDE) > 0;
        return rejets ? CodeSortie.DEMANDES_REJETEES : CodeSortie.OK;
    }

    /** "3 expirées, 1 invalide…": the non-zero exclusions. */
    static String exclusions(ClassementResult r) {
        List<String> l = new ArrayList<>();
        r.exclusions().nombres().forEach((motif, n) -> {
            if (n > 0) {
                l.add(n + " " + switch (motif) {
                    case DOUBLON -> n == 1 ? "doublon" : "doublons";
                    case RADIEE -> n == 1 ? "radiée" : "radiées";
                    case EXPIREE -> n == 1 ? "expirée" : "expirées";
                    case INVALIDE -> n == 1 ? "invalide" : "invalides";
                    case SANS_GRILLE -> "commune(s) sans grille";
                    case ERREUR -> "cotation(s) en erreur";
                });
            }
        });
        return l.isEmpty() ? "aucune" : String.join(", ", l);
    }

    // ------------------------------------------------------------------------------------------------- table

    private String table(ClassementResult r) {
        StringBuilder b = new StringBuilder();
        b.append("Classement au ").append(r.dateEvaluation()).append(" : ").append(r.demandesClassees())
                .append(" demandes classées sur ").append(r.demandesLues()).append(" lues, ")
                .append(r.groupes().size()).append(" groupes de demandes analogues ; écartées : ").append(exclusions(r))
                .append('\n').append(r.regleDepartage()).append('\n');
        Map<GroupeAnalogue, List<Position>> tetes = new LinkedHashMap<>();
        if (premiers > 0) {
            r.forEachPosition(p -> {
                if (retenu(p.groupe())) {
                    List<Position> l = tetes.computeIfAbsent(p.groupe(), g -> new ArrayList<>());
                    if (l.size() < premiers) {
                        l.add(p);
                    }
                }
            });
        }
        for (GroupeAnalogue g : r.groupes()) {
            if (!retenu(g)) {
                continue;
            }
            b.append('\n').append(Textes.groupe(g)).append(" : ").append(g.taille())
                    .append(g.taille() == 1 ? " demande" : " demandes").append(" ; note médiane ")
                    .append(g.mediane().toPlainString()).append(" (1er décile ").append(g.deciles().get(1).toPlainString())
                    .append(", 9e décile ").append(g.deciles().get(9).toPlainString()).append(")\n");
            b.append("  délai d'attente : ").append(Textes.delai(g.delaiAttente(), historique != null)).append('\n');
            List<Position> l = tetes.getOrDefault(g, List.of());
            if (!l.isEmpty()) {
                b.append(String.format(Locale.ROOT, "  %5s  %6s  %-10s  %s%n", "rang", "note", "1er dépôt", "numéro unique"));
                for (Position p : l) {
                    b.append(String.format(Locale.ROOT, "  %5d  %6s  %-10s  %s%n", p.rang(), p.note().toPlainString(),
                            p.dateDepot(), p.numeroUnique()));
                }
            }
        }
        return b.toString();
    }

    private boolean retenu(GroupeAnalogue g) {
        return territoires.isEmpty() || territoires.contains(g.territoire());
    }

    // --------------------------------------------------------------------------------------------- csv, json

    /** One position, flat, as the CSV and JSON forms write it. */
    record LignePosition(String numeroUnique, String commune, String typologie, String analogie, String territoire,
                         String tranche, BigDecimal note, int rang, int devant, int noteSuperieure, int taille,
                         double percentile, int quartile) {
        static LignePosition de(Position p) {
            GroupeAnalogue g = p.groupe();
            return new LignePosition(p.numeroUnique(), p.commune(), p.typologie().code(), g.analogie().name(),
                    g.territoire(), g.tranche() == null ? null : String.valueOf(g.tranche().rang()), p.note(), p.rang(),
                    p.devant(), p.noteSuperieure(), p.taille(), Math.round(p.percentile() * 10) / 10.0, p.quartile());
        }

        /** The same, its texts {@linkplain CelluleCsv made inert} for a spreadsheet. */
        LignePosition neutre() {
            return new LignePosition(CelluleCsv.neutre(numeroUnique), CelluleCsv.neutre(commune), CelluleCsv.neutre(typologie),
                    analogie, CelluleCsv.neutre(territoire), tranche, note, rang, devant, noteSuperieure, taille, percentile,
                    quartile);
        }
    }

    private static void csv(ClassementResult r, OutputStream o) throws IOException {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = csv.schemaFor(LignePosition.class).withHeader();
        try (SequenceWriter w = csv.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(o)) {
            r.forEachPosition(p -> {
                try {
                    w.write(LignePosition.de(p).neutre());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void json(ClassementResult r, OutputStream o) throws IOException {
        ObjectMapper m = CotationJson.mapper();
        try (JsonGenerator g = m.getFactory().createGenerator(o).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("dateEvaluation", r.dateEvaluation().toString());
            g.writeStringField("regleDepartage", r.regleDepartage());
            g.writeNumberField("demandesLues", r.demandesLues());
            g.writeNumberField("demandesClassees", r.demandesClassees());
            g.writeFieldName("exclusions");
            m.writeValue(g, r.exclusions());
            g.writeFieldName("groupes");
            m.writeValue(g, r.groupes());
            g.writeArrayFieldStart("positions");
            r.forEachPosition(p -> {
                try {
                    m.writeValue(g, LignePosition.de(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
