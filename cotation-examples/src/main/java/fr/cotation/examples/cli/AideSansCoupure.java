package fr.cotation.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The help wrapped at spaces only, never inside a path or a file name. picocli wraps its columns with the JDK's line
 * {@link java.text.BreakIterator}, which breaks after a dot or a comma followed by a letter: {@code docs/generation.}
 * at the end of one line and {@code md} at the start of the next, {@code export-sne.} and {@code xml}, a list of CSV
 * columns cut after a comma; and at the space French puts before {@code ;} and {@code :}, leaving the mark alone at
 * the start of a line. Before picocli lays the help out, each such dot, comma and space is replaced by a character of
 * the private use area that the iterator does not break after (same width, so the columns stay aligned); every help
 * section is given back with the real characters.
 */
final class AideSansCoupure {
    private static final char POINT = '\uE000';
    private static final char VIRGULE = '\uE001';
    private static final char ESPACE = '\uE002';

    private AideSansCoupure() {
    }

    /** Applies the rule to the help of {@code cl} and of all its sub-commands. */
    static void appliquer(CommandLine cl) {
        cl.setHelpFactory((spec, couleurs) -> new Help(spec, couleurs) {
            @Override
            public IOptionRenderer createDefaultOptionRenderer() {
                IOptionRenderer r = super.createDefaultOptionRenderer();
                return (option, etiquette, c) -> proteger(r.render(option, etiquette, c), c);
            }

            @Override
            public IParameterRenderer createDefaultParameterRenderer() {
                IParameterRenderer r = super.createDefaultParameterRenderer();
                return (parametre, etiquette, c) -> proteger(r.render(parametre, etiquette, c), c);
            }
        });
        appliquerA(cl);
    }

    private static void appliquerA(CommandLine cl) {
        UsageMessageSpec u = cl.getCommandSpec().usageMessage();
        u.header(proteger(u.header()));
        u.description(proteger(u.description()));
        u.footer(proteger(u.footer()));
        Map<String, String> codes = new LinkedHashMap<>();
        u.exitCodeList().forEach((code, texte) -> codes.put(code, proteger(texte)));
        u.exitCodeList(codes);
        Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
        sections.replaceAll((cle, r) -> aide -> rendre(r.render(aide)));
        cl.setHelpSectionMap(sections);
        for (CommandLine sous : cl.getSubcommands().values()) {
            appliquerA(sous);
        }
    }

    /** {@code texte} with each dot or comma followed by a letter or digit made unbreakable. */
    static String proteger(String texte) {
        if (texte == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(texte);
        for (int i = 0; i + 1 < b.length(); i++) {
            char c = b.charAt(i);
            char d = b.charAt(i + 1);
            if ((c == '.' || c == ',') && Character.isLetterOrDigit(d)) {
                b.setCharAt(i, c == '.' ? POINT : VIRGULE);
            } else if (c == ' ' && (d == ';' || d == ':' || d == '!' || d == '?' || d == '»')
                    || c == '«' && d == ' ') {
                b.setCharAt(c == ' ' ? i : i + 1, ESPACE); // French spacing: the mark stays with its word
            }
        }
        return b.toString();
    }

    /** The rendered help with the real dots and commas. */
    static String rendre(String aide) {
        return aide == null ? null : aide.replace(POINT, '.').replace(VIRGULE, ',').replace(ESPACE, ' ');
    }

    private static String[] proteger(String[] lignes) {
        return Arrays.stream(lignes).map(AideSansCoupure::proteger).toArray(String[]::new);
    }

    private static Text[][] proteger(Text[][] lignes, Help.ColorScheme couleurs) {
        for (Text[] ligne : lignes) {
            int derniere = ligne.length - 1;
            if (derniere >= 0 && ligne[derniere] != null) {
                String plain = ligne[derniere].plainString();
                String protege = proteger(plain);
                if (!protege.equals(plain)) {
                    ligne[derniere] = couleurs.text(protege);
                }
            }
        }
        return lignes;
    }
}
