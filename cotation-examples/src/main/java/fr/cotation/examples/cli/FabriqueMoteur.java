package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;

import java.nio.file.Path;
import java.util.List;

/** Builds the engine of a run: the packs on the class path plus those of {@code --packs}. */
@FunctionalInterface
interface FabriqueMoteur {

    CotationEngine construire(List<Path> dossiersPacks);

    /** A new engine each time, as a run of the tool needs. */
    FabriqueMoteur PAR_DEFAUT = dossiers -> {
        CotationEngine.Builder b = CotationEngine.builder();
        dossiers.forEach(b::packDirectory);
        return b.build();
    };
}
