package fr.cotation.fiche;

import fr.cotation.demande.Preuve;
import fr.cotation.internal.Csv;
import fr.cotation.regles.DefinitionSituation;
import fr.cotation.regles.Situations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document expected for each situation of the catalogue ({@code justificatifs.csv} beside this class: the
 * complementary documents of the annex of the arrêté du 6 août 2018, art. R.441-2-4 CCH, and the local criteria's).
 */
final class Justificatifs {
    private static final Map<String, FicheCotation.Justificatif> PAR_SITUATION = charger();

    private Justificatifs() {
    }

    /**
     * The documents for those of {@code codes} whose proof in {@code preuves} is only declared, in the order of
     * {@code codes}; a situation the table does not know gets "pièce à demander au service instructeur".
     */
    static List<FicheCotation.Justificatif> aFournir(Collection<String> codes, Map<String, Preuve> preuves) {
        List<FicheCotation.Justificatif> liste = new ArrayList<>();
        for (String code : codes) {
            if (preuves.get(code) == Preuve.DECLAREE) {
                liste.add(pour(code));
            }
        }
        return liste;
    }

    static FicheCotation.Justificatif pour(String code) {
        FicheCotation.Justificatif j = PAR_SITUATION.get(code);
        if (j != null) {
            return j;
        }
        String libelle = Situations.catalogue().get(code).map(DefinitionSituation::libelle).orElse(code);
        return new FicheCotation.Justificatif(code, libelle, "pièce à demander au service instructeur", null);
    }

    private static Map<String, FicheCotation.Justificatif> charger() {
        Map<String, FicheCotation.Justificatif> map = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.resource(Justificatifs.class, "justificatifs.csv")) {
            String code = row.get("situation");
            DefinitionSituation def = Situations.catalogue().get(code).orElseThrow(() -> new IllegalStateException(
                    "justificatifs.csv : situation inconnue du catalogue '" + code + "'"));
            map.put(code, new FicheCotation.Justificatif(code, def.libelle(), row.get("justificatif"),
                    row.get("reference")));
        }
        return map;
    }
}
