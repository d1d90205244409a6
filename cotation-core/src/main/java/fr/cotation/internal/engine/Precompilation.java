package fr.cotation.internal.engine;

import fr.cotation.ProblemePack;
import fr.cotation.demande.Demande;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.internal.pack.PackSource;
import fr.cotation.regles.PrioritesL4411;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The build step of a pack jar (exec-maven-plugin, {@code process-classes}): compiles every grille of the packs found
 * on the class path, as an engine compiles them, and writes one entry per grille into a directory, normally
 * {@code target/classes/META-INF/cotation/compilees}: the jar then carries its grilles compiled, and an engine
 * without a cache directory reads them ({@link CacheCompilation}) instead of running Drools' compiler at start-up.
 *
 * <p>Entries have the cache directory's name, format and key: what is read back goes through the same checks. The
 * directory is emptied of entries first, so that it holds exactly the grilles of the packs as they are now: the
 * same packs, Drools and Java versions and rule vocabulary give the same entry names. Embedded entries are never
 * read here (the directory being written is on the class path). Grilles of bases are written too (the compliance
 * check compiles a base alone). Silent when every pack loads; a pack that does not load is reported on the standard
 * error and gets no entry, and the build goes on (the pack's tests report it in full).
 */
public final class Precompilation {
    private Precompilation() {
    }

    /** Argument: the directory to fill. Prints the problems of the packs, if any, and then how many grilles were written. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage : Precompilation <répertoire des grilles compilées>");
        }
        Path repertoire = Path.of(args[0]);
        int effacees = vider(repertoire);
        ClassLoader chargeur = Precompilation.class.getClassLoader();
        Moteur moteur = new Moteur(new Moteur.Config(chargeur, true, Set.of(), List.of(), List.of(), null,
                PrioritesL4411.nationales(), 10_000, Demande.COMMUNES_SOUHAITEES_MAX, repertoire, true, false,
                CacheCompilation.POUR_LE_CLASSPATH, Moteur.DELAI_COTATION, Moteur.DELAI_CHARGEMENT));
        List<ProblemePack> problemes = new ArrayList<>(moteur.problemes()); // compiles every territorial pack
        for (PackSource s : PackReader.fromClasspath(chargeur, p -> { })) {
            if (s.descriptor().estBase()) {
                moteur.conformite(s.descriptor().id(), s.descriptor().version()); // compiles the base alone
            }
        }
        if (!problemes.isEmpty()) { // silent otherwise, like the rest of a quiet build (mvn -q)
            problemes.forEach(p -> System.err.println("précompilation : pack non chargé : " + p));
            System.err.println("précompilation : " + moteur.usageCache().ecrites() + " grille(s) compilée(s) écrite(s) dans "
                    + repertoire + " (" + moteur.packs().size() + " pack(s) chargé(s), " + effacees
                    + " entrée(s) précédente(s) effacée(s), " + problemes.size() + " problème(s))");
        }
    }

    /** Removes the entries of an earlier build; how many. */
    private static int vider(Path repertoire) throws IOException {
        if (!Files.isDirectory(repertoire)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> fichiers = Files.list(repertoire)) {
            for (Path f : fichiers.filter(f -> f.getFileName().toString().endsWith(CacheCompilation.SUFFIXE)
                    || f.getFileName().toString().endsWith(".tmp")).sorted().toList()) {
                Files.delete(f);
                n++;
            }
        }
        return n;
    }
}
