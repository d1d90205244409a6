package fr.cotation.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats {@code score} reads, and how a file's format is found: option, extension, then content. */
enum FormatEntree {
    /** The JSON form of docs/json.md. */
    JSON,
    /** The flat CSV of docs/cli.md. */
    CSV,
    /** The national exchange format (interfaceNuu). */
    XML;

    private static final int REGARD = 1 << 16;

    /** The format of {@code fichier} by its extension, {@code null} when it says nothing. */
    static FormatEntree parExtension(String fichier) {
        String f = fichier.toLowerCase(Locale.ROOT);
        if (f.endsWith(".json")) {
            return JSON;
        }
        if (f.endsWith(".csv")) {
            return CSV;
        }
        if (f.endsWith(".xml")) {
            return XML;
        }
        return null;
    }

    /**
     * A reader for one input: the format is {@code impose}, else the extension's, else the content's
     * ({@code [} or <code>{</code> JSON, {@code <} XML, anything else CSV).
     *
     * @throws FichierIllisible when the input is empty or its beginning does not fit the format
     */
    static LecteurDemandes ouvrir(String fichier, InputStream brut, FormatEntree impose) throws FichierIllisible {
        BufferedInputStream in = new BufferedInputStream(brut, REGARD);
        int premier;
        boolean bom;
        try {
            in.mark(REGARD);
            bom = in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF;
            if (!bom) {
                in.reset();
            }
            premier = in.read();
            while (premier == ' ' || premier == '\t' || premier == '\r' || premier == '\n') {
                premier = in.read();
            }
            in.reset();
            if (bom) {
                in.skipNBytes(3);
            }
        } catch (IOException e) {
            throw new FichierIllisible(fichier, 0, 0, "lecture impossible : " + e.getMessage(), e);
        }
        if (premier < 0) {
            throw new FichierIllisible(fichier, 0, 0, "fichier vide : aucune demande à lire", null);
        }
        FormatEntree format = impose != null ? impose : parExtension(fichier);
        if (format == null) {
            format = premier == '[' || premier == '{' ? JSON : premier == '<' ? XML : CSV;
        }
        return switch (format) {
            case JSON -> new LecteurJson(fichier, in, premier);
            case CSV -> new LecteurCsv(fichier, new InputStreamReader(in, StandardCharsets.UTF_8));
            case XML -> new LecteurXml(fichier, in);
        };
    }
}
