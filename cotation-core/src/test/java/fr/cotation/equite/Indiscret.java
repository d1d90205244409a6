package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Nationalite;

import java.time.LocalDate;

/**
 * Smuggles the demande being scored to the rules of the unfair test pack, which the engine never allows (it inserts
 * no protected datum into a session): the suite scores through {@link #coter}, which keeps the demande in a
 * thread-local variable the pack's {@code eval} reads. Tests only.
 */
public final class Indiscret {
    /**
     * The demande being scored. Not a thread-local: the engine runs a grille that needs a Drools session on a worker
     * thread of its own (to stop it at its deadline), so the rule does not run on the caller's thread; scorings through
     * this class are therefore one at a time.
     */
    private static volatile Demande enCours;

    private Indiscret() {
    }

    /** Scores with {@code engine}, the demande visible to {@link #demandeurFrancais()}. */
    static synchronized CotationResult coter(CotationEngine engine, Demande d, LocalDate date) {
        enCours = d;
        try {
            return engine.coter(d, date);
        } finally {
            enCours = null;
        }
    }

    /** Whether the demandeur of the demande being scored is French: what no grille may read. */
    public static boolean demandeurFrancais() {
        Demande d = enCours;
        return d != null && d.menage().demandeur() != null
                && d.menage().demandeur().identite().nationalite() == Nationalite.FRANCAISE;
    }
}
