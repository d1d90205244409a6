package fr.cotation.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The tool's standard output given to a writer that closes its stream: flushed, never closed. */
final class NonFerme extends FilterOutputStream {
    NonFerme(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
