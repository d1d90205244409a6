package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;

import java.nio.file.Path;
import java.util.List;

/** Builds the engine of a run: the packs on the class path plus those of {@code --packs}. */
@FunctionalInterface
interface FabriqueMoteur {

    CotationEngine construire(List<Path> dossiersPacks);

    /**
     * The engine of {@link #construire(List)}, keeping its compiled grilles in {@code cache} ({@code --cache}) when
     * not null, sealed with {@code cle} ({@link CleCache}). A factory that hands out engines built beforehand (the
     * tests') ignores the cache.
     */
    default CotationEngine construire(List<Path> dossiersPacks, Path cache, byte[] cle) {
        return construire(dossiersPacks);
    }

    /**
     * The engine of {@code verify} and {@code grille}: the packs of {@code dossier} with only the embedded packs they
     * extend ({@link PacksDuDossier#moteur}); {@code confiance}: without the safety check.
     */
    default CotationEngine pourDossier(Path dossier, boolean confiance) {
        return PacksDuDossier.moteur(dossier, confiance);
    }

    /** A new engine each time, as a run of the tool needs. */
    FabriqueMoteur PAR_DEFAUT = new FabriqueMoteur() {
        @Override
        public CotationEngine construire(List<Path> dossiers) {
            return construire(dossiers, null, null);
        }

        @Override
        public CotationEngine construire(List<Path> dossiers, Path cache, byte[] cle) {
            CotationEngine.Builder b = CotationEngine.builder();
            dossiers.forEach(b::packDirectory);
            if (cache != null) {
                b.cacheDirectory(cache);
            }
            if (cle != null) {
                b.cacheKey(cle);
            }
            return b.build();
        }
    };
}
