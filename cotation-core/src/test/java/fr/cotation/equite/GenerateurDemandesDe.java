package fr.cotation.equite;

import fr.cotation.CotationEngine;
import fr.cotation.generation.GenerateurDemandes;

/** The generator a report's demandes were drawn from: what a reader does to reproduce a counterexample. */
final class GenerateurDemandesDe {
    private GenerateurDemandesDe() {
    }

    static GenerateurDemandes rapport(RapportEquite r, CotationEngine engine) {
        var pack = engine.packs().stream().filter(p -> p.id().equals(r.pack()) && p.version().equals(r.version()))
                .findFirst().orElseThrow();
        return GenerateurDemandes.builder().graine(r.graine()).dateEvaluation(r.dateEvaluation())
                .communes(pack.communes()).build();
    }
}
