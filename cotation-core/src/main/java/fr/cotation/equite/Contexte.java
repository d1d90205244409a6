package fr.cotation.equite;

import fr.cotation.Cotation;
import fr.cotation.CotationEngine;
import fr.cotation.CotationResult;
import fr.cotation.demande.Demande;
import fr.cotation.generation.GenerateurDemandes;
import fr.cotation.pack.Grille;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.territoire.CommuneRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** What every check of one run of the suite shares: the engine, the pack, the date, the generator, caches. */
final class Contexte {
    final CotationEngine engine;
    final BiFunction<Demande, LocalDate, CotationResult> coteur;
    final PackDescriptor pack;
    final LocalDate date;
    final GenerateurDemandes generateur;
    /** The pack's communes, sorted. */
    final List<String> territoire;
    /** Communes of the registry outside the pack's territory, sorted, with their EPCI. */
    final List<CommuneRef> ailleurs;
    private final Map<String, Optional<Grille>> grilles = new ConcurrentHashMap<>();

    Contexte(CotationEngine engine, BiFunction<Demande, LocalDate, CotationResult> coteur, PackDescriptor pack,
             LocalDate date, GenerateurDemandes generateur) {
        this.engine = engine;
        this.coteur = coteur;
        this.pack = pack;
        this.date = date;
        this.generateur = generateur;
        this.territoire = List.copyOf(new TreeSet<>(pack.communes()));
        Set<String> dedans = Set.copyOf(pack.communes());
        List<CommuneRef> hors = new ArrayList<>();
        for (CommuneRef c : engine.referentiel().communes()) {
            if (!dedans.contains(c.code()) && c.epci() != null) {
                hors.add(c);
            }
        }
        hors.sort(java.util.Comparator.comparing(CommuneRef::code));
        this.ailleurs = List.copyOf(hors);
    }

    /** Scores a demande; a throw or a null is kept as such for the robustness property. */
    ControlesEquite.Base base(Demande d) {
        try {
            CotationResult r = coteur.apply(d, date);
            return new ControlesEquite.Base(r, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new ControlesEquite.Base(null, e);
        }
    }

    /** Scores a variant; a throw is left to the robustness property, the other checks then see no result. */
    CotationResult coter(Demande d) {
        try {
            return coteur.apply(d, date);
        } catch (RuntimeException e) {
            return null;
        }
    }

    boolean valide(Demande d) {
        return engine.valider(d, date).isEmpty();
    }

    Optional<Grille> grille(Cotation c) {
        return grilles.computeIfAbsent(c.pack() + '\u0000' + c.version() + '\u0000' + c.grille(),
                k -> engine.grille(c.pack(), c.version(), c.grille()));
    }

    Optional<PackDescriptor> descripteur(Cotation c) {
        return grille(c).map(Grille::pack);
    }
}
