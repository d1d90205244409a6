package fr.cotation.internal.engine;

import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

import java.util.List;
import java.util.Map;

/**
 * One grille of one pack, compiled once into a KieBase and shared by every scoring thread (a KieBase is
 * thread-safe; each scoring takes a session of the pool for itself).
 *
 * @param pack      the pack's descriptor
 * @param nom       {@code principale} or {@code mutation}
 * @param kieBase   the compiled rules
 * @param criteres  criterion of each rule, by package/name
 * @param rubriques rubriques in display order
 * @param sources   DRL text by file, to locate runtime errors
 * @param bareme    caps and rubriques, prepared once from {@code rubriques}
 * @param sessions  sessions of {@code kieBase}, reset when disposed and handed to one caller at a time
 * @param cleCache  the key of the cache entry the rules were read from; null when compiled from the DRL
 * @param parRegle  what each rule gives to the collector, found at its first firing (thread-safe)
 * @param directe   the rules evaluated without a session, null when one rule is outside that subset or the engine
 *                  runs every rule in Drools
 * @param regleEnDrools the first rule outside the subset ({@code package/name}); null with {@code directe} or when the
 *                  engine runs every grille in sessions
 * @param enDrools  why the grille runs in Drools sessions, in one sentence; null with {@code directe}
 */
record GrilleCompilee(PackDescriptor pack, String nom, KieBase kieBase, Map<String, Critere> criteres,
                      List<Rubrique> rubriques, Map<String, String> sources, Bareme bareme,
                      KieSessionsPool sessions, String cleCache,
                      java.util.concurrent.ConcurrentHashMap<org.kie.api.definition.rule.Rule, NoteCollecteur.Regle> parRegle,
                      EvaluationDirecte directe, String regleEnDrools, String enDrools) {

    GrilleCompilee(PackDescriptor pack, String nom, KieBase kieBase, Map<String, Critere> criteres,
                   List<Rubrique> rubriques, Map<String, String> sources, String cleCache, EvaluationDirecte.Analyse analyse) {
        this(pack, nom, kieBase, criteres, rubriques, sources, new Bareme(rubriques), kieBase.newKieSessionsPool(1),
                cleCache, new java.util.concurrent.ConcurrentHashMap<>(), analyse.evaluation(), analyse.regle(),
                analyse.enDrools());
    }

    /** The grille as it is published: criteria read from the rules' metadata. */
    Grille publiee() {
        Map<String, Integer> ordre = new java.util.HashMap<>();
        for (int i = 0; i < rubriques.size(); i++) {
            ordre.put(rubriques.get(i).code(), i);
        }
        List<CritereDeGrille> list = new java.util.ArrayList<>();
        criteres.forEach((cle, c) -> list.add(new CritereDeGrille(c.code(), c.libelle(), c.rubrique(), c.reference(),
                c.points(), c.plafond(), cle.substring(cle.indexOf('/') + 1), c.parMois(), c.dureeMois(), c.bareme(),
                c.fichier(), c.proposition())));
        list.sort(java.util.Comparator.<CritereDeGrille>comparingInt(c -> ordre.getOrDefault(c.rubrique(), Integer.MAX_VALUE))
                .thenComparing(CritereDeGrille::code).thenComparing(CritereDeGrille::regle));
        return new Grille(pack, nom, rubriques, list);
    }
}
