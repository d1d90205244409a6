package fr.cotation.conformite;

import java.util.List;

/**
 * The compliance report of one pack: every finding at once, errors first, in file and line order.
 * Obtained from {@code CotationEngine.conformite(packId, version)} or {@code CotationEngine.conformite()}.
 *
 * @param pack     pack id
 * @param version  pack version
 * @param constats the findings; empty when the pack passes every check
 */
public record Conformite(String pack, String version, List<Constat> constats) {

    public Conformite {
        constats = List.copyOf(constats);
    }

    /** No finding of severity {@link Gravite#ERREUR}: the pack is lawful and safe as written. */
    public boolean conforme() {
        return erreurs().isEmpty();
    }

    /** The findings of severity {@link Gravite#ERREUR}. */
    public List<Constat> erreurs() {
        return constats.stream().filter(c -> c.gravite() == Gravite.ERREUR).toList();
    }

    /** The findings of severity {@link Gravite#AVERTISSEMENT}. */
    public List<Constat> avertissements() {
        return constats.stream().filter(c -> c.gravite() == Gravite.AVERTISSEMENT).toList();
    }

    /** The findings of severity {@link Gravite#INFORMATION}: nothing to correct. */
    public List<Constat> informations() {
        return constats.stream().filter(c -> c.gravite() == Gravite.INFORMATION).toList();
    }
}
