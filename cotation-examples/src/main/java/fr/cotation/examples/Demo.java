package fr.cotation.examples;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.PackProblem;
import fr.cotation.demande.Demande;
import fr.cotation.json.CotationJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The quick-start job: scores the bundled demandes of the Nice territory with the embedded PACA
 * packs and prints each cotation with its lines.
 *
 * <p>Arguments (both optional): the evaluation date ({@code yyyy-MM-dd}, default {@value #DATE_PAR_DEFAUT},
 * so that the output is reproducible) and a JSON file of demandes (default: the bundled sample).
 */
public final class Demo {
    static final String DATE_PAR_DEFAUT = "2025-06-30";

    private Demo() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate date = LocalDate.parse(args.length > 0 ? args[0] : DATE_PAR_DEFAUT);
        List<Demande> demandes;
        if (args.length > 1 && args[1] != null && !args[1].isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                demandes = CotationJson.lireDemandes(in);
            }
        } else {
            try (InputStream in = Demo.class.getResourceAsStream("demandes-nice.json")) {
                demandes = CotationJson.lireDemandes(in);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CotationEngine engine = CotationEngine.builder().build();
        for (PackProblem p : engine.problems()) {
            out.println("PACK NON CHARGÉ  " + p);
        }
        out.printf("Cotation de %d demande(s) au %s — packs : %s%n%n", demandes.size(), date,
                engine.packs().stream().map(p -> p.id() + " " + p.version()).toList());
        engine.scoreAll(demandes, date).forEach(r -> imprimer(r, out));
    }

    /** Prints one result as a readable block. */
    static void imprimer(CotationResult r, PrintStream out) {
        out.println("Demande " + r.numeroUnique());
        if (!r.valide()) {
            out.println("  DEMANDE INVALIDE, non cotée :");
            r.problemes().forEach(p -> out.println("    - " + p));
            out.println();
            return;
        }
        for (Cotation c : r.cotations()) {
            String lieu = (c.nomCommune() == null ? c.commune() : c.nomCommune() + " (" + c.commune() + ")");
            switch (c.statut()) {
                case COTEE -> {
                    out.printf("  %-34s %6s points%s   [%s %s, grille %s]%n", lieu, c.total().toPlainString(),
                            c.provisoire() ? " (provisoire)" : "", c.pack(), c.version(), c.grille());
                    for (Ligne l : c.lignes()) {
                        out.printf("      %6s  %-30s %s%s%n", l.points().toPlainString(), l.critere(), l.explication(),
                                l.provisoire() ? "  [déclaré, à justifier]" : "");
                    }
                }
                case SANS_GRILLE -> out.printf("  %-34s  pas de grille : %s%n", lieu, c.message());
                case ERREUR -> out.printf("  %-34s  ERREUR : %s%n", lieu, c.message());
            }
        }
        out.println();
    }
}
