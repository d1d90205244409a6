package fr.cotation.internal.engine;

import fr.cotation.ProblemePack;
import fr.cotation.internal.engine.CataloguePacks.Candidat;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.internal.pack.PackSource;
import fr.cotation.pack.PackDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Loading on first use: what loading each territorial pack of the {@link CataloguePacks catalogue} gives, decided
 * once, the first time it is needed, under the pack's own lock and within the load deadline: compiled
 * ({@link CompilationPacks}), then refused if its period conflicts, in one of its communes, with a pack loaded before
 * it. The outcome is the one an engine loading every pack in order gets. Also the packs marked broken after loading
 * (past a deadline or on an {@link Error} while scoring or checking). Thread-safe.
 */
final class ChargementPacks {
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);

    private final CataloguePacks catalogue;
    private final CompilationPacks compilation;
    private final Execution execution;
    /** How long loading one pack may take. */
    private final Duration delaiChargement;
    /**
     * Packs stopped while scoring (past the deadline, or an {@link Error} such as StackOverflowError), by "id version",
     * with why: their communes get an ERREUR cotation without running them again.
     */
    private final Map<String, String> casses = new ConcurrentHashMap<>();

    /**
     * What loading a territorial pack gave.
     *
     * @param charge      the pack ready to score; null when refused
     * @param problemes   why it was refused, in the order found; empty when loaded
     * @param compilation true when refused by its own rules (not by a conflict with another pack): its communes
     *                    then get an ERREUR cotation rather than SANS_GRILLE
     */
    record Issue(PackCharge charge, List<ProblemePack> problemes, boolean compilation) {
    }

    ChargementPacks(CataloguePacks catalogue, CompilationPacks compilation, Execution execution,
                    Duration delaiChargement) {
        this.catalogue = catalogue;
        this.compilation = compilation;
        this.execution = execution;
        this.delaiChargement = delaiChargement;
    }

    /** Every territorial pack loaded, in load order, after loading those not loaded yet. */
    List<PackCharge> charges() {
        return catalogue.candidats().stream().map(this::issue).map(Issue::charge).filter(Objects::nonNull).toList();
    }

    /** The loaded packs of this id and version (at most one), loading only those. */
    Optional<PackCharge> charge(String packId, String version) {
        return catalogue.candidats().stream()
                .filter(c -> c.descriptor().id().equals(packId) && c.descriptor().version().equals(version))
                .map(this::issue).map(Issue::charge).filter(Objects::nonNull).findFirst();
    }

    /** The first pack loaded, in load order, that covers the commune and is in force at the date; loads only those. */
    Optional<PackCharge> enVigueur(String commune, LocalDate date) {
        for (Candidat c : catalogue.candidatsDe(commune)) {
            if (c.descriptor().enVigueurLe(date)) {
                PackCharge charge = issue(c).charge();
                if (charge != null) {
                    return Optional.of(charge);
                }
            }
        }
        return Optional.empty();
    }

    /** The problems of each territorial pack in load order, then those of the packs marked broken: loads every pack. */
    List<ProblemePack> problemes() {
        List<ProblemePack> tous = new ArrayList<>();
        catalogue.candidats().forEach(c -> tous.addAll(issue(c).problemes()));
        new TreeMap<>(casses).forEach((cle, pourquoi) -> tous.add(new ProblemePack(cle.substring(0, cle.indexOf(' ')),
                PackReader.DESCRIPTEUR, 0, null, pourquoi)));
        return tous;
    }

    /** Marks a loaded pack broken, with why, unless it already is: its communes get an ERREUR cotation from then on. */
    void marquerEnEchec(PackDescriptor pack, String pourquoi) {
        casses.putIfAbsent(cle(pack), pourquoi);
    }

    /** Why this loaded pack was marked broken; null when it was not. */
    String enEchec(PackDescriptor pack) {
        return casses.isEmpty() ? null : casses.get(cle(pack));
    }

    private static String cle(PackDescriptor pack) {
        return pack.id() + " " + pack.version();
    }

    /**
     * What loading a territorial pack gives, decided once, on first use: compile it (or read it from the cache),
     * smoke-score it, then refuse it if its period conflicts, in one of its communes, with a pack loaded before it
     * (whose own outcome is decided first).
     */
    Issue issue(Candidat c) {
        Issue issue = c.issue().get();
        if (issue != null) {
            return issue;
        }
        // the pack's own lock: other packs load meanwhile; a pack waits only for the packs loaded before it that
        // share a commune (lower rank), so locks are always taken in rank order
        c.verrou().lock();
        try {
            issue = c.issue().get();
            if (issue == null) {
                issue = chargerBorne(c);
                for (ProblemePack p : issue.problemes()) {
                    LOG.warn("pack non chargé : {}", p);
                }
                c.issue().set(issue);
            }
            return issue;
        } finally {
            c.verrou().unlock();
        }
    }

    /** Loads a pack on a worker thread, for at most the load deadline; an error of the pack refuses that pack only. */
    private Issue chargerBorne(Candidat c) {
        PackDescriptor d = c.descriptor();
        try {
            return Execution.borne(() -> execution.dansLeChargeur(() -> charger(c)), delaiChargement);
        } catch (TimeoutException e) {
            return new Issue(null, List.of(new ProblemePack(d.id(), PackReader.DESCRIPTEUR, 0, null, "chargement arrêté :"
                    + " il a dépassé le délai de " + Execution.duree(delaiChargement) + " (packLoadTimeout) ; une règle ou une"
                    + " fonction boucle sans doute sur un ménage du test de fumée ; le pack n'est pas chargé")), true);
        } catch (Throwable e) {
            LOG.error("pack {} : erreur {} au chargement", d.id(), e.getClass().getSimpleName());
            return new Issue(null, List.of(new ProblemePack(d.id(), PackReader.DESCRIPTEUR, 0, null, "chargement arrêté"
                    + " par une erreur " + e.getClass().getSimpleName() + " (récursion sans fin, mémoire épuisée ?) ;"
                    + " le pack n'est pas chargé")), true);
        }
    }

    private Issue charger(Candidat candidat) {
        PackSource s = candidat.source();
        List<ProblemePack> problems = new ArrayList<>();
        PackCharge charge = compilation.compiler(s, problems);
        if (charge == null) {
            // a file in both grilles (main and mutation) gives its problem once
            return new Issue(null, List.copyOf(new LinkedHashSet<>(problems)), true);
        }
        String chevauche = null;
        for (String commune : charge.descriptor().communes()) {
            for (Candidat autre : catalogue.candidatsDe(commune)) {
                if (autre.rang() < candidat.rang() && chevauchent(autre.descriptor(), charge.descriptor())
                        && issue(autre).charge() != null) {
                    chevauche = autre.descriptor().id() + " " + autre.descriptor().version() + " pour la commune " + commune;
                }
            }
        }
        if (chevauche != null) {
            return new Issue(null, List.of(new ProblemePack(s.descriptor().id(), PackReader.DESCRIPTEUR, 0, null,
                    "période de validité en conflit avec " + chevauche + " ; ce pack n'est pas chargé")), false);
        }
        return new Issue(charge, List.of(), false);
    }

    private static boolean chevauchent(PackDescriptor a, PackDescriptor b) {
        LocalDate aFin = a.enVigueurAu() == null ? LocalDate.MAX : a.enVigueurAu();
        LocalDate bFin = b.enVigueurAu() == null ? LocalDate.MAX : b.enVigueurAu();
        return !a.enVigueurDu().isAfter(bFin) && !b.enVigueurDu().isAfter(aFin);
    }
}
