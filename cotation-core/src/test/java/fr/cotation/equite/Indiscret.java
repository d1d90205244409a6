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
    private static final ThreadLocal<Demande> EN_COURS = new ThreadLocal<>();

    private Indiscret() {
    }

    /** Scores with {@code engine}, the demande visible to {@link #demandeurFrancais()}. */
    static CotationResult coter(CotationEngine engine, Demande d, LocalDate date) {
        EN_COURS.set(d);
        try {
            return engine.score(d, date);
        } finally {
            EN_COURS.remove();
        }
    }

    /** Whether the demandeur of the demande being scored is French: what no grille may read. */
    public static boolean demandeurFrancais() {
        Demande d = EN_COURS.get();
        return d != null && d.menage().demandeur() != null
                && d.menage().demandeur().identite().nationalite() == Nationalite.FRANCAISE;
    }
}
