package fr.cotation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.cotation.CotationEngine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The packs of one folder, as {@code verify} and {@code grille} see them: the folder's packs, checked alone against
 * the embedded packs they need as bases (for example {@code paca-base}). The other embedded packs are not loaded, so
 * that a folder holding a copy or a new version of an embedded pack (same id, or same EPCI with overlapping dates)
 * is verified as it is, instead of being ignored or refused as a duplicate.
 */
final class PacksDuDossier {
    /** The classpath list of embedded packs (as {@code fr.cotation.internal.pack.PackReader} reads it). */
    static final String REGISTRE = "META-INF/cotation/packs";
    static final String DESCRIPTEUR = "pack.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * A descriptor as read here, only to know which packs a folder holds; the engine reads it for real.
     *
     * @param id      the pack id, {@code null} when the descriptor cannot be read (the engine reports why)
     * @param epci    SIREN, {@code null} for a base
     * @param fichier where it was found (a path, or a classpath resource)
     */
    record Descripteur(String id, String version, String base, String epci, String fichier) {
        boolean estBase() {
            return id != null && epci == null;
        }

        boolean estCharge(CotationEngine engine) {
            return id != null && engine.packs().stream().anyMatch(p -> p.id().equals(id) && p.version().equals(version));
        }
    }

    private PacksDuDossier() {
    }

    /** Whether {@code dossier} exists and holds a {@code pack.yaml}; prints why not on {@code err}. */
    static boolean lisible(Path dossier, PrintStream err) throws IOException {
        if (!Files.isDirectory(dossier)) {
            err.println(dossier + ": dossier de packs introuvable");
            return false;
        }
        try (Stream<Path> w = Files.walk(dossier)) {
            if (w.noneMatch(p -> p.getFileName().toString().equals(DESCRIPTEUR))) {
                err.println(dossier + ": aucun descripteur pack.yaml dans ce dossier ni ses sous-dossiers : un pack est "
                        + "un dossier avec un pack.yaml et ses fichiers DRL");
                return false;
            }
        }
        return true;
    }

    /** Every {@code pack.yaml} under {@code dossier}, in path order. */
    static List<Descripteur> lire(Path dossier) throws IOException {
        List<Path> chemins;
        try (Stream<Path> w = Files.walk(dossier)) {
            chemins = w.filter(p -> p.getFileName().toString().equals(DESCRIPTEUR)).sorted().toList();
        }
        List<Descripteur> out = new ArrayList<>();
        for (Path p : chemins) {
            out.add(descripteur(Files.readAllBytes(p), p.toString()));
        }
        return out;
    }

    private static Descripteur descripteur(byte[] yaml, String fichier) {
        try {
            JsonNode n = YAML.readTree(yaml);
            return new Descripteur(texte(n, "id"), texte(n, "version"), texte(n, "base"), texte(n, "epci"), fichier);
        } catch (IOException | RuntimeException e) {
            return new Descripteur(null, null, null, null, fichier);
        }
    }

    private static String texte(JsonNode n, String champ) {
        JsonNode v = n == null ? null : n.get(champ);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The embedded packs, read from the classpath list. */
    static List<Descripteur> embarques(ClassLoader chargeur) throws IOException {
        List<Descripteur> out = new ArrayList<>();
        for (String chemin : registre(chargeur)) {
            try (InputStream in = chargeur.getResourceAsStream(chemin)) {
                if (in != null) {
                    out.add(descripteur(in.readAllBytes(), "classpath:" + chemin));
                }
            }
        }
        return out;
    }

    private static List<String> registre(ClassLoader chargeur) throws IOException {
        Set<String> chemins = new TreeSet<>();
        Enumeration<URL> listes = chargeur.getResources(REGISTRE);
        while (listes.hasMoreElements()) {
            try (InputStream in = listes.nextElement().openStream()) {
                for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String s = l.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        chemins.add(s);
                    }
                }
            }
        }
        return List.copyOf(chemins);
    }

    /**
     * The engine of a folder: its packs ({@code confiance}: without the safety check) and, from the classpath, only
     * the embedded packs its packs extend, directly or through another base, that the folder does not define itself.
     */
    static CotationEngine moteur(Path dossier, boolean confiance) {
        try {
            ClassLoader parent = PacksDuDossier.class.getClassLoader();
            List<Descripteur> locaux = lire(dossier);
            Map<String, String> cheminParId = new LinkedHashMap<>();
            Map<String, String> baseParId = new LinkedHashMap<>();
            for (String chemin : registre(parent)) {
                try (InputStream in = parent.getResourceAsStream(chemin)) {
                    Descripteur d = in == null ? null : descripteur(in.readAllBytes(), chemin);
                    if (d != null && d.id() != null) {
                        cheminParId.put(d.id(), chemin);
                        baseParId.put(d.id(), d.base());
                    }
                }
            }
            Set<String> definis = locaux.stream().map(Descripteur::id).filter(i -> i != null).collect(Collectors.toSet());
            Set<String> gardes = new TreeSet<>();
            Deque<String> aVoir = new ArrayDeque<>();
            locaux.stream().map(Descripteur::base).filter(b -> b != null).forEach(aVoir::add);
            while (!aVoir.isEmpty()) {
                String id = aVoir.pop();
                if (definis.contains(id) || !cheminParId.containsKey(id) || !gardes.add(id)) {
                    continue;
                }
                if (baseParId.get(id) != null) {
                    aVoir.add(baseParId.get(id));
                }
            }
            String liste = gardes.stream().map(cheminParId::get).collect(Collectors.joining("\n", "", "\n"));
            CotationEngine.Builder b = CotationEngine.builder().classLoader(new ChargeurDeBases(parent, liste));
            return (confiance ? b.trustedPackDirectory(dossier) : b.packDirectory(dossier)).build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The embedded packs of the same id or the same EPCI as a pack of the folder: "id (EPCI)" of each. */
    static List<String> homonymes(Descripteur d, List<Descripteur> embarques) {
        return embarques.stream().filter(e -> e.id() != null && d.id() != null)
                .filter(e -> e.id().equals(d.id()) || (d.epci() != null && d.epci().equals(e.epci())))
                .map(e -> e.id() + " " + e.version()).distinct().toList();
    }

    /** The application's class loader, with a list of embedded packs of its own instead of the jars' lists. */
    private static final class ChargeurDeBases extends ClassLoader {
        private final URL registre;

        ChargeurDeBases(ClassLoader parent, String liste) throws IOException {
            super("cotation-bases", parent);
            byte[] octets = liste.getBytes(StandardCharsets.UTF_8);
            this.registre = new URL(null, "cotation-bases:" + REGISTRE, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    return new URLConnection(u) {
                        @Override
                        public void connect() {
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(octets);
                        }
                    };
                }
            });
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return REGISTRE.equals(name) ? Collections.enumeration(List.of(registre)) : super.getResources(name);
        }
    }
}
