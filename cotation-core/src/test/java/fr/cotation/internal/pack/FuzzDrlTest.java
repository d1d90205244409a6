package fr.cotation.internal.pack;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.conformite.Constat;
import fr.cotation.internal.conformite.AnalyseDrl;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.Registre.NICE;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded mutation fuzzing of the DRL of an untrusted pack (issue 19): dangerous fragments (processes, files, system,
 * reflection, engine internals, MVEL, endless loops, breakouts of strings, text blocks, comments and blocks) are placed
 * in every syntactic position of a small valid grille (string literals, text blocks, comments, Unicode escapes,
 * metadata, constraints, consequences, the file's header), as written and encoded, and at random offsets. Each case is
 * checked by the allow-list within one second; every case the allow-list accepts is then loaded from an untrusted
 * directory and scored, and must start no process, touch no file outside the working folder and finish within the
 * scoring deadline of one second.
 */
class FuzzDrlTest {
    private static final long GRAINE = 19_2026L;
    /**
     * How many cases: 4,000 in the normal build (about 5 ms each, the parsers of Drools and of the Eclipse compiler);
     * {@code -Dcotation.fuzz.drl=100000} for a longer run. The data readers' fuzzing adds its own cases.
     */
    private static final int CAS = Integer.getInteger("cotation.fuzz.drl", 4_000);
    /** How many accepted cases are compiled and scored (compiling is what takes time). */
    private static final int ECHANTILLON = 200;

    /** A valid grille; {@code ⟦n⟧} marks the positions a fragment is placed at. */
    private static final String GABARIT = """
            package fuzz.p%d;
            // ⟦entete-commentaire⟧
            import fr.cotation.regles.*;

            global fr.cotation.regles.Note note;
            ⟦entete⟧
            rule "Règle %d"
                @critere("F%d") @libelle("⟦metadonnee-chaine⟧") @rubrique("R") @points(⟦metadonnee⟧)
            when
                /* ⟦condition-commentaire⟧ */
                $d : Dossier( ⟦contrainte⟧ )
                Situation( code == "⟦contrainte-chaine⟧" )
            then
                // ⟦consequence-commentaire⟧
                ⟦consequence⟧
                note.retenir(1, "⟦consequence-chaine⟧");
                ⟦bloc-de-texte⟧
            end
            """;
    /** What each position holds in the valid grille. */
    private static final Map<String, String> NEUTRES = new LinkedHashMap<>();

    static {
        NEUTRES.put("entete-commentaire", "grille de test");
        NEUTRES.put("entete", "");
        NEUTRES.put("metadonnee-chaine", "Critère");
        NEUTRES.put("metadonnee", "1");
        NEUTRES.put("condition-commentaire", "rien");
        NEUTRES.put("contrainte", "ancienneteMois >= 0");
        NEUTRES.put("contrainte-chaine", "DALO");
        NEUTRES.put("consequence-commentaire", "rien");
        NEUTRES.put("consequence", "");
        NEUTRES.put("consequence-chaine", "texte");
        NEUTRES.put("bloc-de-texte", ""); // a text block is refused by itself: the grille has one only around a fragment
    }

    /** Dangerous fragments; {@code M} is a marker file outside the working folder. */
    private static List<String> fragments(String m) {
        String q = "\"" + m + "\"";
        return List.of(
                "new ProcessBuilder(\"touch\", " + q + ").start();",
                "Runtime.getRuntime().exec(new String[] {\"touch\", " + q + "});",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(" + q + "), \"x\");",
                "new java.io.File(" + q + ").createNewFile()",
                "System.exit(3);",
                "System.setProperty(\"cotation.fuzz\", \"x\")",
                "\"; new ProcessBuilder(\"touch\", " + q + ").start(); String s = \"",
                "\"\"\"; new ProcessBuilder(\"touch\", " + q + ").start(); String t = \"\"\"",
                "*/ new ProcessBuilder(\"touch\", " + q + ").start(); /*",
                "\n new ProcessBuilder(\"touch\", " + q + ").start();\n",
                "} static { new ProcessBuilder(\"touch\", " + q + ").start(); } void x() {",
                "end\nrule \"Injectée\" when then new ProcessBuilder(\"touch\", " + q + ").start(); end\n",
                "declare ProcessBuilder end",
                "function void f() { new ProcessBuilder(\"touch\", " + q + ").start(); }",
                "eval( new java.io.File(" + q + ").createNewFile() )",
                "Class.forName(\"java.lang.Runtime\")",
                "$d.getClass().getClassLoader()",
                "kcontext.getKieRuntime().setGlobal(\"note\", null);",
                "@{new java.io.File(" + q + ").createNewFile()}",
                "while (true) { }",
                "code matches \"(a+)+b\"",
                "\u202e",
                "\u0000",
                "import java.io.File;",
                "query \"q\" Dossier( ) end",
                "ancienneteMois == java.lang.Integer.parseInt(\"1\")");
    }

    /** A fragment written as Java would decode it: every character, or only the risky ones, as backslash-u escapes. */
    private static String echapper(String s, boolean tout) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(tout || c == '"' || c == '\n' || c == '*' || c == '/' ? String.format("\\u%04x", (int) c)
                    : String.valueOf(c));
        }
        return b.toString();
    }

    private static String grille(int n, Map<String, String> valeurs) {
        String g = GABARIT.formatted(n, n, n);
        for (var e : valeurs.entrySet()) {
            String v = e.getKey().equals("bloc-de-texte") && !e.getValue().isEmpty()
                    ? "note.retenir(1, \"\"\"\n        " + e.getValue() + "\n        \"\"\");" : e.getValue();
            g = g.replace("⟦" + e.getKey() + "⟧", v);
        }
        return g;
    }

    /** The cases: every fragment in every position, plain and encoded, then random mutations, {@value #CAS} in all. */
    private static List<String> cas(String marqueur) {
        List<String> frags = fragments(marqueur);
        List<String> positions = List.copyOf(NEUTRES.keySet());
        List<String> out = new ArrayList<>();
        for (String f : frags) {
            for (String p : positions) {
                for (String forme : List.of(f, echapper(f, false), echapper(f, true))) {
                    Map<String, String> v = new LinkedHashMap<>(NEUTRES);
                    v.put(p, forme);
                    out.add(grille(out.size(), v));
                }
            }
        }
        SplittableRandom r = new SplittableRandom(GRAINE);
        while (out.size() < CAS) {
            Map<String, String> v = new LinkedHashMap<>(NEUTRES);
            int combien = 1 + r.nextInt(3);
            for (int i = 0; i < combien; i++) {
                String f = frags.get(r.nextInt(frags.size()));
                int mode = r.nextInt(4);
                f = mode == 1 ? echapper(f, false) : mode == 2 ? echapper(f, true)
                        : mode == 3 ? f.substring(0, r.nextInt(f.length() + 1)) : f;
                v.put(positions.get(r.nextInt(positions.size())), f);
            }
            String g = grille(out.size(), v);
            if (r.nextInt(4) == 0) { // a fragment at a random offset of the text
                int o = r.nextInt(g.length() + 1);
                g = g.substring(0, o) + frags.get(r.nextInt(frags.size())) + g.substring(o);
            }
            out.add(g);
        }
        return out;
    }

    @Test
    @Timeout(600)
    void noMutationOfAGrilleRunsCodeTouchesAFileOutsideOrHangs(@TempDir Path dir) throws IOException {
        Path travail = Files.createDirectories(dir.resolve("travail"));
        Path dehors = Files.createDirectories(dir.resolve("dehors"));
        String marqueur = dehors.resolve("temoin").toString();
        List<String> cas = cas(marqueur);
        assertTrue(cas.size() >= CAS);

        // the parsers' classes are loaded once, before any case is timed
        assertEquals(List.of(), ListePermise.verifier(List.of(new AnalyseDrl.Fichier("fuzz", "fuzz/neutre.drl",
                grille(0, NEUTRES)))));
        List<String> acceptes = new ArrayList<>();
        int refuses = 0;
        for (int i = 0; i < cas.size(); i++) {
            String drl = cas.get(i);
            String nom = "fuzz/" + i + ".drl";
            long debut = System.nanoTime();
            List<Constat> constats = ListePermise.verifier(List.of(new AnalyseDrl.Fichier("fuzz", nom, drl)));
            long ms = (System.nanoTime() - debut) / 1_000_000;
            // a hang or a catastrophic backtracking, not a speed measure: a case takes about 5 ms, and a build machine
            // shared with other builds was seen to stretch one past 1 s (speed is the benchmarks' business)
            if (ms > 10_000) {
                fail("cas " + i + " : vérification en " + ms + " ms\n" + drl);
            }
            if (constats.isEmpty()) {
                acceptes.add(drl);
            } else {
                refuses++;
                assertTrue(constats.stream().allMatch(c -> c.code().surete() && c.fichier().equals(nom)
                        && c.ligne() >= 1 && c.message().contains("trustedPackDirectory")), () -> constats.toString());
            }
        }
        assertTrue(refuses > cas.size() / 2, "most mutations are refused: " + refuses);
        assertTrue(acceptes.size() > 100, "harmless placements (in strings, comments) load: " + acceptes.size());

        // accepted cases, a deterministic sample of every kind, by packs of 50 files, loaded from an untrusted
        // directory, smoke-scored and scored
        long processus = ProcessHandle.current().children().count();
        List<String> tous = acceptes.stream().distinct().toList();
        List<String> distincts = new ArrayList<>();
        for (int k = 0; k < tous.size(); k += Math.max(1, tous.size() / ECHANTILLON)) {
            distincts.add(tous.get(k));
        }
        for (int debut = 0, n = 0; debut < distincts.size(); debut += 50, n++) {
            Path pack = Files.createDirectories(travail.resolve("lot" + n).resolve("fuzz" + n));
            List<String> fichiers = new ArrayList<>();
            for (int k = debut; k < Math.min(distincts.size(), debut + 50); k++) {
                Files.writeString(pack.resolve("c" + k + ".drl"), distincts.get(k));
                fichiers.add("c" + k + ".drl");
            }
            Files.writeString(pack.resolve("pack.yaml"), "id: fuzz" + n + "\nnom: Fuzz\nstatut: adoptee\nepci: \""
                    + SIREN_NCA + "\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\nrubriques:\n  - {code: R, libelle: R}\n"
                    + "grilles:\n  principale: [" + String.join(", ", fichiers) + "]\n");
            CotationEngine e = Moteurs.builder().packDirectory(travail.resolve("lot" + n))
                    .scoringTimeout(Duration.ofSeconds(1)).build();
            List<String> problemes = e.problemesPacks().stream().map(Object::toString).toList();
            assertTrue(problemes.stream().noneMatch(p -> p.contains("délai")), problemes::toString);
            Cotation c = e.coter(Demandes.pour(NICE).build(), EVALUATION).cotations().get(0);
            assertTrue(c.message() == null || !c.message().contains("délai"), c::message);
            try (Stream<Path> s = Files.list(dehors)) {
                assertEquals(List.of(), s.toList(), "aucun fichier créé hors du dossier de travail");
            }
            assertEquals(processus, ProcessHandle.current().children().count(), "aucun processus lancé");
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(dehors, travail), s.sorted().toList());
        }
        assertEquals(null, System.getProperty("cotation.fuzz"));
    }
}
