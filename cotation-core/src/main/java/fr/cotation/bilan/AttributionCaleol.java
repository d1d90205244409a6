package fr.cotation.bilan;

import java.time.LocalDate;

/**
 * One attribution decided by the commission d'attribution (CALEOL, art. L.441-2 CCH) in the year: a freed dwelling
 * to a demande. Counted in the bilan of the year of its date.
 *
 * <p>The constructor throws {@code IllegalArgumentException} naming the field when the identifier, dwelling, demande or date is missing.
 *
 * @param identifiant its identifier, as the report names it
 * @param logement    reference of the dwelling ({@link LogementLibere#reference()})
 * @param demande     number of the demande satisfied ({@link MenageAttributaire#numero()})
 * @param date        date of the commission's decision
 * @param bailSigne   a lease was signed (the quartile objectives of art. L.441-1 count only those)
 */
public record AttributionCaleol(String identifiant, String logement, String demande, LocalDate date,
                                boolean bailSigne) {

    public AttributionCaleol {
        identifiant = Champs.requis("identifiant", identifiant);
        logement = Champs.requis("logement", logement);
        demande = Champs.requis("demande", demande);
        if (date == null) {
            throw new IllegalArgumentException("date absente (attribution " + identifiant + ")");
        }
    }
}
