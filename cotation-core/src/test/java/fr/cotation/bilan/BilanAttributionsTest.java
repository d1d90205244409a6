package fr.cotation.bilan;

import fr.cotation.bilan.Compte.Niveau;
import fr.cotation.bilan.Indicateur.Etat;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static fr.cotation.bilan.ObjectifLegal.AUTRES_QUARTILES_EN_QPV;
import static fr.cotation.bilan.ObjectifLegal.DALO_PRIORITAIRES;
import static fr.cotation.bilan.ObjectifLegal.PREMIER_QUARTILE_HORS_QPV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small territories whose figures are computed by hand in the comments. */
class BilanAttributionsTest {
    private static final String EPCI = "200030195";
    private static final LocalDate JUIN = LocalDate.of(2025, 6, 15);

    /** A territory under construction: one convention of the State, dwellings, households, attributions. */
    private static final class Territoire {
        final List<ConventionFlux> conventions = new ArrayList<>(List.of(new ConventionFlux("C-ETAT",
                TypeReservataire.ETAT, "Préfet", "Bailleur A", EPCI, 400, 30, 2, new BigDecimal("0.25"))));
        final List<LogementLibere> logements = new ArrayList<>();
        final List<MenageAttributaire> menages = new ArrayList<>();
        final List<AttributionCaleol> attributions = new ArrayList<>();
        final List<SeuilPremierQuartile> seuils = new ArrayList<>(List.of(new SeuilPremierQuartile(EPCI,
                LocalDate.of(2025, 1, 1), new BigDecimal("9000"), "arrêté fictif du test")));
        Map<String, BigDecimal> objectifsQpv = Map.of();

        /** An attribution of a dwelling of convention {@code convention} (null: the bailleur's own). */
        Territoire attribuer(String convention, boolean qpv, boolean bail, boolean dalo, boolean prioritaire,
                             String ressources) {
            int n = attributions.size() + 1;
            logements.add(new LogementLibere("L" + n, "Bailleur A", "06088", EPCI, qpv, convention));
            menages.add(new MenageAttributaire("D" + n, dalo, prioritaire,
                    ressources == null ? null : new BigDecimal(ressources), false));
            attributions.add(new AttributionCaleol("A" + n, "L" + n, "D" + n, JUIN, bail));
            return this;
        }

        Territoire etat(boolean dalo, boolean prioritaire) {
            return attribuer("C-ETAT", false, true, dalo, prioritaire, "20000");
        }

        Territoire horsQpv(String ressources) {
            return attribuer("C-ETAT", false, true, false, false, ressources);
        }

        Territoire enQpv(String ressources) {
            return attribuer("C-ETAT", true, true, false, false, ressources);
        }

        Bilan bilan() {
            return BilanAttributions.calculer(new DonneesBilan(2025, conventions, logements, menages, attributions,
                    seuils, objectifsQpv));
        }
    }

    private static Indicateur etat(Bilan b, ObjectifLegal o) {
        return b.compte(Niveau.RESERVATAIRE, "Préfet").orElseThrow().indicateur(o);
    }

    // 8 attributions: 25 % of 8 = 2 required.
    private static Territoire daloSur8(int daloOuPrioritaires) {
        Territoire t = new Territoire();
        for (int i = 0; i < 8; i++) {
            t.etat(i < daloOuPrioritaires && i % 2 == 0, i < daloOuPrioritaires && i % 2 == 1);
        }
        return t;
    }

    @Test
    void daloObjectiveAtUnderAndOverItsThreshold() {
        // 2 of 8 (one DALO, one priority public failing DALO): 25 % exactly, met, gap 0
        Indicateur juste = etat(daloSur8(2).bilan(), DALO_PRIORITAIRES);
        assertEquals(List.of(8, 2, 2, 0), List.of(juste.base(), juste.nombre(), juste.requis(), juste.ecart()));
        assertEquals(new BigDecimal("0.2500"), juste.part());
        assertEquals(Etat.ATTEINT, juste.etat());
        // 1 of 8: 12.5 %, missed by one attribution
        Indicateur sous = etat(daloSur8(1).bilan(), DALO_PRIORITAIRES);
        assertEquals(new BigDecimal("0.1250"), sous.part());
        assertEquals(-1, sous.ecart());
        assertEquals(Etat.NON_ATTEINT, sous.etat());
        // 3 of 8: 37.5 %, one over
        Indicateur sur = etat(daloSur8(3).bilan(), DALO_PRIORITAIRES);
        assertEquals(new BigDecimal("0.3750"), sur.part());
        assertEquals(1, sur.ecart());
        assertEquals(Etat.ATTEINT, sur.etat());
    }

    @Test
    void aShareOfNineRequiresThreeNotTwo() {
        // 25 % of 9 = 2.25: 3 attributions are needed; 2 of 9 (22.22 %) miss it
        Territoire t = daloSur8(2).etat(false, false);
        Indicateur i = etat(t.bilan(), DALO_PRIORITAIRES);
        assertEquals(List.of(9, 2, 3, -1), List.of(i.base(), i.nombre(), i.requis(), i.ecart()));
        assertEquals(new BigDecimal("0.2222"), i.part());
        assertEquals(Etat.NON_ATTEINT, i.etat());
    }

    @Test
    void firstQuartileOutsideQpvAtUnderAndOverItsThreshold() {
        // threshold 9,000 €/UC: 8,999.99 is below it, 9,000 is not ("inférieur", art. L.441-1)
        Territoire juste = new Territoire().horsQpv("8999.99").horsQpv("9000").horsQpv("15000").horsQpv("22000");
        // neither an unsigned lease nor a dwelling in QPV is in the base
        juste.attribuer("C-ETAT", false, false, false, false, "100");
        juste.enQpv("100");
        Indicateur i = etat(juste.bilan(), PREMIER_QUARTILE_HORS_QPV);
        assertEquals(List.of(4, 1, 1, 0), List.of(i.base(), i.nombre(), i.requis(), i.ecart()));
        assertEquals(Etat.ATTEINT, i.etat());

        Indicateur sous = etat(new Territoire().horsQpv("9000").horsQpv("9500").horsQpv("15000").horsQpv("22000")
                .bilan(), PREMIER_QUARTILE_HORS_QPV);
        assertEquals(List.of(0, -1), List.of(sous.nombre(), sous.ecart()));
        assertEquals(Etat.NON_ATTEINT, sous.etat());

        // a household rehoused by urban renewal counts whatever its resources
        Territoire sur = new Territoire().horsQpv("5000").horsQpv("15000").horsQpv("22000");
        sur.attribuer("C-ETAT", false, true, false, false, "30000");
        sur.menages.set(3, new MenageAttributaire("D4", false, false, new BigDecimal("30000"), true));
        Indicateur s = etat(sur.bilan(), PREMIER_QUARTILE_HORS_QPV);
        assertEquals(List.of(4, 2, 1, 1), List.of(s.base(), s.nombre(), s.requis(), s.ecart()));
        assertEquals(new BigDecimal("0.5000"), s.part());
        assertEquals(Etat.ATTEINT, s.etat());
    }

    @Test
    void otherQuartilesInQpvAtUnderAndOverFiftyPercent() {
        Indicateur juste = etat(new Territoire().enQpv("9000").enQpv("12000").enQpv("8000").enQpv(null).bilan(),
                AUTRES_QUARTILES_EN_QPV);
        // 9,000 is not below the threshold: other quartiles; unknown resources: in the base, not counted
        assertEquals(List.of(4, 2, 1, 2, 0), List.of(juste.base(), juste.nombre(), juste.nonRenseignes(),
                juste.requis(), juste.ecart()));
        assertEquals(new BigDecimal("0.5000"), juste.cible());
        assertEquals(Etat.ATTEINT, juste.etat());

        Indicateur sous = etat(new Territoire().enQpv("12000").enQpv("8000").enQpv("7000").enQpv("100").bilan(),
                AUTRES_QUARTILES_EN_QPV);
        assertEquals(List.of(1, -1), List.of(sous.nombre(), sous.ecart()));
        assertEquals(Etat.NON_ATTEINT, sous.etat());

        Indicateur sur = etat(new Territoire().enQpv("12000").enQpv("18000").enQpv("9100").enQpv("100").bilan(),
                AUTRES_QUARTILES_EN_QPV);
        assertEquals(List.of(3, 1), List.of(sur.nombre(), sur.ecart()));
        assertEquals(Etat.ATTEINT, sur.etat());
    }

    @Test
    void theTerritorysOwnQpvObjectiveReplacesFiftyPercent() {
        // 40 % of 5 = 2 required: 2 of 5 meet it where 50 % (3 required) would not
        Territoire t = new Territoire().enQpv("12000").enQpv("18000").enQpv("100").enQpv("200").enQpv("300");
        t.objectifsQpv = Map.of(EPCI, new BigDecimal("0.40"));
        Bilan b = t.bilan();
        Indicateur epci = b.compte(Niveau.EPCI, EPCI).orElseThrow().indicateur(AUTRES_QUARTILES_EN_QPV);
        assertEquals(new BigDecimal("0.4000"), epci.cible());
        assertEquals(List.of(5, 2, 2, 0), List.of(epci.base(), epci.nombre(), epci.requis(), epci.ecart()));
        assertEquals(Etat.ATTEINT, epci.etat());
        t.objectifsQpv = Map.of();
        assertEquals(Etat.NON_ATTEINT, etat(t.bilan(), AUTRES_QUARTILES_EN_QPV).etat());
    }

    @Test
    void theThresholdInForceOnTheDateIsRead() {
        // from 1 July the threshold rises to 9,600: 9,300 is first quartile in July, not in June
        Territoire t = new Territoire().horsQpv("9300");
        t.seuils.add(new SeuilPremierQuartile(EPCI, LocalDate.of(2025, 7, 1), new BigDecimal("9600"), "second"));
        assertEquals(0, etat(t.bilan(), PREMIER_QUARTILE_HORS_QPV).nombre());
        t.attributions.set(0, new AttributionCaleol("A1", "L1", "D1", LocalDate.of(2025, 7, 1), true));
        assertEquals(1, etat(t.bilan(), PREMIER_QUARTILE_HORS_QPV).nombre());
    }

    @Test
    void noThresholdIsAMissingInputNotAZero() {
        Territoire t = new Territoire().horsQpv("5000").enQpv("20000").etat(true, false);
        t.seuils.clear();
        Bilan b = t.bilan();
        Indicateur q1 = etat(b, PREMIER_QUARTILE_HORS_QPV);
        assertEquals(Etat.SEUIL_INCONNU, q1.etat());
        assertEquals(List.of(2, 0, 2), List.of(q1.base(), q1.nombre(), q1.nonRenseignes()));
        assertEquals(Etat.SEUIL_INCONNU, etat(b, AUTRES_QUARTILES_EN_QPV).etat());
        assertEquals(Etat.ATTEINT, etat(b, DALO_PRIORITAIRES).etat(), "the DALO objective needs no threshold");
    }

    @Test
    void aBaseWithoutAttributionIsNotMeasured() {
        Indicateur qpv = etat(new Territoire().horsQpv("5000").bilan(), AUTRES_QUARTILES_EN_QPV);
        assertEquals(Etat.SANS_ATTRIBUTION, qpv.etat());
        assertEquals(null, qpv.part());
    }

    @Test
    void aRotationThatWouldGiveANegativeFluxGivesZero() {
        // 10 freed of 200 (rotation 5 %), 14 taken out for mutations and rehousing: 10 − 14 < 0, flux 0
        ConventionFlux c = new ConventionFlux("C", TypeReservataire.COMMUNE, "Commune de Nice", "Bailleur A", EPCI,
                200, 10, 14, new BigDecimal("0.30"));
        assertEquals(new BigDecimal("0.0500"), c.rotation());
        assertEquals(0, c.liberesAttendus());
        assertTrue(c.fluxPlancher());
        assertEquals(new BigDecimal("0.00"), c.fluxAnnuel());
        // 30 freed of 400 (7.5 %), 2 deducted, 25 %: (30 − 2) × 0.25 = 7 dwellings
        ConventionFlux e = new Territoire().conventions.get(0);
        assertEquals(new BigDecimal("0.0750"), e.rotation());
        assertEquals(new BigDecimal("7.00"), e.fluxAnnuel());
        assertFalse(e.fluxPlancher());
        // 37 freed of 512, nothing deducted, 30 %: 11.1 dwellings
        ConventionFlux a = new ConventionFlux("A", TypeReservataire.ACTION_LOGEMENT, "Action Logement", "B", EPCI,
                512, 37, 0, new BigDecimal("0.30"));
        assertEquals(new BigDecimal("0.0723"), a.rotation());
        assertEquals(new BigDecimal("11.10"), a.fluxAnnuel());
    }

    @Test
    void anAttributionOutsideAnyConventionIsReportedNotLost() {
        Territoire t = new Territoire().etat(true, false);
        t.attribuer(null, false, true, false, false, "5000");        // the bailleur's own dwelling
        t.attribuer("C-INCONNUE", false, true, false, false, "5000"); // a convention not listed
        t.attribuer("C-ETAT", false, true, false, false, "5000");
        t.attributions.set(3, new AttributionCaleol("A4", "L-INCONNU", "D4", JUIN, true)); // a dwelling not listed
        t.etat(false, false);
        t.attributions.set(4, new AttributionCaleol("A5", "L5", "D5", LocalDate.of(2024, 12, 31), true));
        Bilan b = t.bilan();
        assertEquals(3, b.attributions(), "A1, A2, A3 counted; A4 and A5 reported");
        assertEquals(2, b.horsConvention());
        Compte bailleur = b.compte(Niveau.BAILLEUR, "Bailleur A").orElseThrow();
        assertEquals(2, bailleur.attributions());
        assertEquals(1, b.compte(Niveau.RESERVATAIRE, "Préfet").orElseThrow().attributions());
        assertEquals(3, b.compte(Niveau.EPCI, EPCI).orElseThrow().attributions());
        assertEquals(List.of("A3 convention C-INCONNUE", "A4 logement L-INCONNU", "A5 date 2024-12-31"),
                b.anomalies().stream().map(a -> a.attribution() + " " + a.champ() + " " + a.valeur()).toList());
        assertEquals(1, b.conventions().get(0).attributions());
    }

    @Test
    void aReservataireWithoutAttributionStillHasItsAccount() {
        Territoire t = new Territoire().etat(true, false);
        t.conventions.add(new ConventionFlux("C-COM", TypeReservataire.COMMUNE, "Commune de Nice", "Bailleur A", EPCI,
                60, 3, 5, new BigDecimal("0.20")));
        Compte commune = t.bilan().compte(Niveau.RESERVATAIRE, "Commune de Nice").orElseThrow();
        assertEquals(0, commune.attributions());
        assertTrue(commune.indicateurs().stream().allMatch(i -> i.etat() == Etat.SANS_ATTRIBUTION));
        assertEquals(TypeReservataire.COMMUNE, commune.typeReservataire());
    }

    @Test
    void anUnknownDemandeIsCountedAndReported() {
        Territoire t = new Territoire().etat(true, false).etat(false, false);
        t.menages.remove(1);
        Bilan b = t.bilan();
        Indicateur i = etat(b, DALO_PRIORITAIRES);
        assertEquals(List.of(2, 1, 1), List.of(i.base(), i.nombre(), i.nonRenseignes()));
        assertEquals("demande", b.anomalies().get(0).champ());
    }

    @Test
    void theBilanDoesNotDependOnTheOrderOfItsInputs() {
        Territoire t = daloSur8(3).horsQpv("5000").enQpv("12000");
        t.attribuer(null, true, true, true, false, "3000");
        Bilan avant = t.bilan();
        Random r = new Random(3);
        Collections.shuffle(t.logements, r);
        Collections.shuffle(t.menages, r);
        Collections.shuffle(t.attributions, r);
        assertEquals(avant, t.bilan());
    }

    @Test
    void impossibleInputsNameTheirField() {
        IllegalArgumentException part = assertThrows(IllegalArgumentException.class, () -> new ConventionFlux("C",
                TypeReservataire.ETAT, "P", "B", EPCI, 10, 1, 0, new BigDecimal("1.5")));
        assertTrue(part.getMessage().contains("part") && part.getMessage().contains("1.5"), part.getMessage());
        IllegalArgumentException vide = assertThrows(IllegalArgumentException.class, () -> new ConventionFlux("C",
                TypeReservataire.ETAT, "P", "B", EPCI, 0, 1, 0, new BigDecimal("0.2")));
        assertTrue(vide.getMessage().contains("perimetre"), vide.getMessage());
        Territoire t = new Territoire().etat(true, false);
        t.conventions.add(t.conventions.get(0));
        IllegalArgumentException doublon = assertThrows(IllegalArgumentException.class, t::bilan);
        assertEquals("convention en double : C-ETAT", doublon.getMessage());
        assertEquals(TypeReservataire.ACTION_LOGEMENT, TypeReservataire.lire("Action logement"));
        assertEquals(TypeReservataire.DEPARTEMENT, TypeReservataire.lire("département"));
        assertThrows(IllegalArgumentException.class, () -> TypeReservataire.lire("bailleur"));
    }
}
