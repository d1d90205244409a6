package fr.cotation.internal.pack;

import fr.cotation.pack.PackDescriptor;

import java.io.IOException;

/**
 * A pack descriptor as read, with the way to read the pack's files (classpath or directory).
 *
 * @param location where the descriptor was found, for messages
 * @param descriptor the descriptor (territory not yet resolved)
 * @param fichiers  reads a file relative to the descriptor's folder
 * @param origine   where the pack comes from, which decides whether its DRL is checked before compiling
 */
public record PackSource(String location, PackDescriptor descriptor, Fichiers fichiers, Origine origine) {

    /** Where a pack was found. */
    public enum Origine {
        /** In a jar or folder of the class path: code the application already trusts and runs. */
        CLASSPATH,
        /** In a pack directory: its DRL is checked for safety before it is compiled. */
        REPERTOIRE,
        /** In a directory the application declared trusted: loaded without the safety check. */
        REPERTOIRE_DE_CONFIANCE
    }

    /** Whether the DRL of this pack must pass the safety check before it is compiled. */
    public boolean aVerifier() {
        return origine == Origine.REPERTOIRE;
    }

    /**
     * A pack whose descriptor has errors: it is not loaded, but its DRL files are still checked in the same run
     * (syntax, allow-list, vocabulary), so that an author sees every problem of the pack at once.
     *
     * @param id       the id written in the descriptor, else its location
     * @param base     the id of the base written in the descriptor, or null
     * @param drl      the DRL files to check: those its {@code grilles} lists, else every {@code .drl} of its folder
     * @param fichiers reads a file relative to the descriptor's folder
     * @param origine  where the pack comes from
     */
    public record Casse(String id, String base, java.util.List<String> drl, Fichiers fichiers, Origine origine) {
        /** Whether its DRL must pass the safety check before it is compiled. */
        public boolean aVerifier() {
            return origine == Origine.REPERTOIRE;
        }
    }

    /** Reads the files of one pack folder. */
    @FunctionalInterface
    public interface Fichiers {
        /** The text of {@code relatif}, or an exception naming it. */
        String lire(String relatif) throws IOException;
    }
}
