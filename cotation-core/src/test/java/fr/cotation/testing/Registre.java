package fr.cotation.testing;

import fr.cotation.territoire.Referentiel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Objects;

/**
 * The small commune registry of the tests: seven communes of the Alpes-Maritimes in three EPCI (real INSEE and
 * SIREN codes), read from {@code src/test/resources/referentiel-test} through a class loader of its own, so that
 * no test-only {@code META-INF/cotation/referentiels} is visible to the rest of the test classpath.
 */
public final class Registre {
    public static final String NICE = "06088";
    public static final String CAGNES = "06027";
    public static final String SAINT_LAURENT = "06123";
    public static final String ANTIBES = "06004";
    public static final String VALLAURIS = "06155";
    public static final String BIOT = "06018";
    /** In the registry, but its EPCI (Riviera Française) has no test pack. */
    public static final String MENTON = "06083";
    /** Paris: a well-formed code of a département the registry does not cover. */
    public static final String PARIS = "75056";

    public static final String SIREN_NCA = "200030195";
    public static final String SIREN_CASA = "240600585";
    public static final String SIREN_CARF = "240600551";

    private static final Referentiel REFERENTIEL = charger();

    private Registre() {
    }

    public static Referentiel referentiel() {
        return REFERENTIEL;
    }

    private static Referentiel charger() {
        URL racine = Objects.requireNonNull(Registre.class.getResource("/referentiel-test/"), "referentiel-test absent");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {racine}, null)) {
            return Referentiel.fromClasspath(loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
