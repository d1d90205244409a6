package fr.cotation.territoire;

import fr.cotation.internal.Csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The registry of communes and EPCI the engine knows: which EPCI a commune belongs to, and whether an
 * INSEE code is a current commune, a merged one, or lies outside the covered area. Immutable and
 * thread-safe.
 *
 * <p>Registries are found on the classpath through the files {@value #REGISTRE}: each line names a
 * resource folder holding {@code communes.csv}, {@code epci.csv} and {@code source.properties} (see the
 * PACA module for the format and the script that generates them from the official table).
 */
public final class Referentiel {
    /** Classpath file listing the registry folders a jar provides. */
    public static final String REGISTRE = "META-INF/cotation/referentiels";

    private final Map<String, CommuneRef> communes;
    private final Map<String, String> fusionnees;
    private final Map<String, String> nomsEpci;
    private final Set<String> departementsCouverts;

    private Referentiel(Map<String, CommuneRef> communes, Map<String, String> fusionnees, Map<String, String> nomsEpci,
                        Set<String> departementsCouverts) {
        this.communes = Collections.unmodifiableMap(communes);
        this.fusionnees = Collections.unmodifiableMap(fusionnees);
        this.nomsEpci = Collections.unmodifiableMap(nomsEpci);
        this.departementsCouverts = Collections.unmodifiableSet(departementsCouverts);
    }

    /** A registry with nothing in it: every commune is outside the covered area. */
    public static Referentiel vide() {
        return new Referentiel(Map.of(), Map.of(), Map.of(), Set.of());
    }

    /** Every registry listed in {@value #REGISTRE} files visible to {@code loader}, merged. */
    public static Referentiel fromClasspath(ClassLoader loader) {
        Builder b = new Builder();
        try {
            for (String f : fr.cotation.internal.Registres.entrees(loader, REGISTRE)) {
                b.addFolder(loader, f.endsWith("/") ? f.substring(0, f.length() - 1) : f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lecture du référentiel impossible : " + e.getMessage(), e);
        }
        return b.build();
    }

    /** Whether {@code code} has the shape of an INSEE commune code (5 characters, Corsica as 2A/2B). */
    public static boolean estCodeInsee(String code) {
        // the shape (\d{2}|2A|2B)\d{3}, checked by hand: a regular expression per code cost more than the lookups
        if (code == null || code.length() != 5) {
            return false;
        }
        char c0 = code.charAt(0);
        char c1 = code.charAt(1);
        boolean departement = chiffre(c0) && chiffre(c1) || c0 == '2' && (c1 == 'A' || c1 == 'B');
        return departement && chiffre(code.charAt(2)) && chiffre(code.charAt(3)) && chiffre(code.charAt(4));
    }

    private static boolean chiffre(char c) {
        return c >= '0' && c <= '9';
    }

    /** The current commune (or municipal arrondissement) with this INSEE code. */
    public Optional<CommuneRef> commune(String code) {
        return Optional.ofNullable(communes.get(code));
    }

    /** Every commune of one EPCI, in code order. */
    public List<CommuneRef> communesDe(String sirenEpci) {
        return communes.values().stream().filter(c -> sirenEpci.equals(c.epci()))
                .sorted(java.util.Comparator.comparing(CommuneRef::code)).toList();
    }

    /** The name of an EPCI, if the registry knows it. */
    public Optional<String> nomEpci(String siren) {
        return Optional.ofNullable(nomsEpci.get(siren));
    }

    /** Every commune the registry knows. */
    public Collection<CommuneRef> communes() {
        return communes.values();
    }

    /**
     * Why {@code code} is not a current commune of the registry, in French, naming the code; empty
     * when it is one.
     */
    public Optional<String> pourquoiInconnue(String code) {
        if (communes.containsKey(code)) {
            return Optional.empty();
        }
        if (!estCodeInsee(code)) {
            return Optional.of("'" + code + "' n'est pas un code INSEE de commune (5 caractères, par exemple 06088)");
        }
        String parent = fusionnees.get(code);
        if (parent != null) {
            CommuneRef p = communes.get(parent);
            return Optional.of("la commune " + code + " a fusionné dans " + parent + (p == null ? "" : " (" + p.nom() + ")")
                    + " : utiliser le code de la commune nouvelle");
        }
        if (couvre(code)) {
            return Optional.of("le code " + code + " n'est pas une commune du département " + departement(code)
                    + " (référentiel officiel)");
        }
        return Optional.of("la commune " + code + " est hors du territoire couvert par le référentiel (départements "
                + String.join(", ", new java.util.TreeSet<>(departementsCouverts)) + ")");
    }

    /** Whether the registry holds every commune of the département of {@code code}. */
    public boolean couvre(String code) {
        return estCodeInsee(code) && departementsCouverts.contains(departement(code));
    }

    private static String departement(String code) {
        return code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
    }

    /** Assembles a registry from the data files of one or more folders. */
    static final class Builder {
        private final Map<String, CommuneRef> communes = new LinkedHashMap<>();
        private final Map<String, String> fusionnees = new HashMap<>();
        private final Map<String, String> nomsEpci = new HashMap<>();
        private final Set<String> departements = new HashSet<>();

        void addFolder(ClassLoader loader, String folder) throws IOException {
            Properties source = new Properties();
            try (InputStream in = loader.getResourceAsStream(folder + "/source.properties")) {
                if (in != null) {
                    source.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            String region = source.getProperty("region");
            for (Map<String, String> row : Csv.read(loader.getResourceAsStream(folder + "/epci.csv"), folder + "/epci.csv")) {
                nomsEpci.put(row.get("siren"), row.get("nom"));
            }
            List<Map<String, String>> rows = Csv.read(loader.getResourceAsStream(folder + "/communes.csv"),
                    folder + "/communes.csv");
            for (Map<String, String> row : rows) {
                String code = row.get("code_insee");
                String type = row.get("type");
                String epci = blankToNull(row.get("epci_siren"));
                switch (type) {
                    case "COM", "ARM" -> communes.put(code, new CommuneRef(code, row.get("nom"), row.get("departement"),
                            epci, epci == null ? null : nomsEpci.get(epci), population(folder, code, row.get("population"))));
                    case "COMD", "COMA" -> fusionnees.putIfAbsent(code, row.get("commune_parente"));
                    default -> throw new IllegalStateException(folder + "/communes.csv : type de commune inconnu '"
                            + type + "' pour " + code);
                }
                if (region != null && region.equals(row.get("region"))) {
                    departements.add(row.get("departement"));
                }
            }
        }

        Referentiel build() {
            fusionnees.keySet().removeAll(communes.keySet());
            return new Referentiel(new LinkedHashMap<>(communes), new HashMap<>(fusionnees), new HashMap<>(nomsEpci),
                    new HashSet<>(departements));
        }
    }

    /** The optional {@code population} column: empty or absent gives {@code null}. */
    private static Integer population(String folder, String code, String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(valeur.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(folder + "/communes.csv : population '" + valeur + "' illisible pour " + code, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
