package fr.cotation.examples.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cotation-bom (bom/pom.xml) has no parent, so nothing keeps it in step with cotation-parent but this test
 * (docs/release.md, "The BOM"): the same version, the Drools version the PACA grilles were precompiled with, every
 * published module managed and nothing else of ours, and the metadata Maven Central requires, equal to the parent's.
 */
class BomTest {
    private static Element parent;
    private static Element bom;

    @BeforeAll
    static void lire() throws Exception {
        Path racine = Racine.racine();
        parent = lire(racine.resolve("pom.xml"));
        bom = lire(racine.resolve("bom/pom.xml"));
    }

    private static Element lire(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(pom.toFile());
        return d.getDocumentElement();
    }

    /** The text of the first element at this path of child names, null when absent. */
    private static String texte(Element e, String... chemin) {
        Element courant = e;
        for (String nom : chemin) {
            courant = enfant(courant, nom);
            if (courant == null) {
                return null;
            }
        }
        return courant.getTextContent().strip();
    }

    private static Element enfant(Element e, String nom) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(nom)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void theBomHasNoParentAndTheParentsVersionAndGroup() {
        assertNull(enfant(bom, "parent"), "an imported pom brings its parent's dependencyManagement too");
        assertEquals("pom", texte(bom, "packaging"));
        assertEquals(texte(parent, "groupId"), texte(bom, "groupId"));
        assertEquals(texte(parent, "version"), texte(bom, "version"));
        assertEquals(texte(parent, "properties", "drools.version"), texte(bom, "properties", "drools.version"));
        assertEquals(texte(parent, "properties", "project.build.outputTimestamp"),
                texte(bom, "properties", "project.build.outputTimestamp"));
    }

    @Test
    void theBomManagesThePublishedModulesAndDroolsOnly() {
        List<String> geres = new ArrayList<>();
        NodeList deps = enfant(enfant(bom, "dependencyManagement"), "dependencies").getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            geres.add(texte(d, "groupId") + ":" + texte(d, "artifactId") + ":" + texte(d, "version"));
        }
        assertEquals(List.of("fr.cotation:cotation-core:${project.version}",
                "fr.cotation:cotation-rules-paca:${project.version}",
                "org.drools:drools-bom:${drools.version}"), geres);
        List<String> modules = new ArrayList<>();
        NodeList m = enfant(parent, "modules").getElementsByTagName("module");
        for (int i = 0; i < m.getLength(); i++) {
            modules.add(m.item(i).getTextContent().strip());
        }
        assertEquals(List.of("bom", "cotation-core", "cotation-rules-paca", "cotation-examples"), modules,
                "a new published module goes into the BOM too");
    }

    @Test
    void theBomCarriesTheMetadataCentralRequiresAsTheParentDoes() {
        for (String[] chemin : List.of(new String[] {"url"}, new String[] {"licenses", "license", "name"},
                new String[] {"licenses", "license", "url"}, new String[] {"developers", "developer", "name"},
                new String[] {"scm", "url"}, new String[] {"scm", "connection"}, new String[] {"issueManagement", "url"})) {
            String attendu = texte(parent, chemin);
            assertNotNull(attendu, String.join("/", chemin) + " absent of the parent pom");
            assertEquals(attendu, texte(bom, chemin), String.join("/", chemin));
        }
        assertTrue(texte(bom, "description").length() > 20);
        assertTrue(enfant(bom, "profiles").getTextContent().contains("central-publishing-maven-plugin"),
                "the BOM is published with the others");
    }
}
