package fr.cotation.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the bytes read from an input, for the time left of the progress line. */
final class Compteur extends FilterInputStream {
    private final AtomicLong lus;

    Compteur(InputStream in, AtomicLong lus) {
        super(in);
        this.lus = lus;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            lus.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            lus.addAndGet(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        lus.addAndGet(s);
        return s;
    }
}
