package fr.cotation.examples.architecture;

import fr.cotation.CotationEngine;
import fr.cotation.demande.Demande;
import fr.cotation.json.CotationJson;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After {@code package}: cotation-core is a named module ({@code module-info.java}) that exports its API and not
 * {@code fr.cotation.internal}, and an application on the module path scores with it as one on the class path does.
 * The core jar, the PACA jar (an automatic module) and the libraries the core requires are resolved into a module
 * layer of their own (no JUnit, no picocli in it); the Nice demo's first demande scored there gives the same JSON as
 * here, on the class path.
 */
class ModulePathIT {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);
    /** The libraries of the core's module graph, by jar name: Drools and what it needs, Jackson, SLF4J. */
    private static final Pattern BIBLIOTHEQUES = Pattern.compile("(drools|kie|mvel|antlr|ecj|jackson|snakeyaml"
            + "|slf4j-api|commons-codec)[^/\\\\]*\\.jar");

    @Test
    void theCoreModuleExportsItsApiOnlyAndScoresOnTheModulePath() throws Exception {
        Path racine = Racine.racine();
        List<Path> chemin = new ArrayList<>();
        chemin.add(jar(racine.resolve("cotation-core/target"), "cotation-core-"));
        chemin.add(jar(racine.resolve("cotation-rules-paca/target"), "cotation-rules-paca-"));
        for (String entree : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (BIBLIOTHEQUES.matcher(Path.of(entree).getFileName().toString()).matches()) {
                chemin.add(Path.of(entree));
            }
        }
        ModuleFinder finder = ModuleFinder.of(chemin.toArray(Path[]::new));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
                Set.of("fr.cotation.core", "fr.cotation.rules.paca"));
        ModuleLayer couche = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());

        Module core = couche.findModule("fr.cotation.core").orElseThrow();
        ModuleDescriptor d = core.getDescriptor();
        assertFalse(d.isAutomatic(), "cotation-core a un descripteur de module");
        List<String> exportes = d.exports().stream().map(ModuleDescriptor.Exports::source).sorted().toList();
        assertTrue(exportes.contains("fr.cotation") && exportes.contains("fr.cotation.regles"), exportes.toString());
        assertTrue(exportes.stream().noneMatch(p -> p.startsWith("fr.cotation.internal")), exportes.toString());
        assertTrue(d.packages().contains("fr.cotation.internal.engine"));
        assertFalse(core.isExported("fr.cotation.internal.engine"));
        assertTrue(couche.findModule("org.junit.jupiter.api").isEmpty(), "JUnit n'est pas dans le graphe du module");

        ClassLoader chargeur = couche.findLoader("fr.cotation.core");
        Class<?> moteur = chargeur.loadClass("fr.cotation.CotationEngine");
        assertEquals(core, moteur.getModule());
        Object builder = moteur.getMethod("builder").invoke(null);
        Object engine = builder.getClass().getMethod("build").invoke(builder);
        assertEquals(List.of(), moteur.getMethod("problemesPacks").invoke(engine), "packs lus sur le chemin de modules");
        Class<?> json = chargeur.loadClass("fr.cotation.json.CotationJson");
        Class<?> demande = chargeur.loadClass("fr.cotation.demande.Demande");
        Method score = moteur.getMethod("coter", demande, LocalDate.class);
        Method enTexte = json.getMethod("enTexte", Object.class);

        Path demo = racine.resolve("cotation-examples/src/main/resources/fr/cotation/examples/demandes-nice.json");
        Object premiere;
        try (InputStream in = Files.newInputStream(demo)) {
            premiere = ((List<?>) json.getMethod("lireDemandes", InputStream.class).invoke(null, in)).get(0);
        }
        String surLeCheminDeModules = (String) enTexte.invoke(null, score.invoke(engine, premiere, DATE));

        Demande ici;
        try (InputStream in = Files.newInputStream(demo)) {
            ici = CotationJson.lireDemandes(in).get(0);
        }
        String surLeClassPath = CotationJson.enTexte(CotationEngine.builder().build().coter(ici, DATE));
        assertTrue(surLeClassPath.contains("\"COTEE\""), surLeClassPath);
        assertEquals(surLeClassPath, surLeCheminDeModules);
    }

    /** The module's one main jar in this folder. */
    private static Path jar(Path target, String prefixe) throws IOException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(target)) {
            jars = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefixe) && n.endsWith(".jar") && !n.endsWith("-tests.jar")
                        && !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar");
            }).toList();
        }
        assertEquals(1, jars.size(), "un seul jar du module dans " + target + " : " + jars);
        return jars.get(0);
    }
}
