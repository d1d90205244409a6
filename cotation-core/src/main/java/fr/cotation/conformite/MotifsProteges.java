package fr.cotation.conformite;

import fr.cotation.internal.Csv;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The protected grounds of discrimination ({@code critères de discrimination}, art. 225-1 code pénal and art. 1er of
 * loi n° 2008-496) and, for each element of the rule vocabulary that touches one (a situation, a property of
 * {@code Dossier} or {@code Commune}), the grounds it touches, the group it singles out and whether the law makes it a
 * <em>need</em> (L.441 and L.441-1 CCH). Dated data, read from {@code motifs-proteges.csv} and
 * {@code elements-proteges.csv} beside this class.
 *
 * <p>The compliance check reads it (codes C020 to C023): a criterion that treats a ground unfavourably is an error; a
 * favourable use tied to a need is allowed and shown as such; a use not tied to a need needs a written justification.
 * The fairness suite reads it to change, in a demande, the facts tied to each ground.
 */
public final class MotifsProteges {

    /**
     * A protected ground.
     *
     * @param code        stable code ({@code NATIONALITE}, {@code SITUATION_DE_FAMILLE}...)
     * @param libelle     in French, as the law says it ("la situation de famille")
     * @param reference   the article(s)
     * @param enVigueurDu first day the ground is in the law, {@code null} when it was before any grille de cotation
     * @param enVigueurAu last day, {@code null} when still in force
     */
    public record Motif(String code, String libelle, String reference, LocalDate enVigueurDu, LocalDate enVigueurAu) {
        /** Whether the ground is in the law at some date between {@code du} and {@code au} ({@code null}: open). */
        public boolean enVigueur(LocalDate du, LocalDate au) {
            return (enVigueurDu == null || au == null || !enVigueurDu.isAfter(au))
                    && (enVigueurAu == null || du == null || !enVigueurAu.isBefore(du));
        }
    }

    /**
     * An element of the rule vocabulary tied to protected grounds.
     *
     * @param element  {@code Situation:CODE}, {@code Dossier.property} or {@code Commune.property}
     * @param motifs   the grounds it touches
     * @param groupe   how the element singles out the group: {@code presente} (the situation is held), {@code vrai}
     *                 (the property is true), or a comparison with a number ({@code > 0}, {@code > 1},
     *                 {@code < 30})
     * @param libelleGroupe the group, in French ("les couples")
     * @param besoin   the article that makes being in the group a need for housing, {@code null} when none does
     * @param controle the code that already checks the element ({@code C004} for age, residence, employment), or
     *                 {@code null} when codes C020 to C023 do
     */
    public record Element(String element, List<String> motifs, String groupe, String libelleGroupe, String besoin,
                          String controle) {
        public Element {
            motifs = List.copyOf(motifs);
        }

        /** {@code Situation}, {@code Dossier} or {@code Commune}. */
        public String type() {
            int i = element.indexOf(':');
            return i >= 0 ? element.substring(0, i) : element.substring(0, element.indexOf('.'));
        }

        /** The situation code or the property name. */
        public String nom() {
            int i = element.indexOf(':');
            return i >= 0 ? element.substring(i + 1) : element.substring(element.indexOf('.') + 1);
        }

        /** Whether a value of the property is in the group (for numbers, compared with {@link #groupe()}). */
        public boolean dansLeGroupe(double valeur) {
            String g = groupe.trim();
            if (g.equals("vrai") || g.equals("presente")) {
                return valeur != 0;
            }
            double seuil = Double.parseDouble(g.substring(1).trim());
            return g.startsWith(">") ? valeur > seuil : valeur < seuil;
        }
    }

    private static final MotifsProteges CATALOGUE = charger();

    private final Map<String, Motif> motifs;
    private final Map<String, Element> elements;

    private MotifsProteges(Map<String, Motif> motifs, Map<String, Element> elements) {
        this.motifs = Collections.unmodifiableMap(motifs);
        this.elements = Collections.unmodifiableMap(elements);
    }

    /** The table shipped with the library. */
    public static MotifsProteges catalogue() {
        return CATALOGUE;
    }

    /** Every ground, in table order. */
    public Collection<Motif> motifs() {
        return motifs.values();
    }

    public Optional<Motif> motif(String code) {
        return Optional.ofNullable(motifs.get(code));
    }

    /** Every element, in table order. */
    public Collection<Element> elements() {
        return elements.values();
    }

    /** An element by {@code Situation:CODE} or {@code Dossier.property}. */
    public Optional<Element> element(String element) {
        return Optional.ofNullable(elements.get(element));
    }

    /** "la nationalité et l'origine". */
    public String libelles(List<String> codes) {
        List<String> l = codes.stream().map(c -> motif(c).map(Motif::libelle).orElse(c)).toList();
        return l.size() == 1 ? l.get(0) : String.join(", ", l.subList(0, l.size() - 1)) + " et " + l.get(l.size() - 1);
    }

    /** The articles of the grounds, without repetition. */
    public String references(List<String> codes) {
        return String.join(" ; ", codes.stream().map(c -> motif(c).map(Motif::reference).orElse(c)).distinct().toList());
    }

    private static MotifsProteges charger() {
        Map<String, Motif> m = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.resource(MotifsProteges.class, "motifs-proteges.csv")) {
            m.put(row.get("code"), new Motif(row.get("code"), row.get("libelle"), row.get("reference"),
                    date(row.get("en_vigueur_du")), date(row.get("en_vigueur_au"))));
        }
        Map<String, Element> e = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.resource(MotifsProteges.class, "elements-proteges.csv")) {
            List<String> codes = List.of(row.get("motifs").split("\\|"));
            for (String c : codes) {
                if (!m.containsKey(c)) {
                    throw new IllegalStateException("elements-proteges.csv : motif inconnu " + c);
                }
            }
            e.put(row.get("element"), new Element(row.get("element"), codes, row.get("groupe"),
                    row.get("libelle_groupe"), vide(row.get("besoin")), vide(row.get("controle"))));
        }
        return new MotifsProteges(m, e);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
    }

    private static String vide(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
