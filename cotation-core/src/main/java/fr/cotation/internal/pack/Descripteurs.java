package fr.cotation.internal.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cotation.ProblemePack;
import fr.cotation.internal.redaction.Suggestions;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code pack.yaml} and says, in French and in one run, everything wrong with it: every unknown key (with the
 * nearest allowed key and the list of allowed keys), every value of the wrong type (with what is expected), every
 * required key missing, each with its line.
 */
final class Descripteurs {
    /** Keys that every pack must give. */
    private static final List<String> OBLIGATOIRES = List.of("id", "nom", "version", "statut", "enVigueurDu", "grilles");

    private Descripteurs() {
    }

    /** The keys {@code pack.yaml} may hold: the fields of {@link DescriptorYaml}, in declaration order. */
    static List<String> clesPermises() {
        List<String> out = new ArrayList<>();
        for (Field f : DescriptorYaml.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())) {
                out.add(f.getName());
            }
        }
        return out;
    }

    /**
     * The descriptor, or null after adding to {@code erreurs} every problem found (the caller then reports them all).
     */
    static DescriptorYaml lire(ObjectMapper yaml, String text, String location, List<ProblemePack> erreurs) {
        JsonNode arbre;
        try {
            arbre = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            erreurs.add(new ProblemePack(location, PackReader.DESCRIPTEUR, line, null,
                    "pack.yaml illisible (syntaxe YAML : indentation, « clé: valeur », guillemets) : "
                            + e.getOriginalMessage()));
            return null;
        }
        if (arbre == null || arbre.isMissingNode() || arbre.isNull()) {
            return new DescriptorYaml();
        }
        if (!(arbre instanceof ObjectNode racine)) {
            erreurs.add(new ProblemePack(location, PackReader.DESCRIPTEUR, 1, null,
                    "pack.yaml doit être une suite de lignes « clé: valeur » (id: …, nom: …, epci: …)"));
            return null;
        }
        String id = racine.path("id").isTextual() ? racine.path("id").asText() : location;
        List<String> permises = clesPermises();
        List<String> presentes = new ArrayList<>();
        racine.fieldNames().forEachRemaining(presentes::add);
        for (String cle : presentes) {
            if (!permises.contains(cle)) {
                erreurs.add(new ProblemePack(id, PackReader.DESCRIPTEUR, ligne(text, cle), null, "clé inconnue `" + cle
                        + "`" + Suggestions.vouliezVousDire(cle, permises) + " ; clés permises : "
                        + String.join(", ", permises)));
                racine.remove(cle);
            }
        }
        DescriptorYaml lu = null;
        for (int essai = 0; essai <= presentes.size() && lu == null; essai++) {
            try {
                lu = yaml.treeToValue(racine, DescriptorYaml.class);
            } catch (JsonProcessingException e) {
                List<JsonMappingException.Reference> chemin = e instanceof JsonMappingException d ? d.getPath() : List.of();
                String cle = chemin.isEmpty() ? null : chemin.get(0).getFieldName();
                erreurs.add(new ProblemePack(id, PackReader.DESCRIPTEUR, ligne(text, chemin), null, message(e, chemin)));
                if (cle == null || racine.remove(cle) == null) {
                    return null;
                }
            }
        }
        JsonNode epci = racine.get("epci");
        if (epci != null && epci.isValueNode() && !epci.isNull() && !epci.asText().strip().matches("\\d{9}")) {
            erreurs.add(new ProblemePack(id, PackReader.DESCRIPTEUR, ligne(text, "epci"), null, "epci '" + epci.asText()
                    + "' n'est pas un SIREN (9 chiffres, par exemple 243100518 pour Toulouse Métropole) ;"
                    + " cotation init --epci SIREN écrit un pack.yaml rempli depuis le référentiel"));
        }
        if (erreurs.isEmpty()) {
            return lu; // the caller checks the required keys, blank values included
        }
        List<String> absentes = new ArrayList<>();
        for (String cle : OBLIGATOIRES) {
            if (!presentes.contains(cle)) {
                absentes.add("statut".equals(cle) ? "statut (modele, projet ou adoptee)"
                        : "grilles".equals(cle) ? "grilles.principale" : cle);
            }
        }
        if (!absentes.isEmpty()) {
            erreurs.add(new ProblemePack(id, PackReader.DESCRIPTEUR, 0, null, "champs obligatoires absents : "
                    + String.join(", ", absentes)));
        }
        return null;
    }

    /** What is wrong with a value, in French, naming where it is and what is expected. */
    private static String message(JsonProcessingException e, List<JsonMappingException.Reference> chemin) {
        String ou = chemin(chemin);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> connues = new ArrayList<>();
            Collection<Object> ids = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds();
            ids.forEach(o -> connues.add(String.valueOf(o)));
            connues.sort(null);
            return "clé inconnue `" + u.getPropertyName() + "`" + (chemin.size() > 1 ? " dans " + chemin(chemin.subList(0,
                    chemin.size() - 1)) : "") + Suggestions.vouliezVousDire(u.getPropertyName(), connues)
                    + " ; clés permises : " + String.join(", ", connues);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "valeur de `" + ou + "` illisible : " + attendu(m.getTargetType());
        }
        return "valeur de `" + ou + "` illisible (" + e.getOriginalMessage() + ")";
    }

    /** What a value of {@code type} is written as, in French. */
    static String attendu(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "une date AAAA-MM-JJ est attendue, par exemple 2026-01-01";
        }
        if (type.isEnum()) {
            return "une de ces valeurs est attendue : " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList());
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "une liste est attendue (une ligne « - élément » par élément, ou [a, b])";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "une suite de lignes « clé: valeur » est attendue";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "un nombre est attendu";
        }
        if (type == String.class) {
            return "un texte est attendu (entre guillemets s'il contient « : » ou commence par un chiffre)";
        }
        return "une valeur de la forme " + type.getSimpleName() + " est attendue (voir docs/ecrire-une-grille.md)";
    }

    private static String chemin(List<JsonMappingException.Reference> chemin) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : chemin) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The line of the deepest key of {@code chemin} found under its top-level key; 0 when not found. */
    private static int ligne(String text, List<JsonMappingException.Reference> chemin) {
        if (chemin.isEmpty() || chemin.get(0).getFieldName() == null) {
            return 0;
        }
        int haut = ligne(text, chemin.get(0).getFieldName());
        String profonde = null;
        for (JsonMappingException.Reference r : chemin.subList(1, chemin.size())) {
            if (r.getFieldName() != null) {
                profonde = r.getFieldName();
            }
        }
        if (haut == 0 || profonde == null) {
            return haut;
        }
        String[] lignes = text.split("\\R", -1);
        Pattern p = Pattern.compile("(^|[\\s{,-])" + Pattern.quote(profonde) + "\\s*:");
        for (int i = haut; i < lignes.length; i++) {
            if (i > haut && !lignes[i].isEmpty() && !Character.isWhitespace(lignes[i].charAt(0))
                    && !lignes[i].startsWith("-") && !lignes[i].startsWith("#")) {
                break; // the next top-level key
            }
            if (p.matcher(lignes[i]).find()) {
                return i + 1;
            }
        }
        return haut;
    }

    /** The line (1-based) of a top-level key of {@code pack.yaml}; 0 when not found. */
    static int ligne(String text, String cle) {
        Matcher m = Pattern.compile("^" + Pattern.quote(cle) + "\\s*:", Pattern.MULTILINE).matcher(text);
        if (!m.find()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
