package fr.cotation.regles;

import fr.cotation.internal.Csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The priority categories of art. L.441-1 CCH, as data ({@code priorites-l441-1.csv} beside this class):
 * a law that adds or removes a category is a new row with its dates, not a code change.
 */
public final class PrioritesL4411 {
    private static final PrioritesL4411 NATIONALES = load();

    private final List<CategoriePrioritaire> categories;

    private PrioritesL4411(List<CategoriePrioritaire> categories) {
        this.categories = List.copyOf(categories);
    }

    /** The categories shipped with the library. */
    public static PrioritesL4411 nationales() {
        return NATIONALES;
    }

    /**
     * A list of categories other than the bundled one: a law not yet shipped, a test. Give it to
     * {@code CotationEngine.Builder.prioritesL4411}.
     */
    public static PrioritesL4411 of(List<CategoriePrioritaire> categories) {
        return new PrioritesL4411(categories);
    }

    /** Every category, whatever its dates. */
    public List<CategoriePrioritaire> toutes() {
        return categories;
    }

    /** The categories in force on {@code date}. */
    public List<CategoriePrioritaire> enVigueurLe(LocalDate date) {
        return categories.stream().filter(c -> c.enVigueurLe(date)).toList();
    }

    private static PrioritesL4411 load() {
        List<CategoriePrioritaire> list = new ArrayList<>();
        for (Map<String, String> row : Csv.resource(PrioritesL4411.class, "priorites-l441-1.csv")) {
            list.add(new CategoriePrioritaire(row.get("categorie"), row.get("libelle"), row.get("reference"),
                    date(row.get("en_vigueur_du")), date(row.get("en_vigueur_au")),
                    List.of(row.get("situations").split("\\|"))));
        }
        return new PrioritesL4411(list);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
