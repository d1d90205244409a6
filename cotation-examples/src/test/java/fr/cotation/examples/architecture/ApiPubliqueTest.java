package fr.cotation.examples.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/api.md} lists exactly the public API of cotation-core: the public types (nested ones included, when
 * every enclosing type is public too) of its compiled classes outside {@code fr.cotation.internal}, with their kind.
 */
class ApiPubliqueTest {
    private static final Pattern PAQUET = Pattern.compile("^## `([a-z.]+)`\\s*$");
    private static final Pattern TYPE = Pattern.compile("^\\| `([A-Za-z0-9.]+)` \\| ([a-z]+) \\|");

    @Test
    void docsApiListsEveryPublicTypeOfTheCoreAndNothingElse() throws IOException {
        Set<String> compilees = api(new ClassFileImporter()
                .importPath(Racine.racine().resolve("cotation-core/target/classes")));
        assertTrue(compilees.size() > 50, "API lue : " + compilees);
        Set<String> documentees = documentees(Racine.racine().resolve("docs/api.md"));
        List<String> ecarts = new ArrayList<>();
        for (String t : compilees) {
            if (!documentees.contains(t)) {
                ecarts.add("absent de docs/api.md : " + t);
            }
        }
        for (String t : documentees) {
            if (!compilees.contains(t)) {
                ecarts.add("dans docs/api.md mais pas dans l'API compilée : " + t);
            }
        }
        assertEquals(List.of(), ecarts, String.join("\n", ecarts));
    }

    /** "package Type kind" of each public type outside fr.cotation.internal. */
    static Set<String> api(JavaClasses classes) {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : classes) {
            String p = c.getPackageName();
            if (p.equals("fr.cotation.internal") || p.startsWith("fr.cotation.internal.") || c.isAnonymousClass()
                    || c.isLocalClass() || c.getSimpleName().equals("package-info") || !visible(c)) {
                continue;
            }
            String nom = c.getName().substring(p.length() + 1).replace('$', '.');
            String genre = c.isRecord() ? "record" : c.isEnum() ? "enum" : c.isAnnotation() ? "annotation"
                    : c.isInterface() ? "interface" : "class";
            out.add(p + " " + nom + " " + genre);
        }
        return out;
    }

    private static boolean visible(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC) && c.getEnclosingClass().map(ApiPubliqueTest::visible).orElse(true);
    }

    /** "package Type kind" of each row of the page, under its package heading. */
    static Set<String> documentees(Path page) throws IOException {
        Set<String> out = new TreeSet<>();
        String paquet = null;
        for (String ligne : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            Matcher p = PAQUET.matcher(ligne);
            if (p.matches()) {
                paquet = p.group(1);
                continue;
            }
            Matcher t = TYPE.matcher(ligne);
            if (t.find()) {
                assertTrue(paquet != null, "type avant tout paquet : " + ligne);
                out.add(paquet + " " + t.group(1) + " " + t.group(2));
            }
        }
        return out;
    }

    /** The page reader sees a row, its package and its kind; a type missing from the page is reported. */
    @Test
    void aTypeMissingFromThePageIsReported() throws IOException {
        Path page = Files.createTempFile("api", ".md");
        try {
            Files.writeString(page, "# API\n\n## `fr.cotation`\n\n| type | kind | what |\n|---|---|---|\n"
                    + "| `CotationEngine` | class | Scores. |\n| `CotationEngine.Builder` | class | Builds. |\n");
            Set<String> lues = documentees(page);
            assertEquals(Set.of("fr.cotation CotationEngine class", "fr.cotation CotationEngine.Builder class"), lues);
            Set<String> compilees = api(new ClassFileImporter()
                    .importPath(Racine.racine().resolve("cotation-core/target/classes")));
            assertTrue(compilees.containsAll(lues));
            assertTrue(compilees.contains("fr.cotation CotationResult record"), "absent de la page : reporté");
            assertTrue(compilees.stream().noneMatch(t -> t.startsWith("fr.cotation.internal")));
        } finally {
            Files.deleteIfExists(page);
        }
    }
}
