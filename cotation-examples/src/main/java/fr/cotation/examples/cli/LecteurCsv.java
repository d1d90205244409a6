package fr.cotation.examples.cli;

import fr.cotation.demande.Adulte;
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
import fr.cotation.demande.Bornes;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flat CSV form of a simple demande, one line per demande (documented in {@code docs/cli.md}): a header
 * naming the columns (any order, optional ones may be left out), comma-separated, UTF-8, lines starting with
 * {@code #} ignored. Lists inside a cell are separated by spaces; a resource is {@code NATURE=montant}. Codes
 * are the constant names of the JSON form ({@code LOCATAIRE_PRIVE}) or the national codes ({@code LP}).
 * Every declaration is {@code DECLAREE}.
 *
 * <p>The file is read a line at a time and each record parsed alone: a record is a line, or several when a
 * quoted cell holds line breaks. A quote left open spoils its own line only: when the lines that follow do not
 * close it into a record of the header's width (within {@value #LIGNES_MAX} lines), the line is rejected and the
 * reading starts again at the next one. A line longer than {@value #LIGNE_MAX} characters, a number longer than
 * {@value #NOMBRE_MAX} characters or of unbounded size ({@code 1e400000000}) is an error of its record.
 */
final class LecteurCsv implements LecteurDemandes {
    /** Every column, in the documented order. */
    static final List<String> COLONNES = List.of("numeroUnique", "dateDepot", "dateRenouvellement", "dateNaissance",
            "situationFamiliale", "contrat", "communeTravail", "ressources", "cotitulaireDateNaissance",
            "cotitulaireLien", "cotitulaireContrat", "cotitulaireCommuneTravail", "cotitulaireRessources", "enfants",
            "naissancesAttendues", "logement", "communeLogement", "loyer", "occupants", "typeLogement", "surface",
            "motifs", "typologies", "communes", "dalo", "mutation");
    /** The columns a file must have. */
    static final Set<String> OBLIGATOIRES = new LinkedHashSet<>(List.of("numeroUnique", "dateDepot", "dateNaissance",
            "logement"));

    /** Characters of one line at most ({@link RangeesCsv}). */
    static final int LIGNE_MAX = RangeesCsv.LIGNE_MAX;
    /** Lines a quoted cell may join into one record ({@link RangeesCsv}). */
    static final int LIGNES_MAX = RangeesCsv.LIGNES_MAX;
    /** Characters of a number at most, before it is parsed. */
    static final int NOMBRE_MAX = 50;

    private final String fichier;
    private final RangeesCsv rangees;
    private final List<String> entete;
    private int rang;

    LecteurCsv(String fichier, Reader in) throws FichierIllisible {
        this.fichier = fichier;
        this.rangees = new RangeesCsv(fichier, in);
        long[] ligne = new long[1];
        List<String> e;
        try {
            Object r = rangees.rangee(ligne);
            e = r instanceof List<?> l ? l.stream().map(String::valueOf).toList() : null;
            if (r instanceof Rejet rejet) {
                throw new FichierIllisible(fichier, rejet.ligne(), 0, "en-tête illisible : " + rejet.message(), null);
            }
        } catch (IOException x) {
            throw new FichierIllisible(fichier, rangees.ligneCourante(), 0, "lecture impossible : " + x.getMessage(), x);
        }
        entete = e;
        if (entete == null) {
            throw new FichierIllisible(fichier, 1, 0, "fichier vide : une ligne d'en-tête nommant les colonnes est "
                    + "attendue (docs/cli.md)", null);
        }
        rangees.largeur(entete.size());
        Set<String> vues = new HashSet<>();
        for (int i = 0; i < entete.size(); i++) {
            String c = entete.get(i);
            if (!COLONNES.contains(c) && c.contains(";")) {
                throw new FichierIllisible(fichier, 1, i + 1, "colonne inconnue « " + c + " » : le séparateur des "
                        + "colonnes est la virgule, pas le point-virgule (docs/cli.md)", null);
            }
            if (!COLONNES.contains(c)) {
                throw new FichierIllisible(fichier, 1, i + 1, "colonne inconnue « " + c + " » (colonnes possibles : "
                        + String.join(", ", COLONNES) + ")", null);
            }
            if (!vues.add(c)) {
                throw new FichierIllisible(fichier, 1, i + 1, "colonne « " + c + " » en double", null);
            }
        }
        for (String o : OBLIGATOIRES) {
            if (!vues.contains(o)) {
                throw new FichierIllisible(fichier, 1, 0, "colonne obligatoire absente de l'en-tête : " + o, null);
            }
        }
    }

    @Override
    public Lu suivant() throws FichierIllisible {
        long[] ligne = new long[1];
        List<String> cellules;
        try {
            Object r = rangees.rangee(ligne);
            if (r == null) {
                return null;
            }
            rang++;
            if (r instanceof Rejet rejet) {
                return Lu.rejete(fichier, rejet.ligne(), 0, rang, List.of(new Rejet(fichier, rejet.ligne(), 0,
                        "n° " + rang, null, null, rejet.message(), null)));
            }
            cellules = ((List<?>) r).stream().map(String::valueOf).toList();
        } catch (IOException e) {
            throw new FichierIllisible(fichier, rangees.ligneCourante(), 0, "lecture impossible : " + e.getMessage(), e);
        }
        if (cellules.size() != entete.size()) {
            int n = entete.indexOf("numeroUnique");
            String numero = n < cellules.size() ? cellules.get(n).strip() : null;
            return Lu.rejete(fichier, ligne[0], 0, rang, List.of(new Rejet(fichier, ligne[0], 0,
                    numero == null || numero.isBlank() ? "n° " + rang : numero, null, null,
                    cellules.size() + " cellules pour " + entete.size() + " colonnes d'en-tête", null)));
        }
        Map<String, String> valeurs = new HashMap<>();
        for (int i = 0; i < entete.size(); i++) {
            valeurs.put(entete.get(i), cellules.get(i).strip());
        }
        return new Ligne(valeurs, ligne[0]).lire();
    }

    @Override
    public void close() throws IOException {
        rangees.close();
    }

    /** One row of cells, mapped to a demande; every faulty cell is a rejet naming its column. */
    private final class Ligne {
        private final Map<String, String> v;
        private final long ligne;
        private final List<Rejet> rejets = new ArrayList<>();
        private final String numero;

        Ligne(Map<String, String> v, long ligne) {
            this.v = v;
            this.ligne = ligne;
            String n = v.get("numeroUnique");
            this.numero = n == null || n.isEmpty() ? null : n;
        }

        Lu lire() {
            if (numero == null) {
                erreur("numeroUnique", "", "numéro unique absent");
            }
            Demande.Builder b = Demande.builder().numeroUnique(numero)
                    .deposeeLe(date("dateDepot", true))
                    .renouveleeLe(date("dateRenouvellement", false));
            b.demandeur(adulte("dateNaissance", "situationFamiliale", "contrat", "communeTravail", "ressources", true));
            if (!vide("cotitulaireDateNaissance") || !vide("cotitulaireLien")) {
                Adulte co = adulte("cotitulaireDateNaissance", null, "cotitulaireContrat", "cotitulaireCommuneTravail",
                        "cotitulaireRessources", true);
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
            if (!rejets.isEmpty()) {
                return Lu.rejete(fichier, ligne, 0, rang, rejets);
            }
            return Lu.demande(fichier, ligne, 0, rang, b.build(), List.of());
        }

        private Adulte adulte(String naissance, String famille, String contrat, String travail, String ressources,
                              boolean naissanceObligatoire) {
            LocalDate n = date(naissance, naissanceObligatoire);
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
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                erreur(colonne, s, LecteurJson.formatInvalide(LocalDate.class, s));
                return null;
            }
        }

        private BigDecimal montant(String colonne) {
            return vide(colonne) ? null : nombre(colonne, v.get(colonne));
        }

        private BigDecimal nombre(String colonne, String s) {
            if (s.length() > NOMBRE_MAX) { // before parsing: a million digits cost seconds to read
                erreur(colonne, s, "nombre de plus de " + NOMBRE_MAX + " caractères");
                return null;
            }
            try {
                BigDecimal n = new BigDecimal(s);
                if (!Bornes.lisible(n)) {
                    erreur(colonne, s, Bornes.pourquoiIllisible(n));
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                erreur(colonne, s, "nombre attendu, avec un point décimal (par exemple 760 ou 760.50)");
                return null;
            }
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
            return switch (v.get(colonne).toLowerCase(java.util.Locale.ROOT)) {
                case "oui", "true", "1" -> true;
                case "non", "false", "0" -> false;
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
            rejets.add(new Rejet(fichier, ligne, 0, numero == null ? "n° " + rang : numero, colonne, valeur, message,
                    null));
        }
    }
}
