package fr.cotation.examples.sne;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the demandes of a document of the national exchange format (root {@code interfaceNuu}, namespace
 * {@value #NAMESPACE}, versions 02.00 and 02.01), one {@code demande/demandeLogement} at a time, with StAX:
 * a file of any size is read in the memory of one demande.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(fichier); InterfaceNuuReader r = InterfaceNuuReader.ouvrir(in)) {
 *     for (LectureNuu l = r.suivante(); l != null; l = r.suivante()) {
 *         if (l.importee()) {
 *             engine.coter(l.demande(), date);
 *         } else {
 *             l.erreurs().forEach(e -> System.err.println(fichier + ":" + e));
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Every coded value is mapped with the {@code fromCode} of the model's code list: an unknown code is an
 * error naming the element's path, its line and the value, never a silent default; so is a missing required
 * element. Such a demande is not imported and the next one is read. A document that is not well-formed (a
 * truncated file) stops the reading with {@link DocumentNuuIllisible}, naming the line and column; the demandes
 * returned before stay valid.
 *
 * <p>What the score must not use is never put where rules can reach it: names, first names, civility, sex and
 * nationality go to {@link fr.cotation.demande.Identite}, which the engine never gives to the rules; telephone,
 * e-mail, street address, employer and birth name are not read at all. The mapping, element by element, is in
 * {@code docs/interfaceNuu.md}.
 *
 * <p>Not thread-safe; external entities and DTDs are refused.
 */
public final class InterfaceNuuReader implements Closeable {
    /** Namespace of the national exchange format. */
    public static final String NAMESPACE = "http://nuu.application.i2/";
    /** Versions of the format this reader was written for. */
    public static final Set<String> VERSIONS = Set.of("02.00", "02.01");

    private static final int PROFONDEUR_MAX = 64;
    /** Characters of one element's text: the longest the format holds is a name or a comment of a few hundred. */
    static final int TEXTE_MAX = 10_000;
    /** Elements of one demandeLogement: a large household's demande has a few hundred. */
    static final int ELEMENTS_MAX = 10_000;
    /**
     * The JDK parser's own limits (jdk.xml.* properties of JAXP): nesting anywhere in the document, attributes of
     * one element, length of a name. The defaults (unbounded depth, 10,000 attributes) are a file's, not ours.
     */
    private static final Map<String, Integer> LIMITES_JDK = Map.of(
            "jdk.xml.maxElementDepth", 100,
            "jdk.xml.elementAttributeLimit", 100,
            "jdk.xml.maxXMLNameLimit", 1000);

    private final XMLStreamReader xml;
    /** The bytes under the parser, whose bound explains a fault the parser reports in its own words. */
    private final BalisesBornees garde;
    private final String version;
    private final List<String> avertissements = new ArrayList<>();
    /** 1 inside the root, 2 inside a {@code demande}. */
    private int profondeur = 1;
    private int demandes;
    private int demandesLogement;
    private boolean fini;
    /** The demandeLogement being read: its elements, and the first text found too long (its path, line). */
    private int elements;
    private Noeud tropLong;
    private Noeud tropNombreux;

    private InterfaceNuuReader(XMLStreamReader xml, BalisesBornees garde, String version) {
        this.xml = xml;
        this.garde = garde;
        this.version = version;
    }

    /**
     * Opens a document and reads up to its root element.
     *
     * @throws DocumentNuuIllisible when the stream is empty, not XML, or not an {@code interfaceNuu} document
     */
    public static InterfaceNuuReader ouvrir(InputStream in) throws DocumentNuuIllisible {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // not coalescing: a text comes in pieces of a few kilobytes, and a 200 MB one is refused piece by piece
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        LIMITES_JDK.forEach(f::setProperty);
        XMLStreamReader xml = null;
        BalisesBornees garde = new BalisesBornees(in);
        try {
            xml = f.createXMLStreamReader(garde);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // prologue, comments
            }
            if (!xml.isStartElement()) {
                throw new DocumentNuuIllisible("document XML sans élément : un document interfaceNuu est attendu",
                        ligne(xml.getLocation()), colonne(xml.getLocation()), null);
            }
            if (!"interfaceNuu".equals(xml.getLocalName())) {
                throw new DocumentNuuIllisible("élément racine <" + xml.getLocalName()
                        + "> : un document du format d'échange national <interfaceNuu> est attendu",
                        ligne(xml.getLocation()), colonne(xml.getLocation()), null);
            }
            InterfaceNuuReader r = new InterfaceNuuReader(xml, garde, xml.getAttributeValue(null, "versionInterface"));
            String ns = xml.getNamespaceURI();
            if (ns != null && !ns.isEmpty() && !NAMESPACE.equals(ns)) {
                r.avertissements.add("espace de noms " + ns + " (attendu " + NAMESPACE + ") : lecture tentée");
            }
            if (r.version != null && !VERSIONS.contains(r.version)) {
                r.avertissements.add("versionInterface " + r.version + " non reconnue (connues : 02.00, 02.01) : "
                        + "lecture tentée ; un code nouveau sera signalé comme inconnu");
            }
            return r;
        } catch (XMLStreamException e) {
            throw illisible(e, garde);
        }
    }

    /** The {@code versionInterface} attribute of the root, {@code null} when absent. */
    public String version() {
        return version;
    }

    /** Warnings about the whole document (namespace, version); empty for a document of the known versions. */
    public List<String> avertissements() {
        return List.copyOf(avertissements);
    }

    /**
     * The next {@code demandeLogement} of the document, imported or with its errors; {@code null} at the end.
     *
     * @throws DocumentNuuIllisible when the document is not well-formed from here on (truncated, broken tag);
     *                              it cannot be read further
     */
    public LectureNuu suivante() throws DocumentNuuIllisible {
        if (fini) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String nom = xml.getLocalName();
                    if (profondeur == 1 && nom.equals("demande")) {
                        demandes++;
                        demandesLogement = 0;
                        profondeur = 2;
                    } else if (profondeur == 2 && nom.equals("demandeLogement")) {
                        demandesLogement++;
                        String chemin = "/interfaceNuu/demande[" + demandes + "]/demandeLogement"
                                + (demandesLogement > 1 ? "[" + demandesLogement + "]" : "");
                        Location debut = xml.getLocation();
                        elements = 0;
                        tropLong = null;
                        tropNombreux = null;
                        Noeud dl;
                        try {
                            dl = lire(null, chemin, 1);
                        } catch (XMLStreamException e) {
                            throw nonLue(illisible(e, garde), chemin, debut);
                        } catch (DocumentNuuIllisible e) {
                            throw nonLue(e, chemin, debut);
                        }
                        return borne(new Correspondance().lire(dl), dl);
                    } else {
                        sauter();
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    profondeur--;
                    if (profondeur == 0) {
                        fini = true;
                        return null;
                    }
                }
            }
            fini = true;
            return null;
        } catch (XMLStreamException e) {
            fini = true;
            throw illisible(e, garde);
        } catch (DocumentNuuIllisible e) {
            fini = true;
            throw e;
        }
    }

    /** Every remaining demande of the document (for small documents; use {@link #suivante()} to stream). */
    public List<LectureNuu> toutes() throws DocumentNuuIllisible {
        List<LectureNuu> l = new ArrayList<>();
        for (LectureNuu x = suivante(); x != null; x = suivante()) {
            l.add(x);
        }
        return l;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /**
     * The demande whose reading a fault of the document stopped: the message says it was not read (the XML
     * specification makes a well-formedness error fatal: nothing after it can be read).
     */
    private static DocumentNuuIllisible nonLue(DocumentNuuIllisible e, String chemin, Location debut) {
        return new DocumentNuuIllisible(e.getMessage() + " ; la demande " + chemin + " ouverte ligne " + ligne(debut)
                + " n'est pas lue, ni rien après elle", e.ligne(), e.colonne(), e.getCause());
    }

    /** The reading of {@code dl}, or its error when one of its texts or its number of elements is out of bounds. */
    private LectureNuu borne(LectureNuu l, Noeud dl) {
        List<ErreurNuu> erreurs = new ArrayList<>();
        if (tropLong != null) {
            erreurs.add(new ErreurNuu(tropLong.chemin(), tropLong.ligne, tropLong.colonne, null,
                    "texte de plus de " + TEXTE_MAX + " caractères : demande non lue"));
        }
        if (tropNombreux != null) {
            erreurs.add(new ErreurNuu(tropNombreux.chemin(), tropNombreux.ligne, tropNombreux.colonne, null,
                    "demande de plus de " + ELEMENTS_MAX + " éléments : demande non lue"));
        }
        if (erreurs.isEmpty()) {
            return l;
        }
        erreurs.addAll(l.erreurs());
        return new LectureNuu(l.chemin(), l.ligne(), l.colonne(), l.numeroUnique(), null, erreurs, l.avertissements());
    }

    private Noeud lire(Noeud parent, String cheminRacine, int niveau) throws XMLStreamException, DocumentNuuIllisible {
        Location loc = xml.getLocation();
        if (niveau > PROFONDEUR_MAX) {
            throw new DocumentNuuIllisible("éléments imbriqués sur plus de " + PROFONDEUR_MAX + " niveaux",
                    ligne(loc), colonne(loc), null);
        }
        Map<String, String> attributs = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributs.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        Noeud n = new Noeud(xml.getLocalName(), attributs, ligne(loc), colonne(loc), parent, cheminRacine);
        StringBuilder texte = new StringBuilder();
        while (true) {
            int ev = xml.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++elements > ELEMENTS_MAX) {
                        if (tropNombreux == null) {
                            tropNombreux = n;
                        }
                        sauter(); // counted, not kept: the demande is refused
                    } else {
                        n.enfants.add(lire(n, null, niveau + 1));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (texte.length() + xml.getTextLength() <= TEXTE_MAX) {
                        texte.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    } else if (tropLong == null) {
                        tropLong = n; // the rest is read and dropped, a piece at a time
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    n.texte = texte.toString().strip();
                    return n;
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private void sauter() throws XMLStreamException {
        int niveau = 1;
        while (niveau > 0) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                niveau++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                niveau--;
            }
        }
    }

    private static DocumentNuuIllisible illisible(XMLStreamException e, BalisesBornees garde) {
        BalisesBornees.BaliseTropLongue t = garde.depassement();
        if (t != null) { // the parser wraps the stream's exception in its own words: the guard keeps it
            return new DocumentNuuIllisible("XML refusé : " + t.getMessage(), (int) t.ligne, 0, e);
        }
        Location loc = e.getLocation();
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        String raison = (i >= 0 ? m.substring(i + "Message: ".length()) : m).replaceAll("\\s+", " ").strip();
        // the JDK parser's messages for a cut file, in French; others are kept as the parser says them
        if (raison.startsWith("XML document structures must start and end within the same entity")) {
            raison = "le document s'arrête au milieu d'un élément";
        } else if (raison.startsWith("Premature end of file")) {
            raison = "fin de fichier prématurée";
        }
        if (raison.startsWith("JAXP0001")) { // a limit of the JDK parser (depth, attributes, name length)
            return new DocumentNuuIllisible("XML refusé : limite du lecteur dépassée : " + raison, ligne(loc),
                    colonne(loc), e);
        }
        return new DocumentNuuIllisible("XML mal formé (fichier tronqué ?) : " + raison, ligne(loc), colonne(loc), e);
    }

    private static int ligne(Location loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNumber());
    }

    private static int colonne(Location loc) {
        return loc == null ? 0 : Math.max(0, loc.getColumnNumber());
    }
}
