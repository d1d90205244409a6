package fr.cotation.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a long run, on the error stream of a terminal only: demandes read, rate, time left
 * (from the bytes read out of the total size of the input files). It is redrawn at most 4 times a second
 * and erased before anything else is written to the terminal.
 */
final class Progression {
    private static final long INTERVALLE = 250_000_000L;

    private final PrintStream err;
    private final boolean actif;
    private final LongSupplier horloge;
    private final LongSupplier octetsLus;
    private final long octetsTotal;
    private final String participe;
    private long debut;
    private long dernier;
    private int largeur;

    /**
     * @param actif       whether the error stream is a terminal
     * @param octetsTotal total size of the inputs, negative when unknown (standard input)
     */
    Progression(PrintStream err, boolean actif, LongSupplier horloge, LongSupplier octetsLus, long octetsTotal) {
        this(err, actif, horloge, octetsLus, octetsTotal, "lue");
    }

    /**
     * @param fait      what was done so far, in the unit of {@code total} (bytes read, demandes written...)
     * @param total     the amount to reach, negative when unknown
     * @param participe what happens to each demande, feminine singular: {@code "lue"}, {@code "écrite"}
     */
    Progression(PrintStream err, boolean actif, LongSupplier horloge, LongSupplier fait, long total, String participe) {
        this.participe = participe;
        this.err = err;
        this.actif = actif;
        this.horloge = horloge;
        this.octetsLus = fait;
        this.octetsTotal = total;
        this.debut = horloge.getAsLong();
        this.dernier = debut;
    }

    /** A message while nothing is counted yet (loading the grilles). */
    void annoncer(String texte) {
        if (actif) {
            afficher(texte);
        }
    }

    /** Starts the clock of the rate: the first demande is about to be read. */
    void demarrer() {
        debut = horloge.getAsLong();
        dernier = debut;
    }

    /** {@code lues} demandes read so far; redraws when the last drawing is old enough. */
    void avancer(long lues) {
        if (!actif) {
            return;
        }
        long maintenant = horloge.getAsLong();
        if (maintenant - dernier < INTERVALLE) {
            return;
        }
        dernier = maintenant;
        afficher(texte(participe, lues, maintenant - debut, octetsLus.getAsLong(), octetsTotal));
    }

    /** Erases the line, if drawn. */
    void effacer() {
        if (largeur > 0) {
            err.print("\r" + " ".repeat(largeur) + "\r");
            err.flush();
            largeur = 0;
        }
    }

    private void afficher(String texte) {
        String t = "\r" + texte + (largeur > texte.length() ? " ".repeat(largeur - texte.length()) : "");
        err.print(t);
        err.flush();
        largeur = Math.max(largeur, texte.length());
    }

    /** "12 400 demandes lues · 850 /s · reste ~ 1 min 05 s" (rest omitted while unknown). */
    static String texte(long lues, long nanos, long octetsLus, long octetsTotal) {
        return texte("lue", lues, nanos, octetsLus, octetsTotal);
    }

    static String texte(String participe, long lues, long nanos, long octetsLus, long octetsTotal) {
        double secondes = nanos / 1e9;
        StringBuilder b = new StringBuilder(lues == 1 ? "1 demande " + participe : String.format(Locale.FRANCE,
                "%,d demandes %ss", lues, participe).replace('\u202f', ' ').replace('\u00a0', ' '));
        if (secondes > 0) {
            b.append(String.format(Locale.FRANCE, " · %,.0f /s", lues / secondes).replace('\u202f', ' ')
                    .replace('\u00a0', ' '));
        }
        if (octetsTotal > 0 && octetsLus > 0 && octetsLus <= octetsTotal) {
            long reste = Math.round(secondes * (octetsTotal - octetsLus) / octetsLus);
            b.append(" · reste ~ ").append(reste >= 60 ? reste / 60 + " min " + String.format("%02d", reste % 60) + " s"
                    : reste + " s");
        }
        return b.toString();
    }
}
