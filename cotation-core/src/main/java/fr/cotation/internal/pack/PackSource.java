package fr.cotation.internal.pack;

import fr.cotation.pack.PackDescriptor;

import java.io.IOException;

/**
 * A pack descriptor as read, with the way to read the pack's files (classpath or directory).
 *
 * @param location where the descriptor was found, for messages
 * @param descriptor the descriptor (territory not yet resolved)
 * @param fichiers  reads a file relative to the descriptor's folder
 */
public record PackSource(String location, PackDescriptor descriptor, Fichiers fichiers) {

    /** Reads the files of one pack folder. */
    @FunctionalInterface
    public interface Fichiers {
        /** The text of {@code relatif}, or an exception naming it. */
        String lire(String relatif) throws IOException;
    }
}
