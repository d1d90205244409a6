package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.cotation.bilan.AttributionCaleol;
import fr.cotation.bilan.ConventionFlux;
import fr.cotation.bilan.DonneesBilan;
import fr.cotation.bilan.LogementLibere;
import fr.cotation.bilan.MenageAttributaire;
import fr.cotation.bilan.SeuilPremierQuartile;
import fr.cotation.bilan.TypeReservataire;
import fr.cotation.csv.CsvWriter;
import fr.cotation.csv.FormatCsv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The input files of {@code cotation bilan} (documented in {@code docs/bilan-attributions.md}): one file per kind of
 * record, CSV (header naming the columns in any order, separated by {@code ,} or {@code ;}, UTF-8 with or without
 * BOM, a decimal comma accepted, lines starting with {@code #} ignored) or JSON (an array of objects with the same
 * names). A record that cannot be read is rejected with its file and line (or element) and the others are kept;
 * a file that cannot be read at all is a {@link Illisible}.
 */
final class FichiersBilan {
    /** A kind of input file: its name, its columns (the record's fields), the optional ones. */
    enum Sorte {
        CONVENTIONS("conventions", List.of("identifiant", "typeReservataire", "reservataire", "bailleur", "epci",
                "perimetre", "liberes12Mois", "deduits", "part"), Set.of("deduits")),
        LOGEMENTS("logements", List.of("reference", "bailleur", "commune", "epci", "qpv", "convention"),
                Set.of("commune", "convention")),
        DEMANDES("demandes", List.of("numero", "dalo", "prioritaire", "ressourcesParUc",
                "relogeRenouvellementUrbain"), Set.of("ressourcesParUc", "relogeRenouvellementUrbain")),
        ATTRIBUTIONS("attributions", List.of("identifiant", "logement", "demande", "date", "bailSigne"), Set.of()),
        SEUILS("seuils", List.of("epci", "dateEffet", "montant", "source"), Set.of());

        final String nom;
        final List<String> colonnes;
        final Set<String> facultatives;

        Sorte(String nom, List<String> colonnes, Set<String> facultatives) {
            this.nom = nom;
            this.colonnes = colonnes;
            this.facultatives = facultatives;
        }
    }

    /** A file that cannot be read at all (absent, not CSV nor JSON, columns missing or unknown). */
    static final class Illisible extends Exception {
        Illisible(String message) {
            super(message);
        }
    }

    /** The records read and the lines rejected, each "fichier:ligne : message". */
    record Lu<T>(List<T> valeurs, List<String> rejets) {
    }

    private FichiersBilan() {
    }

    /** The file of {@code sorte} in {@code dossier}: {@code nom.csv} or {@code nom.json}; {@code null} if neither. */
    static Path dans(Path dossier, Sorte sorte) {
        for (String ext : List.of(".csv", ".json")) {
            Path p = dossier.resolve(sorte.nom + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    static Lu<ConventionFlux> conventions(Path f) throws Illisible {
        return lire(f, Sorte.CONVENTIONS, r -> new ConventionFlux(r.texte("identifiant"),
                TypeReservataire.lire(r.texte("typeReservataire")), r.texte("reservataire"), r.texte("bailleur"),
                r.texte("epci"), r.entier("perimetre"), r.entier("liberes12Mois"),
                r.texte("deduits") == null ? 0 : r.entier("deduits"), r.decimal("part")), ConventionFlux::identifiant);
    }

    static Lu<LogementLibere> logements(Path f) throws Illisible {
        return lire(f, Sorte.LOGEMENTS, r -> new LogementLibere(r.texte("reference"), r.texte("bailleur"),
                r.texte("commune"), r.texte("epci"), r.booleen("qpv"), r.texte("convention")),
                LogementLibere::reference);
    }

    static Lu<MenageAttributaire> demandes(Path f) throws Illisible {
        return lire(f, Sorte.DEMANDES, r -> new MenageAttributaire(r.texte("numero"), r.booleen("dalo"),
                r.booleen("prioritaire"), r.texte("ressourcesParUc") == null ? null : r.decimal("ressourcesParUc"),
                r.texte("relogeRenouvellementUrbain") != null && r.booleen("relogeRenouvellementUrbain")),
                MenageAttributaire::numero);
    }

    static Lu<AttributionCaleol> attributions(Path f) throws Illisible {
        return lire(f, Sorte.ATTRIBUTIONS, r -> new AttributionCaleol(r.texte("identifiant"), r.texte("logement"),
                r.texte("demande"), r.date("date"), r.booleen("bailSigne")), AttributionCaleol::identifiant);
    }

    static Lu<SeuilPremierQuartile> seuils(Path f) throws Illisible {
        return lire(f, Sorte.SEUILS, r -> new SeuilPremierQuartile(r.texte("epci"), r.date("dateEffet"),
                r.decimal("montant"), r.texte("source")), s -> s.epci() + " " + s.dateEffet());
    }

    /** One record's cells by column name; each reader names the column and the value it cannot read. */
    record Ligne(Map<String, String> cellules) {
        String texte(String colonne) {
            String v = cellules.get(colonne);
            return v == null || v.isBlank() ? null : v.strip();
        }

        private String requis(String colonne) {
            String v = texte(colonne);
            if (v == null) {
                throw new IllegalArgumentException(colonne + " absent");
            }
            return v;
        }

        int entier(String colonne) {
            String v = requis(colonne);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(colonne + " : nombre entier attendu, lu " + v);
            }
        }

        BigDecimal decimal(String colonne) {
            String v = requis(colonne);
            try {
                return new BigDecimal(v.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(colonne + " : nombre attendu, lu " + v);
            }
        }

        boolean booleen(String colonne) {
            String v = requis(colonne).toLowerCase(Locale.ROOT);
            return switch (v) {
                case "true", "oui", "vrai", "1", "o" -> true;
                case "false", "non", "faux", "0", "n" -> false;
                default -> throw new IllegalArgumentException(colonne + " : oui ou non attendu, lu " + v);
            };
        }

        LocalDate date(String colonne) {
            String v = requis(colonne);
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(colonne + " : date AAAA-MM-JJ attendue, lu " + v);
            }
        }
    }

    private static <T> Lu<T> lire(Path f, Sorte sorte, Function<Ligne, T> lecture, Function<T, String> cle)
            throws Illisible {
        String texte;
        try {
            texte = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Illisible(f + " : illisible (" + e.getClass().getSimpleName() + " " + e.getMessage() + ")");
        }
        if (texte.startsWith("\uFEFF")) {
            texte = texte.substring(1);
        }
        List<Map.Entry<String, Map<String, String>>> lignes = f.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? json(f, texte) : csv(f, texte, sorte);
        List<T> valeurs = new ArrayList<>();
        List<String> rejets = new ArrayList<>();
        Set<String> vus = new HashSet<>();
        for (Map.Entry<String, Map<String, String>> l : lignes) {
            Set<String> inconnues = new HashSet<>(l.getValue().keySet());
            sorte.colonnes.forEach(inconnues::remove);
            try {
                if (!inconnues.isEmpty()) {
                    throw new IllegalArgumentException("champs inconnus : " + String.join(", ", inconnues.stream()
                            .sorted().toList()) + " (attendus : " + String.join(", ", sorte.colonnes) + ")");
                }
                T v = lecture.apply(new Ligne(l.getValue()));
                if (!vus.add(cle.apply(v))) {
                    throw new IllegalArgumentException("en double : " + cle.apply(v) + " (la première est gardée)");
                }
                valeurs.add(v);
            } catch (IllegalArgumentException e) {
                rejets.add(f + ":" + l.getKey() + " : " + e.getMessage());
            }
        }
        return new Lu<>(valeurs, rejets);
    }

    /** Rows of a CSV file keyed by "line N", after checking its header. */
    private static List<Map.Entry<String, Map<String, String>>> csv(Path f, String texte, Sorte sorte)
            throws Illisible {
        String premiere = texte.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                .orElseThrow(() -> new Illisible(f + " : fichier vide (une ligne d'en-tête est attendue)"));
        char separateur = premiere.indexOf(';') >= 0 && premiere.indexOf(',') < 0 ? ';' : ',';
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separateur).withComments();
        List<Map.Entry<String, Map<String, String>>> out = new ArrayList<>();
        try (Reader r = new StringReader(texte);
             MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                     .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(r)) {
            List<String> entete = null;
            while (it.hasNextValue()) {
                List<String> cellules = it.nextValue();
                int ligne = it.getParser().currentTokenLocation().getLineNr();
                if (cellules.size() == 1 && cellules.get(0).isBlank()) {
                    continue;
                }
                if (entete == null) {
                    entete = cellules.stream().map(String::strip).toList();
                    verifierEntete(f, sorte, entete);
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < cellules.size(); i++) {
                    m.put(i < entete.size() ? entete.get(i) : "colonne " + (i + 1), cellules.get(i));
                }
                out.add(Map.entry("ligne " + ligne, m));
            }
        } catch (IOException | RuntimeException e) {
            throw new Illisible(f + " : CSV mal formé (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return out;
    }

    private static void verifierEntete(Path f, Sorte sorte, List<String> entete) throws Illisible {
        List<String> absentes = sorte.colonnes.stream().filter(c -> !sorte.facultatives.contains(c)
                && !entete.contains(c)).toList();
        List<String> inconnues = entete.stream().filter(c -> !sorte.colonnes.contains(c)).toList();
        if (!absentes.isEmpty() || !inconnues.isEmpty()) {
            throw new Illisible(f + " : en-tête" + (absentes.isEmpty() ? "" : ", colonnes absentes : "
                    + String.join(", ", absentes)) + (inconnues.isEmpty() ? "" : ", colonnes inconnues : "
                    + String.join(", ", inconnues)) + " (attendues : " + String.join(", ", sorte.colonnes) + ")");
        }
    }

    /** Elements of a JSON array keyed by "element N" (from 1). */
    private static List<Map.Entry<String, Map<String, String>>> json(Path f, String texte) throws Illisible {
        JsonNode racine;
        try {
            racine = new ObjectMapper().readTree(texte);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Illisible(f + " : JSON mal formé (" + e.getOriginalMessage() + ")");
        }
        if (racine == null || !racine.isArray()) {
            throw new Illisible(f + " : un tableau JSON d'objets est attendu");
        }
        List<Map.Entry<String, Map<String, String>>> out = new ArrayList<>();
        int n = 0;
        for (JsonNode e : racine) {
            n++;
            Map<String, String> m = new LinkedHashMap<>();
            if (e.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> c = it.next();
                    m.put(c.getKey(), c.getValue().isNull() ? null
                            : c.getValue().isValueNode() ? c.getValue().asText() : c.getValue().toString());
                }
            } else {
                m.put("(élément)", e.toString());
            }
            out.add(Map.entry("élément " + n, m));
        }
        return out;
    }

    /**
     * Writes {@code d} as the five CSV input files into {@code dossier} (created if needed), in the French
     * spreadsheets' form ({@link FormatCsv#FRANCAIS}) the reader above takes.
     */
    static void ecrire(DonneesBilan d, Path dossier) throws IOException {
        Files.createDirectories(dossier);
        ecrire(dossier, Sorte.CONVENTIONS, d.conventions(), c -> List.of(c.identifiant(), c.typeReservataire().name(),
                c.reservataire(), c.bailleur(), c.epci(), c.perimetre(), c.liberes12Mois(), c.deduits(),
                c.part()));
        ecrire(dossier, Sorte.LOGEMENTS, d.logements(), l -> List.of(l.reference(), l.bailleur(),
                l.commune() == null ? "" : l.commune(), l.epci(), l.qpv(), l.convention() == null ? "" : l.convention()));
        ecrire(dossier, Sorte.DEMANDES, d.menages(), m -> List.of(m.numero(), m.dalo(), m.prioritaire(),
                m.ressourcesParUc() == null ? "" : m.ressourcesParUc(), m.relogeRenouvellementUrbain()));
        ecrire(dossier, Sorte.ATTRIBUTIONS, d.attributions(), a -> List.of(a.identifiant(), a.logement(), a.demande(),
                a.date(), a.bailSigne()));
        ecrire(dossier, Sorte.SEUILS, d.seuils(), s -> List.of(s.epci(), s.dateEffet(), s.montant(),
                s.source()));
    }

    private static <T> void ecrire(Path dossier, Sorte sorte, List<T> valeurs, Function<T, List<Object>> cellules)
            throws IOException {
        try (CsvWriter w = new CsvWriter(Files.newOutputStream(dossier.resolve(sorte.nom + ".csv")),
                FormatCsv.FRANCAIS)) {
            w.ligne(sorte.colonnes);
            for (T v : valeurs) {
                w.ligne(cellules.apply(v));
            }
        }
    }
}
