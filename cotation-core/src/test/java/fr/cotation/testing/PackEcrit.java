package fr.cotation.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small packs into a temporary directory, for the tests of broken packs. A pack has one rubrique {@code R}
 * and one DRL file {@code regles.drl} made of a fixed 6-line header and the rules given, so that line numbers are
 * known: the first rule written with {@link #regle} starts at line 7, its condition is at line 10, its consequence at
 * line 12, and each following rule starts 8 lines further.
 */
public final class PackEcrit {
    /** Lines 1 to 6 of every {@code regles.drl}. */
    public static final String ENTETE = """
            package test.%s;

            import fr.cotation.regles.*;

            global fr.cotation.regles.Note note;

            """;

    private PackEcrit() {
    }

    /** A rule of 7 lines: name, metadata, when, condition, then, consequence, end; and a blank line. */
    public static String regle(String nom, String metadonnees, String condition, String consequence) {
        return "rule \"" + nom + "\"\n    " + metadonnees + "\nwhen\n    " + condition + "\nthen\n    " + consequence
                + "\nend\n\n";
    }

    /** A rule giving 1 point to criterion {@code critere} when {@code condition} holds, citing art. R.441-2-10 CCH. */
    public static String regle(String nom, String critere, String condition) {
        return regle(nom, "@critere(\"" + critere + "\") @libelle(\"" + nom + "\") @rubrique(\"R\") @points(1)"
                + " @reference(\"art. R.441-2-10 CCH\")", condition,
                "note.retenir();");
    }

    /** Writes {@code <dossier>/<id>/pack.yaml} for an EPCI, in force from 2020, and its {@code regles.drl}. */
    public static Path pack(Path dossier, String id, String epci, String regles) {
        return packDecrit(dossier, id, "epci: \"" + epci + "\"\nversion: \"1\"\nenVigueurDu: 2020-01-01\n", regles);
    }

    /** Writes a pack with free descriptor lines (epci, version, dates...). */
    public static Path packDecrit(Path dossier, String id, String descripteur, String regles) {
        Path p = dossier.resolve(id);
        try {
            Files.createDirectories(p);
            Files.writeString(p.resolve("pack.yaml"), "id: " + id + "\nnom: Pack de test " + id + "\nstatut: adoptee\n"
                    + descripteur + "rubriques:\n  - {code: R, libelle: \"Rubrique de test\"}\n"
                    + "grilles:\n  principale: [regles.drl]\n");
            Files.writeString(p.resolve("regles.drl"), ENTETE.formatted(id.replace('-', '_')) + regles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
