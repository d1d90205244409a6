package fr.cotation.internal.engine;

import fr.cotation.ProblemePack;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Conformite;
import fr.cotation.conformite.Constat;
import fr.cotation.internal.conformite.AnalyseDrl;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.internal.pack.PackSource;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.regles.PrioritesL4411;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The compliance report of every pack the engine read: a loaded pack (its grilles as loaded), a base (compiled here,
 * for the check only) or a pack refused at load (its load problems become findings); the analysis of the DRL text
 * ({@link AnalyseDrl}) and the checks that run the grilles on synthetic households ({@link VerificationConformite}), bounded by
 * the load deadline. Thread-safe.
 */
final class ConformitePacks {
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);

    private final CataloguePacks catalogue;
    private final CompilationPacks compilation;
    private final ChargementPacks chargement;
    private final Execution execution;
    private final PrioritesL4411 priorites;
    private final int limite;
    private final Duration delaiChargement;

    ConformitePacks(CataloguePacks catalogue, CompilationPacks compilation, ChargementPacks chargement,
                    Execution execution, PrioritesL4411 priorites, int limite, Duration delaiChargement) {
        this.catalogue = catalogue;
        this.compilation = compilation;
        this.chargement = chargement;
        this.execution = execution;
        this.priorites = priorites;
        this.limite = limite;
        this.delaiChargement = delaiChargement;
    }

    /** The compliance report of every pack read: loaded, bases, refused at load; by id then version. */
    List<Conformite> conformite() {
        List<Conformite> out = new ArrayList<>();
        catalogue.parId().forEach((id, versions) -> versions.stream()
                .sorted(Comparator.comparing(s -> s.descriptor().enVigueurDu()))
                .forEach(s -> out.add(conformite(s))));
        return out;
    }

    /** The compliance report of one pack read by this engine, if any. */
    Optional<Conformite> conformite(String packId, String version) {
        return catalogue.versions(packId).stream()
                .filter(s -> s.descriptor().version().equals(version)).findFirst().map(this::conformite);
    }

    private Conformite conformite(PackSource source) {
        return execution.dansLeChargeur(() -> conformiteDe(source));
    }

    private Conformite conformiteDe(PackSource source) {
        PackDescriptor d = source.descriptor();
        Optional<PackCharge> charge = d.estBase() ? Optional.empty() : chargement.charge(d.id(), d.version());
        List<Constat> constats;
        if (charge.isPresent()) {
            PackCharge p = charge.get();
            List<GrilleCompilee> grilles = p.mutation() == null ? List.of(p.principale()) : List.of(p.principale(), p.mutation());
            constats = verifierBorne(p.descriptor(), grilles, analyser(grilles), true);
        } else {
            // a base (compiled here, for the check only) or a pack refused at load
            List<ProblemePack> problems = new ArrayList<>(catalogue.candidats().stream()
                    .filter(c -> c.source().equals(source))
                    .findFirst().map(c -> chargement.issue(c).problemes()).orElse(List.of()));
            List<Constat> trouves = new ArrayList<>();
            List<PackSource> chaine = catalogue.chaine(source, problems);
            List<AnalyseDrl.Fichier> fichiers = chaine == null ? null : catalogue.fichiers(d, chaine, problems);
            AnalyseDrl.Resultat analyse = fichiers == null ? null : AnalyseDrl.analyser(fichiers);
            if (analyse != null) {
                trouves.addAll(analyse.constats());
            }
            if (d.estBase() && analyse != null && problems.isEmpty()) {
                CompilationPacks.Compile c = compilation.compilerChaine(d, chaine, List.of(), problems, true);
                if (c != null) {
                    trouves.addAll(verifierBorne(c.resolu(), c.grilles(), analyse, false));
                }
            }
            for (ProblemePack p : problems) {
                trouves.add(p.constat() != null ? p.constat() : new Constat(CodeConstat.C000, p.pack(), p.fichier(),
                        p.ligne(), p.regle(), (d.estBase() ? "la base ne se charge pas : " : "pack refusé au chargement : ")
                        + p.message()));
            }
            constats = VerificationConformite.trier(trouves);
        }
        return new Conformite(d.id(), d.version(), constats);
    }

    /**
     * The compliance checks of {@code pack} ({@link VerificationConformite}), which run its grilles on synthetic households: on a
     * worker thread, for at most the pack-load deadline, as the load's smoke scoring. Past it, or on an {@link Error},
     * the report gets a {@code C000} finding (the analysis of the DRL text, which runs no rule, is kept) and a loaded
     * pack ({@code charge}) is marked broken, as a grille past the scoring deadline is: it would loop on a demande too.
     */
    private List<Constat> verifierBorne(PackDescriptor pack, List<GrilleCompilee> grilles, AnalyseDrl.Resultat analyse,
                                        boolean charge) {
        String pourquoi;
        try {
            return Execution.borne(() -> execution.dansLeChargeur(
                    () -> VerificationConformite.verifier(pack, grilles, analyse, priorites, limite)), delaiChargement);
        } catch (TimeoutException e) {
            pourquoi = "vérification arrêtée : elle a dépassé le délai de " + Execution.duree(delaiChargement)
                    + " (packLoadTimeout) ; une règle ou une fonction boucle sans doute sur un ménage synthétique de la"
                    + " vérification";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pourquoi = "vérification interrompue";
        } catch (Throwable e) {
            pourquoi = "vérification arrêtée par une erreur " + e.getClass().getSimpleName()
                    + " (récursion sans fin, mémoire épuisée ?)";
        }
        LOG.error("pack {} {} : {}", pack.id(), pack.version(), pourquoi);
        if (charge) {
            chargement.marquerEnEchec(pack, pourquoi + " ; le pack est marqué en échec");
        }
        List<Constat> constats = new ArrayList<>(analyse.constats());
        constats.add(new Constat(CodeConstat.C000, pack.id(), PackReader.DESCRIPTEUR, 0, null, pourquoi));
        return VerificationConformite.trier(constats);
    }

    /** The DRL text of compiled grilles, analysed together (a type declared in a base serves its extensions). */
    private static AnalyseDrl.Resultat analyser(List<GrilleCompilee> grilles) {
        Map<String, String> sources = new LinkedHashMap<>();
        grilles.forEach(g -> sources.putAll(g.sources()));
        List<AnalyseDrl.Fichier> fichiers = new ArrayList<>();
        sources.forEach((chemin, texte) -> fichiers.add(new AnalyseDrl.Fichier(chemin.substring(0, chemin.indexOf('/')),
                chemin, texte)));
        return AnalyseDrl.analyser(fichiers);
    }
}
