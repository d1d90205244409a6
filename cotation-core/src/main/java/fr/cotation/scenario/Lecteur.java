package fr.cotation.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.cotation.Cotation;
import fr.cotation.demande.Demande;
import fr.cotation.json.CotationJson;
import fr.cotation.territoire.Referentiel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one scenario file and collects its problems, each with its line: the format of {@link Scenarios}, with
 * messages in French for the rule author.
 */
final class Lecteur {
    static final List<String> CLES_FICHIER = List.of("pack", "description", "scenarios");
    static final List<String> CLES_SCENARIO = List.of("nom", "description", "date", "commune", "grille", "statut",
            "message", "demande", "total", "lignes");
    private static final List<String> GRILLES = List.of("principale", "mutation");

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** A value of a YAML mapping with the line of its key. */
    private record Champ(JsonNode valeur, int ligne) {
    }

    /** A problem of a file, at a line. */
    private record Probleme(int ligne, String message) {
    }

    /** A placeholder of a base's scenario: {@code $commune}, {@code $commune2}, {@code $debut}... */
    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\$([A-Za-z]+)([0-9]*)");
    /** The placeholders a base's scenario may use (see {@link Scenarios}). */
    static final List<String> VARIABLES = List.of("commune", "chaqueCommune", "debut", "veille", "territoire");

    private final String fichier;
    /** The territory a base's scenarios are read for, {@code null} for a territory's own file. */
    private final Territoire territoire;
    private final List<Probleme> problemes = new ArrayList<>();

    Lecteur(String fichier) {
        this(fichier, null);
    }

    Lecteur(String fichier, Territoire territoire) {
        this.fichier = fichier;
        this.territoire = territoire;
    }

    ScenarioFile lire(String yaml) {
        String pack = null;
        String description = null;
        int lignePack = 0;
        List<Scenario> scenarios = new ArrayList<>();
        boolean aScenarios = false;
        try (JsonParser p = YAML.getFactory().createParser(yaml)) {
            JsonToken debut = p.nextToken();
            if (debut != JsonToken.START_OBJECT) {
                throw echec(debut == null ? 1 : ligne(p), "un fichier de scénarios commence par « pack: » puis"
                        + " « scenarios: » (voir docs/scenarios.md)");
            }
            Set<String> vues = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String cle = p.currentName();
                int ligne = ligne(p);
                p.nextToken();
                if (!vues.add(cle)) {
                    probleme(ligne, "clé « " + cle + " » en double");
                }
                switch (cle) {
                    case "pack" -> {
                        JsonNode n = YAML.readTree(p);
                        lignePack = ligne;
                        if (n != null && n.isTextual() && !n.asText().isBlank()) {
                            pack = n.asText();
                        } else {
                            probleme(ligne, "pack : l'identifiant du pack attendu (id de son pack.yaml) est un texte");
                        }
                    }
                    case "description" -> description = texte(YAML.readTree(p));
                    case "scenarios" -> {
                        aScenarios = true;
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            probleme(ligne, "scenarios : une liste de scénarios est attendue, chacun commençant par « - nom: »");
                            p.skipChildren();
                            continue;
                        }
                        int numero = 0;
                        Set<String> noms = new HashSet<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            numero++;
                            int debutScenario = ligne(p);
                            if (p.currentToken() != JsonToken.START_OBJECT) {
                                probleme(debutScenario, "scénario n° " + numero + " : un scénario est une liste de clés"
                                        + " (nom, date, commune, demande, total, lignes...)");
                                p.skipChildren();
                                continue;
                            }
                            List<Champ> doublons = new ArrayList<>();
                            Map<String, Champ> champs = champs(p, doublons);
                            String nom = champs.containsKey("nom") ? texte(champs.get("nom").valeur()) : null;
                            String qui = nom == null || nom.isBlank() ? "scénario n° " + numero : "scénario « " + nom + " »";
                            doublons.forEach(d -> probleme(d.ligne(), qui + " : clé « " + d.valeur().asText()
                                    + " » en double (la seconde remplace la première)"));
                            if (nom != null && !noms.add(nom)) {
                                probleme(debutScenario, "scénario « " + nom + " » : nom déjà utilisé dans ce"
                                        + " fichier (chaque scénario a un nom unique)");
                            }
                            for (Map<String, Champ> variante : variantes(champs, qui)) {
                                Scenario s = scenario(variante, debutScenario, numero, pack);
                                if (s != null) {
                                    scenarios.add(s);
                                }
                            }
                        }
                    }
                    default -> {
                        probleme(ligne, "clé inconnue « " + cle + " »" + suggestion(cle, CLES_FICHIER)
                                + " (clés permises au début du fichier : " + String.join(", ", CLES_FICHIER) + ")");
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int ligne = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            probleme(ligne, "YAML illisible : " + e.getOriginalMessage());
            throw exception();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pack == null && lignePack == 0) {
            probleme(1, "clé « pack » absente : l'identifiant du pack qui doit coter ces scénarios");
        }
        if (!aScenarios) {
            probleme(1, "clé « scenarios » absente : la liste des scénarios");
        } else if (scenarios.isEmpty() && problemes.isEmpty()) {
            probleme(1, "aucun scénario dans le fichier");
        }
        if (!problemes.isEmpty()) {
            throw exception();
        }
        // the pack is read before or after the scenarios: give it to each of them; a base's scenarios played in a
        // territory expect the territory's pack
        String id = territoire == null ? pack : territoire.id();
        List<Scenario> avecPack = scenarios.stream().map(s -> new Scenario(s.fichier(), s.ligne(), id, s.nom(),
                s.description(), s.date(), s.commune(), s.grille(), s.statut(), s.message(), s.demande(), s.total(),
                s.lignes())).toList();
        return new ScenarioFile(fichier, id, description, avecPack);
    }

    // ------------------------------------------------------------------------------ a base's scenarios

    /**
     * The scenario as played: unchanged in a territory's own file (where a placeholder is an error); in a base's
     * file read for a territory, its placeholders replaced by the territory's values, its name prefixed with the
     * territory's pack, and one scenario per commune of the territory when it uses {@code $chaqueCommune}.
     */
    private List<Map<String, Champ>> variantes(Map<String, Champ> champs, String qui) {
        if (territoire == null) {
            champs.values().forEach(c -> sansVariable(c.valeur(), c.ligne(), qui));
            return List.of(champs);
        }
        int avant = problemes.size();
        champs.values().forEach(c -> variablesConnues(c.valeur(), c.ligne(), qui));
        if (problemes.size() > avant) {
            return List.of();
        }
        if (territoire.communes().isEmpty()) {
            probleme(0, "le territoire " + territoire.id() + " n'a aucune commune : les scénarios du socle ne"
                    + " peuvent pas y être joués");
            return List.of();
        }
        boolean chaque = champs.values().stream().anyMatch(c -> contient(c.valeur(), "$chaqueCommune"));
        List<String> communes = chaque ? territoire.communes() : java.util.Collections.singletonList(null);
        List<Map<String, Champ>> variantes = new ArrayList<>();
        for (String commune : communes) {
            Map<String, Champ> v = new LinkedHashMap<>();
            champs.forEach((cle, c) -> v.put(cle, new Champ(remplacer(c.valeur(), commune), c.ligne())));
            // a scenario dated before the territory's first day is played whole years later (every date of the
            // scenario moved alike: ages, months of ancienneté and durations are kept), on or after that day
            // ($debut, $veille: dated by the territory already, never moved)
            int ans = contient(champs.get("date") == null ? null : champs.get("date").valeur(), "$") ? 0
                    : decalage(v.get("date"));
            if (ans > 0) {
                v.replaceAll((cle, c) -> cle.equals("nom") ? c : new Champ(decaler(c.valeur(), ans), c.ligne()));
            }
            Champ nom = v.get("nom");
            if (nom != null && nom.valeur() != null && nom.valeur().isTextual()) {
                String n = territoire.id() + " › " + nom.valeur().asText()
                        + (chaque && !contient(champs.get("nom").valeur(), "$chaqueCommune") ? " (" + commune + ")" : "")
                        + (ans > 0 ? " [dates + " + ans + (ans > 1 ? " ans" : " an") + " : grille en vigueur du "
                        + territoire.debut() + "]" : "");
                v.put("nom", new Champ(TextNode.valueOf(n), nom.ligne()));
            }
            variantes.add(v);
        }
        return variantes;
    }

    /** A placeholder in a territory's own file: only a base's scenarios have them. */
    private void sansVariable(JsonNode n, int ligne, String qui) {
        textes(n).forEach(t -> {
            java.util.regex.Matcher m = VARIABLE.matcher(t);
            while (m.find()) {
                if (VARIABLES.contains(m.group(1))) {
                    probleme(ligne, qui + " : « " + m.group() + " » est une valeur du territoire : seuls les"
                            + " scénarios d'un socle (« pack: » l'id d'une base) en ont, joués dans chaque territoire"
                            + " qui applique le socle ; ici, écrire la valeur (voir docs/scenarios.md)");
                }
            }
        });
    }

    /** Every placeholder of a base's scenario is known, and a numbered one is {@code $communeN} with N >= 1. */
    private void variablesConnues(JsonNode n, int ligne, String qui) {
        textes(n).forEach(t -> {
            java.util.regex.Matcher m = VARIABLE.matcher(t);
            while (m.find()) {
                boolean connue = VARIABLES.contains(m.group(1)) && (m.group(2).isEmpty()
                        || m.group(1).equals("commune") && Integer.parseInt(m.group(2)) >= 1);
                if (!connue) {
                    probleme(ligne, qui + " : valeur du territoire « " + m.group() + " » inconnue"
                            + suggestion(m.group(1), VARIABLES).replace("« ", "« $") + " (permises : $commune,"
                            + " $commune2, $commune3..., $chaqueCommune, $debut, $veille, $territoire)");
                }
            }
        });
    }

    /** The value with the territory's values in place of the placeholders; {@code commune} for $chaqueCommune. */
    private JsonNode remplacer(JsonNode n, String commune) {
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            java.util.regex.Matcher m = VARIABLE.matcher(n.asText());
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(valeur(m.group(1), m.group(2), commune)));
            }
            m.appendTail(b);
            return TextNode.valueOf(b.toString());
        }
        if (n.isObject()) {
            ObjectNode o = n.deepCopy();
            List<String> cles = new ArrayList<>();
            o.fieldNames().forEachRemaining(cles::add);
            cles.forEach(k -> o.set(k, remplacer(o.get(k), commune)));
            return o;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = n.deepCopy();
            for (int i = 0; i < a.size(); i++) {
                a.set(i, remplacer(a.get(i), commune));
            }
            return a;
        }
        return n;
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The whole years a scenario's date must move to fall on or after the territory's first day (0 if none). */
    private int decalage(Champ date) {
        if (date == null || date.valeur() == null || !date.valeur().isTextual()
                || !DATE.matcher(date.valeur().asText().strip()).matches()) {
            return 0;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(date.valeur().asText().strip());
        } catch (DateTimeParseException e) {
            return 0;
        }
        int ans = 0;
        while (d.plusYears(ans).isBefore(territoire.debut())) {
            ans++;
        }
        return ans;
    }

    /** The value with every date (AAAA-MM-JJ) moved by whole years. */
    private static JsonNode decaler(JsonNode n, int ans) {
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            String t = n.asText().strip();
            if (DATE.matcher(t).matches()) {
                try {
                    return TextNode.valueOf(LocalDate.parse(t).plusYears(ans).toString());
                } catch (DateTimeParseException e) {
                    return n;
                }
            }
            return n;
        }
        if (n.isObject()) {
            ObjectNode o = n.deepCopy();
            List<String> cles = new ArrayList<>();
            o.fieldNames().forEachRemaining(cles::add);
            cles.forEach(k -> o.set(k, decaler(o.get(k), ans)));
            return o;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = n.deepCopy();
            for (int i = 0; i < a.size(); i++) {
                a.set(i, decaler(a.get(i), ans));
            }
            return a;
        }
        return n;
    }

    private String valeur(String nom, String numero, String commune) {
        return switch (nom) {
            case "commune" -> {
                int rang = numero.isEmpty() ? 1 : Integer.parseInt(numero);
                yield territoire.communes().get((rang - 1) % territoire.communes().size());
            }
            case "chaqueCommune" -> commune;
            case "debut" -> territoire.debut().toString();
            case "veille" -> territoire.debut().minusDays(1).toString();
            case "territoire" -> territoire.nom();
            default -> throw new IllegalStateException(nom);
        };
    }

    private static boolean contient(JsonNode n, String variable) {
        return textes(n).stream().anyMatch(t -> t.contains(variable));
    }

    /** Every text of a value, at any depth. */
    private static List<String> textes(JsonNode n) {
        List<String> t = new ArrayList<>();
        if (n == null) {
            return t;
        }
        if (n.isTextual()) {
            t.add(n.asText());
        }
        n.forEach(e -> t.addAll(textes(e)));
        return t;
    }

    /** The keys of the mapping the parser is at, each with its value and line; duplicates are reported. */
    private Map<String, Champ> champs(JsonParser p, List<Champ> doublons) throws IOException {
        Map<String, Champ> champs = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String cle = p.currentName();
            int ligne = ligne(p);
            p.nextToken();
            JsonNode valeur = YAML.readTree(p);
            if (champs.containsKey(cle)) {
                doublons.add(new Champ(TextNode.valueOf(cle), ligne));
            }
            champs.put(cle, new Champ(valeur, ligne));
        }
        return champs;
    }

    private Scenario scenario(Map<String, Champ> champs, int ligne, int numero, String pack) {
        int avant = problemes.size();
        Champ champNom = champs.get("nom");
        String nom = champNom == null ? null : texte(champNom.valeur());
        String qui = nom == null || nom.isBlank() ? "scénario n° " + numero : "scénario « " + nom + " »";
        if (nom == null || nom.isBlank()) {
            probleme(ligne, qui + " : clé « nom » absente ou vide (chaque scénario a un nom)");
        }
        for (var e : champs.entrySet()) {
            if (!CLES_SCENARIO.contains(e.getKey())) {
                probleme(e.getValue().ligne(), qui + " : clé inconnue « " + e.getKey() + " »"
                        + suggestion(e.getKey(), CLES_SCENARIO) + " (clés permises : "
                        + String.join(", ", CLES_SCENARIO) + ")");
            }
        }
        String description = champs.containsKey("description") ? texte(champs.get("description").valeur()) : null;

        LocalDate date = null;
        Champ champDate = champs.get("date");
        if (champDate == null) {
            probleme(ligne, qui + " : clé « date » absente (la date d'évaluation, par exemple 2025-06-30)");
        } else {
            date = date(champDate.valeur(), champDate.ligne(), qui + " : date");
        }

        String commune = null;
        Champ champCommune = champs.get("commune");
        if (champCommune == null) {
            probleme(ligne, qui + " : clé « commune » absente (le code INSEE de la commune cotée, entre guillemets)");
        } else {
            commune = codeInsee(champCommune.valeur(), champCommune.ligne(), qui + " : commune");
        }

        String grille = null;
        Champ champGrille = champs.get("grille");
        if (champGrille != null) {
            grille = texte(champGrille.valeur());
            if (grille == null || !GRILLES.contains(grille)) {
                probleme(champGrille.ligne(), qui + " : grille « " + montrer(champGrille.valeur())
                        + " » inconnue (principale ou mutation)");
            }
        }

        Cotation.Statut statut = Cotation.Statut.COTEE;
        Champ champStatut = champs.get("statut");
        if (champStatut != null) {
            String s = texte(champStatut.valeur());
            try {
                statut = Cotation.Statut.valueOf(s == null ? "" : s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                probleme(champStatut.ligne(), qui + " : statut « " + montrer(champStatut.valeur())
                        + " » inconnu (COTEE, SANS_GRILLE ou ERREUR)");
            }
        }
        String message = champs.containsKey("message") ? texte(champs.get("message").valeur()) : null;

        BigDecimal total = null;
        Champ champTotal = champs.get("total");
        if (champTotal != null) {
            total = nombre(champTotal.valeur(), champTotal.ligne(), qui + " : total");
        }
        Map<String, BigDecimal> lignes = null;
        Champ champLignes = champs.get("lignes");
        if (champLignes != null) {
            lignes = lignes(champLignes, qui);
        }
        if (statut == Cotation.Statut.COTEE) {
            if (champTotal == null) {
                probleme(ligne, qui + " : clé « total » absente (le total attendu)");
            }
            if (champLignes == null) {
                probleme(ligne, qui + " : clé « lignes » absente (les points attendus par critère ;"
                        + " « lignes: {} » quand aucun critère ne compte)");
            }
        } else {
            if (lignes != null && !lignes.isEmpty()) {
                probleme(champLignes.ligne(), qui + " : un scénario " + statut + " n'a pas de lignes");
            }
            if (total != null && total.signum() != 0) {
                probleme(champTotal.ligne(), qui + " : un scénario " + statut + " a un total de 0");
            }
        }

        Demande demande = null;
        Champ champDemande = champs.get("demande");
        if (champDemande == null) {
            probleme(ligne, qui + " : clé « demande » absente (la demande, sous sa forme JSON : docs/json.md)");
        } else if (date != null && commune != null && nom != null) {
            demande = demande(champDemande, qui, nom, date, commune);
        }
        if (problemes.size() > avant) {
            return null;
        }
        return new Scenario(fichier, ligne, pack, nom, description, date, commune, grille, statut, message, demande,
                total, lignes);
    }

    private Map<String, BigDecimal> lignes(Champ champ, String qui) {
        JsonNode n = champ.valeur();
        Map<String, BigDecimal> lignes = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return lignes;
        }
        if (!n.isObject()) {
            probleme(champ.ligne(), qui + " : lignes : une liste « CRITERE: points » est attendue,"
                    + " par exemple « ANCIENNETE: 33 »");
            return lignes;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            BigDecimal v = nombre(e.getValue(), champ.ligne(), qui + " : lignes : " + e.getKey());
            if (v != null) {
                lignes.put(e.getKey(), v);
            }
        }
        return lignes;
    }

    private Demande demande(Champ champ, String qui, String nom, LocalDate date, String commune) {
        if (!(champ.valeur() instanceof ObjectNode source)) {
            probleme(champ.ligne(), qui + " : demande : la demande est une liste de clés (sa forme JSON : docs/json.md)");
            return null;
        }
        ObjectNode d = source.deepCopy();
        int avant = problemes.size();
        codesInseeEntreGuillemets(d, "demande", champ.ligne(), qui);
        if (problemes.size() > avant) {
            return null;
        }
        if (absent(d, "numeroUnique")) {
            d.put("numeroUnique", slug(nom));
        }
        if (absent(d, "communesSouhaitees")) {
            d.putArray("communesSouhaitees").add(commune);
        } else {
            List<String> souhaitees = new ArrayList<>();
            d.get("communesSouhaitees").forEach(c -> souhaitees.add(c.asText()));
            if (!souhaitees.contains(commune)) {
                probleme(champ.ligne(), qui + " : la commune cotée " + commune
                        + " n'est pas dans demande.communesSouhaitees " + souhaitees);
                return null;
            }
        }
        if (absent(d, "typologies")) {
            d.putArray("typologies").add("T2");
        }
        if (absent(d, "dateDepot")) {
            d.put("dateDepot", date.toString());
        }
        try {
            return CotationJson.reader().treeToValue(d, Demande.class);
        } catch (UnrecognizedPropertyException e) {
            String ou = chemin(e, true);
            List<String> connues = e.getKnownPropertyIds() == null ? List.of()
                    : e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            probleme(champ.ligne(), qui + " : clé inconnue « " + e.getPropertyName() + " » dans " + ou
                    + suggestion(e.getPropertyName(), connues)
                    + (connues.isEmpty() ? "" : " (clés permises : " + String.join(", ", connues) + ")"));
        } catch (InvalidFormatException e) {
            String ou = chemin(e, false);
            Class<?> type = e.getTargetType();
            if (type != null && type.isEnum()) {
                List<String> valeurs = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
                probleme(champ.ligne(), qui + " : " + ou + " : valeur inconnue « " + e.getValue() + " »"
                        + suggestion(String.valueOf(e.getValue()), valeurs) + " (valeurs permises : "
                        + String.join(", ", valeurs) + ")");
            } else if (type == LocalDate.class) {
                probleme(champ.ligne(), qui + " : " + ou + " : date « " + e.getValue()
                        + " » illisible (format AAAA-MM-JJ, par exemple 2025-06-30)");
            } else {
                probleme(champ.ligne(), qui + " : " + ou + " : valeur « " + e.getValue() + " » illisible : "
                        + e.getOriginalMessage());
            }
        } catch (MismatchedInputException e) {
            probleme(champ.ligne(), qui + " : " + chemin(e, false) + " : " + attendu(e.getTargetType()));
        } catch (JsonMappingException e) {
            probleme(champ.ligne(), qui + " : " + chemin(e, false) + " : " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            probleme(champ.ligne(), qui + " : demande illisible : " + e.getOriginalMessage());
        }
        return null;
    }

    /**
     * INSEE codes written without quotes are read by YAML as numbers, and those made of the digits 0 to 7
     * as octal numbers (06004 becomes 2052): refuse them rather than score another code.
     */
    private void codesInseeEntreGuillemets(JsonNode n, String chemin, int ligne, String qui) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                var e = it.next();
                String c = chemin + "." + e.getKey();
                boolean code = e.getKey().equals("commune") || e.getKey().equals("communeTravail");
                if (code && e.getValue().isNumber()) {
                    probleme(ligne, qui + " : " + c + " : écrire le code INSEE entre guillemets, par exemple"
                            + " \"06088\" (sans guillemets, YAML le lit comme un nombre)");
                } else if (e.getKey().equals("communesSouhaitees") && e.getValue().isArray()) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        if (e.getValue().get(i).isNumber()) {
                            probleme(ligne, qui + " : " + c + "[" + i + "] : écrire le code INSEE entre guillemets,"
                                    + " par exemple \"06088\" (sans guillemets, YAML le lit comme un nombre)");
                        }
                    }
                } else {
                    codesInseeEntreGuillemets(e.getValue(), c, ligne, qui);
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                codesInseeEntreGuillemets(n.get(i), chemin + "[" + i + "]", ligne, qui);
            }
        }
    }

    private LocalDate date(JsonNode n, int ligne, String ou) {
        String s = texte(n);
        try {
            if (s != null) {
                return LocalDate.parse(s.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        probleme(ligne, ou + " « " + montrer(n) + " » illisible (format AAAA-MM-JJ, par exemple 2025-06-30)");
        return null;
    }

    private String codeInsee(JsonNode n, int ligne, String ou) {
        if (n != null && n.isNumber()) {
            probleme(ligne, ou + " : écrire le code INSEE entre guillemets, par exemple \"06088\""
                    + " (sans guillemets, YAML le lit comme un nombre)");
            return null;
        }
        String s = texte(n);
        if (!Referentiel.estCodeInsee(s)) {
            probleme(ligne, ou + " « " + montrer(n) + " » : code INSEE invalide"
                    + " (5 caractères entre guillemets, par exemple \"06088\")");
            return null;
        }
        return s;
    }

    private BigDecimal nombre(JsonNode n, int ligne, String ou) {
        if (n != null && n.isNumber()) {
            return n.decimalValue();
        }
        probleme(ligne, ou + " : un nombre de points est attendu, pas « " + montrer(n) + " »");
        return null;
    }

    private void probleme(int ligne, String message) {
        problemes.add(new Probleme(ligne, message));
    }

    /** Every problem, in the order of the file's lines. */
    private ScenarioException exception() {
        List<String> messages = problemes.stream().sorted(Comparator.comparingInt(Probleme::ligne))
                .map(p -> (p.ligne() > 0 ? fichier + ":" + p.ligne() : fichier) + " : " + p.message()).toList();
        return new ScenarioException(fichier, messages);
    }

    private ScenarioException echec(int ligne, String message) {
        probleme(ligne, message);
        return exception();
    }

    private static int ligne(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static boolean absent(ObjectNode n, String cle) {
        return !n.has(cle) || n.get(cle).isNull();
    }

    /** A value as the author wrote it, for messages. */
    private static String montrer(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "(vide)";
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private static String texte(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    /** What a field of the demande takes, in words. */
    private static String attendu(Class<?> type) {
        if (type == null) {
            return "valeur d'un type inattendu";
        }
        if (type.isEnum()) {
            return "un code est attendu, parmi " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "une date est attendue (AAAA-MM-JJ)";
        }
        if (type == String.class) {
            return "un texte est attendu";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == double.class) {
            return "un nombre est attendu";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true ou false est attendu";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "une liste est attendue";
        }
        return "une liste de clés est attendue (" + type.getSimpleName() + ")";
    }

    /** The path of a mapping error in the demande: {@code demande.logementActuel}, {@code demande.motifs[1].code}. */
    private static String chemin(JsonMappingException e, boolean sansDernier) {
        List<JsonMappingException.Reference> refs = e.getPath();
        int n = sansDernier ? refs.size() - 1 : refs.size();
        StringBuilder b = new StringBuilder("demande");
        for (int i = 0; i < n; i++) {
            JsonMappingException.Reference r = refs.get(i);
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** " (voulez-vous dire « total » ?)" when a permitted key is one or two typing errors away. */
    static String suggestion(String cle, Collection<String> permises) {
        String meilleure = null;
        int distance = Integer.MAX_VALUE;
        for (String p : permises) {
            int d = fr.cotation.internal.redaction.Suggestions.distance(cle.toLowerCase(Locale.ROOT), p.toLowerCase(Locale.ROOT));
            if (d < distance) {
                distance = d;
                meilleure = p;
            }
        }
        return meilleure != null && distance <= Math.max(1, Math.min(2, cle.length() / 4))
                ? " (voulez-vous dire « " + meilleure + " » ?)" : "";
    }


    /** "Mère isolée qui travaille à Nice" → "mere-isolee-qui-travaille-a-nice". */
    static String slug(String nom) {
        String s = Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "scenario" : s;
    }
}
