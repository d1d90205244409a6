/**
 * cotation-core: the demande model, the derived facts, the rule packs, the scoring engine and its explanations
 * (cotation de la demande de logement social, art. L.441-2-8 and R.441-2-10 CCH). Exports the API packages listed in
 * {@code docs/api.md}; {@code fr.cotation.internal} and its sub-packages are not exported: no other module can
 * compile against them, and their classes change without notice.
 *
 * <p>Drools, MVEL and the Eclipse compiler have no module descriptor: they are automatic modules, named by the
 * {@code Automatic-Module-Name} of their manifests ({@code org.drools.*}, {@code org.kie.*},
 * {@code org.eclipse.jdt.core.compiler.batch}) or, for the two jars without one, by their file names
 * ({@code mvel2}, {@code antlr.runtime}).
 */
module fr.cotation.core {
    exports fr.cotation;
    exports fr.cotation.attribution;
    exports fr.cotation.bilan;
    exports fr.cotation.classement;
    exports fr.cotation.conformite;
    exports fr.cotation.demande;
    exports fr.cotation.equite;
    exports fr.cotation.fiche;
    exports fr.cotation.generation;
    exports fr.cotation.json;
    exports fr.cotation.pack;
    exports fr.cotation.publication;
    exports fr.cotation.regles;
    exports fr.cotation.scenario;
    exports fr.cotation.territoire;

    // the national commune registry, read as class-path resources by Referentiel (and by any reader of registries)
    opens cotation.referentiel.france;

    // Jackson reads and writes the records of these packages by reflection (YAML descriptors, JSON, CSV)
    opens fr.cotation to com.fasterxml.jackson.databind;
    opens fr.cotation.demande to com.fasterxml.jackson.databind;
    opens fr.cotation.pack to com.fasterxml.jackson.databind;
    opens fr.cotation.scenario to com.fasterxml.jackson.databind;
    opens fr.cotation.internal.pack to com.fasterxml.jackson.databind;

    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.desktop; // java.beans.Introspector: the properties of the rule vocabulary
    requires org.slf4j;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.compiler;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.kiesession;
    requires org.drools.mvel;
    requires org.eclipse.jdt.core.compiler.batch;
    // only the JUnit base classes of the fairness and scenario suites use it; an application never needs it
    requires static org.junit.jupiter.api;

    // the versionFormat writer Jackson instantiates (@JsonAppend on the documents): open to Jackson only
    opens fr.cotation.internal.json to com.fasterxml.jackson.databind;
}
