package fr.cotation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the project's classpath registry files ({@code META-INF/cotation/packs}, {@code referentiels},
 * {@code scenarios}): every file of that name visible to a class loader, one entry a line, {@code #} starting
 * a comment. Several jars may each provide one; their entries are merged.
 */
public final class Registres {
    private Registres() {
    }

    /** The entries of every {@code registre} file visible to {@code loader}, sorted and without duplicates. */
    public static List<String> entrees(ClassLoader loader, String registre) {
        Set<String> entrees = new TreeSet<>();
        try {
            Enumeration<URL> fichiers = loader.getResources(registre);
            while (fichiers.hasMoreElements()) {
                try (InputStream in = fichiers.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String e = line.strip();
                        if (!e.isEmpty() && !e.startsWith("#")) {
                            entrees.add(e);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de " + registre + " impossible : " + e.getMessage(), e);
        }
        return List.copyOf(entrees);
    }
}
