package fr.cotation;

import fr.cotation.regles.Note;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Drools type in the public API of cotation-core: no public or protected method, constructor or field of a public
 * type of an exported package (every package outside {@code fr.cotation.internal}), nor its supertypes, names a type
 * of {@code org.kie} or {@code org.drools}, generic arguments included. Read from the compiled classes.
 */
class ApiSansDroolsTest {
    @Test
    void noPublicSignatureOfTheCoreNamesADroolsType() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Note.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> ecarts = new ArrayList<>();
        int types = 0;
        try (Stream<Path> fichiers = Files.walk(classes)) {
            for (Path f : fichiers.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String nom = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (nom.startsWith("fr.cotation.internal.") || nom.endsWith("package-info") || nom.equals("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(nom, false, ApiSansDroolsTest.class.getClassLoader());
                if (!visible(c)) {
                    continue;
                }
                types++;
                List<Type> supers = new ArrayList<>(Arrays.asList(c.getGenericInterfaces()));
                if (c.getGenericSuperclass() != null) {
                    supers.add(c.getGenericSuperclass());
                }
                verifier(c.getName() + " (supertypes)", supers.toArray(new Type[0]), ecarts);
                for (Method m : c.getDeclaredMethods()) {
                    if (expose(m.getModifiers()) && !m.isSynthetic()) {
                        verifier(c.getName() + "." + m.getName(), Stream.of(new Type[] {m.getGenericReturnType()},
                                m.getGenericParameterTypes(), m.getGenericExceptionTypes()).flatMap(Arrays::stream)
                                .toArray(Type[]::new), ecarts);
                    }
                }
                for (Constructor<?> k : c.getDeclaredConstructors()) {
                    if (expose(k.getModifiers()) && !k.isSynthetic()) {
                        verifier(c.getName() + ".<init>", Stream.of(k.getGenericParameterTypes(),
                                k.getGenericExceptionTypes()).flatMap(Arrays::stream).toArray(Type[]::new), ecarts);
                    }
                }
                for (Field champ : c.getDeclaredFields()) {
                    if (expose(champ.getModifiers()) && !champ.isSynthetic()) {
                        verifier(c.getName() + "." + champ.getName(), new Type[] {champ.getGenericType()}, ecarts);
                    }
                }
            }
        }
        assertTrue(types > 50, "types publics lus : " + types);
        assertEquals(List.of(), ecarts, String.join("\n", ecarts));
    }

    /** The public API reached Drools once: {@code Note.retenir(RuleContext)}. The check sees such a signature. */
    @Test
    void theCheckSeesADroolsTypeInASignature() {
        List<String> ecarts = new ArrayList<>();
        verifier("exemple", new Type[] {org.kie.api.runtime.rule.RuleContext.class}, ecarts);
        verifier("liste", ListeDeRegles.class.getGenericInterfaces(), ecarts);
        assertEquals(2, ecarts.size(), ecarts::toString);
    }

    private interface ListeDeRegles extends java.util.function.Supplier<List<org.kie.api.definition.rule.Rule>> {
    }

    private static void verifier(String ou, Type[] types, List<String> ecarts) {
        for (Type t : types) {
            String n = t.getTypeName();
            if (n.contains("org.kie.") || n.contains("org.drools.")) {
                ecarts.add(ou + " : " + n);
            }
        }
    }

    private static boolean expose(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean visible(Class<?> c) {
        return Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null || visible(c.getEnclosingClass()))
                && !c.isAnonymousClass() && !c.isLocalClass();
    }
}
