package fr.cotation.internal.engine;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.Ligne;
import fr.cotation.PackProblem;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Probleme;
import fr.cotation.internal.derivation.Derivation;
import fr.cotation.internal.derivation.Faits;
import fr.cotation.internal.pack.PackReader;
import fr.cotation.internal.pack.PackSource;
import fr.cotation.internal.validation.Validateur;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import fr.cotation.regles.Commune;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The engine behind {@code CotationEngine}: loads and compiles packs once, then scores. Immutable after construction. */
public final class Moteur {
    private static final Logger LOG = LoggerFactory.getLogger(Moteur.class);

    /** Configuration, as the public builder collected it. */
    public record Config(ClassLoader classLoader, boolean classpath, List<Path> repertoires, Referentiel referentiel,
                         PrioritesL4411 priorites, int limiteDeclenchements, int communesMax) {
    }

    private final Referentiel referentiel;
    private final Validateur validateur;
    private final Derivation derivation;
    private final int limite;
    private final List<PackProblem> problemes = new ArrayList<>();
    private final List<PackCharge> packs = new ArrayList<>();
    private final Map<String, List<PackCharge>> parCommune = new HashMap<>();
    private final Map<String, List<PackEchoue>> echecsParCommune = new HashMap<>();

    private record PackEchoue(PackDescriptor descriptor, String raison) {
    }

    public Moteur(Config config) {
        this.referentiel = config.referentiel() != null ? config.referentiel()
                : Referentiel.fromClasspath(config.classLoader());
        this.validateur = new Validateur(referentiel, config.communesMax());
        this.derivation = new Derivation(config.priorites());
        this.limite = config.limiteDeclenchements();
        List<PackSource> sources = new ArrayList<>();
        if (config.classpath()) {
            sources.addAll(PackReader.fromClasspath(config.classLoader(), problemes::add));
        }
        for (Path dir : config.repertoires()) {
            sources.addAll(PackReader.fromDirectory(dir, problemes::add));
        }
        charger(sources, new Compilateur(config.classLoader()));
        for (PackProblem p : problemes) {
            LOG.warn("pack non chargé : {}", p);
        }
        LOG.info("{} pack(s) de cotation chargé(s), {} problème(s)", packs.size(), problemes.size());
    }

    public Referentiel referentiel() {
        return referentiel;
    }

    public List<PackProblem> problemes() {
        return List.copyOf(problemes);
    }

    public List<PackDescriptor> packs() {
        return packs.stream().map(PackCharge::descriptor).toList();
    }

    public Optional<fr.cotation.pack.Grille> grille(String packId, String version, String nom) {
        return packs.stream().filter(p -> p.descriptor().id().equals(packId) && p.descriptor().version().equals(version))
                .findFirst()
                .map(p -> PackDescriptor.MUTATION.equals(nom) ? p.mutation() : PackDescriptor.PRINCIPALE.equals(nom)
                        ? p.principale() : null)
                .map(GrilleCompilee::publiee);
    }

    public List<Probleme> valider(Demande demande, LocalDate date) {
        return validateur.valider(demande, date);
    }

    public Optional<PackDescriptor> packPour(String commune, LocalDate date) {
        return enVigueur(commune, date).map(PackCharge::descriptor);
    }

    private Optional<PackCharge> enVigueur(String commune, LocalDate date) {
        return parCommune.getOrDefault(commune, List.of()).stream().filter(p -> p.descriptor().enVigueurLe(date)).findFirst();
    }

    public CotationResult coter(Demande demande, LocalDate date) {
        String numero = demande == null ? null : demande.numeroUnique();
        List<Probleme> problemesDemande = validateur.valider(demande, date);
        if (!problemesDemande.isEmpty()) {
            return new CotationResult(numero, date, problemesDemande, List.of());
        }
        Faits faits;
        try {
            faits = derivation.deriver(demande, date);
        } catch (RuntimeException e) {
            LOG.error("dérivation impossible ({})", e.getClass().getSimpleName());
            return new CotationResult(numero, date, List.of(new Probleme("demande", "?",
                    "erreur interne en dérivant la demande : " + e.getClass().getSimpleName())), List.of());
        }
        List<String> avertissements = new ArrayList<>();
        if (faits.dossier().getMoisDepuisRenouvellement() >= 12) {
            avertissements.add("demande non renouvelée depuis " + faits.dossier().getMoisDepuisRenouvellement()
                    + " mois : elle expire si elle n'est pas renouvelée dans l'année (R.441-2-7 CCH)");
        }
        List<Cotation> cotations = new ArrayList<>();
        for (String code : new LinkedHashSet<>(demande.communesSouhaitees())) {
            cotations.add(coterCommune(code, demande.mutation(), faits, date, avertissements));
        }
        return new CotationResult(numero, date, List.of(), cotations);
    }

    private Cotation coterCommune(String code, boolean mutation, Faits faits, LocalDate date, List<String> avertissementsDemande) {
        Optional<CommuneRef> ref = referentiel.commune(code);
        String nom = ref.map(CommuneRef::nom).orElse(null);
        String epci = ref.map(CommuneRef::epci).orElse(null);
        String nomEpci = ref.map(CommuneRef::nomEpci).orElse(null);
        Optional<PackCharge> pack = enVigueur(code, date);
        if (pack.isEmpty()) {
            for (PackEchoue e : echecsParCommune.getOrDefault(code, List.of())) {
                if (e.descriptor().enVigueurLe(date)) {
                    return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.ERREUR, e.descriptor().id(),
                            e.descriptor().version(), null, BigDecimal.ZERO, List.of(), false, avertissementsDemande,
                            "la grille " + e.descriptor().id() + " n'a pas pu être chargée : " + e.raison());
                }
            }
            String ou = nom == null ? code : nom + " (" + code + ")";
            String why = ref.isEmpty() ? referentiel.pourquoiInconnue(code).orElse("commune inconnue")
                    : "aucune grille de cotation pour " + ou + (nomEpci == null ? "" : ", " + nomEpci) + " au " + date;
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.SANS_GRILLE, null, null, null, BigDecimal.ZERO,
                    List.of(), false, avertissementsDemande, why);
        }
        PackCharge p = pack.get();
        GrilleCompilee grille = mutation && p.mutation() != null ? p.mutation() : p.principale();
        String epciPack = p.descriptor().epci();
        Set<String> territoire = p.territoire();
        Commune commune = new Commune(code, epciPack, code.equals(faits.communeResidence()),
                faits.communesTravail().contains(code),
                faits.communeResidence() != null && territoire.contains(faits.communeResidence()),
                faits.communesTravail().stream().anyMatch(territoire::contains));
        List<String> avertissements = new ArrayList<>(avertissementsDemande);
        if (p.descriptor().statut() == fr.cotation.pack.Statut.MODELE) {
            avertissements.add("grille modèle (statut 'modele') : critères documentés pour ce territoire, points proposés,"
                    + " pas la grille adoptée par l'EPCI");
        }
        try {
            List<Ligne> lignes = Bareme.appliquer(Session.executer(grille, faits, commune, limite), grille.rubriques());
            BigDecimal total = Points.norm(lignes.stream().map(Ligne::points).reduce(BigDecimal.ZERO, BigDecimal::add));
            boolean provisoire = lignes.stream().anyMatch(Ligne::provisoire);
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.COTEE, p.descriptor().id(),
                    p.descriptor().version(), grille.nom(), total, lignes, provisoire, avertissements, null);
        } catch (ScoringException e) {
            LOG.warn("échec de cotation avec le pack {} : {}", p.descriptor().id(), e.getMessage());
            return new Cotation(code, nom, epci, nomEpci, Cotation.Statut.ERREUR, p.descriptor().id(),
                    p.descriptor().version(), grille.nom(), BigDecimal.ZERO, List.of(), false, avertissements, e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- loading

    private void charger(List<PackSource> sources, Compilateur compilateur) {
        Map<String, List<PackSource>> parId = new LinkedHashMap<>();
        for (PackSource s : sources) {
            List<PackSource> versions = parId.computeIfAbsent(s.descriptor().id(), k -> new ArrayList<>());
            if (versions.stream().anyMatch(v -> v.descriptor().version().equals(s.descriptor().version()))) {
                problemes.add(new PackProblem(s.descriptor().id(), s.location(), 0, null, "le pack " + s.descriptor().id()
                        + " version " + s.descriptor().version() + " est chargé deux fois ; cette copie est ignorée"));
                continue;
            }
            versions.add(s);
        }
        List<PackSource> territoriaux = sources.stream().filter(s -> !s.descriptor().estBase())
                .filter(s -> parId.get(s.descriptor().id()).contains(s))
                .sorted(Comparator.comparing((PackSource s) -> s.descriptor().id()).thenComparing(s -> s.descriptor().enVigueurDu()))
                .toList();
        for (PackSource s : territoriaux) {
            int before = problemes.size();
            PackCharge charge = compiler(s, parId, compilateur);
            if (charge == null) {
                String raison = problemes.size() > before ? problemes.get(before).toString() : "erreur inconnue";
                for (String c : territoire(s.descriptor())) {
                    echecsParCommune.computeIfAbsent(c, k -> new ArrayList<>()).add(new PackEchoue(s.descriptor(), raison));
                }
                continue;
            }
            String chevauche = null;
            for (String c : charge.descriptor().communes()) {
                for (PackCharge autre : parCommune.getOrDefault(c, List.of())) {
                    if (chevauchent(autre.descriptor(), charge.descriptor())) {
                        chevauche = autre.descriptor().id() + " " + autre.descriptor().version() + " pour la commune " + c;
                    }
                }
            }
            if (chevauche != null) {
                problemes.add(new PackProblem(s.descriptor().id(), PackReader.DESCRIPTEUR, 0, null,
                        "période de validité en conflit avec " + chevauche + " ; ce pack n'est pas chargé"));
                continue;
            }
            packs.add(charge);
            for (String c : charge.descriptor().communes()) {
                parCommune.computeIfAbsent(c, k -> new ArrayList<>()).add(charge);
            }
        }
    }

    private static boolean chevauchent(PackDescriptor a, PackDescriptor b) {
        LocalDate aFin = a.enVigueurAu() == null ? LocalDate.MAX : a.enVigueurAu();
        LocalDate bFin = b.enVigueurAu() == null ? LocalDate.MAX : b.enVigueurAu();
        return !a.enVigueurDu().isAfter(bFin) && !b.enVigueurDu().isAfter(aFin);
    }

    private List<String> territoire(PackDescriptor d) {
        if (!d.communes().isEmpty()) {
            return d.communes();
        }
        return d.epci() == null ? List.of() : referentiel.communesDe(d.epci()).stream().map(CommuneRef::code).toList();
    }

    private PackCharge compiler(PackSource source, Map<String, List<PackSource>> parId, Compilateur compilateur) {
        PackDescriptor d = source.descriptor();
        // the chain of bases, the farthest first
        List<PackSource> chaine = new ArrayList<>();
        chaine.add(source);
        PackSource courant = source;
        while (courant.descriptor().base() != null) {
            String baseId = courant.descriptor().base();
            PackSource base = parId.getOrDefault(baseId, List.of()).stream()
                    .filter(b -> b.descriptor().enVigueurLe(d.enVigueurDu()))
                    .max(Comparator.comparing(b -> b.descriptor().enVigueurDu())).orElse(null);
            if (base == null || chaine.contains(base)) {
                problemes.add(new PackProblem(d.id(), PackReader.DESCRIPTEUR, 0, null, base == null
                        ? "base '" + baseId + "' introuvable ou pas en vigueur au " + d.enVigueurDu()
                        : "extension circulaire via '" + baseId + "'"));
                return null;
            }
            chaine.add(0, base);
            courant = base;
        }
        List<String> communes = territoire(d);
        if (communes.isEmpty()) {
            problemes.add(new PackProblem(d.id(), PackReader.DESCRIPTEUR, 0, null, "aucune commune : l'EPCI " + d.epci()
                    + " est inconnu du référentiel et le descripteur ne liste pas de communes"));
            return null;
        }
        Map<String, Rubrique> rubriques = new LinkedHashMap<>();
        for (PackSource s : chaine) {
            s.descriptor().rubriques().forEach(r -> rubriques.put(r.code(), r));
        }
        PackDescriptor resolu = new PackDescriptor(d.id(), d.nom(), d.epci(), d.base(), d.version(), d.statut(),
                d.enVigueurDu(), d.enVigueurAu(), d.sources(), d.analogie(), communes, List.copyOf(rubriques.values()),
                d.grilles(), d.remarque());
        boolean aMutation = chaine.stream().anyMatch(s -> s.descriptor().grilles().containsKey(PackDescriptor.MUTATION));
        GrilleCompilee principale = grille(resolu, PackDescriptor.PRINCIPALE, chaine, compilateur);
        GrilleCompilee mutation = aMutation ? grille(resolu, PackDescriptor.MUTATION, chaine, compilateur) : null;
        if (principale == null || (aMutation && mutation == null)) {
            return null;
        }
        int before = problemes.size();
        Fumee.verifier(principale, problemes, limite);
        if (mutation != null) {
            Fumee.verifier(mutation, problemes, limite);
        }
        return problemes.size() > before ? null : new PackCharge(resolu, principale, mutation);
    }

    /**
     * The files of one grille along the chain: each pack gives its files for that grille, or its main
     * grille's files when it has no specific list for it.
     */
    private GrilleCompilee grille(PackDescriptor pack, String nom, List<PackSource> chaine, Compilateur compilateur) {
        List<Compilateur.Fichier> fichiers = new ArrayList<>();
        for (PackSource s : chaine) {
            List<String> liste = s.descriptor().grilles().getOrDefault(nom,
                    s.descriptor().grilles().getOrDefault(PackDescriptor.PRINCIPALE, List.of()));
            for (String f : liste) {
                try {
                    fichiers.add(new Compilateur.Fichier(s.descriptor().id() + "/" + f, s.fichiers().lire(f)));
                } catch (IOException e) {
                    problemes.add(new PackProblem(pack.id(), s.descriptor().id() + "/" + f, 0, null,
                            "fichier de règles illisible : " + e.getMessage()));
                    return null;
                }
            }
        }
        return compilateur.compiler(pack, nom, fichiers, pack.rubriques(), problemes);
    }
}
