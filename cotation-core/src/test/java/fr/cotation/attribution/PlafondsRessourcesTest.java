package fr.cotation.attribution;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped ceilings against their published values. Sources: for 2026, the arrêté du 19 décembre 2025 (JORF du
 * 24 décembre 2025, NOR VLOL2534266A) as reported by lessentieldeleco.fr ("4982-hlm-comment-obtenir-un-logement-social-
 * en-2026": PLUS 1 personne 23 403 € en régions, 26 920 € à Paris; 2 personnes 31 254 / 40 233; 4 personnes
 * 45 374 / 62 968; par personne supplémentaire +9 394 à Paris); for 2025, plan-immobilier.fr ("de-nouveaux-plafonds-
 * de-ressources-pour-le-logement-plus": 23 201 / 30 984 autres régions, 26 687 / 39 885 / 52 284 Paris, 47 944
 * Île-de-France); for the PLS rule, logementsocial69.fr ("categorie-de-logements", plafonds au 1er janvier 2023:
 * PLUS 21 878 / 29 217 / 35 135 / 42 417 / 49 898 → PLS 28 441 / 37 982 / 45 676 / 55 142 / 64 867).
 */
class PlafondsRessourcesTest {
    private static final PlafondsRessources NATIONAUX = PlafondsRessources.nationaux();

    private static CategorieMenage categorie(int n, int supplementaires) {
        return new CategorieMenage(n, supplementaires, n + supplementaires, "test");
    }

    private static BigDecimal plafond(Financement f, ZonePlafonds z, int categorie, LocalDate date) {
        return NATIONAUX.plafond(f, z, categorie(categorie, 0), date).orElseThrow().montant();
    }

    @Test
    void plus_2026_as_published() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertEquals(new BigDecimal("23403"), plafond(Financement.PLUS, ZonePlafonds.AUTRES_REGIONS, 1, d));
        assertEquals(new BigDecimal("31254"), plafond(Financement.PLUS, ZonePlafonds.AUTRES_REGIONS, 2, d));
        assertEquals(new BigDecimal("45374"), plafond(Financement.PLUS, ZonePlafonds.AUTRES_REGIONS, 4, d));
        assertEquals(new BigDecimal("26920"), plafond(Financement.PLUS, ZonePlafonds.PARIS_COMMUNES_LIMITROPHES, 1, d));
        assertEquals(new BigDecimal("40233"), plafond(Financement.PLUS, ZonePlafonds.PARIS_COMMUNES_LIMITROPHES, 2, d));
        assertEquals(new BigDecimal("62968"), plafond(Financement.PLUS, ZonePlafonds.PARIS_COMMUNES_LIMITROPHES, 4, d));
        // category 6 + 1: 84 304 + 9 394
        assertEquals(new BigDecimal("93698"), NATIONAUX.plafond(Financement.PLUS, ZonePlafonds.PARIS_COMMUNES_LIMITROPHES,
                categorie(6, 1), d).orElseThrow().montant());
    }

    @Test
    void plus_2025_as_published_and_in_force_until_its_last_day() {
        LocalDate d = LocalDate.of(2025, 12, 31);
        assertEquals(new BigDecimal("23201"), plafond(Financement.PLUS, ZonePlafonds.AUTRES_REGIONS, 1, d));
        assertEquals(new BigDecimal("30984"), plafond(Financement.PLUS, ZonePlafonds.AUTRES_REGIONS, 2, d));
        assertEquals(new BigDecimal("26687"), plafond(Financement.PLUS, ZonePlafonds.PARIS_COMMUNES_LIMITROPHES, 1, d));
        assertEquals(new BigDecimal("52284"), plafond(Financement.PLUS, ZonePlafonds.PARIS_COMMUNES_LIMITROPHES, 3, d));
        assertEquals(new BigDecimal("47944"), plafond(Financement.PLUS, ZonePlafonds.ILE_DE_FRANCE, 3, d));
        assertTrue(NATIONAUX.plafond(Financement.PLUS, ZonePlafonds.AUTRES_REGIONS, categorie(1, 0),
                LocalDate.of(2024, 12, 31)).isEmpty(), "2024 n'est pas fourni : pas de plafond deviné");
    }

    @Test
    void pls_is_plus_increased_by_30_percent_rounded_as_published() {
        PlafondsRessources p2023 = PlafondsRessources.of(List.of(new PlafondsRessources.Bareme(Financement.PLUS,
                ZonePlafonds.AUTRES_REGIONS, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                List.of(new BigDecimal("21878"), new BigDecimal("29217"), new BigDecimal("35135"),
                        new BigDecimal("42417"), new BigDecimal("49898"), new BigDecimal("56236")),
                new BigDecimal("6273"), "arrêté du 27 décembre 2022", "test")));
        int[] publies = {28441, 37982, 45676, 55142, 64867};
        for (int c = 1; c <= 5; c++) {
            assertEquals(BigDecimal.valueOf(publies[c - 1]), p2023.plafond(Financement.PLS, ZonePlafonds.AUTRES_REGIONS,
                    categorie(c, 0), LocalDate.of(2023, 6, 1)).orElseThrow().montant(), "catégorie " + c);
        }
    }

    @Test
    void plai_and_pli_are_not_shipped() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertTrue(NATIONAUX.plafond(Financement.PLAI, ZonePlafonds.AUTRES_REGIONS, categorie(1, 0), d).isEmpty());
        assertTrue(NATIONAUX.plafond(Financement.PLI, ZonePlafonds.AUTRES_REGIONS, categorie(1, 0), d).isEmpty());
    }
}
