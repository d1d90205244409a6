package fr.cotation.internal.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where and how the engine runs a rule author's code (compiling, smoke scoring, Drools sessions, compliance checks):
 * with the engine's class loader as the thread's context class loader, and, when bounded, on a daemon worker thread
 * for at most a deadline. One per engine (it holds the engine's class loader); the worker threads are shared.
 */
final class Execution {
    /**
     * The threads grilles run on when they may run a rule author's code (Drools sessions, loading): daemon threads, so
     * that one abandoned past its deadline (a loop that ignores interruption) never keeps the JVM alive.
     */
    private static final ExecutorService FILS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cotation-grille");
        t.setDaemon(true);
        return t;
    });

    /** The class loader of packs and rule classes: the context class loader of every Drools call. */
    private final ClassLoader chargeur;

    Execution(ClassLoader chargeur) {
        this.chargeur = chargeur;
    }

    /**
     * Runs Drools work (compiling, scoring) with the engine's class loader as the thread's context class loader, then
     * puts the caller's back. Drools finds its services (executors, compilers) through the context class loader: on a
     * thread whose context loader cannot see Drools (a pool's worker under {@code mvn exec:java}, an application
     * server, a {@code ForkJoinPool} thread), a static initialiser fails once and that Drools class stays unusable
     * for the whole JVM.
     */
    <T, E extends Exception> T dansLeChargeur(Travail<T, E> travail) throws E {
        Thread fil = Thread.currentThread();
        ClassLoader avant = fil.getContextClassLoader();
        if (avant == chargeur) {
            return travail.faire();
        }
        fil.setContextClassLoader(chargeur);
        try {
            return travail.faire();
        } finally {
            fil.setContextClassLoader(avant);
        }
    }

    /** Drools work that may throw {@code E}. */
    @FunctionalInterface
    interface Travail<T, E extends Exception> {
        T faire() throws E;
    }

    /**
     * Runs {@code travail} on a worker thread and waits for it at most {@code delai}: past it, the thread is
     * interrupted and, if it goes on (a loop that never checks), abandoned at the lowest priority. Whatever the work
     * throws (an {@link Error} included) is thrown here, to the caller, which keeps it with the pack concerned.
     */
    static <T> T borne(Callable<T> travail, Duration delai) throws Throwable {
        AtomicReference<Thread> fil = new AtomicReference<>();
        Future<T> f = FILS.submit(() -> {
            fil.set(Thread.currentThread());
            try {
                return travail.call();
            } finally {
                fil.set(null);
                Thread.interrupted(); // a worker goes back to the pool without a pending interruption
            }
        });
        try {
            return f.get(delai.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            Thread t = fil.get();
            if (t != null) {
                t.setPriority(Thread.MIN_PRIORITY);
                t.setName("cotation-grille-abandonnee");
            }
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** A deadline as the messages say it: whole seconds, else milliseconds. */
    static String duree(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
