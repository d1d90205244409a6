package fr.cotation.regles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A {@link Dossier} is built by naming its quantities; a copy changes only what is named. */
class DossierTest {

    @Test
    void theBuilderSetsQuantitiesByNameAndLeavesTheOthersZeroOrUnknown() {
        Dossier d = Dossier.builder().ancienneteMois(30).ageDemandeur(41).couple(true).tauxEffort(35.5).build();
        assertEquals(30, d.getAncienneteMois());
        assertEquals(41, d.getAgeDemandeur());
        assertTrue(d.isCouple());
        assertEquals(35.5, d.getTauxEffort());
        assertEquals(0, d.getNombreAdultes());
        assertFalse(d.isMonoparental());
        assertNull(d.getResteAVivre(), "a quantity not given is unknown, not zero");
    }

    @Test
    void toBuilderCopiesEveryQuantity() throws ReflectiveOperationException {
        Dossier d = Dossier.builder().ancienneteMois(1).moisDepuisRenouvellement(2).ageDemandeur(3).tailleMenage(4)
                .nombreAdultes(5).nombrePersonnesACharge(6).nombreEnfantsMineurs(7).naissancesAttendues(8)
                .nombreEnfantsEnGarde(9).nombreActifs(10).couple(true).monoparental(true).mutation(true)
                .nombreCommunesSouhaitees(11).ressourcesMensuelles(12.5).loyerMensuel(13.5).tauxEffort(14.5)
                .resteAVivre(15.5).resteAVivreParUC(16.5).personnesParPiece(17.5).m2ParPersonne(18.5).build();
        assertEquals(quantites(d), quantites(d.toBuilder().build()));
        Dossier plusAge = d.toBuilder().ageDemandeur(60).build();
        java.util.Map<String, Object> attendues = quantites(d);
        attendues.put("getAgeDemandeur", 60);
        assertEquals(attendues, quantites(plusAge));
        assertEquals(21, attendues.size(), "every quantity read");
    }

    /** Every getter of the dossier and its value. */
    private static java.util.Map<String, Object> quantites(Dossier d) throws ReflectiveOperationException {
        java.util.Map<String, Object> out = new java.util.TreeMap<>();
        for (java.lang.reflect.Method m : Dossier.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getDeclaringClass() == Dossier.class
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                out.put(m.getName(), m.invoke(d));
            }
        }
        return out;
    }
}
