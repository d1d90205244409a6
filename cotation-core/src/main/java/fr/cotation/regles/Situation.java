package fr.cotation.regles;

import fr.cotation.demande.Preuve;

/**
 * A situation of the demande, derived from its coded fields or declared (see the catalogue
 * {@link Situations}). Rules test it by code: {@code Situation( code == "SANS_LOGEMENT" )}; and may ask
 * for proof: {@code Situation( code == "HANDICAP", prouvee )}.
 */
public final class Situation {
    private final String code;
    private final Preuve preuve;

    public Situation(String code, Preuve preuve) {
        this.code = code;
        this.preuve = preuve;
    }

    /** Code of the catalogue, for example {@code "PROCEDURE_EXPULSION"}. */
    public String getCode() {
        return code;
    }

    /** Declared, justified or validated. */
    public Preuve getPreuve() {
        return preuve;
    }

    /** Justified by a document or validated by a social worker or the instructing desk. */
    public boolean isProuvee() {
        return preuve != Preuve.DECLAREE;
    }

    @Override
    public String toString() {
        return "Situation(" + code + ", " + preuve + ")";
    }
}
