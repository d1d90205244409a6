package fr.cotation.examples;

import fr.cotation.CotationEngine;
import fr.cotation.equite.RapportEquite;
import fr.cotation.equite.SuiteEquite;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.publication.RapportEquitePublie;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * An EPCI (or an auditor) runs the fairness suite ({@code suite d'équité}, {@link SuiteEquite}) on its own pack
 * directory before adopting a grille: every fairness property on synthetic demandes drawn over its territory, a
 * one-line summary per property, and the Markdown report ({@link RapportEquitePublie}) to publish next to the grille.
 * The embedded PACA packs stay loaded, so that a pack extending {@code paca-base} finds its base; an embedded pack with
 * the same id is left out ({@code withoutClasspathPack}), so that the directory's copy is the one verified.
 */
public final class EquiteExample {
    private EquiteExample() {
    }

    /**
     * Loads the packs of {@code dossier} beside the embedded ones, runs the fairness suite on the pack {@code packId}
     * (its latest version in force when the directory holds several), prints the summary to {@code out} and writes the
     * report to {@code rapport} (Markdown).
     *
     * @param graine the generator's seed: the same seed gives the same demandes and the same report
     * @param cas    generated demandes, each put through every property
     * @throws IllegalStateException when the directory's packs do not load, or hold no pack {@code packId}
     */
    public static RapportEquite verifier(Path dossier, String packId, long graine, int cas, Path rapport,
                                         PrintStream out) {
        CotationEngine.Builder builder = CotationEngine.builder();
        if (EquiteExample.class.getClassLoader().getResource("cotation/packs/" + packId + "/pack.yaml") != null) {
            builder.withoutClasspathPack(packId);   // the directory's copy replaces the embedded pack
        }
        CotationEngine engine = builder.packDirectory(dossier).build();
        if (!engine.problemesPacks().isEmpty()) {
            throw new IllegalStateException("les packs de " + dossier + " ne se chargent pas : " + engine.problemesPacks());
        }
        PackDescriptor pack = engine.packs().stream().filter(p -> p.id().equals(packId))
                .max(Comparator.comparing(PackDescriptor::enVigueurDu))
                .orElseThrow(() -> new IllegalStateException("aucun pack " + packId + " dans " + dossier));
        RapportEquite r = SuiteEquite.builder(engine).pack(pack.id(), pack.version()).graine(graine).cas(cas).build()
                .verifier();
        out.println("suite d'équité du pack " + pack.id() + " " + pack.version() + " (" + cas + " demandes, graine "
                + graine + ", au " + r.dateEvaluation() + ") :");
        r.resume().forEach(out::println);
        try {
            Files.writeString(Objects.requireNonNull(rapport), RapportEquitePublie.de(r).markdown(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("rapport : " + rapport);
        return r;
    }

    /**
     * {@code EquiteExample [DIR PACK_ID]}: verifies the pack {@code PACK_ID} of {@code DIR} on 200 demandes and writes
     * {@code DIR/equite-PACK_ID.md}; without arguments, a copy of Nice's embedded pack in a temporary folder.
     */
    public static void main(String[] args) throws IOException {
        Path dossier;
        String packId;
        if (args.length == 2) {
            dossier = Path.of(args[0]);
            packId = args[1];
        } else {
            packId = "nice-cote-azur";
            dossier = HotSwapExample.copierPackEmbarque(packId, Files.createTempDirectory(packId));
        }
        RapportEquite r = verifier(dossier, packId, 0, 200, dossier.resolve("equite-" + packId + ".md"), System.out);
        System.exit(r.reussi() ? 0 : 1);
    }
}
