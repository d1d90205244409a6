package fr.cotation.examples.bench;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurDemandes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The heap the engine keeps: per loaded pack, and per result held. Run in a fresh JVM by {@link MemoireProcessus}
 * (so that nothing loaded before distorts the first pack); prints its tables in Markdown on the standard output.
 *
 * <p>Every figure is a difference of two class histograms ({@link Tas#histogramme()}: a full collection, then every
 * reachable object counted), so it is the heap retained by what was added between them, shared objects (the grille's
 * texts, the commune registry) counted once where they were first made.
 *
 * <ol>
 * <li>Packs, loaded one by one through the public API ({@code packFor} compiles the pack of a commune, then
 * {@code problemesPacks()} all the others): Marseille first (its pack is the regional base alone, one grille; the first pack
 * also brings Drools' one-off state), Toulon (another base-only pack: what a grille of {@code paca-base} costs once
 * Drools is up), Nice (base and local criteria, two grilles), then the 22 others; then after scoring a warm-up
 * stock on two threads (pooled sessions, constraints compiled to bytecode by Drools after a number of evaluations).
 * <li>Results: {@code n} generated PACA demandes (the classement's stock: 52 EPCI, communes weighted by population;
 * default 100,000) scored on two threads, every {@code CotationResult} kept; then only their explanation lines
 * kept, to split the figure between lines and the rest; and, for comparison, the same demandes held.
 * </ol>
 *
 * <p>Arguments: {@code n} (default 100000).
 */
public final class MemoireMoteur {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);
    private static final int ECHAUFFEMENT = 20_000;

    private MemoireMoteur() {
    }

    /**
     * A state of the heap: live bytes (histogram), metaspace bytes, loaded classes, and the histogram kept in a file
     * (kept on the heap, it would count in the next measures).
     */
    private record Etat(Path fichier, long tas, long metaspace, long classes) {
        static Etat mesurer() {
            String h = Tas.histogramme();
            long tas = Tas.total(Tas.classes(h));
            try {
                Path f = Files.createTempFile("cotation-tas-", ".txt");
                f.toFile().deleteOnExit();
                Files.writeString(f, h);
                return new Etat(f, tas, Tas.metaspace(), Tas.classes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, Tas.Classe> histogramme() {
            try {
                return Tas.classes(Files.readString(fichier));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Etat jvm = Etat.mesurer();
        CotationEngine engine = CotationEngine.builder().build();
        Etat sansPack = Etat.mesurer();
        charger(engine, "13055", "aix-marseille-provence");
        Etat marseille = Etat.mesurer();
        charger(engine, "83137", "toulon-provence-mediterranee");
        Etat toulon = Etat.mesurer();
        charger(engine, "06088", "nice-cote-azur");
        Etat nice = Etat.mesurer();
        int problemes = engine.problemesPacks().size();
        int packs = engine.packs().size();
        Etat tous = Etat.mesurer();
        GenerateurDemandes g = ClassementBench.generateurPaca(engine);
        long cotationsEchauffement = g.flux(n, ECHAUFFEMENT).parallel().map(d -> engine.coter(d, DATE))
                .mapToLong(r -> r.cotations().size()).sum();
        Etat servi = Etat.mesurer();

        Demande[] demandes = g.flux(0, n).parallel().toArray(Demande[]::new);
        Etat avecDemandes = Etat.mesurer();
        Reference.reachabilityFence(demandes);
        demandes = null;

        CotationResult[] resultats = g.flux(0, n).parallel().map(d -> engine.coter(d, DATE))
                .toArray(CotationResult[]::new);
        Etat avecResultats = Etat.mesurer();
        long cotations = 0;
        long cotees = 0;
        long sansGrille = 0;
        long invalides = 0;
        List<Ligne> l = new ArrayList<>();
        Repetitions lignesRepetees = new Repetitions();
        Repetitions nombresRepetes = new Repetitions();
        Repetitions explicationsRepetees = new Repetitions();
        for (CotationResult r : resultats) {
            invalides += r.valide() ? 0 : 1;
            for (Cotation c : r.cotations()) {
                cotations++;
                cotees += c.statut() == Cotation.Statut.COTEE ? 1 : 0;
                sansGrille += c.statut() == Cotation.Statut.SANS_GRILLE ? 1 : 0;
                l.addAll(c.lignes());
                nombresRepetes.voir(c.total());
                for (Ligne x : c.lignes()) {
                    lignesRepetees.voir(x);
                    nombresRepetes.voir(x.points());
                    nombresRepetes.voir(x.pointsCalcules());
                    explicationsRepetees.voir(x.explication());
                }
            }
        }
        String repetitions = String.format(Locale.ROOT, "Values repeat: %s `Ligne` objects for %,d distinct values;"
                        + " %s `BigDecimal` objects (totals, points) for %,d values; %s explanation strings for %,d"
                        + " texts.", lignesRepetees.objets(), lignesRepetees.valeurs(), nombresRepetes.objets(),
                nombresRepetes.valeurs(), explicationsRepetees.objets(), explicationsRepetees.valeurs());
        lignesRepetees = null;
        nombresRepetes = null;
        explicationsRepetees = null;
        Ligne[] lignes = l.toArray(Ligne[]::new);
        l = null;
        resultats = null;
        Etat lignesSeules = Etat.mesurer();
        Reference.reachabilityFence(lignes);
        lignes = null;
        Etat apres = Etat.mesurer();
        Reference.reachabilityFence(engine);

        long parDemandes = avecDemandes.tas() - servi.tas() - (octets(avecDemandes, "[Lfr.cotation.demande.Demande;")
                - octets(servi, "[Lfr.cotation.demande.Demande;"));
        long tableauResultats = octets(avecResultats, "[Lfr.cotation.CotationResult;") - octets(servi,
                "[Lfr.cotation.CotationResult;");
        long tableauLignes = octets(lignesSeules, "[Lfr.cotation.Ligne;") - octets(servi, "[Lfr.cotation.Ligne;");
        long parResultats = avecResultats.tas() - servi.tas() - tableauResultats;
        long parLignes = lignesSeules.tas() - servi.tas() - tableauLignes;
        long nbLignes = tableauLignes <= 16 ? 0 : (tableauLignes - 16) / 4;

        StringBuilder md = new StringBuilder();
        md.append("### Heap per loaded pack\n\n");
        md.append("Live heap after a full collection (class histogram), packs compiled from their DRL (no cache). "
                + packs + " packs loaded, " + problemes + " load problems.\n\n");
        md.append("| Step | Live heap | Added heap | Added metaspace | Added classes |\n|---|---:|---:|---:|---:|\n");
        ligne(md, "JVM and benchmark classes", null, jvm);
        ligne(md, "`CotationEngine.builder().build()`: registry and descriptors, no pack compiled", jvm, sansPack);
        ligne(md, "first pack, Marseille (`aix-marseille-provence`: `paca-base` alone, 1 grille; with Drools' one-off"
                + " state)", sansPack, marseille);
        ligne(md, "second base-only pack, Toulon: one grille of `paca-base` once Drools is up", marseille, toulon);
        ligne(md, "Nice (`nice-cote-azur`: base and local criteria, grilles principale and mutation)", toulon, nice);
        ligne(md, "the 22 other packs (`problemesPacks()`)", nice, tous);
        ligne(md, String.format(Locale.ROOT, "after scoring %,d demandes on 2 threads (%,d cotations; results dropped)",
                ECHAUFFEMENT, cotationsEchauffement), tous, servi);
        md.append('\n');
        long unique = (marseille.tas() - sansPack.tas()) - (toulon.tas() - marseille.tas());
        md.append(String.format(Locale.ROOT, "- All %d packs: %s, **%s per pack** on average (%s per pack once"
                        + " used on 2 threads; metaspace %s per pack).%n", packs, mo(tous.tas() - sansPack.tas()),
                mo((tous.tas() - sansPack.tas()) / packs), mo((servi.tas() - sansPack.tas()) / packs),
                mo((servi.metaspace() - sansPack.metaspace()) / packs)));
        md.append(String.format(Locale.ROOT, "- A base-only pack (23 of the 25: `paca-base`'s share of every grille):"
                + " %s (Toulon); the 22 loaded by `problemesPacks()` (21 base-only, and Sophia-Antipolis with 2 local"
                + " rules): %s each.%n", mo(toulon.tas() - marseille.tas()), mo((tous.tas() - nice.tas()) / 22)));
        md.append(String.format(Locale.ROOT, "- Drools' one-off state, paid by the first pack: about %s (first pack"
                        + " minus second). Nice alone in a fresh engine: about %s (one-off + Nice).%n", mo(unique),
                mo(unique + nice.tas() - toulon.tas())));
        md.append("\nWhat a base-only pack (Toulon) is made of, largest classes:\n\n");
        classes(md, marseille, toulon, 8, 1, "per pack");

        long lignesDistinctes = instances(lignesSeules, "fr.cotation.Ligne") - instances(servi, "fr.cotation.Ligne");
        md.append(String.format(Locale.ROOT, "%n### Heap per result%n%n%,d generated PACA demandes (%,d invalid) scored"
                        + " on 2 threads and held: %,d cotations (%,d `COTEE`, %,d `SANS_GRILLE`), %,d explanation lines"
                        + " (%.1f per `COTEE` cotation), %,d distinct `Ligne` objects (communes scored by one rule run"
                        + " share their lines).%n%n", n, invalides, cotations, cotees, sansGrille, nbLignes,
                (double) nbLignes / Math.max(1, cotees), lignesDistinctes));
        md.append("| Held | Heap | Per demande (`CotationResult`) | Per cotation | Per `COTEE` cotation | Per line |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| every `CotationResult` (array excluded) | %s | %,d B | %,d B | %,d B | |%n",
                mo(parResultats), parResultats / n, parResultats / Math.max(1, cotations),
                parResultats / Math.max(1, cotees)));
        md.append(String.format(Locale.ROOT, "| only their `Ligne`s (array excluded) | %s | %,d B | | | %,d B |%n",
                mo(parLignes), parLignes / n, parLignes / Math.max(1, nbLignes)));
        md.append(String.format(Locale.ROOT, "| the rest (records, lists, totals, messages) | %s | %,d B | %,d B | | |%n",
                mo(parResultats - parLignes), (parResultats - parLignes) / n,
                (parResultats - parLignes) / Math.max(1, cotations)));
        md.append('\n').append(repetitions).append('\n');
        md.append(String.format(Locale.ROOT, "%nFor comparison, the %,d generated demandes themselves (the input,"
                + " held alone): %s, %,d B per demande.%n", n, mo(parDemandes), parDemandes / n));
        md.append(String.format(Locale.ROOT, "%nAfter dropping them, the heap is %s from before scoring them (what"
                + " scoring them left behind besides the results).%n", signe(apres.tas() - servi.tas())));
        md.append("\nWhat the held results are made of, largest classes:\n\n");
        classes(md, servi, avecResultats, 10, n, "per demande");
        md.append("\nWhat their lines alone are made of:\n\n");
        classes(md, servi, lignesSeules, 6, nbLignes, "per line");
        System.out.print(md);
        System.out.println("mesures-resultats octetsParDemande=" + parResultats / n + " octetsParDemandeEntree="
                + parDemandes / n);
    }

    /** Distinct objects and distinct values among those seen (nulls ignored). */
    private static final class Repetitions {
        private final java.util.Set<Object> objets = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final java.util.Set<Object> valeurs = new java.util.HashSet<>();

        void voir(Object o) {
            if (o != null) {
                objets.add(o);
                valeurs.add(o);
            }
        }

        String objets() {
            return String.format(Locale.ROOT, "%,d", objets.size());
        }

        int valeurs() {
            return valeurs.size();
        }
    }

    private static void charger(CotationEngine engine, String commune, String pack) {
        String charge = engine.packPour(commune, DATE).map(p -> p.id()).orElse(null);
        if (!pack.equals(charge)) {
            throw new IllegalStateException(commune + " : pack " + charge + " au lieu de " + pack);
        }
    }

    private static long octets(Etat e, String classe) {
        Tas.Classe c = e.histogramme().get(classe);
        return c == null ? 0 : c.octets();
    }

    private static long instances(Etat e, String classe) {
        Tas.Classe c = e.histogramme().get(classe);
        return c == null ? 0 : c.instances();
    }

    private static void ligne(StringBuilder md, String nom, Etat avant, Etat apres) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", nom, mo(apres.tas()),
                avant == null ? "" : signe(apres.tas() - avant.tas()),
                avant == null ? mo(apres.metaspace()) : signe(apres.metaspace() - avant.metaspace()),
                avant == null ? String.format(Locale.ROOT, "%,d", apres.classes())
                        : String.format(Locale.ROOT, "%+,d", apres.classes() - avant.classes())));
    }

    private static void classes(StringBuilder md, Etat avant, Etat apres, int n, long diviseur, String par) {
        long total = apres.tas() - avant.tas();
        md.append("| Class | Instances | Bytes | Share | Bytes ").append(par).append(" |\n|---|---:|---:|---:|---:|\n");
        for (Tas.Classe c : Tas.croissance(avant.histogramme(), apres.histogramme(), n)) {
            md.append(String.format(Locale.ROOT, "| `%s` | %+,d | %+,d | %.0f %% | %,.1f |%n", c.nom(), c.instances(),
                    c.octets(), 100.0 * c.octets() / total, (double) c.octets() / diviseur));
        }
    }

    static String mo(long octets) {
        return String.format(Locale.ROOT, "%,.1f MB", octets / 1e6);
    }

    private static String signe(long octets) {
        return String.format(Locale.ROOT, "%+,.1f MB", octets / 1e6);
    }
}
