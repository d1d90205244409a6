package fr.cotation.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.cotation.demande.Demande;
import fr.cotation.json.CotationJson;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON form of {@code docs/json.md}: an array of demandes, one demande, or demandes one after the other.
 * A demande with a wrong type, an unknown key or an unknown code is rejected with its path, line and column,
 * and the next one is read; a syntax error ends the file.
 */
final class LecteurJson implements LecteurDemandes {
    private static final Pattern TROUVE = Pattern.compile("from (\\w+) value");
    private static final Pattern OUVERT = Pattern.compile("close marker for (\\w+) \\(start marker at .*?line: (\\d+)");

    /** The documented form, read strictly by the library's own mapper (see {@link CotationJson}). */
    private static final ObjectMapper STRICT = CotationJson.mapper();

    private final String fichier;
    private final MappingIterator<Demande> it;
    private int rang;

    LecteurJson(String fichier, InputStream in, int premierOctet) throws FichierIllisible {
        this.fichier = fichier;
        if (premierOctet != '[' && premierOctet != '{') {
            throw new FichierIllisible(fichier, 1, 1, "un tableau de demandes [ … ] ou une demande { … } est attendu "
                    + "(docs/json.md), le fichier commence par « " + (char) premierOctet + " »", null);
        }
        try {
            this.it = STRICT.readerFor(Demande.class).readValues(in);
        } catch (IOException e) {
            throw illisible(e);
        }
    }

    @Override
    public Lu suivant() throws FichierIllisible {
        JsonLocation debut;
        try {
            if (!it.hasNextValue()) {
                return null;
            }
            debut = it.getParser().currentTokenLocation();
        } catch (IOException e) {
            throw illisible(e);
        }
        rang++;
        try {
            Demande d = it.nextValue();
            return Lu.demande(fichier, debut.getLineNr(), debut.getColumnNr(), rang, d, List.of());
        } catch (StreamReadException e) {
            throw illisible(e);
        } catch (DatabindException e) {
            if (e.getCause() instanceof StreamReadException s) {
                throw illisible(s);
            }
            return Lu.rejete(fichier, debut.getLineNr(), debut.getColumnNr(), rang, List.of(rejet(e)));
        } catch (IOException e) {
            throw illisible(e);
        }
    }

    @Override
    public void close() throws IOException {
        it.close();
    }

    private FichierIllisible illisible(IOException e) {
        long ligne = 0;
        long colonne = 0;
        String raison = e.getMessage();
        if (e instanceof StreamReadException s) {
            if (s.getLocation() != null) {
                ligne = s.getLocation().getLineNr();
                colonne = s.getLocation().getColumnNr();
            }
            raison = s.getOriginalMessage();
        }
        String message;
        Matcher ouvert = OUVERT.matcher(String.valueOf(raison));
        if (e instanceof JsonEOFException) {
            message = "JSON tronqué : le fichier finit au milieu d'un " + (ouvert.find() ? (ouvert.group(1).equals("Array")
                    ? "tableau ouvert ligne " : "objet ouvert ligne ") + ouvert.group(2) : "objet ou d'un tableau");
        } else {
            message = "JSON mal formé : " + premiereLigne(raison).replaceAll("\\[Source: [^;]*; ", "[");
        }
        return new FichierIllisible(fichier, ligne, colonne, message, e);
    }

    private Rejet rejet(DatabindException e) {
        long ligne = 0;
        long colonne = 0;
        if (e.getLocation() != null) {
            ligne = e.getLocation().getLineNr();
            colonne = e.getLocation().getColumnNr();
        }
        String champ = e instanceof JsonMappingException m ? chemin(m.getPath()) : null;
        String valeur = null;
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "champ inconnu (champs possibles : " + u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidFormatException f) {
            valeur = String.valueOf(f.getValue());
            message = formatInvalide(f.getTargetType(), valeur);
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Matcher t = TROUVE.matcher(String.valueOf(m.getOriginalMessage()));
            message = "type incorrect : " + typeAttendu(m.getTargetType())
                    + (t.find() ? " attendu, " + typeTrouve(t.group(1)) + " trouvé" : " attendu");
        } else {
            message = premiereLigne(e.getOriginalMessage());
        }
        return new Rejet(fichier, ligne, colonne, "n° " + rang, champ == null || champ.isEmpty() ? null : champ, valeur, message, e);
    }

    static String formatInvalide(Class<?> type, String valeur) {
        if (type != null && type.isEnum()) {
            return "code inconnu pour " + type.getSimpleName() + " (valeurs possibles : "
                    + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        if (type == LocalDate.class) {
            return valeur.matches("\\d{4}-\\d{2}-\\d{2}") ? "date impossible (ce jour n'existe pas dans le calendrier)"
                    : "date attendue au format AAAA-MM-JJ";
        }
        return "valeur invalide : " + typeAttendu(type) + " attendu";
    }

    private static String chemin(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String typeAttendu(Class<?> t) {
        if (t == String.class) {
            return "texte";
        }
        if (t == LocalDate.class) {
            return "date \"AAAA-MM-JJ\"";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "nombre entier";
        }
        if (t == BigDecimal.class || t == double.class || t == Double.class) {
            return "nombre";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "booléen (true ou false)";
        }
        if (t.isEnum()) {
            return "code (texte)";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "tableau [ … ]";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "objet { … }";
        }
        return t.getSimpleName();
    }

    private static String typeTrouve(String jackson) {
        return switch (jackson) {
            case "Array" -> "tableau";
            case "Object" -> "objet";
            case "String" -> "texte";
            case "Integer" -> "nombre entier";
            case "Floating-point" -> "nombre décimal";
            case "Boolean" -> "booléen";
            case "Number" -> "nombre";
            default -> jackson;
        };
    }

    static String premiereLigne(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return (i >= 0 ? s.substring(0, i) : s).strip();
    }
}
