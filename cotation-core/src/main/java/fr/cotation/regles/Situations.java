package fr.cotation.regles;

import fr.cotation.internal.Csv;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of situations a rule can test ({@code situations.csv} beside this class): the ones the
 * engine derives from the demande's coded fields and the ones a demande may declare.
 */
public final class Situations {
    private static final Situations CATALOGUE = load();

    private final Map<String, DefinitionSituation> byCode;

    private Situations(Map<String, DefinitionSituation> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The catalogue shipped with the library. */
    public static Situations catalogue() {
        return CATALOGUE;
    }

    public Optional<DefinitionSituation> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every situation, in catalogue order. */
    public Collection<DefinitionSituation> toutes() {
        return byCode.values();
    }

    private static Situations load() {
        Map<String, DefinitionSituation> map = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.resource(Situations.class, "situations.csv")) {
            var def = new DefinitionSituation(row.get("code"), DefinitionSituation.Origine.valueOf(row.get("origine")),
                    row.get("libelle"), row.get("reference"));
            map.put(def.code(), def);
        }
        return new Situations(map);
    }
}
