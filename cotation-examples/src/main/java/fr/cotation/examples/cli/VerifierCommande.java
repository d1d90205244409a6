package fr.cotation.examples.cli;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.conformite.CodeConstat;
import fr.cotation.conformite.Conformite;
import fr.cotation.conformite.Constat;
import fr.cotation.conformite.Gravite;
import fr.cotation.equite.RapportEquite;
import fr.cotation.equite.Propriete;
import fr.cotation.equite.ProprieteResult;
import fr.cotation.equite.SuiteEquite;
import fr.cotation.publication.RapportEquitePublie;
import fr.cotation.scenario.Scenario;
import fr.cotation.scenario.ScenarioException;
import fr.cotation.scenario.ScenarioFile;
import fr.cotation.scenario.ScenarioResult;
import fr.cotation.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code cotation verifier}: compiles the packs of a folder, puts each through the compliance check, plays every
 * scenario file of the folder, puts each loaded pack through the fairness suite ({@link SuiteEquite}, quick mode by
 * default), and prints each problem as {@code file:line: rule: message}, then a summary.
 */
@Command(name = "verifier",
        header = "Vérifie un dossier de packs : compilation, conformité, scénarios, équité.",
        synopsisHeading = "%nUtilisation : ",
        descriptionHeading = "%n",
        description = {
                "Compile les packs du dossier (avec les packs embarqués qu'ils étendent, comme paca-base), passe "
                        + "chacun au contrôle de conformité (docs/conformite.md), joue tous les fichiers de scénarios "
                        + "du dossier (dossiers scenarios/), puis écrit chaque problème sur une ligne « fichier:ligne: "
                        + "règle: message » et un bilan, sur la sortie standard. Les avertissements n'empêchent pas la "
                        + "réussite, ni les erreurs de conformité d'une grille au statut projet (brouillon), écrites "
                        + "pour être réglées avant son adoption.",
                "",
                "Chaque pack chargé passe enfin la suite d'équité (docs/equite.md) sur des demandes synthétiques "
                        + "tirées dans ses communes : déterminisme, invariance aux données protégées, monotonie, "
                        + "explication fidèle, cohérence territoriale, robustesse. Une propriété en échec s'écrit avec "
                        + "la graine, le numéro de la demande et la demande réduite (JSON) qui la met en défaut.",
                "",
                "Les règles d'un dossier sont vérifiées (sûreté) avant d'être compilées ; --confiance les charge sans "
                        + "cette vérification, qui reste rapportée par le contrôle de conformité."},
        parameterListHeading = "%nParamètres :%n",
        optionListHeading = "%nOptions :%n",
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {
                "0:vérification réussie (des avertissements sont possibles)",
                "1:erreur de conformité, scénario en échec, fichier de scénarios illisible, propriété d'équité en "
                        + "échec ou disparité due à un critère défavorable à un motif protégé (même en projet)",
                "2:usage incorrect",
                "5:aucune erreur, mais une propriété d'équité non concluante (moins de 30 demandes concernées, "
                        + "territoire d'une seule commune) : augmenter --cas",
                "4:packs : dossier absent ou sans pack.yaml, pack qui ne se charge pas (syntaxe, sûreté, base...)",
                "10:erreur interne"},
        footerHeading = "%nExemples :%n",
        footer = {
                "  cotation verifier mes-packs",
                "  cotation verifier --confiance /etc/cotation/packs",
                "  cotation verifier --cas 5000 --rapport equite mes-packs"},
        sortOptions = false,
        usageHelpWidth = 100)
final class VerifierCommande implements Callable<Integer> {

    @Option(names = "--confiance",
            description = "Charge les packs sans la vérification de sûreté préalable (trustedPackDirectory), pour des "
                    + "packs aussi sûrs que le code de l'application ; les constats de sûreté restent des erreurs de "
                    + "conformité.")
    private boolean confiance;

    @Option(names = "--cas", paramLabel = "N", defaultValue = "200",
            description = "Demandes synthétiques par pack pour la suite d'équité (défaut : ${DEFAULT-VALUE}, mode "
                    + "rapide ; les packs embarqués passent 1000 demandes à chaque build, un audit davantage ; 0 : pas "
                    + "de suite d'équité).")
    private int cas;

    @Option(names = "--graine", paramLabel = "N", defaultValue = "0",
            description = "Graine du générateur de demandes (défaut : ${DEFAULT-VALUE}) : la même graine redonne les "
                    + "mêmes demandes, donc le même résultat.")
    private long graine;

    @Option(names = "--rapport", paramLabel = "DOSSIER",
            description = "Écrit le rapport d'équité de chaque pack (ID.md et ID.html : propriétés, contre-exemples, "
                    + "statistiques des notes) dans ce dossier.")
    private Path rapport;

    @Parameters(paramLabel = "DOSSIER", arity = "1",
            description = "Dossier de packs (un pack.yaml et ses fichiers DRL par pack, à toute profondeur).")
    private Path dossier;

    private final FabriqueMoteur fabrique;
    private final PrintStream out;
    private final PrintStream err;

    VerifierCommande(FabriqueMoteur fabrique, PrintStream out, PrintStream err) {
        this.fabrique = fabrique;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (cas < 0) {
            err.println("--cas : nombre de demandes négatif : " + cas);
            return CodeSortie.USAGE;
        }
        if (!PacksDuDossier.lisible(dossier, err)) {
            return CodeSortie.PACKS;
        }
        List<PacksDuDossier.Descripteur> locaux = PacksDuDossier.lire(dossier);
        List<PacksDuDossier.Descripteur> embarques = PacksDuDossier.embarques(getClass().getClassLoader());
        if (confiance) {
            err.println("packs chargés SANS vérification de sûreté depuis " + dossier + " (--confiance) : leurs règles "
                    + "s'exécutent comme du code de l'application");
        }
        for (PacksDuDossier.Descripteur d : locaux) {
            List<String> h = PacksDuDossier.homonymes(d, embarques);
            if (!h.isEmpty()) {
                err.println(d.fichier() + ": note : vérifié à la place du pack embarqué " + String.join(", ", h)
                        + " (même id ou même EPCI) ; avec coter --packs, les deux seraient en conflit");
            }
        }
        CotationEngine engine = fabrique.pourDossier(dossier, confiance);

        // 1. load
        Set<Constat> dejaDits = new HashSet<>();
        for (ProblemePack p : engine.problemesPacks()) {
            out.println(new ProblemePack(p.pack(), chemin(p.fichier(), p.pack(), locaux), p.ligne(), p.regle(),
                    p.message(), p.constat()));
            if (p.constat() != null) {
                dejaDits.add(p.constat());
            }
        }
        int charges = 0;
        int refuses = 0;
        int bases = 0;
        for (PacksDuDossier.Descripteur d : locaux) {
            if (d.estBase()) {
                bases++;
            } else if (d.estCharge(engine)) {
                charges++;
            } else {
                refuses++;
            }
        }

        // 2. compliance
        int erreurs = 0;
        int avertissements = 0;
        int informations = 0;
        int aRegler = 0; // errors of draft grilles (statut projet): reported, settled before adoption, not fatal
        for (PacksDuDossier.Descripteur d : locaux) {
            if (d.id() == null) {
                continue;
            }
            boolean refuse = !d.estBase() && !d.estCharge(engine);
            boolean projet = engine.packs().stream().anyMatch(p -> p.id().equals(d.id())
                    && p.version().equals(d.version()) && p.statut() == fr.cotation.pack.Statut.PROJET);
            Conformite c = engine.conformite(d.id(), d.version()).orElse(null);
            if (c == null) {
                continue;
            }
            for (Constat k : c.constats()) {
                if (dejaDits.contains(k) || (refuse && k.code() == CodeConstat.C000)) {
                    continue; // already printed as a load problem
                }
                if (k.fichier() != null && !k.fichier().startsWith(d.id() + "/") && !k.fichier().equals(PacksDuDossier.DESCRIPTEUR)
                        && !dejaDits.add(k)) {
                    continue; // a base's finding, already printed for another pack of the folder that extends it
                }
                out.println(new Constat(k.code(), k.pack(), chemin(k.fichier(), k.pack(), locaux), k.ligne(), k.regle(),
                        k.message()));
                if (k.gravite() == Gravite.ERREUR && projet) {
                    aRegler++;
                } else if (k.gravite() == Gravite.ERREUR) {
                    erreurs++;
                } else if (k.gravite() == Gravite.AVERTISSEMENT) {
                    avertissements++;
                } else {
                    informations++;
                }
            }
        }

        // 3. scenarios
        int reussis = 0;
        int echoues = 0;
        int illisibles = 0;
        int nonJoues = 0;
        Set<String> refusesIds = new HashSet<>();
        locaux.stream().filter(d -> d.id() != null && !d.estBase() && !d.estCharge(engine))
                .forEach(d -> refusesIds.add(d.id()));
        List<Path> fichiers = Scenarios.find(dossier);
        for (Path f : fichiers) {
            ScenarioFile lu;
            try {
                lu = Scenarios.read(f);
            } catch (ScenarioException e) {
                e.problemes().forEach(out::println);
                illisibles++;
                continue;
            }
            for (Scenario s : lu.scenarios()) {
                if (s.pack() != null && refusesIds.contains(s.pack())) {
                    out.println(s.fichier() + ":" + s.ligne() + ": scénario \"" + s.nom() + "\": non joué : le pack "
                            + s.pack() + " ne se charge pas");
                    nonJoues++;
                    continue;
                }
                ScenarioResult r = Scenarios.run(s, engine);
                if (r.passed()) {
                    reussis++;
                } else {
                    echoues++;
                    List<String> ecarts = new java.util.ArrayList<>(r.ecarts());
                    r.problemes().forEach(p -> ecarts.add(p.champ() + " = " + p.valeur() + " : " + p.message()));
                    out.println(s.fichier() + ":" + s.ligne() + ": scénario \"" + s.nom() + "\": "
                            + String.join(" ; ", ecarts));
                }
            }
        }

        // 4. fairness
        int packsEquite = 0;
        int proprietesVerifiees = 0;
        int proprietesEnEchec = 0;
        int proprietesNonConcluantes = 0;
        int disparites = 0;
        int disparitesEnErreur = 0;
        List<String> partsLocales = new java.util.ArrayList<>();
        if (cas > 0) {
            for (PacksDuDossier.Descripteur d : locaux) {
                if (d.id() == null || d.estBase() || !d.estCharge(engine)) {
                    continue;
                }
                RapportEquite r = SuiteEquite.builder(engine).pack(d.id(), d.version()).graine(graine).cas(cas).build()
                        .verifier();
                packsEquite++;
                List<String> lignes = r.resume();
                for (int i = 0; i < r.proprietes().size(); i++) {
                    ProprieteResult p = r.proprietes().get(i);
                    if (p.statut() == ProprieteResult.Statut.NON_CONCLUANTE) {
                        proprietesNonConcluantes++;
                        out.println(d.fichier() + ": équité : " + lignes.get(i) + " [pack " + d.id() + "]");
                        continue;
                    }
                    if (p.reussie()) {
                        proprietesVerifiees++;
                        continue;
                    }
                    proprietesEnEchec++;
                    out.println(d.fichier() + ": équité : " + lignes.get(i) + " [pack " + d.id() + "]");
                    // property 6 concerns two demandes: its counterexample is not shrunk
                    out.println(p.propriete() == Propriete.CLASSEMENT ? "demande classée à tort (non réduite) :"
                            : "demande réduite :");
                    out.println(p.contreExemple().reduiteJson());
                }
                // a warning (the grille must show why), or an error when the criterion that drives the gap treats a
                // protected ground unfavourably (C020): fatal like a failing property, whatever the grille's status
                for (var x : r.disparitesSignalees()) {
                    disparites++;
                    boolean grave = x.gravite() == Gravite.ERREUR;
                    disparitesEnErreur += grave ? 1 : 0;
                    out.println(d.fichier() + ": équité : " + x.gravite() + " disparité : " + x.attribut().toLowerCase(
                            java.util.Locale.ROOT) + " « " + x.groupe() + " » (" + x.effectif() + " demandes) : "
                            + fr.cotation.equite.Disparites.deux(x.ratio())
                            + " de sa part du stock parmi les meilleures notes, sous la règle des quatre cinquièmes"
                            + (x.criteres().isEmpty() ? "" : " ; critères en cause : " + String.join(", ", x.criteres()))
                            + (grave ? " ; " + String.join(", ", x.defavorables()) + " défavorise un motif protégé "
                            + "(C020, code pénal art. 225-1 et 225-2) : retirer le critère" : "")
                            + " [pack " + d.id() + "]");
                }
                // issue 16, item 2: how much of the median households' note the local criteria make
                List<String> parts = r.statistiques().partsLocales().stream().filter(x -> x.part() != null)
                        .map(x -> (x.libelle().startsWith("Ménage prioritaire") ? "ménage prioritaire médian "
                                : "ménage non prioritaire médian ") + pourcent(x.part()) + " ("
                                + x.pointsLocaux().stripTrailingZeros().toPlainString().replace('.', ',') + " sur "
                                + x.note().stripTrailingZeros().toPlainString().replace('.', ',') + " pts)").toList();
                if (!parts.isEmpty()) {
                    partsLocales.add(d.id() + " : " + String.join(", ", parts));
                }
                if (rapport != null) {
                    Files.createDirectories(rapport);
                    RapportEquitePublie page = RapportEquitePublie.de(r);
                    Files.writeString(rapport.resolve(d.id() + ".md"), page.markdown(), StandardCharsets.UTF_8);
                    Files.writeString(rapport.resolve(d.id() + ".html"), page.html(), StandardCharsets.UTF_8);
                }
            }
        }

        // 5. summary
        out.println("--- vérification de " + dossier + (confiance ? " (--confiance : sans vérification de sûreté au "
                + "chargement)" : ""));
        out.println("packs : " + charges + " chargé(s), " + refuses + " refusé(s)" + (bases > 0 ? ", " + bases
                + " base(s)" : "") + (engine.problemesPacks().isEmpty() ? "" : " ; " + engine.problemesPacks().size()
                + " problème(s) de chargement"));
        out.println("conformité : " + erreurs + " erreur(s), " + avertissements + " avertissement(s)"
                + (informations == 0 ? "" : ", " + informations + " information(s)")
                + (aRegler == 0 ? "" : ", " + aRegler + " erreur(s) d'une grille en projet (statut projet), à régler"
                + " avant son adoption"));
        out.println("scénarios : " + reussis + " réussi(s), " + echoues + " en échec"
                + (nonJoues > 0 ? ", " + nonJoues + " non joué(s)" : "")
                + (illisibles > 0 ? ", " + illisibles + " fichier(s) illisible(s)" : "")
                + " (" + fichiers.size() + " fichier(s))");
        out.println(cas == 0 ? "suite d'équité : non exécutée (--cas 0)"
                : packsEquite == 0 ? "suite d'équité : non exécutée (aucun pack chargé)"
                : "suite d'équité : " + proprietesVerifiees + " propriété(s) vérifiée(s), " + proprietesEnEchec
                + " en échec" + (proprietesNonConcluantes > 0 ? ", " + proprietesNonConcluantes + " non concluante(s)"
                : "") + (disparites > 0 ? ", " + disparites + " disparité(s) signalée(s)" + (disparitesEnErreur > 0 ? " dont "
                + disparitesEnErreur + " en erreur" : "") : "") + " (" + packsEquite + " pack(s), " + cas + " demandes par pack, graine " + graine + ")");
        partsLocales.forEach(x -> out.println("part des critères locaux dans la note : " + x));
        int code = !engine.problemesPacks().isEmpty() || refuses > 0 ? CodeSortie.PACKS
                : erreurs > 0 || echoues > 0 || illisibles > 0 || proprietesEnEchec > 0
                        || disparitesEnErreur > 0 ? CodeSortie.DEMANDES_REJETEES
                : proprietesNonConcluantes > 0 ? CodeSortie.NON_CONCLUANT
                : CodeSortie.OK;
        out.println(code == CodeSortie.OK ? "vérification réussie" : "vérification en échec (code " + code + ")");
        return code;
    }

    /** A share as a French percentage with no decimal: {@code 58 %} (narrow no-break space). */
    private static String pourcent(double part) {
        return Math.round(100 * part) + "\u202f%";
    }

    /**
     * A file of a pack of the folder as a path from where the tool runs ({@code mes-packs/paillons/regles/x.drl}
     * rather than the library's {@code pays-des-paillons/regles/x.drl}), so that an editor opens it; the files of the
     * embedded bases keep the library's form.
     */
    static String chemin(String fichier, String pack, List<PacksDuDossier.Descripteur> locaux) {
        if (fichier == null) {
            return null;
        }
        if (fichier.equals(PacksDuDossier.DESCRIPTEUR) && pack != null && pack.endsWith(PacksDuDossier.DESCRIPTEUR)) {
            return pack; // a descriptor that could not be read is named by its path
        }
        for (PacksDuDossier.Descripteur d : locaux) {
            if (d.id() == null) {
                continue;
            }
            String dossierPack = Path.of(d.fichier()).getParent().toString();
            if (fichier.startsWith(d.id() + "/")) {
                return dossierPack + fichier.substring(d.id().length());
            }
            if (fichier.equals(PacksDuDossier.DESCRIPTEUR) && d.id().equals(pack)) {
                return d.fichier();
            }
        }
        return fichier;
    }
}
