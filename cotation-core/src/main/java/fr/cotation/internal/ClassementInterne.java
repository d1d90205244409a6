package fr.cotation.internal;

import fr.cotation.CotationResult;
import fr.cotation.classement.Classement;
import fr.cotation.demande.Demande;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reaches a setting of {@link Classement.Builder} that is not public: ranking a stock whose results were already
 * scored at the classement's evaluation date, instead of scoring it again. The fairness suite uses it to rank the
 * demandes it has scored (property 6) at no extra scoring cost. Not API: internal packages change without notice.
 */
public final class ClassementInterne {
    private static volatile BiConsumer<Classement.Builder, Function<Demande, CotationResult>> resultats;

    private ClassementInterne() {
    }

    /** Called once by {@link Classement}'s initialisation. */
    public static void installer(BiConsumer<Classement.Builder, Function<Demande, CotationResult>> acces) {
        if (resultats != null) {
            throw new IllegalStateException("déjà installé");
        }
        resultats = Objects.requireNonNull(acces);
    }

    /**
     * Makes {@code builder}'s classement read each demande's result from {@code resultats} (which must give, for every
     * demande of the stock, its result at the evaluation date) instead of scoring it with the engine.
     */
    public static Classement.Builder resultats(Classement.Builder builder,
                                               Function<Demande, CotationResult> resultats) {
        // a Builder exists only through Classement.builder(), which has initialised Classement and installed the hook
        ClassementInterne.resultats.accept(Objects.requireNonNull(builder), resultats);
        return builder;
    }
}
