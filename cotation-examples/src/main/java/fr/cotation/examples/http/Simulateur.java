package fr.cotation.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.demande.CodeNational;
import fr.cotation.demande.Demande;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Probleme;
import fr.cotation.demande.SituationFamiliale;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;
import fr.cotation.fiche.FicheCotation;
import fr.cotation.fiche.Fiches;
import fr.cotation.json.CotationJson;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.territoire.CommuneRef;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator page at {@code /}: a plain HTML form (no script, inline CSS only, labels, fieldsets and legends), sent
 * by POST and answered by a page with the points in each wished commune, every line explained, what is provisional
 * until proven and which documents prove it (the {@link FicheCotation} of the library), then the same form with the
 * values kept. Nothing typed is stored: the values live in the page only. Thread-safe.
 *
 * <p>The evaluation date is a field of the form, prefilled with the server's date ({@link Clock} given) and stated
 * on the result page: the points are those at that date.
 */
final class Simulateur {
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final Pattern DATE_FR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTANT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern ENTIER = Pattern.compile("\\d{1,2}");
    private static final Pattern CODE_ENTRE_PARENTHESES = Pattern.compile(".*\\((\\d[0-9AB]\\d{3})\\)\\s*");
    private static final Pattern CODE = Pattern.compile("\\d[0-9AB]\\d{3}");
    static final int ENFANTS = 6;
    static final int COMMUNES = Demande.COMMUNES_SOUHAITEES_MAX;
    /** Resources asked of a co-applicant (the applicant is asked every nature). */
    static final List<NatureRessource> RESSOURCES_COTITULAIRE = List.of(NatureRessource.SALAIRE,
            NatureRessource.CHOMAGE, NatureRessource.RETRAITE, NatureRessource.AUTRE);

    /** The label of each field, as the page and its errors name it. */
    static final Map<String, String> LIBELLES = new LinkedHashMap<>();

    static {
        LIBELLES.put("dateEvaluation", "Date de calcul des points");
        LIBELLES.put("dateDepot", "Date du premier dépôt de la demande");
        LIBELLES.put("dateRenouvellement", "Date du dernier renouvellement");
        LIBELLES.put("mutation", "Déjà locataire d'un logement social");
        LIBELLES.put("demandeurNaissance", "Votre date de naissance");
        LIBELLES.put("demandeurSituationFamiliale", "Votre situation familiale");
        LIBELLES.put("demandeurContrat", "Votre situation professionnelle");
        LIBELLES.put("demandeurCommuneTravail", "Commune où vous travaillez");
        for (NatureRessource n : NatureRessource.values()) {
            LIBELLES.put("ressource_" + n.name(), n.libelle());
        }
        LIBELLES.put("cotitulaireLien", "Lien avec vous");
        LIBELLES.put("cotitulaireNaissance", "Date de naissance du co-titulaire");
        LIBELLES.put("cotitulaireContrat", "Situation professionnelle du co-titulaire");
        LIBELLES.put("cotitulaireCommuneTravail", "Commune où travaille le co-titulaire");
        for (NatureRessource n : RESSOURCES_COTITULAIRE) {
            LIBELLES.put("cotitulaire_ressource_" + n.name(), n.libelle() + " du co-titulaire");
        }
        for (int i = 1; i <= ENFANTS; i++) {
            LIBELLES.put("enfant" + i, "Date de naissance de l'enfant " + i);
        }
        LIBELLES.put("naissancesAttendues", "Naissances attendues");
        LIBELLES.put("logementModele", "Votre logement actuel");
        LIBELLES.put("logementCommune", "Commune de votre logement actuel");
        LIBELLES.put("logementLoyer", "Loyer mensuel (charges comprises)");
        LIBELLES.put("logementOccupants", "Nombre de personnes qui y vivent");
        LIBELLES.put("logementType", "Type du logement actuel");
        LIBELLES.put("logementSurface", "Surface du logement actuel (m²)");
        LIBELLES.put("logementPreuve", "Justificatif du logement actuel");
        for (MotifDemande m : MotifDemande.values()) {
            LIBELLES.put("motif_" + m.name(), m.libelle());
        }
        LIBELLES.put("handicap", "Handicap d'une personne du ménage");
        LIBELLES.put("fauteuilRoulant", "Besoin d'un logement adapté au fauteuil roulant");
        LIBELLES.put("dalo", "Reconnaissance DALO (droit au logement opposable)");
        LIBELLES.put("daloPreuve", "Justificatif de la décision DALO");
        LIBELLES.put("typologie", "Typologies recherchées");
        for (int i = 1; i <= COMMUNES; i++) {
            LIBELLES.put("commune" + i, "Commune souhaitée " + i);
        }
    }

    private final Clock horloge;

    Simulateur(Clock horloge) {
        this.horloge = horloge;
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body, each name with its values in order. */
    static Map<String, List<String>> champs(String corps) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (corps.isEmpty()) {
            return m;
        }
        for (String paire : corps.split("&")) {
            int i = paire.indexOf('=');
            String nom = URLDecoder.decode(i < 0 ? paire : paire.substring(0, i), StandardCharsets.UTF_8);
            String valeur = i < 0 ? "" : URLDecoder.decode(paire.substring(i + 1), StandardCharsets.UTF_8);
            if (LIBELLES.containsKey(nom) && valeur.length() <= 200) {
                m.computeIfAbsent(nom, k -> new ArrayList<>()).add(valeur);
            }
        }
        return m;
    }

    /** The empty form, the evaluation date prefilled with today's. */
    String formulaire(CotationEngine engine) {
        Map<String, List<String>> valeurs = new LinkedHashMap<>();
        valeurs.put("dateEvaluation", List.of(LocalDate.now(horloge).format(FR)));
        return page(engine, valeurs, List.of(), null, null);
    }

    /** An error of the form: the field's name, and the sentence shown (it names the field and the value). */
    record Erreur(String champ, String message) {
    }

    /** The page answering a sent form: the results, or the errors, and the form with the values kept. */
    String resultat(CotationEngine engine, Map<String, List<String>> valeurs) {
        Lecture l = new Lecture(engine, valeurs);
        ObjectNode json = l.demande();
        LocalDate date = l.dateEvaluation();
        if (!l.erreurs.isEmpty()) {
            return page(engine, valeurs, l.erreurs, null, null);
        }
        Demande demande;
        try {
            demande = CotationJson.readerFor(Demande.class).<Demande>readValue(json);
        } catch (JsonProcessingException e) {
            ProblemeHttp.Erreur x = ErreursJson.champ(e);
            String champ = l.champDuChemin(x.champ());
            l.erreur(champ, libelle(champ, x.champ()) + " : " + x.message());
            return page(engine, valeurs, l.erreurs, null, null);
        } catch (java.io.IOException e) { // a tree in memory: nothing to read from a stream
            throw new java.io.UncheckedIOException(e);
        }
        List<Probleme> problemes = new ArrayList<>(engine.valider(demande, date));
        problemes.addAll(Routeur.communesInconnues(engine, demande));
        if (!problemes.isEmpty()) {
            for (Probleme p : problemes) {
                String champ = l.champDuChemin(p.champ());
                l.erreur(champ, libelle(champ, p.champ()) + (p.valeur() == null ? "" : " : « " + p.valeur() + " »")
                        + " : " + p.message());
            }
            return page(engine, valeurs, l.erreurs, null, null);
        }
        FicheCotation fiche = Fiches.builder(engine).dateEvaluation(date).build().fiche(demande);
        return page(engine, valeurs, List.of(), fiche, l.dateDonnee ? "la date choisie dans le formulaire"
                : "la date du jour du serveur, aucune date n'ayant été donnée");
    }

    private static String libelle(String champ, String chemin) {
        return champ != null && LIBELLES.containsKey(champ) ? LIBELLES.get(champ)
                : chemin == null ? "Demande" : "Champ " + chemin;
    }

    // ------------------------------------------------------------------ reading the form

    /** Reads the form into the JSON form of a demande, collecting the errors of the fields. */
    private final class Lecture {
        final CotationEngine engine;
        final Map<String, List<String>> v;
        final List<Erreur> erreurs = new ArrayList<>();
        /** JSON path (prefix) to the form field it comes from. */
        final Map<String, String> chemins = new LinkedHashMap<>();
        boolean dateDonnee;

        Lecture(CotationEngine engine, Map<String, List<String>> valeurs) {
            this.engine = engine;
            this.v = valeurs;
        }

        String val(String nom) {
            List<String> l = v.get(nom);
            return l == null || l.isEmpty() ? "" : l.get(0).strip();
        }

        void erreur(String champ, String message) {
            erreurs.add(new Erreur(champ, message));
        }

        String champDuChemin(String chemin) {
            if (chemin == null) {
                return null;
            }
            String meilleur = null;
            int longueur = -1;
            for (Map.Entry<String, String> e : chemins.entrySet()) {
                String k = e.getKey();
                if ((chemin.equals(k) || chemin.startsWith(k + ".") || chemin.startsWith(k + "["))
                        && k.length() > longueur) {
                    meilleur = e.getValue();
                    longueur = k.length();
                }
            }
            return meilleur;
        }

        LocalDate dateEvaluation() {
            String s = val("dateEvaluation");
            if (s.isEmpty()) {
                return LocalDate.now(horloge);
            }
            dateDonnee = true;
            LocalDate d = date("dateEvaluation");
            return d == null ? LocalDate.now(horloge) : d;
        }

        LocalDate date(String nom) {
            String s = val(nom);
            if (s.isEmpty()) {
                return null;
            }
            Matcher fr = DATE_FR.matcher(s);
            Matcher iso = DATE_ISO.matcher(s);
            try {
                if (fr.matches()) {
                    return LocalDate.of(Integer.parseInt(fr.group(3)), Integer.parseInt(fr.group(2)),
                            Integer.parseInt(fr.group(1)));
                }
                if (iso.matches()) {
                    return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                }
            } catch (DateTimeException e) {
                erreur(nom, LIBELLES.get(nom) + " : « " + s + " » n'est pas une date possible (ce jour n'existe pas "
                        + "dans le calendrier)");
                return null;
            }
            erreur(nom, LIBELLES.get(nom) + " : « " + s + " » n'est pas une date : écrivez-la jj/mm/aaaa, par "
                    + "exemple 15/09/2022");
            return null;
        }

        void date(ObjectNode o, String cle, String nom, String chemin) {
            chemins.put(chemin, nom);
            LocalDate d = date(nom);
            if (d != null) {
                o.put(cle, d.toString());
            }
        }

        BigDecimal montant(String nom) {
            String s = val(nom).replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.')
                    .replace("€", "");
            if (s.isEmpty()) {
                return null;
            }
            if (!MONTANT.matcher(s).matches()) {
                erreur(nom, LIBELLES.get(nom) + " : « " + val(nom) + " » n'est pas un montant : écrivez un nombre "
                        + "d'euros, par exemple 1250 ou 1250,50");
                return null;
            }
            return new BigDecimal(s);
        }

        Integer entier(String nom) {
            String s = val(nom);
            if (s.isEmpty()) {
                return null;
            }
            if (!ENTIER.matcher(s).matches()) {
                erreur(nom, LIBELLES.get(nom) + " : « " + s + " » n'est pas un nombre entier (0 à 99)");
                return null;
            }
            return Integer.parseInt(s);
        }

        /** A code of a list, {@code null} when empty; an error when not one of the list's. */
        <E extends Enum<E>> E code(String nom, Class<E> type) {
            String s = val(nom);
            if (s.isEmpty()) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            erreur(nom, LIBELLES.get(nom) + " : « " + s + " » n'est pas un choix de la liste");
            return null;
        }

        /** An INSEE code from "06088", "Nice (06088)" or "Nice"; {@code null} when empty. */
        String commune(String nom) {
            String s = val(nom);
            if (s.isEmpty()) {
                return null;
            }
            Matcher m = CODE_ENTRE_PARENTHESES.matcher(s);
            if (m.matches()) {
                return m.group(1);
            }
            if (CODE.matcher(s).matches()) {
                return s;
            }
            String cle = cleNom(s);
            List<CommuneRef> memes = engine.referentiel().communes().stream().filter(c -> c.nom() != null
                    && cleNom(c.nom()).equals(cle)).toList();
            if (memes.size() == 1) {
                return memes.get(0).code();
            }
            erreur(nom, LIBELLES.get(nom) + " : « " + s + " » " + (memes.isEmpty()
                    ? "n'est pas une commune connue : choisissez-la dans la liste ou donnez son code INSEE (5 caractères)"
                    : "désigne plusieurs communes : donnez son code INSEE, par exemple « " + memes.get(0).nom() + " ("
                    + memes.get(0).code() + ") »"));
            return null;
        }

        Preuve preuve(String nom) {
            return code(nom, Preuve.class);
        }

        ObjectNode adulte(String prefixe, String cheminAdulte, List<NatureRessource> natures, String prefixeRessource) {
            ObjectNode a = JsonNodeFactory.instance.objectNode();
            date(a, "dateNaissance", prefixe + "Naissance", cheminAdulte + ".dateNaissance");
            if (prefixe.equals("demandeur")) {
                SituationFamiliale sf = code("demandeurSituationFamiliale", SituationFamiliale.class);
                chemins.put(cheminAdulte + ".situationFamiliale", "demandeurSituationFamiliale");
                if (sf != null) {
                    a.put("situationFamiliale", sf.name());
                }
            }
            TypeContrat contrat = code(prefixe + "Contrat", TypeContrat.class);
            String travail = commune(prefixe + "CommuneTravail");
            chemins.put(cheminAdulte + ".situationProfessionnelle.contrat", prefixe + "Contrat");
            chemins.put(cheminAdulte + ".situationProfessionnelle.communeTravail", prefixe + "CommuneTravail");
            if (contrat != null || travail != null) {
                ObjectNode sp = a.putObject("situationProfessionnelle");
                if (contrat != null) {
                    sp.put("contrat", contrat.name());
                }
                if (travail != null) {
                    sp.put("communeTravail", travail);
                }
            }
            ArrayNode r = JsonNodeFactory.instance.arrayNode();
            for (NatureRessource n : natures) {
                String nom = prefixeRessource + n.name();
                BigDecimal m = montant(nom);
                if (m != null && m.signum() > 0) {
                    chemins.put(cheminAdulte + ".ressources[" + r.size() + "]", nom);
                    r.addObject().put("nature", n.name()).put("montantMensuel", m);
                }
            }
            if (!r.isEmpty()) {
                a.set("ressources", r);
            }
            return a;
        }

        /** The demande in its JSON form (docs/json.md). */
        ObjectNode demande() {
            ObjectNode d = JsonNodeFactory.instance.objectNode();
            d.put("numeroUnique", "SIMULATION");
            date(d, "dateDepot", "dateDepot", "dateDepot");
            date(d, "dateRenouvellement", "dateRenouvellement", "dateRenouvellement");
            if (val("dateDepot").isEmpty()) {
                erreur("dateDepot", LIBELLES.get("dateDepot") + " : champ obligatoire (l'ancienneté de la demande "
                        + "compte à partir de cette date)");
            }
            ObjectNode menage = d.putObject("menage");
            menage.set("demandeur", adulte("demandeur", "menage.demandeur", List.of(NatureRessource.values()),
                    "ressource_"));
            chemins.put("menage.demandeur", "demandeurNaissance");
            if (val("demandeurNaissance").isEmpty()) {
                erreur("demandeurNaissance", LIBELLES.get("demandeurNaissance") + " : champ obligatoire");
            }
            LienDemandeur lien = code("cotitulaireLien", LienDemandeur.class);
            chemins.put("menage.cotitulaires", "cotitulaireLien");
            if (lien != null) {
                ObjectNode c = menage.putArray("cotitulaires").addObject();
                c.set("personne", adulte("cotitulaire", "menage.cotitulaires[0].personne", RESSOURCES_COTITULAIRE,
                        "cotitulaire_ressource_"));
                c.put("lien", lien.name());
                if (val("cotitulaireNaissance").isEmpty()) {
                    erreur("cotitulaireNaissance", LIBELLES.get("cotitulaireNaissance") + " : champ obligatoire "
                            + "quand un lien est choisi");
                }
            } else if (!val("cotitulaireNaissance").isEmpty()) {
                erreur("cotitulaireLien", LIBELLES.get("cotitulaireLien") + " : choisissez le lien du co-titulaire "
                        + "dont vous avez donné la date de naissance");
            }
            ArrayNode enfants = JsonNodeFactory.instance.arrayNode();
            for (int i = 1; i <= ENFANTS; i++) {
                String nom = "enfant" + i;
                LocalDate n = date(nom);
                if (n != null) {
                    chemins.put("menage.personnesACharge[" + enfants.size() + "]", nom);
                    enfants.addObject().put("dateNaissance", n.toString()).put("lien", "ENFANT");
                }
            }
            if (!enfants.isEmpty()) {
                menage.set("personnesACharge", enfants);
            }
            Integer attendues = entier("naissancesAttendues");
            chemins.put("menage.naissancesAttendues", "naissancesAttendues");
            if (attendues != null && attendues > 0) {
                menage.put("naissancesAttendues", attendues);
            }
            ModeleLogement modele = code("logementModele", ModeleLogement.class);
            chemins.put("logementActuel", "logementModele");
            if (modele == null && val("logementModele").isEmpty()) {
                erreur("logementModele", LIBELLES.get("logementModele") + " : champ obligatoire");
            } else if (modele != null) {
                ObjectNode l = d.putObject("logementActuel");
                l.put("modele", modele.name());
                String commune = commune("logementCommune");
                chemins.put("logementActuel.commune", "logementCommune");
                if (commune != null) {
                    l.put("commune", commune);
                }
                BigDecimal loyer = montant("logementLoyer");
                chemins.put("logementActuel.loyerMensuel", "logementLoyer");
                if (loyer != null) {
                    l.put("loyerMensuel", loyer);
                }
                Integer occupants = entier("logementOccupants");
                chemins.put("logementActuel.nombreOccupants", "logementOccupants");
                if (occupants != null) {
                    l.put("nombreOccupants", occupants);
                }
                Typologie type = code("logementType", Typologie.class);
                chemins.put("logementActuel.type", "logementType");
                if (type != null) {
                    l.put("type", type.name());
                }
                BigDecimal surface = montant("logementSurface");
                chemins.put("logementActuel.surface", "logementSurface");
                if (surface != null) {
                    l.put("surface", surface);
                }
                Preuve p = preuve("logementPreuve");
                chemins.put("logementActuel.preuve", "logementPreuve");
                l.put("preuve", (p == null ? Preuve.DECLAREE : p).name());
            }
            ArrayNode motifs = JsonNodeFactory.instance.arrayNode();
            for (MotifDemande m : MotifDemande.values()) {
                Preuve p = preuve("motif_" + m.name());
                if (p != null) {
                    chemins.put("motifs[" + motifs.size() + "]", "motif_" + m.name());
                    motifs.addObject().put("code", m.name()).put("preuve", p.name());
                }
            }
            if (!motifs.isEmpty()) {
                d.set("motifs", motifs);
            }
            Preuve handicap = preuve("handicap");
            chemins.put("handicap", "handicap");
            if (handicap != null) {
                d.putObject("handicap").put("fauteuilRoulant", !val("fauteuilRoulant").isEmpty())
                        .put("preuve", handicap.name());
            }
            StatutDalo dalo = code("dalo", StatutDalo.class);
            chemins.put("dalo", "dalo");
            if (dalo != null && dalo != StatutDalo.NON) {
                Preuve p = preuve("daloPreuve");
                d.putObject("dalo").put("statut", dalo.name()).put("preuve", (p == null ? Preuve.DECLAREE : p).name());
            }
            d.put("mutation", !val("mutation").isEmpty());
            ArrayNode typologies = d.putArray("typologies");
            chemins.put("typologies", "typologie");
            for (String t : v.getOrDefault("typologie", List.of())) {
                for (Typologie x : Typologie.values()) {
                    if (x.name().equals(t)) {
                        typologies.add(x.name());
                    }
                }
            }
            if (typologies.isEmpty()) {
                erreur("typologie", LIBELLES.get("typologie") + " : cochez au moins une typologie");
            }
            ArrayNode communes = d.putArray("communesSouhaitees");
            for (int i = 1; i <= COMMUNES; i++) {
                String c = commune("commune" + i);
                if (c != null) {
                    chemins.put("communesSouhaitees[" + communes.size() + "]", "commune" + i);
                    communes.add(c);
                }
            }
            chemins.put("communesSouhaitees", "commune1");
            if (communes.isEmpty() && val("commune1").isEmpty()) {
                erreur("commune1", LIBELLES.get("commune1") + " : indiquez au moins une commune où vous souhaitez "
                        + "un logement");
            }
            return d;
        }
    }

    static String cleNom(String nom) {
        String s = Normalizer.normalize(nom.strip().toLowerCase(Locale.FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return s.replaceAll("[-'’\\s]+", " ");
    }

    // ------------------------------------------------------------------ the page

    private static final String CSS = """
            :root{color-scheme:light}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.05rem;\
            line-height:1.5;color:#1b1b1b;background:#fff;margin:0 auto;max-width:60rem;padding:1rem}
            a{color:#0b4ea2}
            a:focus,input:focus,select:focus,button:focus{outline:3px solid #b34700;outline-offset:2px}
            .evitement{position:absolute;left:-999rem}.evitement:focus{position:static}
            fieldset{border:1px solid #6b6b6b;border-radius:4px;margin:1rem 0;padding:.5rem 1rem 1rem}
            legend{font-weight:700;padding:0 .3rem}
            .champ{margin:.6rem 0}
            label{display:block;font-weight:600}
            .aide{display:block;font-weight:400;color:#3d3d3d;font-size:.95rem}
            input[type=text],select{font:inherit;padding:.3rem;border:2px solid #4a4a4a;border-radius:3px;\
            min-width:14rem;max-width:100%}
            input[aria-invalid=true],select[aria-invalid=true]{border-color:#b00020}
            .case label{display:inline;font-weight:400;margin-left:.3rem}
            .grille2{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:0 1.5rem}
            button{font:inherit;font-weight:700;background:#0b4ea2;color:#fff;border:0;border-radius:4px;\
            padding:.6rem 1.4rem;cursor:pointer}
            .erreurs{border:3px solid #b00020;padding:.5rem 1rem;margin:1rem 0}
            .erreur{color:#b00020;font-weight:600;margin:.2rem 0}
            .avertissement{background:#fff4d6;border-left:5px solid #8a5a00;padding:.5rem 1rem}
            .commune{border-top:2px solid #1b1b1b;margin-top:1.5rem}
            .total{font-size:1.4rem;font-weight:700}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            caption{text-align:left;font-weight:600;padding:.3rem 0}
            th,td{border:1px solid #6b6b6b;padding:.3rem .5rem;text-align:left;vertical-align:top}
            td.points{text-align:right;white-space:nowrap}
            .provisoire{color:#8a3b00;font-weight:600}
            @media print{form,.evitement{display:none}}
            """;

    private String page(CotationEngine engine, Map<String, List<String>> valeurs, List<Erreur> erreurs,
                        FicheCotation fiche, String origineDate) {
        Html h = new Html();
        h.brut("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        h.texte(!erreurs.isEmpty() ? "Erreur dans le formulaire – Simulateur de cotation"
                : fiche != null ? "Vos points – Simulateur de cotation" : "Simulateur de cotation de la demande de logement social");
        h.brut("</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        h.brut("<a class=\"evitement\" href=\"#formulaire\">Aller au formulaire</a>\n<header>\n");
        h.brut("<h1>Simulateur de cotation de la demande de logement social</h1>\n<p>");
        h.texte("Estimez les points de votre demande de logement social dans chaque commune souhaitée, selon la grille "
                + "de cotation de son intercommunalité (EPCI) (art. L.441-2-8 et R.441-2-10 du code de la construction "
                + "et de l'habitation). Ce que vous saisissez n'est ni enregistré ni conservé : la page seule le garde.");
        h.brut("</p>\n</header>\n<main>\n");
        if (!erreurs.isEmpty()) {
            h.brut("<div class=\"erreurs\" role=\"alert\" id=\"erreurs\" tabindex=\"-1\">\n<h2>");
            h.texte(erreurs.size() == 1 ? "Une erreur empêche la simulation" : erreurs.size()
                    + " erreurs empêchent la simulation");
            h.brut("</h2>\n<ul>\n");
            for (Erreur e : erreurs) {
                h.brut("<li>");
                if (e.champ() != null) {
                    h.brut("<a href=\"#f-").attr(e.champ()).brut("\">").texte(e.message()).brut("</a>");
                } else {
                    h.texte(e.message());
                }
                h.brut("</li>\n");
            }
            h.brut("</ul>\n</div>\n");
        }
        if (fiche != null) {
            resultats(h, fiche, origineDate);
        }
        formulaireHtml(h, engine, valeurs, erreurs, fiche != null);
        h.brut("</main>\n<footer><p>");
        h.texte("Simulation indicative : seule la cotation calculée par le service d'enregistrement, sur les pièces "
                + "de votre dossier, fait foi. Aucune donnée n'est enregistrée par ce service.");
        h.brut(" <a href=\"/openapi.yaml\">API</a></p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void resultats(Html h, FicheCotation f, String origineDate) {
        h.brut("<section id=\"resultats\" aria-labelledby=\"resultats-titre\">\n<h2 id=\"resultats-titre\">");
        h.texte("Vos points au " + f.dateEvaluation().format(LONG));
        h.brut("</h2>\n<p>");
        h.texte("Date de calcul : ");
        h.brut("<strong id=\"date-evaluation\">").texte(f.dateEvaluation().format(FR)).brut("</strong>");
        h.texte(" (" + origineDate + "). Les points dépendent de cette date : l'ancienneté de la demande et l'âge des "
                + "personnes y sont calculés.");
        h.brut("</p>\n<p class=\"avertissement\">");
        h.texte("Les points marqués « provisoires » reposent sur une situation que vous avez déclarée sans l'avoir "
                + "encore justifiée : ils ne comptent qu'une fois la pièce indiquée fournie et vérifiée. Les notes de "
                + "deux intercommunalités différentes ne se comparent pas : chacune a sa grille.");
        h.brut("</p>\n");
        for (FicheCotation.NoteCommune n : f.communes()) {
            String nom = n.nomCommune() == null ? n.commune() : n.nomCommune();
            h.brut("<section class=\"commune\" id=\"commune-").attr(n.commune()).brut("\" aria-labelledby=\"titre-")
                    .attr(n.commune()).brut("\">\n<h3 id=\"titre-").attr(n.commune()).brut("\">")
                    .texte(nom + " (" + n.commune() + ")").brut("</h3>\n");
            if (n.statut() != Cotation.Statut.COTEE) {
                h.brut("<p class=\"total\"><span class=\"points\">").texte(n.statut() == Cotation.Statut.SANS_GRILLE
                        ? "Pas de grille" : "Pas de note").brut("</span></p>\n<p>").texte(n.message() == null ? ""
                        : n.message()).brut("</p>\n</section>\n");
                continue;
            }
            h.brut("<p>").texte((n.nomEpci() == null ? "" : n.nomEpci() + " — ") + "grille " + n.grille() + " du pack "
                    + n.pack() + " " + n.version() + (n.statutGrille() == null ? "" : " : " + statut(n.statutGrille())))
                    .brut("</p>\n");
            h.brut("<p class=\"total\"><span class=\"points\">").texte(n.note().toPlainString())
                    .brut("</span> points</p>\n");
            if (n.pointsProvisoires() != null && n.pointsProvisoires().signum() != 0) {
                h.brut("<p class=\"provisoire\">").texte("Dont " + n.pointsProvisoires().toPlainString()
                        + " points provisoires, tant que la situation déclarée n'est pas justifiée.").brut("</p>\n");
            }
            h.brut("<table>\n<caption>").texte("Le détail des " + n.note().toPlainString() + " points à " + nom)
                    .brut("</caption>\n<thead><tr><th scope=\"col\">Critère</th><th scope=\"col\">Points</th>"
                            + "<th scope=\"col\">Pourquoi</th><th scope=\"col\">Justification</th></tr></thead>\n<tbody>\n");
            for (FicheCotation.LigneDeNote l : n.lignes()) {
                var ligne = l.ligne();
                h.brut("<tr><th scope=\"row\">").texte(ligne.libelle()).brut("</th><td class=\"points\">")
                        .texte(ligne.points().toPlainString()).brut("</td><td>").texte(ligne.explication());
                if (ligne.reference() != null) {
                    h.brut("<br><small>").texte("Source : " + ligne.reference()).brut("</small>");
                }
                if (l.proposition() != null) {
                    h.brut("<br><small>").texte("Critère proposé, qu'aucune source ne donne : " + l.proposition())
                            .brut("</small>");
                }
                h.brut("</td><td>");
                if (ligne.provisoire()) {
                    h.brut("<span class=\"provisoire\">Provisoire</span> : ").texte("déclaré, pas encore justifié.");
                    if (!l.justificatifs().isEmpty()) {
                        h.brut("<br>").texte("Pièce qui le prouve :").brut("<ul>");
                        for (FicheCotation.Justificatif j : l.justificatifs()) {
                            h.brut("<li>").texte(j.libelle() + " : " + j.piece()).brut("</li>");
                        }
                        h.brut("</ul>");
                    }
                } else if (ligne.preuve() == null) {
                    h.texte("Calculé d'après votre demande");
                } else {
                    h.texte(ligne.preuve().libelle());
                }
                h.brut("</td></tr>\n");
            }
            h.brut("</tbody>\n</table>\n");
            for (String a : n.avertissements()) {
                h.brut("<p>").texte(a).brut("</p>\n");
            }
            h.brut("</section>\n");
        }
        if (!f.priorites().isEmpty()) {
            h.brut("<h3>Priorités reconnues (sous réserve de vérification)</h3>\n<ul>\n");
            for (FicheCotation.PrioriteReconnue p : f.priorites()) {
                h.brut("<li>").texte(p.libelle() + " (" + p.reference() + ")" + (p.preuve() == Preuve.DECLAREE
                        ? " : déclarée, à justifier" + (p.justificatifs().isEmpty() ? "" : " par " + String.join(" ou ",
                        p.justificatifs().stream().map(FicheCotation.Justificatif::piece).toList())) : "")).brut("</li>\n");
            }
            h.brut("</ul>\n");
        }
        if (!f.suggestions().isEmpty()) {
            h.brut("<h3>Communes où votre demande aurait plus de points</h3>\n<ul>\n");
            for (FicheCotation.Suggestion s : f.suggestions()) {
                h.brut("<li>").texte(s.nomCommune() + " (" + s.commune() + ") : " + s.note().toPlainString()
                        + " points" + (s.memeEpci() ? "" : " (autre grille : " + s.nomEpci() + ")")).brut("</li>\n");
            }
            h.brut("</ul>\n");
        }
        h.brut("</section>\n");
    }

    private static String statut(fr.cotation.pack.Statut s) {
        return switch (s) {
            case ADOPTEE -> "grille adoptée par l'intercommunalité";
            case MODELE -> "modèle proposé par ce projet, non adopté par l'intercommunalité : les points sont indicatifs";
            case PROJET -> "projet de grille, pas encore adopté";
        };
    }

    private static final List<String> PREUVES = List.of("", "DECLAREE", "JUSTIFIEE");

    private void formulaireHtml(Html h, CotationEngine engine, Map<String, List<String>> v, List<Erreur> erreurs,
                                boolean apresResultat) {
        Map<String, String> err = new LinkedHashMap<>();
        for (Erreur e : erreurs) {
            if (e.champ() != null) {
                err.merge(e.champ(), e.message(), (a, b) -> a + " ; " + b);
            }
        }
        Formulaire f = new Formulaire(h, v, err);
        h.brut("<form id=\"formulaire\" method=\"post\" action=\"/\" accept-charset=\"utf-8\" novalidate>\n<h2>");
        h.texte(apresResultat ? "Modifier la simulation" : "Votre situation");
        h.brut("</h2>\n<p>").texte("Les champs marqués « obligatoire » sont nécessaires au calcul ; les dates "
                + "s'écrivent jj/mm/aaaa.").brut("</p>\n");

        f.debut("Date du calcul");
        f.texte("dateEvaluation", "Par défaut la date du jour ; une autre date montre les points à cette date.", false);
        f.fin();

        f.debut("Votre demande de logement social");
        f.texte("dateDepot", "La date du premier dépôt, inscrite sur votre attestation d'enregistrement.", true);
        f.texte("dateRenouvellement", "Laisser vide si la demande n'a jamais été renouvelée.", false);
        f.caseACocher("mutation");
        f.fin();

        f.debut("Vous");
        f.texte("demandeurNaissance", null, true);
        f.liste("demandeurSituationFamiliale", options(SituationFamiliale.values()), false);
        f.liste("demandeurContrat", options(TypeContrat.values()), false);
        f.texte("demandeurCommuneTravail", "Nom ou code INSEE ; laisser vide si vous ne travaillez pas.", false,
                "communes");
        f.fin();

        f.debut("Vos ressources mensuelles, en euros");
        h.brut("<p class=\"aide\">").texte("Montant par mois ; laisser vide ce que vous ne touchez pas. Les aides au "
                + "logement (APL, AL) ne se comptent pas.").brut("</p>\n<div class=\"grille2\">\n");
        for (NatureRessource n : NatureRessource.values()) {
            f.texte("ressource_" + n.name(), null, false);
        }
        h.brut("</div>\n");
        f.fin();

        f.debut("Conjoint ou co-titulaire de la demande (facultatif)");
        Map<String, String> liens = new LinkedHashMap<>();
        liens.put("", "Pas de co-titulaire");
        for (LienDemandeur l : LienDemandeur.values()) {
            liens.put(l.name(), l.libelle());
        }
        f.liste("cotitulaireLien", liens, false);
        f.texte("cotitulaireNaissance", null, false);
        f.liste("cotitulaireContrat", options(TypeContrat.values()), false);
        f.texte("cotitulaireCommuneTravail", "Nom ou code INSEE.", false, "communes");
        h.brut("<div class=\"grille2\">\n");
        for (NatureRessource n : RESSOURCES_COTITULAIRE) {
            f.texte("cotitulaire_ressource_" + n.name(), "euros par mois", false);
        }
        h.brut("</div>\n");
        f.fin();

        f.debut("Enfants et personnes à charge qui vivront avec vous");
        h.brut("<div class=\"grille2\">\n");
        for (int i = 1; i <= ENFANTS; i++) {
            f.texte("enfant" + i, null, false);
        }
        h.brut("</div>\n");
        f.texte("naissancesAttendues", "Enfants à naître (nombre).", false);
        f.fin();

        f.debut("Votre logement actuel");
        f.liste("logementModele", options(ModeleLogement.values()), true);
        f.texte("logementCommune", "Nom ou code INSEE.", false, "communes");
        f.texte("logementLoyer", "En euros par mois ; vide si vous ne payez pas de loyer.", false);
        f.texte("logementOccupants", null, false);
        f.liste("logementType", options(Typologie.values()), false);
        f.texte("logementSurface", null, false);
        Map<String, String> preuveLogement = new LinkedHashMap<>();
        preuveLogement.put("DECLAREE", "Déclaré, pas encore justifié");
        preuveLogement.put("JUSTIFIEE", "Justifié par une pièce (bail, quittance, attestation)");
        f.liste("logementPreuve", preuveLogement, false);
        f.fin();

        f.debut("Vos situations (motifs de la demande)");
        h.brut("<p class=\"aide\">").texte("Pour chaque situation qui vous concerne, dites si vous avez déjà fourni la "
                + "pièce qui la prouve : une situation déclarée compte des points provisoires.").brut("</p>\n"
                + "<div class=\"grille2\">\n");
        Map<String, String> preuves = new LinkedHashMap<>();
        preuves.put("", "Non concerné");
        preuves.put("DECLAREE", "Oui, déclaré (pas encore justifié)");
        preuves.put("JUSTIFIEE", "Oui, justifié par une pièce");
        for (MotifDemande m : MotifDemande.values()) {
            f.liste("motif_" + m.name(), preuves, false);
        }
        f.liste("handicap", preuves, false);
        h.brut("</div>\n");
        f.caseACocher("fauteuilRoulant");
        Map<String, String> dalo = new LinkedHashMap<>();
        for (StatutDalo s : StatutDalo.values()) {
            dalo.put(s.name(), s.libelle());
        }
        f.liste("dalo", dalo, false);
        Map<String, String> preuveDalo = new LinkedHashMap<>();
        preuveDalo.put("DECLAREE", "Déclarée, pas encore justifiée");
        preuveDalo.put("JUSTIFIEE", "Justifiée par la décision de la commission de médiation");
        f.liste("daloPreuve", preuveDalo, false);
        f.fin();

        f.debut("Le logement que vous cherchez");
        h.brut("<fieldset id=\"f-typologie\"").brut(err.containsKey("typologie") ? " aria-describedby=\"e-typologie\"" : "")
                .brut(">\n<legend>").texte(LIBELLES.get("typologie") + " (obligatoire)").brut("</legend>\n");
        f.messageErreur("typologie");
        Set<String> cochees = new TreeSet<>(v.getOrDefault("typologie", List.of()));
        for (Typologie t : Typologie.values()) {
            h.brut("<div class=\"case\"><input type=\"checkbox\" name=\"typologie\" id=\"f-typologie-").attr(t.name())
                    .brut("\" value=\"").attr(t.name()).brut("\"").brut(cochees.contains(t.name()) ? " checked" : "")
                    .brut("><label for=\"f-typologie-").attr(t.name()).brut("\">").texte(t.libelle())
                    .brut("</label></div>\n");
        }
        h.brut("</fieldset>\n");
        h.brut("<p class=\"aide\">").texte("Communes souhaitées, dans votre ordre de préférence (jusqu'à " + COMMUNES
                + ") : nom ou code INSEE, par exemple « Nice (06088) ».").brut("</p>\n<div class=\"grille2\">\n");
        for (int i = 1; i <= COMMUNES; i++) {
            f.texte("commune" + i, null, i == 1, "communes");
        }
        h.brut("</div>\n");
        f.fin();

        h.brut("<datalist id=\"communes\">\n");
        for (CommuneRef c : communesProposees(engine)) {
            h.brut("<option value=\"").attr(c.nom() + " (" + c.code() + ")").brut("\">\n");
        }
        h.brut("</datalist>\n");
        h.brut("<p><button type=\"submit\" id=\"calculer\">Calculer mes points</button></p>\n</form>\n");
    }

    /** The communes the datalist proposes: those a loaded pack scores, by name. */
    private static List<CommuneRef> communesProposees(CotationEngine engine) {
        Set<String> codes = new TreeSet<>();
        for (PackDescriptor p : engine.packs()) {
            codes.addAll(p.communes());
        }
        Collection<CommuneRef> toutes = engine.referentiel().communes();
        return toutes.stream().filter(c -> codes.contains(c.code()) && c.nom() != null)
                .sorted(Comparator.comparing((CommuneRef c) -> cleNom(c.nom())).thenComparing(CommuneRef::code))
                .toList();
    }

    private static Map<String, String> options(CodeNational[] valeurs) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", "Non renseigné");
        for (CodeNational c : valeurs) {
            m.put(((Enum<?>) c).name(), c.libelle());
        }
        return m;
    }

    /** Writes the fields of the form, each with its label, its help, its error and the value sent back. */
    private static final class Formulaire {
        final Html h;
        final Map<String, List<String>> v;
        final Map<String, String> err;

        Formulaire(Html h, Map<String, List<String>> v, Map<String, String> err) {
            this.h = h;
            this.v = v;
            this.err = err;
        }

        void debut(String legende) {
            h.brut("<fieldset>\n<legend>").texte(legende).brut("</legend>\n");
        }

        void fin() {
            h.brut("</fieldset>\n");
        }

        String val(String nom) {
            List<String> l = v.get(nom);
            return l == null || l.isEmpty() ? "" : l.get(0);
        }

        void etiquette(String nom, String aide, boolean obligatoire) {
            h.brut("<label for=\"f-").attr(nom).brut("\">").texte(LIBELLES.get(nom)
                    + (obligatoire ? " (obligatoire)" : ""));
            if (aide != null) {
                h.brut("<span class=\"aide\" id=\"a-").attr(nom).brut("\">").texte(aide).brut("</span>");
            }
            h.brut("</label>\n");
        }

        void messageErreur(String nom) {
            if (err.containsKey(nom)) {
                h.brut("<p class=\"erreur\" id=\"e-").attr(nom).brut("\">").texte(err.get(nom)).brut("</p>\n");
            }
        }

        String decrit(String nom, String aide) {
            String ids = (aide != null ? "a-" + nom : "") + (err.containsKey(nom) ? (aide != null ? " " : "") + "e-" + nom
                    : "");
            return (ids.isEmpty() ? "" : " aria-describedby=\"" + Html.echapper(ids) + "\"")
                    + (err.containsKey(nom) ? " aria-invalid=\"true\"" : "");
        }

        void texte(String nom, String aide, boolean obligatoire) {
            texte(nom, aide, obligatoire, null);
        }

        void texte(String nom, String aide, boolean obligatoire, String liste) {
            h.brut("<div class=\"champ\">\n");
            etiquette(nom, aide, obligatoire);
            messageErreur(nom);
            h.brut("<input type=\"text\" id=\"f-").attr(nom).brut("\" name=\"").attr(nom).brut("\" value=\"")
                    .attr(val(nom)).brut("\" autocomplete=\"off\"")
                    .brut(liste == null ? "" : " list=\"" + liste + "\"")
                    .brut(obligatoire ? " aria-required=\"true\"" : "").brut(decrit(nom, aide)).brut(">\n</div>\n");
        }

        void liste(String nom, Map<String, String> options, boolean obligatoire) {
            h.brut("<div class=\"champ\">\n");
            etiquette(nom, null, obligatoire);
            messageErreur(nom);
            h.brut("<select id=\"f-").attr(nom).brut("\" name=\"").attr(nom).brut("\"")
                    .brut(obligatoire ? " aria-required=\"true\"" : "").brut(decrit(nom, null)).brut(">\n");
            String choisi = val(nom);
            for (Map.Entry<String, String> o : options.entrySet()) {
                h.brut("<option value=\"").attr(o.getKey()).brut("\"").brut(o.getKey().equals(choisi) ? " selected" : "")
                        .brut(">").texte(o.getValue()).brut("</option>\n");
            }
            h.brut("</select>\n</div>\n");
        }

        void caseACocher(String nom) {
            h.brut("<div class=\"champ case\"><input type=\"checkbox\" id=\"f-").attr(nom).brut("\" name=\"").attr(nom)
                    .brut("\" value=\"oui\"").brut(val(nom).isEmpty() ? "" : " checked").brut("><label for=\"f-")
                    .attr(nom).brut("\">").texte(LIBELLES.get(nom)).brut("</label></div>\n");
        }
    }
}
