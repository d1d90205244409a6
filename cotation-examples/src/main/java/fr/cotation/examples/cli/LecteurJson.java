package fr.cotation.examples.cli;

import fr.cotation.examples.json.ErreurJson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Bornes;
import fr.cotation.json.CotationJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON form of {@code docs/json.md}: an array of demandes, one demande, or demandes one after the other.
 * A demande with a wrong type, an unknown key, an unknown code, a number out of bounds or a syntax error is
 * rejected with its path, line and column, and the next one is read.
 *
 * <p>The file is cut into demandes by {@link DecoupeJson} (brackets and strings followed, nothing interpreted),
 * and each demande is read alone by the library's strict mapper: a fault in one cannot take the parser's state,
 * hence the demandes after it, with it. When the fault breaks the brackets (a missing brace, an unclosed string),
 * the reading starts again at the next line that opens a demande as the faulty one did; a file cut in the middle
 * of a demande ends with an error that says which demande was not read.
 */
final class LecteurJson implements LecteurDemandes {

    /** The documented form, read strictly by the library's own mapper (see {@link CotationJson}). */
    private static final ObjectReader STRICT = CotationJson.readerFor(Demande.class);

    private final String fichier;
    private final DecoupeJson decoupe;
    private int rang;

    LecteurJson(String fichier, InputStream in, int premierOctet) throws FichierIllisible {
        this.fichier = fichier;
        if (premierOctet != '[' && premierOctet != '{') {
            throw new FichierIllisible(fichier, 1, 1, "un tableau de demandes [ … ] ou une demande { … } est attendu "
                    + "(docs/json.md), le fichier commence par « " + Bornes.citer(String.valueOf((char) premierOctet))
                    + " »", null);
        }
        this.decoupe = new DecoupeJson(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public Lu suivant() throws FichierIllisible {
        DecoupeJson.Morceau m;
        try {
            m = decoupe.suivant();
        } catch (IOException e) {
            throw new FichierIllisible(fichier, decoupe.ligne(), 0, "lecture impossible : " + e.getMessage(), e);
        }
        if (m == null) {
            if (decoupe.tableauOuvert() > 0) {
                throw new FichierIllisible(fichier, decoupe.ligne(), decoupe.colonne(), "JSON tronqué : le fichier finit "
                        + "au milieu d'un tableau ouvert ligne " + decoupe.tableauOuvert() + " (coupé entre deux "
                        + "demandes : les " + rang + " demandes qui précèdent sont lues)", null);
            }
            return null;
        }
        rang++;
        if (m.tropLong()) {
            return Lu.rejete(fichier, m.ligne(), m.colonne(), rang, List.of(new Rejet(fichier, m.ligne(), m.colonne(),
                    "n° " + rang, null, null, "demande de plus de " + DecoupeJson.MORCEAU_MAX + " caractères : non lue",
                    null)));
        }
        try {
            Demande d = STRICT.readValue(m.texte());
            if (d == null) { // the literal null
                return Lu.rejete(fichier, m.ligne(), m.colonne(), rang, List.of(new Rejet(fichier, m.ligne(),
                        m.colonne(), "n° " + rang, null, "null", "une demande { … } est attendue", null)));
            }
            return Lu.demande(fichier, m.ligne(), m.colonne(), rang, d, List.of());
        } catch (DatabindException e) {
            StreamReadException lecture = e.getCause() instanceof StreamReadException s ? s : null;
            if (lecture != null && !(lecture instanceof InputCoercionException)) {
                return syntaxe(m, lecture);
            }
            return Lu.rejete(fichier, m.ligne(), m.colonne(), rang, List.of(rejet(e, m)));
        } catch (InputCoercionException e) {
            // a number too large for its field: an error of this demande, the parser has read the number whole
            return Lu.rejete(fichier, m.ligne(), m.colonne(), rang, List.of(new Rejet(fichier, ligne(m, e.getLocation()),
                    colonne(m, e.getLocation()), "n° " + rang, champ(e), null, "nombre hors limites : "
                    + ErreurJson.typeAttendu(e.getTargetType()) + " attendu (" + ErreurJson.premiereLigne(e.getOriginalMessage()) + ")", e)));
        } catch (StreamReadException e) {
            return syntaxe(m, e);
        } catch (IOException e) { // StreamConstraintsException: a number or a text too long
            return Lu.rejete(fichier, m.ligne(), m.colonne(), rang, List.of(new Rejet(fichier, m.ligne(), m.colonne(),
                    "n° " + rang, null, null, "valeur trop longue : " + ErreurJson.premiereLigne(e.getMessage()), e)));
        }
    }

    /**
     * A syntax error in the demande's text: the demande is rejected; when the brackets are broken, the text after
     * the next line that opens a demande is read again; a demande cut by the end of the file ends the file.
     */
    private Lu syntaxe(DecoupeJson.Morceau m, StreamReadException e) throws FichierIllisible {
        long ligne = ligne(m, e.getLocation());
        long colonne = colonne(m, e.getLocation());
        String raison = ErreurJson.premiereLigne(e.getOriginalMessage()).replaceAll("\\[Source: [^;]*; ", "[");
        if (!m.equilibre()) {
            long reprise = decoupe.reprendre(m);
            if (reprise > 0) {
                return Lu.rejete(fichier, m.ligne(), m.colonne(), rang, List.of(new Rejet(fichier, ligne, colonne,
                        "n° " + rang, null, null, "JSON mal formé (accolade ou guillemet manquant ?) : " + raison
                        + " ; lecture reprise ligne " + reprise + ", à la demande suivante", e)));
            }
            if (m.finDuFichier()) {
                throw new FichierIllisible(fichier, ligne, colonne, "JSON tronqué : le fichier finit au milieu d'un "
                        + "objet ouvert ligne " + m.ligne() + " (demande n° " + rang + ") : 1 demande non lue", e);
            }
        }
        return Lu.rejete(fichier, m.ligne(), m.colonne(), rang, List.of(new Rejet(fichier, ligne, colonne, "n° " + rang,
                null, null, "JSON mal formé : " + raison, e)));
    }

    @Override
    public void close() throws IOException {
        decoupe.close();
    }

    /** A line of the morceau's text as a line of the file. */
    private static long ligne(DecoupeJson.Morceau m, JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? m.ligne() : m.ligne() + l.getLineNr() - 1;
    }

    /** A column of the morceau's text as a column of the file (the first line starts at the morceau's column). */
    private static long colonne(DecoupeJson.Morceau m, JsonLocation l) {
        if (l == null || l.getColumnNr() < 1) {
            return m.colonne();
        }
        return l.getLineNr() <= 1 ? m.colonne() + l.getColumnNr() - 1 : l.getColumnNr();
    }

    private static String champ(InputCoercionException e) {
        try {
            JsonParser p = (JsonParser) e.getProcessor();
            return p == null || p.currentName() == null ? null : p.currentName();
        } catch (IOException | RuntimeException x) {
            return null;
        }
    }

    private Rejet rejet(DatabindException e, DecoupeJson.Morceau morceau) {
        ErreurJson x = ErreurJson.de(e);
        return new Rejet(fichier, ligne(morceau, e.getLocation()), colonne(morceau, e.getLocation()), "n° " + rang,
                x.champ(), x.valeur(), x.message(), e);
    }





}
