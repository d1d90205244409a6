package fr.cotation.csv;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.Bornes;
import fr.cotation.demande.CodeNational;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.SituationFamiliale;
import fr.cotation.demande.SituationProfessionnelle;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the flat CSV form of simple demandes, one record per demande (documented in {@code docs/formats-csv.md}): a
 * header naming the columns (any order, optional ones may be left out), UTF-8 with or without a byte order mark,
 * lines starting with {@code #} ignored. The separator is {@code ;} (French spreadsheets, {@link FormatCsv#FRANCAIS})
 * or {@code ,}, read from the header. Lists inside a cell are separated by spaces; a resource is
 * {@code NATURE=montant}. A number takes either decimal mark ({@code 760,50} or {@code 760.50}), a date the form
 * {@code AAAA-MM-JJ} or {@code JJ/MM/AAAA} (a French spreadsheet rewrites dates so). Codes are the constant names of
 * the JSON form ({@code LOCATAIRE_PRIVE}) or the national codes ({@code LP}). Every declaration is {@code DECLAREE}.
 *
 * <pre>{@code
 * try (DemandeCsvReader r = DemandeCsvReader.ouvrir(Files.newInputStream(fichier))) {
 *     for (LectureCsv l = r.suivante(); l != null; l = r.suivante()) {
 *         if (l.lue()) {
 *             engine.coter(l.demande(), date);
 *         } else {
 *             l.erreurs().forEach(e -> System.err.println(fichier + ":" + e));  // ligne: colonne = valeur : message
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The file is read a line at a time and each record parsed alone: a record is a line, or several when a quoted
 * cell holds line breaks. A quote left open spoils its own line only: when the lines that follow do not close it into
 * a record of the header's width (within {@value #LIGNES_MAX} lines), the line is rejected and the reading starts
 * again at the next one. A line longer than {@value #LIGNE_MAX} characters, a number longer than
 * {@value #NOMBRE_MAX} characters or of unbounded size ({@code 1e400000000}) is an error of its record, and the next
 * record is read. Not thread-safe.
 */
public final class DemandeCsvReader implements Closeable {
    /** Every column, in the documented order. */
    public static final List<String> COLONNES = List.of("numeroUnique", "dateDepot", "dateRenouvellement",
            "dateNaissance", "situationFamiliale", "contrat", "communeTravail", "ressources",
            "cotitulaireDateNaissance", "cotitulaireLien", "cotitulaireContrat", "cotitulaireCommuneTravail",
            "cotitulaireRessources", "enfants", "naissancesAttendues", "logement", "communeLogement", "loyer",
            "occupants", "typeLogement", "surface", "motifs", "typologies", "communes", "dalo", "mutation");
    /** The columns a file must have. */
    public static final Set<String> OBLIGATOIRES = Set.copyOf(new LinkedHashSet<>(List.of("numeroUnique", "dateDepot",
            "dateNaissance", "logement")));

    /** Characters of one line at most. */
    public static final int LIGNE_MAX = RangeesCsv.LIGNE_MAX;
    /** Lines a quoted cell may join into one record. */
    public static final int LIGNES_MAX = RangeesCsv.LIGNES_MAX;
    /** Characters of a number at most, before it is parsed. */
    public static final int NOMBRE_MAX = 50;

    private static final DateTimeFormatter DATE_FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRANCAISE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    private final RangeesCsv rangees;
    private final List<String> entete;
    private int rang;

    private DemandeCsvReader(RangeesCsv rangees, List<String> entete) {
        this.rangees = rangees;
        this.entete = entete;
    }

    /**
     * Opens a file of UTF-8 bytes (a byte order mark first is skipped) and reads its header.
     *
     * @throws DocumentCsvIllisible when the file is empty, or its header names an unknown or doubled column or lacks
     *                              a required one ({@link #OBLIGATOIRES})
     */
    public static DemandeCsvReader ouvrir(InputStream in) throws DocumentCsvIllisible {
        return ouvrir(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Opens a file of text (a U+FEFF first is skipped) and reads its header.
     *
     * @throws DocumentCsvIllisible when the file is empty, or its header names an unknown or doubled column or lacks
     *                              a required one ({@link #OBLIGATOIRES})
     */
    public static DemandeCsvReader ouvrir(Reader in) throws DocumentCsvIllisible {
        RangeesCsv rangees = new RangeesCsv(in);
        RangeesCsv.Rangee r;
        try {
            r = rangees.rangee();
        } catch (IOException x) {
            throw new DocumentCsvIllisible("lecture impossible : " + x.getMessage(), rangees.ligneCourante(), 0, x);
        }
        if (r == null) {
            throw new DocumentCsvIllisible("fichier vide : une ligne d'en-tête nommant les colonnes est attendue "
                    + "(docs/formats-csv.md)", 1, 0, null);
        }
        if (r.cellules() == null) {
            throw new DocumentCsvIllisible("en-tête illisible : " + r.erreur(), r.ligne(), 0, null);
        }
        List<String> entete = r.cellules().stream().map(String::strip).toList();
        rangees.largeur(entete.size());
        Set<String> vues = new HashSet<>();
        for (int i = 0; i < entete.size(); i++) {
            String c = entete.get(i);
            if (!COLONNES.contains(c)) {
                throw new DocumentCsvIllisible("colonne inconnue « " + Bornes.citer(c) + " » (colonnes possibles : "
                        + String.join(", ", COLONNES) + ")", r.ligne(), i + 1, null);
            }
            if (!vues.add(c)) {
                throw new DocumentCsvIllisible("colonne « " + c + " » en double", r.ligne(), i + 1, null);
            }
        }
        for (String o : COLONNES) {
            if (OBLIGATOIRES.contains(o) && !vues.contains(o)) {
                throw new DocumentCsvIllisible("colonne obligatoire absente de l'en-tête : " + o, r.ligne(), 0, null);
            }
        }
        return new DemandeCsvReader(rangees, entete);
    }

    /** The column separator read from the header: {@code ;} or {@code ,}. */
    public char separateur() {
        return rangees.separateur();
    }

    /**
     * The next record, read or with its errors; {@code null} at the end of the file.
     *
     * @throws DocumentCsvIllisible when the stream under the reader fails
     */
    public LectureCsv suivante() throws DocumentCsvIllisible {
        RangeesCsv.Rangee r;
        try {
            r = rangees.rangee();
        } catch (IOException e) {
            throw new DocumentCsvIllisible("lecture impossible : " + e.getMessage(), rangees.ligneCourante(), 0, e);
        }
        if (r == null) {
            return null;
        }
        rang++;
        if (r.cellules() == null) {
            return new LectureCsv(r.ligne(), rang, null, null, List.of(new ErreurCsv(r.ligne(), null, null,
                    r.erreur())));
        }
        List<String> cellules = r.cellules();
        if (cellules.size() != entete.size()) {
            int n = entete.indexOf("numeroUnique");
            String numero = n < cellules.size() ? cellules.get(n).strip() : null;
            return new LectureCsv(r.ligne(), rang, numero == null || numero.isBlank() ? null : numero, null,
                    List.of(new ErreurCsv(r.ligne(), null, null, cellules.size() + " cellules pour " + entete.size()
                            + " colonnes d'en-tête")));
        }
        Map<String, String> valeurs = new HashMap<>();
        for (int i = 0; i < entete.size(); i++) {
            valeurs.put(entete.get(i), cellules.get(i).strip());
        }
        return new Ligne(valeurs, r.ligne()).lire();
    }

    /** Every remaining record of the file (for small files; use {@link #suivante()} to stream). */
    public List<LectureCsv> toutes() throws DocumentCsvIllisible {
        List<LectureCsv> l = new ArrayList<>();
        for (LectureCsv x = suivante(); x != null; x = suivante()) {
            l.add(x);
        }
        return l;
    }

    @Override
    public void close() throws IOException {
        rangees.close();
    }

    /**
     * A date cell: {@code AAAA-MM-JJ}, or {@code JJ/MM/AAAA} as a French spreadsheet rewrites it; {@code null} with
     * {@code erreur} told why when it is neither or not a day of the calendar.
     */
    static LocalDate date(String s, java.util.function.Consumer<String> erreur) {
        try {
            return FRANCAISE.matcher(s).matches() ? LocalDate.parse(s, DATE_FRANCAISE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            erreur.accept(ISO.matcher(s).matches() || FRANCAISE.matcher(s).matches()
                    ? "date impossible (ce jour n'existe pas dans le calendrier)"
                    : "date attendue au format AAAA-MM-JJ ou JJ/MM/AAAA");
            return null;
        }
    }

    /** One row of cells, mapped to a demande; every faulty cell is an error naming its column. */
    private final class Ligne {
        private final Map<String, String> v;
        private final long ligne;
        private final List<ErreurCsv> erreurs = new ArrayList<>();
        private final String numero;

        Ligne(Map<String, String> v, long ligne) {
            this.v = v;
            this.ligne = ligne;
            String n = v.get("numeroUnique");
            this.numero = n == null || n.isEmpty() ? null : n;
        }

        LectureCsv lire() {
            if (numero == null) {
                erreur("numeroUnique", "", "numéro unique absent");
            }
            Demande.Builder b = Demande.builder().numeroUnique(numero)
                    .deposeeLe(date("dateDepot", true))
                    .renouveleeLe(date("dateRenouvellement", false));
            b.demandeur(adulte("dateNaissance", "situationFamiliale", "contrat", "communeTravail", "ressources"));
            if (!vide("cotitulaireDateNaissance") || !vide("cotitulaireLien")) {
                Adulte co = adulte("cotitulaireDateNaissance", null, "cotitulaireContrat", "cotitulaireCommuneTravail",
                        "cotitulaireRessources");
                LienDemandeur lien = code("cotitulaireLien", LienDemandeur.class);
                if (lien == null && vide("cotitulaireLien")) {
                    erreur("cotitulaireLien", "", "lien du cotitulaire avec le demandeur absent (CONJOINT, PACSE, "
                            + "CONCUBIN, COLOCATAIRE)");
                }
                b.cotitulaire(co, lien);
            }
            for (String e : liste("enfants")) {
                LocalDate d = date("enfants", e);
                if (d != null) {
                    b.enfant(d);
                }
            }
            Integer naissances = entier("naissancesAttendues");
            b.naissancesAttendues(naissances == null ? 0 : naissances);
            ModeleLogement modele = code("logement", ModeleLogement.class);
            if (modele == null && vide("logement")) {
                erreur("logement", "", "logement actuel absent (LOCATAIRE_PRIVE, LOCATAIRE_HLM, SANS_ABRI…)");
            }
            String type = v.get("typeLogement");
            b.logementActuel(new LogementActuel(modele, texte("communeLogement"), montant("loyer"),
                    entier("occupants"), type == null || type.isEmpty() ? null : code("typeLogement", Typologie.class),
                    montant("surface"), null, Preuve.DECLAREE));
            for (String m : liste("motifs")) {
                MotifDemande motif = code("motifs", m, MotifDemande.class);
                if (motif != null) {
                    b.motif(motif);
                }
            }
            for (String t : liste("typologies")) {
                Typologie typo = code("typologies", t, Typologie.class);
                if (typo != null) {
                    b.typologies(typo);
                }
            }
            b.communesSouhaitees(liste("communes").toArray(String[]::new));
            StatutDalo dalo = code("dalo", StatutDalo.class);
            if (dalo != null) {
                b.dalo(dalo, null, Preuve.DECLAREE);
            }
            Boolean mutation = booleen("mutation");
            b.mutation(Boolean.TRUE.equals(mutation));
            if (!erreurs.isEmpty()) {
                return new LectureCsv(ligne, rang, numero, null, erreurs);
            }
            return new LectureCsv(ligne, rang, numero, b.build(), List.of());
        }

        private Adulte adulte(String naissance, String famille, String contrat, String travail, String ressources) {
            LocalDate n = date(naissance, true);
            SituationFamiliale sf = famille == null ? null : code(famille, SituationFamiliale.class);
            TypeContrat tc = code(contrat, TypeContrat.class);
            String commune = texte(travail);
            SituationProfessionnelle sp = tc == null && commune == null ? null
                    : new SituationProfessionnelle(tc, commune, null);
            List<Ressource> rs = new ArrayList<>();
            for (String r : liste(ressources)) {
                int egal = r.indexOf('=');
                if (egal <= 0) {
                    erreur(ressources, r, "ressource attendue sous la forme NATURE=montant (par exemple SALAIRE=1250)");
                    continue;
                }
                NatureRessource nature = code(ressources, r.substring(0, egal), NatureRessource.class);
                BigDecimal montant = nombre(ressources, r.substring(egal + 1));
                if (nature != null && montant != null) {
                    rs.add(new Ressource(nature, montant));
                }
            }
            return new Adulte(Identite.INCONNUE, n, sf, sp, rs, List.of());
        }

        private boolean vide(String colonne) {
            String s = v.get(colonne);
            return s == null || s.isEmpty();
        }

        private String texte(String colonne) {
            return vide(colonne) ? null : v.get(colonne);
        }

        private List<String> liste(String colonne) {
            return vide(colonne) ? List.of() : Arrays.asList(v.get(colonne).split("\\s+"));
        }

        private LocalDate date(String colonne, boolean obligatoire) {
            if (vide(colonne)) {
                if (obligatoire) {
                    erreur(colonne, "", "date absente");
                }
                return null;
            }
            return date(colonne, v.get(colonne));
        }

        private LocalDate date(String colonne, String s) {
            return DemandeCsvReader.date(s, m -> erreur(colonne, s, m));
        }

        private BigDecimal montant(String colonne) {
            return vide(colonne) ? null : nombre(colonne, v.get(colonne));
        }

        private BigDecimal nombre(String colonne, String s) {
            if (s.length() > NOMBRE_MAX) { // before parsing: a million digits cost seconds to read
                erreur(colonne, s, "nombre de plus de " + NOMBRE_MAX + " caractères");
                return null;
            }
            BigDecimal n = RangeesCsv.nombre(s);
            if (n == null) {
                erreur(colonne, s, "nombre attendu, avec une virgule ou un point décimal (par exemple 760, 760,50 ou "
                        + "760.50)");
                return null;
            }
            if (!Bornes.lisible(n)) {
                erreur(colonne, s, Bornes.pourquoiIllisible(n));
                return null;
            }
            return n;
        }

        private Integer entier(String colonne) {
            if (vide(colonne)) {
                return null;
            }
            try {
                return Integer.valueOf(v.get(colonne));
            } catch (NumberFormatException e) {
                erreur(colonne, v.get(colonne), v.get(colonne).matches("[-+]?\\d+") ? "nombre entier hors limites"
                        : "nombre entier attendu");
                return null;
            }
        }

        private Boolean booleen(String colonne) {
            if (vide(colonne)) {
                return null;
            }
            return switch (v.get(colonne).toLowerCase(Locale.ROOT)) {
                case "oui", "true", "vrai", "1" -> true;
                case "non", "false", "faux", "0" -> false;
                default -> {
                    erreur(colonne, v.get(colonne), "oui ou non attendu");
                    yield null;
                }
            };
        }

        private <E extends Enum<E> & CodeNational> E code(String colonne, Class<E> type) {
            return vide(colonne) ? null : code(colonne, v.get(colonne), type);
        }

        /** A constant by its name ({@code LOCATAIRE_PRIVE}) or by its national code ({@code LP}). */
        private <E extends Enum<E> & CodeNational> E code(String colonne, String s, Class<E> type) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            for (E e : type.getEnumConstants()) {
                if (e.code().equals(s)) {
                    return e;
                }
            }
            erreur(colonne, s, "code inconnu pour " + type.getSimpleName() + " (valeurs possibles : "
                    + Arrays.stream(type.getEnumConstants()).map(e -> e.name().equals(e.code()) ? e.name()
                    : e.name() + " ou " + e.code()).collect(Collectors.joining(", ")) + ")");
            return null;
        }

        private void erreur(String colonne, String valeur, String message) {
            erreurs.add(new ErreurCsv(ligne, colonne, valeur, message));
        }
    }
}
