package fr.cotation.attribution;

import fr.cotation.internal.Csv;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national plafonds de ressources of social housing, as dated data ({@code plafonds-ressources.csv} beside this
 * class; its header says where each row comes from): one row per financing, zone and period, with the six household
 * categories and the amount per additional person. Next year's ceilings are new rows, not code. The PLS ceilings are
 * the PLUS ones increased by 30 %. Immutable and thread-safe.
 */
public final class PlafondsRessources {
    private static final BigDecimal MAJORATION_PLS = new BigDecimal("1.3");
    private static final PlafondsRessources NATIONAUX = lire(PlafondsRessources.class.getResourceAsStream(
            "plafonds-ressources.csv"), "plafonds-ressources.csv");

    /**
     * One row of the table.
     *
     * @param financement             PLAI, PLUS...
     * @param zone                    zone of the arrêté
     * @param enVigueurDu             first day in force
     * @param enVigueurAu             last day in force, {@code null} if still in force
     * @param categories              amounts of categories 1 to 6, euros per year
     * @param parPersonneSupplementaire amount per person beyond category 6
     * @param texte                   the arrêté that set them
     * @param source                  where the library read them
     */
    public record Bareme(Financement financement, ZonePlafonds zone, LocalDate enVigueurDu, LocalDate enVigueurAu,
                         List<BigDecimal> categories, BigDecimal parPersonneSupplementaire, String texte, String source) {
        public Bareme {
            categories = List.copyOf(categories);
            if (categories.size() != 6) {
                throw new IllegalArgumentException("6 catégories de ménage attendues, " + categories.size() + " données");
            }
        }

        boolean enVigueurLe(LocalDate date) {
            return !date.isBefore(enVigueurDu) && (enVigueurAu == null || !date.isAfter(enVigueurAu));
        }
    }

    /**
     * The ceiling of one household category.
     *
     * @param montant     euros per year (revenu fiscal de référence)
     * @param financement the dwelling's financing
     * @param zone        its zone
     * @param categorie   the household category
     * @param texte       the arrêté, with « × 1,3 » for the PLS
     * @param enVigueurDu first day of the row used
     */
    public record Plafond(BigDecimal montant, Financement financement, ZonePlafonds zone, CategorieMenage categorie,
                          String texte, LocalDate enVigueurDu) {
    }

    private final List<Bareme> baremes;

    private PlafondsRessources(List<Bareme> baremes) {
        this.baremes = List.copyOf(baremes);
    }

    /** The ceilings shipped with the library (PLUS and PLS 2025 and 2026; see the data file for PLAI and PLI). */
    public static PlafondsRessources nationaux() {
        return NATIONAUX;
    }

    /** Other rows: a year not shipped yet, a test. */
    public static PlafondsRessources of(List<Bareme> baremes) {
        return new PlafondsRessources(baremes);
    }

    /** Every row. */
    public List<Bareme> baremes() {
        return baremes;
    }

    /**
     * The ceiling for a household category in a zone at a date; empty when no row covers them (PLAI, PLI, a year
     * not shipped): a ceiling is never guessed.
     */
    public Optional<Plafond> plafond(Financement financement, ZonePlafonds zone, CategorieMenage categorie,
                                     LocalDate date) {
        boolean pls = financement == Financement.PLS;
        Financement base = pls ? Financement.PLUS : financement;
        for (Bareme b : baremes) {
            if (b.financement() == base && b.zone() == zone && b.enVigueurLe(date)) {
                BigDecimal m = b.categories().get(categorie.numero() - 1)
                        .add(b.parPersonneSupplementaire().multiply(BigDecimal.valueOf(categorie.personnesSupplementaires())));
                if (pls) {
                    m = m.multiply(MAJORATION_PLS).setScale(0, RoundingMode.HALF_UP);
                }
                return Optional.of(new Plafond(m, financement, zone, categorie,
                        b.texte() + (pls ? " ; PLS : plafond PLUS × 1,3" : ""), b.enVigueurDu()));
            }
        }
        return Optional.empty();
    }

    private static PlafondsRessources lire(InputStream in, String nom) {
        List<Bareme> list = new ArrayList<>();
        for (Map<String, String> row : Csv.read(in, nom)) {
            List<BigDecimal> cats = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                cats.add(new BigDecimal(row.get("categorie_" + i)));
            }
            String au = row.get("en_vigueur_au");
            list.add(new Bareme(Financement.valueOf(row.get("financement")), ZonePlafonds.valueOf(row.get("zone")),
                    LocalDate.parse(row.get("en_vigueur_du")), au == null || au.isBlank() ? null : LocalDate.parse(au),
                    cats, new BigDecimal(row.get("par_personne_supplementaire")), row.get("texte"), row.get("source")));
        }
        return new PlafondsRessources(list);
    }
}
