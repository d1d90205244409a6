package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.examples.MoteurPartage;
import fr.cotation.demande.Bornes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 19, item 7 (inputs): seeded mutation fuzzing of the three readers of demandes, JSON, CSV and the
 * national XML, 10,200 cases. Each case is a valid file changed by one to three mutations (bytes deleted,
 * inserted, duplicated, swapped, the file cut, a value replaced by a hostile one: {@code 1e400000000}, a
 * formula, control characters, an external entity, a DTD), read to the end, and every demande read is scored.
 *
 * <p>Every case must: end within one second; throw nothing but the reader's own "file unreadable" error (no
 * RuntimeException, no OutOfMemoryError, no StackOverflowError); account for every record, each read or
 * rejected with its line; give back unchanged every record that lies before the first mutation; and, when
 * only values were replaced, account for exactly the records of the file. No file outside the working folder
 * is read or touched: the XML fragments name a file with a secret, which must never show.
 *
 * <p>A failure names the seed of its case: {@code cas(FORMAT, seed)} rebuilds the input.
 */
class FuzzLecteursTest {
    private static final long GRAINE = 0x5EC0_2026L;
    private static final int CAS_JSON = 3600;
    private static final int CAS_CSV = 3300;
    private static final int CAS_XML = 3300;
    private static final long LIMITE_MS = 1000;
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);
    private static final String SECRET = "SECRET-CANARI-19";

    @TempDir
    static Path dehors;
    private static Path canari;
    private static Map<String, Long> avant;
    private static ExecutorService executeur;
    private static CotationEngine moteur;

    /** A seed file: its text and the character offset where each of its records ends. */
    record Graine(String texte, List<Integer> finsDesRecords, List<String> numeros) {
    }

    /** A mutated file: its text, the first offset a mutation touched, whether only values were replaced. */
    record Cas(FormatEntree format, long seed, String texte, int premiereMutation, boolean valeursSeulement,
               Graine graine) {
        @Override
        public String toString() {
            int a = Math.min(texte.length(), premiereMutation);
            return format + " seed " + seed + " (mutation à " + a + ") : "
                    + Bornes.citer(texte.substring(Math.max(0, a - 20), Math.min(texte.length(), a + 60)));
        }
    }

    @BeforeAll
    static void preparer() throws IOException {
        canari = Files.writeString(dehors.resolve("secret.txt"), SECRET);
        avant = instantane();
        executeur = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-lecteurs");
            t.setDaemon(true);
            return t;
        });
        moteur = MoteurPartage.embarque();
        // the packs compile on first use (seconds): before the clock of the cases starts
        lire(new Cas(FormatEntree.JSON, 0, json().texte(), Integer.MAX_VALUE, false, json()));
    }

    @AfterAll
    static void fermer() throws IOException {
        executeur.shutdownNow();
        assertEquals(avant, instantane(), "no file touched outside the working folder nor in it");
        assertEquals(SECRET, Files.readString(canari));
    }

    /** Every file of the folder outside and of the module's folder, with its size and modification time. */
    private static Map<String, Long> instantane() throws IOException {
        Map<String, Long> m = new TreeMap<>();
        for (Path racine : List.of(dehors, Path.of("").toAbsolutePath())) {
            try (Stream<Path> s = Files.list(racine)) {
                for (Path p : s.filter(p -> !p.getFileName().toString().equals("target")).toList()) {
                    m.put(p.toString(), Files.getLastModifiedTime(p).toMillis() * 31 + Files.size(p));
                }
            }
        }
        return m;
    }

    // ------------------------------------------------------------------------------------------- seeds

    static Graine json() throws IOException {
        String une = CoterCommandeTest.json("cli/une-demande.json").strip();
        String[] n = {"0060622091500001A0601", "0060622091500002A0601", "0060622091500003A0601"};
        StringBuilder b = new StringBuilder("[\n");
        List<Integer> fins = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            b.append(une.replace(n[0], n[i]));
            fins.add(b.length());
            b.append(i < n.length - 1 ? ",\n" : "\n]\n");
        }
        return new Graine(b.toString(), fins, List.of(n));
    }

    static Graine csv() throws IOException {
        String texte = Files.readString(Path.of(Lancement.fixture("cli/demandes.csv")));
        List<Integer> fins = new ArrayList<>();
        List<String> numeros = new ArrayList<>();
        int debut = 0;
        for (String l : texte.split("\n", -1)) {
            int fin = debut + l.length();
            if (!l.isBlank() && !l.startsWith("#") && !l.startsWith("numeroUnique")) {
                fins.add(fin);
                numeros.add(l.substring(0, l.indexOf(',')));
            }
            debut = fin + 1;
        }
        return new Graine(texte, fins, numeros);
    }

    static Graine xml() throws IOException {
        String texte = Files.readString(Path.of(Lancement.fixture("sne/deux-demandes.xml")));
        List<Integer> fins = new ArrayList<>();
        List<String> numeros = new ArrayList<>();
        Matcher m = Pattern.compile("</n:demandeLogement>").matcher(texte);
        while (m.find()) {
            fins.add(m.end());
        }
        Matcher n = Pattern.compile("<n:numUnique>([^<]+)</n:numUnique>").matcher(texte);
        while (n.find()) {
            numeros.add(n.group(1));
        }
        return new Graine(texte, fins, numeros);
    }

    // ------------------------------------------------------------------------------------------- mutations

    /** Characters that mean something to one of the formats, and controls. */
    private static final String SIGNES = "{}[]\",:<>/'=\n\r\t\\&;#!?-+@\u0000\u001b\u0007\u2028\uFEFF\uD800é";

    /** Fragments placed at random, whatever they break. */
    private static final List<String> FRAGMENTS = List.of("1e400000000", "-1e999999999", "99999999999999999999",
            "\"\\u001b[2J\"", "=HYPERLINK(\"http://x/\"&A1)", "<!DOCTYPE r SYSTEM \"%CANARI%\">",
            "<!DOCTYPE r [<!ENTITY s SYSTEM \"%CANARI%\">]>", "&s;", "<![CDATA[", "]]>", "<!--", "-->",
            "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"%CANARI%\"/>", "\"\"\"", "}{", "][",
            "{\"numeroUnique\": ", "\"numeroUnique\": \"A\", \"numeroUnique\": \"B\",", "NaN", "Infinity", "null",
            "x".repeat(20_000), "9".repeat(2_000), "&#27;[2J");

    /** Values that keep a file's structure (JSON, CSV and XML forms). */
    private static final List<String> VALEURS_JSON = List.of("1e400000000", "-1e999999999", "1E-400000000",
            "99999999999999999999", "2.5", "-0", "null", "true", "[]", "{}", "\"\\u001b]0;x\\u0007\"",
            "\"=HYPERLINK(\\\"x\\\")\"", "\"" + "x".repeat(10_000) + "\"", "\"\\uD800\"", "-5", "1e3");
    private static final List<String> VALEURS_CSV = List.of("1e400000000", "-1e999999999", "99999999999999999999",
            "\"=HYPERLINK(\"\"x\"\")\"", "@SUM(1)", "\"a,b\"", "\"a\nb\"", "-1", "\u001b[2J", "x".repeat(10_000),
            "SAL=1e400000000", "\"\"", "#");
    private static final List<String> VALEURS_XML = List.of("1e400000000", "-1e999999999", "99999999999999999999",
            "&amp;&lt;", "x".repeat(20_000), "=HYPERLINK(&quot;x&quot;)", "", "  ", "&#x1F600;",
            "<![CDATA[" + "y".repeat(12_000) + "]]>");

    private static final Pattern VALEUR_JSON = Pattern.compile(":\\s*(-?\\d+(\\.\\d+)?|\"[^\"\\n]*\")");
    private static final Pattern VALEUR_CSV = Pattern.compile("(?<=,)[^,\\n\"]*(?=,)");
    private static final Pattern VALEUR_XML = Pattern.compile("(?<=>)[^<>\\n]+(?=</)");

    private static final Map<FormatEntree, Graine> GRAINES = new java.util.EnumMap<>(FormatEntree.class);

    static Cas cas(FormatEntree format, long seed) throws IOException {
        Graine g = GRAINES.get(format);
        if (g == null) {
            g = switch (format) {
                case JSON -> json();
                case CSV -> csv();
                case XML -> xml();
            };
            GRAINES.put(format, g);
        }
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder t = new StringBuilder(g.texte());
        int premiere = Integer.MAX_VALUE;
        boolean valeurs = r.nextInt(3) == 0;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int ou;
            if (valeurs) {
                Pattern p = format == FormatEntree.JSON ? VALEUR_JSON : format == FormatEntree.CSV ? VALEUR_CSV
                        : VALEUR_XML;
                List<int[]> places = new ArrayList<>();
                Matcher m = p.matcher(t);
                int corps = t.indexOf("\n", t.indexOf("\nnumeroUnique") + 1); // CSV: after the header
                while (m.find()) {
                    int debut = format == FormatEntree.JSON ? m.start(1) : m.start();
                    int fin = format == FormatEntree.JSON ? m.end(1) : m.end();
                    if (format != FormatEntree.CSV || debut > corps) {
                        places.add(new int[] {debut, fin});
                    }
                }
                int[] place = places.get(r.nextInt(places.size()));
                List<String> v = format == FormatEntree.JSON ? VALEURS_JSON : format == FormatEntree.CSV ? VALEURS_CSV
                        : VALEURS_XML;
                t.replace(place[0], place[1], v.get(r.nextInt(v.size())));
                ou = place[0];
            } else {
                ou = r.nextInt(t.length() + 1);
                switch (r.nextInt(7)) {
                    case 0 -> t.delete(ou, Math.min(t.length(), ou + 1 + r.nextInt(20)));
                    case 1 -> t.insert(ou, SIGNES.charAt(r.nextInt(SIGNES.length())));
                    case 2 -> {
                        int l = Math.min(t.length() - ou, 1 + r.nextInt(200));
                        t.insert(ou, t.substring(ou, ou + l));
                    }
                    case 3 -> t.setLength(ou);
                    case 4 -> t.insert(ou, FRAGMENTS.get(r.nextInt(FRAGMENTS.size()))
                            .replace("%CANARI%", canari.toUri().toString()));
                    case 5 -> {
                        int a = ou;
                        int b = r.nextInt(t.length() + 1);
                        int l = Math.min(30, Math.min(t.length() - Math.max(a, b), Math.abs(a - b)));
                        if (l > 0) {
                            int x = Math.min(a, b);
                            int y = Math.max(a, b);
                            String sx = t.substring(x, x + l);
                            String sy = t.substring(y, y + l);
                            t.replace(y, y + l, sx);
                            t.replace(x, x + l, sy);
                            ou = x;
                        }
                    }
                    default -> {
                        if (ou < t.length()) {
                            t.setCharAt(ou, SIGNES.charAt(r.nextInt(SIGNES.length())));
                        }
                    }
                }
            }
            premiere = Math.min(premiere, ou);
        }
        return new Cas(format, seed, t.toString(), premiere, valeurs, g);
    }

    // ------------------------------------------------------------------------------------------- reading

    /** What a case gave: the records in order, and the error that ended the file, if any. */
    record Issue(List<Lu> lus, FichierIllisible fin) {
    }

    private static Issue lire(Cas c) throws IOException {
        List<Lu> lus = new ArrayList<>();
        FichierIllisible fin = null;
        String nom = "fuzz." + c.format().name().toLowerCase(java.util.Locale.ROOT);
        try (LecteurDemandes l = FormatEntree.ouvrir(nom, new ByteArrayInputStream(c.texte()
                .getBytes(StandardCharsets.UTF_8)), c.format())) {
            for (Lu lu = l.suivant(); lu != null; lu = l.suivant()) {
                lus.add(lu);
                if (lu.demande() != null) {
                    CotationResult r = moteur.coter(lu.demande(), DATE);
                    assertTrue(r.valide() || !r.problemes().isEmpty(), () -> c + " : " + r);
                }
            }
        } catch (FichierIllisible e) {
            fin = e;
        }
        return new Issue(lus, fin);
    }

    /** Reads the case on the worker thread, within {@link #LIMITE_MS}; a slow case is read once more to tell a hang from a pause. */
    private static Issue dansLeTemps(Cas c) throws Exception {
        for (int essai = 0; ; essai++) {
            Future<Issue> f = executeur.submit(() -> lire(c));
            try {
                return f.get(LIMITE_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                if (essai > 0) {
                    executeur.shutdownNow();
                    executeur = Executors.newSingleThreadExecutor();
                    fail("plus d'une seconde, deux fois : " + c);
                }
            } catch (ExecutionException e) {
                throw new AssertionError("le lecteur a levé " + e.getCause() + " : " + c, e.getCause());
            }
        }
    }

    private static void verifier(Cas c, Issue i) {
        String quoi = c.toString();
        int rang = 0;
        for (Lu lu : i.lus()) {
            assertEquals(++rang, lu.rang(), quoi);
            assertTrue(lu.ligne() >= 1, "a record has a line: " + quoi);
            assertTrue(lu.demande() != null ^ !lu.rejets().isEmpty(), "read or rejected: " + quoi);
            for (Rejet r : lu.rejets()) {
                assertTrue(r.ligne() >= 1 && !r.message().isBlank(), "a rejet has its line and reason: " + quoi
                        + " : " + r.enLigne());
                String ligne = r.enLigne();
                assertFalse(ligne.chars().anyMatch(ch -> ch < 0x20), "no control character on the terminal: " + quoi);
                assertFalse(ligne.contains(SECRET), "the secret file is never read: " + quoi);
                assertTrue(ligne.length() < 2_000, "a rejet's line is short: " + quoi + " : " + Bornes.citer(ligne));
            }
            if (lu.demande() != null) {
                assertFalse(String.valueOf(lu.demande()).contains(SECRET), "the secret file is never read: " + quoi);
            }
        }
        if (i.fin() != null) {
            Rejet r = i.fin().rejet();
            assertFalse(r.enLigne().contains(SECRET), quoi);
            assertFalse(r.enLigne().chars().anyMatch(ch -> ch < 0x20), quoi);
            assertTrue(r.ligne() >= 1 || c.texte().isBlank() || i.lus().isEmpty(),
                    "a file that stops mid-way says where: " + quoi + " : " + r.enLigne());
        }
        // the records wholly before the first mutation come back unchanged
        List<Integer> fins = c.graine().finsDesRecords();
        for (int k = 0; k < fins.size() && fins.get(k) < c.premiereMutation(); k++) {
            assertTrue(i.lus().size() > k, "record " + (k + 1) + " before the mutation is read: " + quoi);
            Lu lu = i.lus().get(k);
            assertTrue(lu.demande() != null, "record " + (k + 1) + " before the mutation is read whole: " + quoi
                    + " : " + lu.rejets());
            assertEquals(c.graine().numeros().get(k), lu.demande().numeroUnique(), quoi);
        }
        // a value replaced keeps the structure: exactly the records of the file, none lost, none invented
        if (c.valeursSeulement()) {
            int attendus = fins.size();
            int comptes = i.lus().size();
            assertEquals(attendus, comptes, "every record accounted for: " + quoi + " : "
                    + i.lus().stream().flatMap(x -> x.rejets().stream()).map(Rejet::enLigne).toList()
                    + (i.fin() == null ? "" : " ; fin : " + i.fin().getMessage()));
        }
    }

    private static void campagne(FormatEntree format, int nombre, long decalage) throws Exception {
        int rejetes = 0;
        int lus = 0;
        int illisibles = 0;
        for (int k = 0; k < nombre; k++) {
            Cas c = cas(format, GRAINE + decalage + k);
            Issue i = dansLeTemps(c);
            verifier(c, i);
            for (Lu lu : i.lus()) {
                if (lu.demande() != null) {
                    lus++;
                } else {
                    rejetes++;
                }
            }
            illisibles += i.fin() == null ? 0 : 1;
        }
        // the campaign reached the three outcomes: a fuzzer whose mutations never bite proves nothing
        assertTrue(lus > nombre / 2 && rejetes > nombre / 10 && illisibles > 0,
                format + " : lues " + lus + ", rejetées " + rejetes + ", illisibles " + illisibles);
    }

    @Test
    void jsonFuzzing() throws Exception {
        campagne(FormatEntree.JSON, CAS_JSON, 0);
    }

    @Test
    void csvFuzzing() throws Exception {
        campagne(FormatEntree.CSV, CAS_CSV, 1_000_000);
    }

    @Test
    void xmlFuzzing() throws Exception {
        campagne(FormatEntree.XML, CAS_XML, 2_000_000);
    }
}
