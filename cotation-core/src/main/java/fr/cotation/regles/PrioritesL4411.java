package fr.cotation.regles;

import fr.cotation.demande.Demande;
import fr.cotation.internal.Csv;
import fr.cotation.internal.derivation.Derivation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The priority categories of art. L.441-1 CCH, as data ({@code priorites-l441-1.csv} beside this class):
 * a law that adds or removes a category is a new row with its dates, not a code change.
 */
public final class PrioritesL4411 {
    private static final PrioritesL4411 NATIONALES = load();

    private final List<CategoriePrioritaire> categories;
    /** The derivation with these categories, made on first use (a race makes two equal ones). */
    private volatile Derivation derivation;

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

    /**
     * The letters of the categories of this list, in force on {@code date}, that {@code demande} belongs to (a
     * qualifying situation declared or proven), as the engine derives them for the rules, the CALEOL shortlist
     * ({@code fr.cotation.attribution}) and the fairness suite: each letter once, in the order of this list. A tool
     * that compares grilles counts its priority public with it, independently of any grille.
     *
     * @throws NullPointerException if the demande or the date is null
     */
    public List<String> categoriesDe(Demande demande, LocalDate date) {
        Objects.requireNonNull(demande, "demande");
        Objects.requireNonNull(date, "date");
        return derivation().deriver(demande, date).priorites().stream().map(Priorite::getCategorie).distinct()
                .toList();
    }

    /** The facts of a valid demande at a date, derived with these categories: {@link FaitsDerives#de}. */
    FaitsDerives faits(Demande demande, LocalDate date) {
        return Derivation.vue(derivation().deriver(demande, date), demande, date);
    }

    private Derivation derivation() {
        Derivation d = derivation;
        if (d == null) {
            d = new Derivation(this);
            derivation = d;
        }
        return d;
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
