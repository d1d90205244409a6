package fr.cotation.territoire;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The national registry in the column layout that {@code cotation-core/scripts/generate-referentiel.py} writes
 * ({@code communes.colonnes.gz}, described in the script): loading it is decompressing and copying a few arrays, so
 * that the first load in a fresh JVM does not run per-row code in the interpreter. A commune's {@link CommuneRef} is
 * made when it is first looked up (by binary search on the sorted codes) and kept. Immutable once read, thread-safe:
 * two threads may each make the same record, and either is kept (records are equal).
 */
final class Colonnes extends AbstractMap<String, CommuneRef> {
    private static final byte[] MAGIQUE = "COTCOL1\n".getBytes(StandardCharsets.US_ASCII);

    private final int[] codes;
    private final int[] populations;
    private final short[] epci;
    private final short[] departement;
    private final int[] debutsNoms;
    private final byte[] noms;
    private final String[] sirens;
    private final String[] nomsEpci;
    private final String[] departements;
    private final int[] anciens;
    private final int[] actuelles;
    /** The records made so far, by row. */
    private final CommuneRef[] faites;
    /** The communes of each EPCI asked for, by SIREN. */
    private final Map<String, List<CommuneRef>> parEpci = new ConcurrentHashMap<>();

    private Colonnes(DataInputStream in) throws IOException {
        byte[] magique = new byte[MAGIQUE.length];
        in.readFully(magique);
        if (!Arrays.equals(magique, MAGIQUE)) {
            throw new IOException("communes.colonnes.gz : format inconnu (régénérer avec generate-referentiel.py)");
        }
        int n = in.readInt();
        codes = entiers(in, n);
        populations = entiers(in, n);
        epci = courts(in, n);
        departement = courts(in, n);
        debutsNoms = entiers(in, n + 1);
        noms = octets(in, in.readInt());
        int e = in.readInt();
        int[] s = entiers(in, e);
        sirens = new String[e];
        for (int i = 0; i < e; i++) {
            sirens[i] = neufChiffres(s[i]);
        }
        int[] debuts = entiers(in, e + 1);
        byte[] blocEpci = octets(in, in.readInt());
        nomsEpci = new String[e];
        for (int i = 0; i < e; i++) {
            nomsEpci[i] = new String(blocEpci, debuts[i], debuts[i + 1] - debuts[i], StandardCharsets.UTF_8);
        }
        departements = new String[in.readShort()];
        for (int i = 0; i < departements.length; i++) {
            departements[i] = new String(octets(in, in.readUnsignedByte()), StandardCharsets.US_ASCII);
        }
        int m = in.readInt();
        anciens = entiers(in, m);
        actuelles = entiers(in, m);
        faites = new CommuneRef[n];
    }

    /** Reads the layout from a stream (already decompressed). */
    static Colonnes lire(InputStream in) throws IOException {
        return new Colonnes(new DataInputStream(in));
    }

    private static byte[] octets(DataInputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    private static int[] entiers(DataInputStream in, int n) throws IOException {
        int[] out = new int[n];
        ByteBuffer.wrap(octets(in, 4 * n)).asIntBuffer().get(out);
        return out;
    }

    private static short[] courts(DataInputStream in, int n) throws IOException {
        short[] out = new short[n];
        ByteBuffer.wrap(octets(in, 2 * n)).asShortBuffer().get(out);
        return out;
    }

    private static String neufChiffres(int siren) {
        String s = Integer.toString(siren);
        return "000000000".substring(s.length()) + s;
    }

    /** The base-36 reading of an INSEE code of 5 digits or capital letters; -1 for anything else. */
    static int code36(Object cle) {
        if (!(cle instanceof String s) || s.length() != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < 5; i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 36 + d;
        }
        return v;
    }

    private static String code(int v) {
        char[] c = new char[5];
        for (int i = 4; i >= 0; i--) {
            int d = v % 36;
            c[i] = (char) (d < 10 ? '0' + d : 'A' + d - 10);
            v /= 36;
        }
        return new String(c);
    }

    private int ligne(Object cle) {
        int v = code36(cle);
        return v < 0 ? -1 : Math.max(Arrays.binarySearch(codes, v), -1);
    }

    private CommuneRef commune(int i) {
        CommuneRef c = faites[i];
        if (c == null) {
            int e = epci[i];
            c = new CommuneRef(code(codes[i]), new String(noms, debutsNoms[i], debutsNoms[i + 1] - debutsNoms[i],
                    StandardCharsets.UTF_8), departements[departement[i]], e < 0 ? null : sirens[e],
                    e < 0 ? null : nomsEpci[e], populations[i] < 0 ? null : populations[i]);
            faites[i] = c;
        }
        return c;
    }

    @Override
    public CommuneRef get(Object cle) {
        int i = ligne(cle);
        return i < 0 ? null : commune(i);
    }

    @Override
    public boolean containsKey(Object cle) {
        return ligne(cle) >= 0;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public Set<Entry<String, CommuneRef>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, CommuneRef>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < codes.length;
                    }

                    @Override
                    public Entry<String, CommuneRef> next() {
                        if (i >= codes.length) {
                            throw new NoSuchElementException();
                        }
                        CommuneRef c = commune(i++);
                        return new SimpleImmutableEntry<>(c.code(), c);
                    }
                };
            }

            @Override
            public int size() {
                return codes.length;
            }
        };
    }

    /** Every commune of one EPCI, in code order; found once per SIREN by a scan of the EPCI column. */
    List<CommuneRef> communesDe(String siren) {
        List<CommuneRef> deja = parEpci.get(siren);
        if (deja != null) {
            return deja;
        }
        int e = Arrays.binarySearch(sirens, siren);
        List<CommuneRef> out = new ArrayList<>();
        if (e >= 0) {
            for (int i = 0; i < epci.length; i++) {
                if (epci[i] == e) {
                    out.add(commune(i));
                }
            }
        }
        List<CommuneRef> avant = parEpci.putIfAbsent(siren, List.copyOf(out));
        return avant == null ? parEpci.get(siren) : avant;
    }

    /** Former codes (communes déléguées, associées, old codes) and the current commune of each. */
    Map<String, String> fusionnees() {
        Map<String, String> out = new HashMap<>(anciens.length * 2);
        for (int i = 0; i < anciens.length; i++) {
            out.put(code(anciens[i]), code(actuelles[i]));
        }
        return out;
    }

    /** The name of each EPCI, by SIREN. */
    Map<String, String> nomsEpci() {
        Map<String, String> out = new HashMap<>(sirens.length * 2);
        for (int i = 0; i < sirens.length; i++) {
            out.put(sirens[i], nomsEpci[i]);
        }
        return out;
    }

    /** The départements the registry covers. */
    List<String> departements() {
        return List.of(departements);
    }
}
