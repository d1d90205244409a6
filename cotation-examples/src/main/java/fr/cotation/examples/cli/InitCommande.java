package fr.cotation.examples.cli;

import fr.cotation.regles.CategoriePrioritaire;
import fr.cotation.regles.PrioritesL4411;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code cotation init --epci SIREN DOSSIER}: writes a starting pack for an EPCI, from the national registry: a
 * {@code pack.yaml} naming the EPCI (its communes come from the registry), the national priorities (DALO and every
 * category of art. L.441-1 CCH) as rules whose points the EPCI weights, the ancienneté, one worked local criterion,
 * a scenario file and a README for the author. Every point value written is a proposal, and the pack has the status
 * {@code projet}; {@code cotation verifier} on it is green at once.
 */
@Command(name = "init",
        header = "Écrit un pack de départ pour un EPCI (pack.yaml, règles, scénarios, README).",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Crée DOSSIER/ID (ID tiré du nom de l'EPCI) : un pack.yaml qui nomme l'EPCI par son SIREN (ses "
                        + "communes viennent du référentiel national), les priorités nationales (DALO et chaque "
                        + "catégorie de l'art. L.441-1 CCH) en règles à pondérer, l'ancienneté, un critère local "
                        + "travaillé en exemple, un fichier de scénarios et un README pour l'auteur de la grille. "
                        + "Les points écrits sont des propositions ; le pack a le statut « projet ». "
                        + "« cotation verifier DOSSIER » le vérifie. Guide : docs/ecrire-une-grille.md."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:pack écrit",
                "2:usage incorrect (SIREN inconnu du référentiel, dossier du pack déjà présent)",
                "3:fichier impossible à écrire",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation init --epci 243100518 mes-packs",
                "  cotation init --epci 200046977 --id lyon --en-vigueur-du 2026-07-01 mes-packs",
                "  cotation init --epci 200068765 --base paca-base mes-packs"},
        sortOptions = false,
        usageHelpWidth = 100)
final class InitCommande implements Callable<Integer> {

    @Option(names = "--epci", paramLabel = "SIREN", required = true,
            description = "SIREN de l'EPCI (9 chiffres), par exemple 243100518 pour Toulouse Métropole.")
    private String siren;

    @Option(names = "--id", paramLabel = "ID",
            description = "Identifiant du pack (défaut : tiré du nom de l'EPCI, par exemple toulouse-metropole).")
    private String id;

    @Option(names = "--en-vigueur-du", paramLabel = "AAAA-MM-JJ", converter = Convertisseurs.Date.class,
            description = "Premier jour d'application de la grille (défaut : le 1er janvier du millésime du "
                    + "référentiel des communes).")
    private LocalDate du;

    @Option(names = "--base", paramLabel = "SOCLE",
            description = "Appliquer un socle sans critère propre, par exemple paca-base : seul pack.yaml est écrit "
                    + "(avec le README) ; les règles et les scénarios sont ceux du socle, joués d'eux-mêmes par verify.")
    private String base;

    @Parameters(paramLabel = "DOSSIER", arity = "1", description = "Dossier de packs où écrire le pack (créé au besoin).")
    private Path dossier;

    private final PrintStream out;
    private final PrintStream err;

    InitCommande(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Referentiel ref = Referentiel.fromClasspath(InitCommande.class.getClassLoader());
        List<CommuneRef> communes = siren == null ? List.of() : ref.communesDe(siren.strip());
        if (communes.isEmpty()) {
            err.println("init : --epci " + siren + " : aucun EPCI de ce SIREN dans le référentiel des communes (COG "
                    + String.join(", ", ref.millesimes()) + ") ; le SIREN d'un EPCI a 9 chiffres, par exemple 243100518"
                    + " pour Toulouse Métropole (liste : banatic.interieur.gouv.fr)");
            return CodeSortie.USAGE;
        }
        String epci = siren.strip();
        String nom = ref.nomEpci(epci).orElse(epci);
        String packId = id != null ? id : identifiant(nom);
        if (!packId.matches("[a-z0-9][a-z0-9-]*")) {
            err.println("init : --id " + packId + " : minuscules, chiffres et tirets seulement (par exemple lyon)");
            return CodeSortie.USAGE;
        }
        LocalDate debut = du != null ? du : LocalDate.of(ref.millesimes().stream().mapToInt(Integer::parseInt).max()
                .orElse(2026), 1, 1);
        Path racine = dossier.resolve(packId);
        if (Files.exists(racine)) {
            err.println("init : " + racine + " existe déjà : rien n'est écrasé (choisissez un autre --id ou un autre"
                    + " dossier)");
            return CodeSortie.USAGE;
        }
        if (base != null && !socles(InitCommande.class.getClassLoader()).contains(base)) {
            err.println("init : --base " + base + " : aucun socle de ce nom sur le classpath (socles connus : "
                    + String.join(", ", socles(InitCommande.class.getClassLoader())) + ")");
            return CodeSortie.USAGE;
        }
        CommuneRef exemple = communes.stream().filter(c -> c.population() != null)
                .max(Comparator.comparing(CommuneRef::population)).orElse(communes.get(0));
        Map<String, String> fichiers = base != null ? surLeSocle(packId, epci, nom, debut, base, communes.size())
                : fichiers(packId, epci, nom, debut, exemple, communes.size());
        try {
            for (Map.Entry<String, String> f : fichiers.entrySet()) {
                Path p = racine.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("init : écriture impossible dans " + racine + " : " + e.getMessage());
            return CodeSortie.FICHIER_ILLISIBLE;
        }
        out.println("pack " + packId + " écrit dans " + racine + " : " + nom + " (SIREN " + epci + "), "
                + communes.size() + " communes du référentiel");
        fichiers.keySet().forEach(f -> out.println("  " + f));
        out.println("ensuite : lire " + racine.resolve("README.md") + ", pondérer les règles, puis « cotation verifier "
                + dossier + " »");
        return CodeSortie.OK;
    }

    /**
     * The bases (socles) the jars on the class path ship: the packs listed in {@code META-INF/cotation/packs} whose
     * descriptor names no EPCI, by id.
     */
    static java.util.SortedSet<String> socles(ClassLoader loader) {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        try {
            for (java.net.URL url : java.util.Collections.list(loader.getResources("META-INF/cotation/packs"))) {
                try (var in = url.openStream()) {
                    for (String ligne : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String r = ligne.strip();
                        if (r.isEmpty() || r.startsWith("#")) {
                            continue;
                        }
                        try (var p = loader.getResourceAsStream(r)) {
                            if (p == null) {
                                continue;
                            }
                            String yaml = new String(p.readAllBytes(), StandardCharsets.UTF_8);
                            java.util.regex.Matcher id = java.util.regex.Pattern.compile("(?m)^id:\\s*\"?([a-z0-9-]+)")
                                    .matcher(yaml);
                            if (id.find() && !java.util.regex.Pattern.compile("(?m)^epci:").matcher(yaml).find()) {
                                ids.add(id.group(1));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            // no readable registry: no base
        }
        return ids;
    }

    /**
     * The files of a pack that applies a base alone: its {@code pack.yaml} and a README. No rule and no scenario:
     * the base's rules score under the EPCI's identity, and the base's scenarios are played for it by themselves.
     */
    static Map<String, String> surLeSocle(String id, String epci, String nom, LocalDate debut, String base,
                                          int nombreCommunes) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("pack.yaml", """
                # Grille de cotation de la demande de logement social (art. L.441-2-8 et R.441-2-10 CCH)
                # de %1$s. Écrit par « cotation init --base %6$s » : le socle %6$s, sans critère propre,
                # sous l'identité de l'EPCI. Guide : docs/ecrire-une-grille.md.
                id: %2$s
                nom: %3$s
                # SIREN de l'EPCI : ses communes viennent du référentiel national.
                epci: "%4$s"
                base: %6$s
                version: "%5$d.1"
                # projet : brouillon vérifiable ; adoptee une fois la grille adoptée (délibération, dans sources).
                statut: projet
                enVigueurDu: %7$s
                sources:
                  - "Art. L.441-1, L.441-2-8 et R.441-2-10 CCH"
                  - "Délibération de l'EPCI adoptant la grille (à citer : date, numéro)"
                remarque: >
                  Le socle %6$s sans critère propre, sous l'identité de l'EPCI.
                # Aucune règle propre : tout vient du socle. Les scénarios du socle sont joués d'eux-mêmes pour ce
                # territoire (chacune de ses communes, son premier jour, chaque critère à ses bornes).
                grilles:
                  principale: []
                """.formatted(nom, id, yamlTexte(nom), epci, debut.getYear(), base, debut));
        f.put("README.md", """
                # Grille de cotation de %1$s

                Pack écrit par `cotation init --epci %2$s --base %4$s` : %3$d communes du référentiel national
                (code officiel géographique) forment son territoire, par le SIREN de l'EPCI dans `pack.yaml`.

                Ce territoire applique le socle `%4$s` sans critère propre : `pack.yaml` suffit. Pas de dossier
                `regles/` ni `scenarios/` : les règles sont celles du socle, et les scénarios du socle sont joués
                d'eux-mêmes pour ce territoire (`cotation verifier DOSSIER` les compte avec les autres).

                1. Vérifier `enVigueurDu`, `sources` et `remarque` dans `pack.yaml`.
                2. Vérifier : `cotation verifier DOSSIER`.
                3. Pour ajouter un critère propre au territoire : une règle dans `regles/`, listée sous
                   `grilles: principale:`, et ses scénarios dans `scenarios/` (ceux du socle ne sont alors plus
                   joués : les totaux du territoire diffèrent).

                Guide complet : docs/ecrire-une-grille.md du projet cotation.
                """.formatted(nom, epci, nombreCommunes, base));
        return f;
    }

    /** The pack id from the EPCI's name: lower case, no accents, words joined by dashes. */
    static String identifiant(String nom) {
        String s = Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "mon-epci" : s;
    }

    /** The files of the starting pack, by path relative to its folder. */
    static Map<String, String> fichiers(String id, String epci, String nom, LocalDate debut, CommuneRef exemple,
                                        int nombreCommunes) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("pack.yaml", packYaml(id, epci, nom, debut));
        f.put("regles/priorites-nationales.drl", prioritesNationales(id, debut));
        f.put("regles/anciennete.drl", anciennete(id));
        f.put("regles/criteres-locaux.drl", criteresLocaux(id));
        f.put("scenarios/" + id + ".yaml", scenarios(id, nom, debut, exemple));
        f.put("README.md", readme(id, epci, nom, nombreCommunes));
        return f;
    }

    private static String yamlTexte(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String drlTexte(String s) {
        return s.replace("\\", "").replace("\"", "'");
    }

    private static String packYaml(String id, String epci, String nom, LocalDate debut) {
        return """
                # Grille de cotation de la demande de logement social (art. L.441-2-8 et R.441-2-10 CCH)
                # de %1$s. Écrit par « cotation init » : à compléter. Guide : docs/ecrire-une-grille.md.
                id: %2$s
                nom: %3$s
                # SIREN de l'EPCI : ses communes viennent du référentiel national (clé communes: seulement pour
                # restreindre ou étendre ce territoire, voir le guide).
                epci: "%4$s"
                version: "%5$d.1"
                # projet : brouillon vérifiable, chaque cotation dit qu'il n'est pas adopté ; adoptee une fois la
                # grille adoptée (délibération), avec sa source ci-dessous.
                statut: projet
                enVigueurDu: %6$s
                sources:
                  - "Art. L.441-1, L.441-2-8 et R.441-2-10 CCH"
                  - "Délibération de l'EPCI adoptant la grille (à citer : date, numéro)"
                remarque: >
                  Points proposés par cotation init, à remplacer par ceux que l'EPCI adopte.
                rubriques:
                  - {code: DALO, libelle: "Ménages reconnus prioritaires et à loger d'urgence (DALO)", mode: CUMUL}
                  - {code: PRIORITES_L441_1, libelle: "Publics prioritaires de l'art. L.441-1 CCH", mode: MEILLEUR}
                  - {code: ANCIENNETE, libelle: "Ancienneté de la demande", mode: CUMUL}
                  - {code: CRITERES_LOCAUX, libelle: "Critères propres au territoire", mode: CUMUL}
                grilles:
                  principale:
                    - regles/priorites-nationales.drl
                    - regles/anciennete.drl
                    - regles/criteres-locaux.drl
                """.formatted(nom, id, yamlTexte(nom), epci, debut.getYear(), debut);
    }

    private static String entete(String id, String commentaire) {
        return commentaire + "package cotation." + id.replace('-', '_') + ";\n\nimport fr.cotation.regles.*;\n\n"
                + "global fr.cotation.regles.Note note;\n";
    }

    private static String prioritesNationales(String id, LocalDate debut) {
        StringBuilder b = new StringBuilder(entete(id, """
                // Les ménages prioritaires de la loi. Art. L.441-1 CCH : les logements sont attribués en priorité
                // aux ménages reconnus DALO, puis aux catégories a) à m) ; R.441-2-10 CCH : la cotation les met en
                // œuvre. Le moteur dérive les catégories de la demande (Priorite) ; chaque règle donne ses @points.
                // POINTS PROPOSÉS par cotation init : à pondérer par l'EPCI. Dans la rubrique PRIORITES_L441_1
                // (mode MEILLEUR), seule la meilleure catégorie du ménage compte. Une catégorie pèse au moins autant que
                // le plus fort critère local (ici l'ancienneté, 36 points au plus) : sinon verify le signale (C026, C027).
                """));
        b.append("""

                rule "DALO"
                    @critere("DALO") @libelle("Ménage reconnu prioritaire et à loger d'urgence (DALO)")
                    @rubrique("DALO") @reference("art. L.441-2-3 CCH") @points(100)
                when
                    Situation( code == "DALO" )
                then
                    note.retenir();
                end
                """);
        for (CategoriePrioritaire c : PrioritesL4411.nationales().toutes()) {
            if (!c.enVigueurLe(debut)) {
                continue;
            }
            String code = "L441_1_" + c.categorie().toUpperCase(Locale.ROOT).replace(' ', '_');
            b.append("""

                    rule "Priorité %1$s)"
                        @critere("%2$s") @libelle("%3$s")
                        @rubrique("PRIORITES_L441_1") @reference("%4$s") @points(40)
                    when
                        Priorite( categorie == "%1$s" )
                    then
                        note.retenir();
                    end
                    """.formatted(c.categorie(), code, drlTexte(c.libelle()), drlTexte(c.reference())));
        }
        return b.toString();
    }

    private static String anciennete(String id) {
        return entete(id, """
                // L'ancienneté de la demande (R.441-2-10 CCH : la cotation en tient compte). Le taux (@parMois) et le
                // plafond (@plafond) s'écrivent une fois, dans les métadonnées : note.parMois($mois) les
                // applique, et la grille publiée les montre. POINTS PROPOSÉS : 1 par mois, au plus 36.
                """) + """

                rule "Ancienneté de la demande"
                    @critere("ANCIENNETE") @libelle("Ancienneté de la demande")
                    @rubrique("ANCIENNETE") @reference("art. R.441-2-10 CCH") @parMois(1) @plafond(36)
                when
                    Dossier( $mois : ancienneteMois, ancienneteMois > 0 )
                then
                    note.parMois($mois);
                end
                """;
    }

    private static String criteresLocaux(String id) {
        return entete(id, """
                // Les critères propres au territoire, tels que l'EPCI les adopte. Un exemple travaillé : le taux
                // d'effort (loyer × 100 ÷ ressources mensuelles, Dossier.tauxEffort, en %). Une demande sans loyer ou
                // sans ressources n'a pas de taux d'effort : la condition ne s'applique pas, elle ne vaut pas 0.
                // POINT PROPOSÉ : à remplacer ; @reference cite la délibération qui adopte le critère.
                """) + """

                rule "Taux d'effort de 30 % ou plus"
                    @critere("TAUX_EFFORT_30") @libelle("Taux d'effort de 30 % ou plus")
                    @rubrique("CRITERES_LOCAUX") @reference("art. R.441-2-10 CCH ; délibération de l'EPCI à citer")
                    @points(10)
                when
                    Dossier( tauxEffort >= 30 )
                then
                    note.retenir();
                end
                """;
    }

    private static String scenarios(String id, String nom, LocalDate debut, CommuneRef c) {
        LocalDate date = debut.plusMonths(6);
        String code = c.code();
        return """
                # Scénarios de %1$s : chaque cas dit ce que la grille doit donner, avec son calcul.
                # « cotation verifier » les joue tous ; modifiez-les en même temps que les points des règles.
                pack: %2$s
                description: "Exemples de la grille de départ écrite par cotation init"
                scenarios:

                  - nom: "Demande du jour, sans critère : aucun point"
                    # dépôt le jour de l'évaluation : 0 mois d'ancienneté ; propriétaire sans loyer : pas de taux d'effort
                    date: %3$s
                    commune: "%4$s"
                    demande:
                      dateDepot: %3$s
                      menage: {demandeur: {dateNaissance: 1985-03-15}}
                      logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "%4$s"}
                    total: 0
                    lignes: {}

                  - nom: "Ménage reconnu DALO"
                    # DALO 100 ; dépôt le jour même : 0 mois
                    date: %3$s
                    commune: "%4$s"
                    demande:
                      dateDepot: %3$s
                      menage: {demandeur: {dateNaissance: 1985-03-15}}
                      logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "%4$s"}
                      dalo: {statut: ACTIF, dateDecision: %3$s, preuve: VALIDEE}
                    total: 100
                    lignes: {DALO: 100}

                  - nom: "Ancienneté de 40 mois : plafonnée à 36"
                    # 40 mois × 1 = 40, plafonné à 36 (@plafond)
                    date: %3$s
                    commune: "%4$s"
                    demande:
                      dateDepot: %5$s
                      menage: {demandeur: {dateNaissance: 1985-03-15}}
                      logementActuel: {modele: PROPRIETAIRE_OCCUPANT, commune: "%4$s"}
                    total: 36
                    lignes: {ANCIENNETE: 36}
                """.formatted(nom, id, date, code, date.minusMonths(40));
    }

    private static String readme(String id, String epci, String nom, int nombreCommunes) {
        return """
                # Grille de cotation de %1$s

                Pack de départ écrit par `cotation init --epci %2$s` : %3$d communes du référentiel national
                (code officiel géographique) forment son territoire, par le SIREN de l'EPCI dans `pack.yaml`.

                1. Pondérer les règles de `regles/` : chaque `@points(...)`, `@parMois(...)` et `@plafond(...)`
                   est une proposition. Un nombre s'écrit une seule fois, dans les métadonnées de la règle.
                2. Écrire les critères propres au territoire dans `regles/criteres-locaux.drl` (l'exemple du taux
                   d'effort montre la forme), chacun avec la référence de la délibération (`@reference`).
                3. Tenir les scénarios de `scenarios/%4$s.yaml` à jour : un cas par critère, avec son calcul.
                4. Vérifier : `cotation verifier DOSSIER` (compilation, conformité à la loi, scénarios, équité).
                5. Une fois la grille adoptée : `statut: adoptee`, la délibération dans `sources`, puis
                   `cotation grille DOSSIER` écrit la grille publiée (R.441-2-17 CCH).

                Guide complet (vocabulaire, une règle par mécanisme, scénarios, publication) :
                docs/ecrire-une-grille.md du projet cotation.
                """.formatted(nom, epci, nombreCommunes, id);
    }
}
