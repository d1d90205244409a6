package fr.cotation.conformite;

import fr.cotation.CotationEngine;
import fr.cotation.ProblemePack;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors a rule author can act on: every problem of a pack in one run, in French, with the file, the line and the
 * rule, saying what to write instead.
 */
class ErreursAuteurTest {

    @Test
    void every_problem_of_a_descriptor_comes_in_one_run_with_its_line(@TempDir Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("lyon"));
        Files.writeString(p.resolve("pack.yaml"), """
                id: lyon
                nom: Métropole de Lyon
                epci: "20004697"
                version: "1"
                statut: adopte
                enVigueurDu: 2026-13-01
                communnes: ["69385"]
                rubriques:
                  - {code: R, libelle: "R", plafon: 10}
                grilles:
                  principale: [regles.drl]
                """);
        List<ProblemePack> problems = Moteurs.depuis(dir).problemesPacks();
        assertEquals(6, problems.size(), problems::toString);
        assertEquals(List.of(7, 5, 6, 9, 3, 0), problems.stream().map(ProblemePack::ligne).toList(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("clé inconnue `communnes` : vouliez-vous dire `communes` ? ;"
                + " clés permises : id, nom, epci, base,"), problems.get(0).message());
        assertEquals("valeur de `statut` illisible : une de ces valeurs est attendue : modele, adoptee, projet",
                problems.get(1).message());
        assertEquals("valeur de `enVigueurDu` illisible : une date AAAA-MM-JJ est attendue, par exemple 2026-01-01",
                problems.get(2).message());
        assertTrue(problems.get(3).message().startsWith("clé inconnue `plafon` dans rubriques[0] : vouliez-vous dire"
                + " `plafond` ? ; clés permises : code, libelle, mode, plafond"), problems.get(3).message());
        assertTrue(problems.get(4).message().startsWith("epci '20004697' n'est pas un SIREN (9 chiffres"),
                problems.get(4).message());
        problems.subList(0, 5).forEach(x -> assertEquals("pack.yaml", x.fichier()));
        // its rules are checked in the same run, though the descriptor keeps the pack from loading
        assertEquals("lyon/regles.drl", problems.get(5).fichier());
        assertTrue(problems.get(5).message().startsWith("fichier de règles introuvable"), problems.get(5).message());
    }

    @Test
    void a_misspelled_property_names_the_nearest_one_for_every_rule_in_one_run(@TempDir Path dir) {
        pack(dir, "fautes", SIREN_NCA,
                regle("Ancienneté", "ANC", "Dossier( anciennete > 12 )")
                        + regle("Âge", "AGE", "Dossier( agedemandeur > 65 )"));
        // a folder not declared trusted: the allow-list refuses both rules before Drools, with the same suggestion
        List<ProblemePack> refus = Moteurs.depuis(dir).problemesPacks();
        assertEquals(2, refus.size(), refus::toString);
        assertEquals(List.of("Ancienneté", "Âge"), refus.stream().map(ProblemePack::regle).toList(), refus::toString);
        assertTrue(refus.get(0).message().contains("`anciennete` n'existe pas sur Dossier : vouliez-vous dire"
                + " `ancienneteMois` ?"), refus.get(0).message());
        assertTrue(refus.get(1).message().contains("`agedemandeur` n'existe pas sur Dossier : vouliez-vous dire"
                + " `ageDemandeur` ?"), refus.get(1).message());

        // a trusted folder: the compiler's message, with Drools' own text after it
        List<ProblemePack> problems = Moteurs.builder().trustedPackDirectory(dir).build().problemesPacks();
        assertEquals(2, problems.size(), problems::toString);
        ProblemePack a = problems.get(0);
        assertEquals("fautes/regles.drl", a.fichier());
        assertEquals(10, a.ligne());
        assertEquals("Ancienneté", a.regle());
        assertTrue(a.message().startsWith("`anciennete` n'existe pas sur Dossier : vouliez-vous dire `ancienneteMois` ?"),
                a.message());
        assertTrue(a.message().contains("(Drools : "), "Drools' own text follows: " + a.message());
        assertEquals(18, problems.get(1).ligne());
        assertTrue(problems.get(1).message().startsWith("`agedemandeur` n'existe pas sur Dossier : vouliez-vous dire"
                + " `ageDemandeur` ?"), problems.get(1).message());
    }

    @Test
    void a_misspelled_fact_type_names_the_nearest_one(@TempDir Path dir) {
        pack(dir, "type", SIREN_NCA, regle("Âge", "AGE", "Dosier( ageDemandeur > 65 )"));
        CotationEngine e = Moteurs.builder().trustedPackDirectory(dir).build();
        ProblemePack p = e.problemesPacks().get(0);
        assertTrue(p.message().startsWith("le type `Dosier` n'existe pas : vouliez-vous dire `Dossier` ?"), p.message());
    }

    /**
     * A pack with an unknown pack.yaml key, a misspelled property in one file and a rule without {@code end} in
     * another: before, the descriptor's error stopped the pack and its DRL was only checked on the next run.
     */
    private static Path packTroisFautes(Path dir) throws IOException {
        Path p = pack(dir, "trois", SIREN_NCA, regle("Ancienneté", "ANC", "Dossier( anciennete > 12 )"));
        Files.writeString(p.resolve("pack.yaml"), Files.readString(p.resolve("pack.yaml"))
                .replace("grilles:\n  principale: [regles.drl]", "grilles:\n  principale: [regles.drl, autre.drl]")
                + "communnes: [\"06088\"]\n");
        Files.writeString(p.resolve("autre.drl"), """
                package test.trois;

                import fr.cotation.regles.*;

                global fr.cotation.regles.Note note;

                rule "Sans fin"
                    @critere("FIN") @libelle("Sans fin") @rubrique("R") @points(1) @reference("art. R.441-2-10 CCH")
                when
                    Dossier( ancienneteMois > 12 )
                then
                    note.retenir(kcontext);

                rule "Suivante"
                    @critere("SUI") @libelle("Suivante") @rubrique("R") @points(1) @reference("art. R.441-2-10 CCH")
                when
                    Dossier( ancienneteMois > 24 )
                then
                    note.retenir(kcontext);
                end
                """);
        return p;
    }

    @Test
    void a_broken_descriptor_and_broken_rules_are_all_reported_in_one_run(@TempDir Path dir) throws IOException {
        packTroisFautes(dir);
        for (CotationEngine e : List.of(Moteurs.depuis(dir), Moteurs.builder().trustedPackDirectory(dir).build())) {
            List<ProblemePack> problems = e.problemesPacks();
            ProblemePack cle = problems.stream().filter(p -> p.message().startsWith("clé inconnue `communnes`"))
                    .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
            assertEquals("pack.yaml", cle.fichier());
            assertEquals(11, cle.ligne(), problems::toString);
            ProblemePack propriete = problems.stream().filter(p -> p.message().contains("`anciennete` n'existe pas sur"
                    + " Dossier : vouliez-vous dire `ancienneteMois` ?")).findFirst()
                    .orElseThrow(() -> new AssertionError(problems.toString()));
            assertEquals("trois/regles.drl", propriete.fichier());
            assertEquals(10, propriete.ligne());
            assertEquals("Ancienneté", propriete.regle());
            ProblemePack fin = problems.stream().filter(p -> p.fichier().equals("trois/autre.drl")).findFirst()
                    .orElseThrow(() -> new AssertionError(problems.toString()));
            assertEquals(19, fin.ligne(), fin::toString); // where the parser finds the next rule's consequence
            assertTrue(fin.message().contains("syntaxe DRL"), fin.message());
            assertEquals(3, problems.size(), problems::toString);
        }
    }

    @Test
    void a_rule_refused_by_the_allow_list_does_not_hide_a_syntax_error_in_another_file(@TempDir Path dir)
            throws IOException {
        Path p = packTroisFautes(dir);
        Files.writeString(p.resolve("pack.yaml"), Files.readString(p.resolve("pack.yaml"))
                .replace("communnes: [\"06088\"]\n", ""));
        List<ProblemePack> problems = Moteurs.depuis(dir).problemesPacks();
        assertEquals(List.of("trois/regles.drl", "trois/autre.drl"), problems.stream().map(ProblemePack::fichier).toList(),
                problems::toString);
    }
}
