package fr.cotation.internal.engine;

import fr.cotation.ProblemePack;
import fr.cotation.conformite.Constat;
import fr.cotation.internal.conformite.AnalyseDrl;
import fr.cotation.internal.pack.ListePermise;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.internal.pack.PackSource;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.pack.ExceptionMonotonie;
import fr.cotation.pack.MotifsLegitimesDeRefus;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.PlafondDifficultesFinancieres;
import fr.cotation.pack.Rubrique;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiling a pack along its chain of bases: the safety check of files from pack directories ({@link ListePermise}),
 * the descriptor resolved with what its bases declare, each grille compiled by the {@link Compilateur} (or read from
 * its {@link CacheCompilation}), then the smoke scoring ({@link Fumee}); a grille read from the cache that fails it is
 * compiled again from its DRL. Also the DRL problems of packs whose descriptor is broken, found once. Thread-safe.
 */
final class CompilationPacks {
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);

    private final CataloguePacks catalogue;
    private final Compilateur compilateur;
    private final int limite;
    /** What checking the DRL of the packs whose descriptor is broken found, once. */
    private volatile List<ProblemePack> drlDesCasses;

    /** A pack resolved along its chain and compiled. */
    record Compile(PackDescriptor resolu, GrilleCompilee principale, GrilleCompilee mutation) {
        /** Its grilles, the main one first. */
        List<GrilleCompilee> grilles() {
            return mutation == null ? List.of(principale) : List.of(principale, mutation);
        }
    }

    CompilationPacks(CataloguePacks catalogue, Compilateur compilateur, int limite) {
        this.catalogue = catalogue;
        this.compilateur = compilateur;
        this.limite = limite;
    }

    /** How many times each grille ("pack version/grille") was compiled from its DRL. */
    Map<String, Integer> compilations() {
        return compilateur.compilations();
    }

    /** The cache of compiled grilles; null when the engine uses none. */
    CacheCompilation cache() {
        return compilateur.cache();
    }

    /**
     * A territorial pack compiled and smoke-scored, ready to score; null after reporting why not in {@code problems}.
     */
    PackCharge compiler(PackSource source, List<ProblemePack> problems) {
        PackDescriptor d = source.descriptor();
        List<PackSource> chaine = catalogue.chaine(source, problems);
        if (chaine == null) {
            return null;
        }
        List<String> communes = catalogue.territoire(d);
        if (communes.isEmpty()) {
            problems.add(new ProblemePack(d.id(), PackReader.DESCRIPTEUR, 0, null, "aucune commune : l'EPCI " + d.epci()
                    + " est inconnu du référentiel et le descripteur ne liste pas de communes"));
            return null;
        }
        Compile c = compilerChaine(d, chaine, communes, problems, true);
        if (c == null) {
            return null;
        }
        int before = problems.size();
        fumee(c, problems);
        if (problems.size() > before && (c.principale().cleCache() != null
                || (c.mutation() != null && c.mutation().cleCache() != null))) {
            // rules read from the cache failed: never trust the entry, judge the pack on its DRL compiled now
            LOG.warn("pack {} : la grille lue du cache de compilation échoue au test de fumée ; elle est recompilée", d.id());
            problems.subList(before, problems.size()).clear();
            for (GrilleCompilee g : c.grilles()) {
                if (g.cleCache() != null) {
                    compilateur.cache().oublier(g.cleCache());
                }
            }
            c = compilerChaine(d, chaine, communes, problems, false);
            if (c == null) {
                return null;
            }
            fumee(c, problems);
        }
        return problems.size() > before ? null : new PackCharge(c.resolu(), c.principale(), c.mutation());
    }

    private void fumee(Compile c, List<ProblemePack> problems) {
        Fumee.verifier(c.principale(), problems, limite);
        if (c.mutation() != null) {
            Fumee.verifier(c.mutation(), problems, limite);
        }
    }

    /**
     * Reads the files of the chain once, refuses the pack if a file from a pack directory fails the safety check
     * (before anything is compiled: Drools evaluates metadata with MVEL while compiling), then compiles its grilles.
     */
    Compile compilerChaine(PackDescriptor d, List<PackSource> chaine, List<String> communes,
                           List<ProblemePack> problems, boolean depuisLeCache) {
        List<AnalyseDrl.Fichier> fichiers = catalogue.fichiers(d, chaine, problems);
        if (fichiers == null) {
            return null;
        }
        Set<String> aVerifier = new HashSet<>();
        chaine.stream().filter(PackSource::aVerifier).forEach(s -> aVerifier.add(s.descriptor().id()));
        if (!aVerifier.isEmpty()) {
            List<Constat> refus = ListePermise.verifier(fichiers.stream()
                    .filter(f -> aVerifier.contains(f.pack())).toList());
            if (!refus.isEmpty()) {
                refus.forEach(c -> problems.add(ProblemePack.of(d.id(), c)));
                // the allow-list leaves syntax errors to the compiler, which is not run: say them now, not next run
                problems.addAll(compilateur.erreursDeSyntaxe(d.id(), fichiers.stream()
                        .filter(f -> aVerifier.contains(f.pack()))
                        .map(f -> new Compilateur.Fichier(f.chemin(), f.texte())).toList()));
                return null;
            }
        }
        PackDescriptor resolu = resoudre(d, chaine, communes);
        boolean aMutation = chaine.stream().anyMatch(s -> s.descriptor().grilles().containsKey(PackDescriptor.MUTATION));
        GrilleCompilee principale = grille(resolu, PackDescriptor.PRINCIPALE, chaine, problems, depuisLeCache);
        GrilleCompilee mutation = aMutation ? grille(resolu, PackDescriptor.MUTATION, chaine, problems, depuisLeCache) : null;
        if (principale == null || (aMutation && mutation == null)) {
            return null;
        }
        return new Compile(resolu, principale, mutation);
    }

    /** The descriptor with the territory and what the chain of bases declares: rubriques, justifications, refusals. */
    private static PackDescriptor resoudre(PackDescriptor d, List<PackSource> chaine, List<String> communes) {
        Map<String, Rubrique> rubriques = new LinkedHashMap<>();
        Map<String, String> justifications = new LinkedHashMap<>();
        Map<String, EffetDesRefus> refus = new LinkedHashMap<>();
        List<ExceptionMonotonie> exceptions = new ArrayList<>();
        // the ceilings of category c): the nearest pack of the chain that declares some (the territory's, else its base's)
        List<PlafondDifficultesFinancieres> difficultes = List.of();
        MotifsLegitimesDeRefus motifs = null;
        for (PackSource s : chaine) {
            if (!s.descriptor().difficultesFinancieres().isEmpty()) {
                difficultes = s.descriptor().difficultesFinancieres();
            }
            exceptions.addAll(s.descriptor().exceptionsMonotonie());
            if (s.descriptor().motifsLegitimesDeRefus() != null) {
                motifs = s.descriptor().motifsLegitimesDeRefus(); // the territory's replaces its base's
            }
            s.descriptor().rubriques().forEach(r -> rubriques.put(r.code(), r));
            justifications.putAll(s.descriptor().justifications());
            s.descriptor().effetsDesRefus().forEach(e -> refus.put(e.critere(), e));
        }
        return d.toBuilder().communes(communes).rubriques(List.copyOf(rubriques.values())).justifications(justifications)
                .effetsDesRefus(List.copyOf(refus.values())).exceptionsMonotonie(exceptions)
                .difficultesFinancieres(difficultes).motifsLegitimesDeRefus(motifs).build();
    }

    /**
     * The files of one grille along the chain: each pack gives its files for that grille, or its main
     * grille's files when it has no specific list for it.
     */
    private GrilleCompilee grille(PackDescriptor pack, String nom, List<PackSource> chaine, List<ProblemePack> problems,
                                  boolean depuisLeCache) {
        List<Compilateur.Fichier> fichiers = new ArrayList<>();
        for (PackSource s : chaine) {
            List<String> liste = s.descriptor().grilles().getOrDefault(nom,
                    s.descriptor().grilles().getOrDefault(PackDescriptor.PRINCIPALE, List.of()));
            Map<String, String> lus = catalogue.textesLus(s); // read by fichiers() before any compilation
            for (String f : liste) {
                fichiers.add(new Compilateur.Fichier(s.descriptor().id() + "/" + f, lus.get(f)));
            }
        }
        String mode = chaine.stream().anyMatch(PackSource::aVerifier) ? Compilateur.LISTE_PERMISE : Compilateur.CONFIANCE;
        return compilateur.compiler(pack, nom, fichiers, pack.rubriques(), problems, depuisLeCache, mode);
    }

    /**
     * The problems of the DRL files of the packs whose descriptor has errors, found once: an author sees them in the
     * same run as the descriptor's. What needs no valid descriptor is checked: the syntax, the allow-list for a pack
     * directory not declared trusted, and (when both pass) the compiler's errors, among them the vocabulary, with the
     * files of its base when the descriptor names one that was read.
     */
    List<ProblemePack> problemesDrlDesCasses() {
        List<ProblemePack> deja = drlDesCasses;
        if (deja != null) {
            return deja;
        }
        synchronized (this) {
            if (drlDesCasses == null) {
                List<ProblemePack> out = new ArrayList<>();
                catalogue.descripteursCasses().forEach(c -> out.addAll(problemesDrl(c)));
                drlDesCasses = List.copyOf(out);
            }
            return drlDesCasses;
        }
    }

    private List<ProblemePack> problemesDrl(PackSource.Casse c) {
        List<ProblemePack> out = new ArrayList<>();
        List<Compilateur.Fichier> siens = new ArrayList<>();
        for (String f : c.drl()) {
            try {
                siens.add(new Compilateur.Fichier(c.id() + "/" + f, c.fichiers().lire(f)));
            } catch (NoSuchFileException e) {
                out.add(new ProblemePack(c.id(), c.id() + "/" + f, 0, null, "fichier de règles introuvable dans le"
                        + " dossier du pack : " + f));
            } catch (IOException e) {
                out.add(new ProblemePack(c.id(), c.id() + "/" + f, 0, null, "fichier de règles illisible : "
                        + e.getMessage()));
            }
        }
        List<ProblemePack> syntaxe = compilateur.erreursDeSyntaxe(c.id(), siens);
        if (c.aVerifier()) {
            List<Constat> refus = ListePermise.verifier(siens.stream()
                    .map(f -> new AnalyseDrl.Fichier(c.id(), f.chemin(), f.texte())).toList());
            refus.forEach(x -> out.add(ProblemePack.of(c.id(), x)));
            if (!refus.isEmpty()) {
                out.addAll(syntaxe); // the allow-list leaves syntax errors to the compiler, which is not run
                return out;
            }
        }
        if (!syntaxe.isEmpty() && c.aVerifier()) {
            out.addAll(syntaxe);
            return out;
        }
        List<Compilateur.Fichier> tous = new ArrayList<>();
        PackSource base = c.base() == null ? null : catalogue.versions(c.base()).stream()
                .max(Comparator.comparing(b -> b.descriptor().enVigueurDu())).orElse(null);
        if (base != null) {
            List<PackSource> chaine = catalogue.chaine(base, new ArrayList<>());
            List<AnalyseDrl.Fichier> deBase = chaine == null ? null
                    : catalogue.fichiers(base.descriptor(), chaine, new ArrayList<>());
            if (deBase != null) {
                deBase.forEach(f -> tous.add(new Compilateur.Fichier(f.chemin(), f.texte())));
            }
        }
        tous.addAll(siens);
        Set<String> aSignaler = new HashSet<>();
        siens.forEach(f -> aSignaler.add(f.chemin()));
        out.addAll(compilateur.erreursDeCompilation(c.id(), tous, aSignaler));
        return out;
    }
}
