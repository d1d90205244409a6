package fr.cotation.examples.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the relative links of Markdown pages: each target file or folder must exist, and an anchor ({@code #...})
 * into a Markdown page must name one of its headings (as GitHub makes anchors of headings) or an HTML {@code id}.
 * Links in code (fenced blocks, {@code `code spans`}) and absolute URLs are not followed.
 */
final class LiensDocumentation {
    /** An inline link or image: {@code [text](target)} or {@code [text](target "title")}. */
    private static final Pattern LIEN = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition: {@code [label]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern TITRE = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ID_HTML = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("`+[^`]*`+");
    private static final Pattern SCHEMA = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<Path, Set<String>> ancres = new HashMap<>();

    /** Every broken link of these pages, one line each: {@code page:line: target: why}. */
    List<String> casses(List<Path> pages) {
        List<String> out = new ArrayList<>();
        for (Path page : pages) {
            List<String> lignes = lire(page);
            boolean bloc = false;
            for (int i = 0; i < lignes.size(); i++) {
                String ligne = lignes.get(i);
                if (ligne.strip().startsWith("```") || ligne.strip().startsWith("~~~")) {
                    bloc = !bloc;
                    continue;
                }
                if (bloc) {
                    continue;
                }
                String texte = CODE.matcher(ligne).replaceAll("");
                List<String> cibles = new ArrayList<>();
                Matcher m = LIEN.matcher(texte);
                while (m.find()) {
                    cibles.add(m.group(1));
                }
                Matcher r = REFERENCE.matcher(texte);
                if (r.matches()) {
                    cibles.add(r.group(1));
                }
                for (String cible : cibles) {
                    String pourquoi = verifier(page, cible);
                    if (pourquoi != null) {
                        out.add(page + ":" + (i + 1) + ": " + cible + ": " + pourquoi);
                    }
                }
            }
        }
        return out;
    }

    /** Why this link of this page is broken, or null when it is not (or is not followed). */
    private String verifier(Path page, String cible) {
        if (SCHEMA.matcher(cible).find() || cible.startsWith("//")) {
            return null;
        }
        int diese = cible.indexOf('#');
        String chemin = diese < 0 ? cible : cible.substring(0, diese);
        String ancre = diese < 0 ? null : cible.substring(diese + 1);
        Path fichier = chemin.isEmpty() ? page : page.getParent().resolve(decoder(chemin)).normalize();
        if (!Files.exists(fichier)) {
            return "fichier absent (" + fichier + ")";
        }
        if (ancre != null && !ancre.isEmpty() && fichier.toString().endsWith(".md")) {
            Set<String> connues = ancres.computeIfAbsent(fichier, LiensDocumentation::ancresDe);
            if (!connues.contains(decoder(ancre).toLowerCase(Locale.ROOT))) {
                return "ancre absente de " + fichier.getFileName();
            }
        }
        return null;
    }

    /** The anchors of a Markdown page: its headings' as GitHub makes them (with -1, -2... for repeats), HTML ids. */
    static Set<String> ancresDe(Path page) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> vues = new HashMap<>();
        boolean bloc = false;
        for (String ligne : lire(page)) {
            if (ligne.strip().startsWith("```") || ligne.strip().startsWith("~~~")) {
                bloc = !bloc;
                continue;
            }
            if (bloc) {
                continue;
            }
            Matcher id = ID_HTML.matcher(ligne);
            while (id.find()) {
                out.add(id.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher t = TITRE.matcher(ligne);
            if (t.matches()) {
                String base = ancre(t.group(2));
                int n = vues.merge(base, 1, Integer::sum) - 1;
                out.add(n == 0 ? base : base + "-" + n);
            }
        }
        return out;
    }

    /** GitHub's anchor of a heading: the text of its links, lower case, punctuation dropped, spaces to hyphens. */
    static String ancre(String titre) {
        String texte = titre.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
        return texte.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    private static String decoder(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<String> lire(Path page) {
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
