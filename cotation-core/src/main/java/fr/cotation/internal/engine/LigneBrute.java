package fr.cotation.internal.engine;

import fr.cotation.demande.Preuve;

import java.math.BigDecimal;
import java.util.List;

/** A line as a rule gave it, before caps and rubrique rules. */
record LigneBrute(Critere critere, String regle, BigDecimal points, String explication, Preuve preuve,
                  boolean dependDeLaCommune, List<String> situations, List<String> categoriesL4411) {
}
