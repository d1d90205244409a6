package fr.cotation.internal.pack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consequence read once, by the Eclipse compiler's parser, into the calls of {@code note} it makes: what the
 * allow-list, the number checks and the direct evaluation share. And a DRL text read by Drools' parser, each rule with
 * its consequence and the line of the file where it starts.
 */
class ConsequenceLueTest {
    @Test
    void theOneCallAndItsArguments() {
        ConsequenceLue.Appel a = ConsequenceLue.lire("note.retenir(-2.5, \"malus de test\");").seulAppel();
        assertEquals("retenir", a.methode());
        assertEquals(new ConsequenceLue.Nombre(-2.5, false, "-2.5"), a.arguments().get(0));
        assertEquals(new ConsequenceLue.Chaine("malus de test", false, "\"malus de test\""), a.arguments().get(1));
        ConsequenceLue.Appel p = ConsequenceLue.lire("// le taux et le plafond\n  note.parMois( $m , 0.5, 3 ) ;")
                .seulAppel();
        assertEquals("parMois", p.methode());
        assertEquals(2, p.ligne());
        assertEquals(new ConsequenceLue.Nom("$m", "$m"), p.arguments().get(0));
        assertEquals(new ConsequenceLue.Nombre(3, true, "3"), p.arguments().get(2));
        assertEquals(List.of(), ConsequenceLue.lire("note.retenir();").seulAppel().arguments());
    }

    @Test
    void numbersTextsAndComputations() {
        List<ConsequenceLue.Argument> args = ConsequenceLue.lire(
                "note.retenir(2d, \"a\\tb\", Math.min(6, 2 * $n), 0x10, $d.getAncienneteMois(), \"a\" + \"b\");")
                .seulAppel().arguments();
        assertEquals(2.0, ((ConsequenceLue.Nombre) args.get(0)).valeur());
        ConsequenceLue.Chaine t = (ConsequenceLue.Chaine) args.get(1);
        assertTrue(t.echappee());
        assertEquals("a\tb", t.valeur()); // as Java decodes it
        assertInstanceOf(ConsequenceLue.Calcul.class, args.get(2));
        assertInstanceOf(ConsequenceLue.Calcul.class, args.get(3)); // hexadecimal: not a plain number
        assertInstanceOf(ConsequenceLue.Calcul.class, args.get(4));
        assertInstanceOf(ConsequenceLue.Calcul.class, args.get(5)); // a concatenation is computed
        assertEquals("Math.min(6, 2 * $n)", args.get(2).texte());
    }

    @Test
    void onlyAConsequenceThatIsOneCallHasASingleCall() {
        ConsequenceLue deux = ConsequenceLue.lire("note.retenir();\n    note.retenir(1, \"x\");");
        assertNull(deux.seulAppel());
        assertEquals(List.of(1, 2), deux.appels().stream().map(ConsequenceLue.Appel::ligne).toList());
        ConsequenceLue imbrique = ConsequenceLue.lire("if ($m > 3) {\n  note.retenir(2, \"y\");\n}");
        assertNull(imbrique.seulAppel());
        assertEquals(1, imbrique.appels().size());
        assertEquals(2, imbrique.appels().get(0).ligne());
        assertNull(ConsequenceLue.lire("note.retenir();;").seulAppel());
        assertNull(ConsequenceLue.lire("autre.retenir();").seulAppel());
        assertTrue(ConsequenceLue.lire("// rien\nnote.retenir(); // fin").seulAppel() != null);
    }

    @Test
    void unreadableAndOutOfItsBlock() {
        ConsequenceLue illisible = ConsequenceLue.lire("note.retenir(\n\nnote.retenir();");
        assertFalse(illisible.lisible());
        ConsequenceLue sortie = ConsequenceLue.lire("note.retenir(); } void x() {");
        assertTrue(sortie.lisible());
        assertTrue(sortie.horsDuBloc());
        assertEquals(List.of(), sortie.appels());
    }

    @Test
    void theOldFormSaysWhatToWrite() {
        ConsequenceLue.Appel a = ConsequenceLue.lire("note.parMois(kcontext, $m, 1, 36);").seulAppel();
        assertTrue(a.ancienne());
        assertEquals("note.parMois(kcontext, $m, 1, 36) est l'ancienne forme : le moteur sait quelle règle se"
                + " déclenche, écrire note.parMois($m, 1, 36) sans kcontext (docs/ecrire-une-grille.md)", a.ancienneForme());
        assertFalse(ConsequenceLue.lire("note.retenir();").seulAppel().ancienne());
    }

    @Test
    void aDrlTextReadByDroolsParserGivesEachRuleWithTheLineOfItsConsequence() {
        String drl = """
                package test;
                import fr.cotation.regles.*;
                global fr.cotation.regles.Note note;
                rule "a" @points(1)
                when
                    Dossier( )
                then
                    // commentaire
                    note.retenir();
                end
                rule b
                when
                    Dossier( )
                then   note.retenir(kcontext);
                end
                """;
        DrlLu lu = DrlLu.lire(drl);
        assertEquals(2, lu.regles().size());
        DrlLu.RegleLue a = lu.regles("a").get(0);
        assertEquals(8, a.debut()); // the comment's line: the consequence starts there
        assertEquals(9, a.ligne(a.consequence().seulAppel().ligne()));
        assertEquals(List.of(new DrlLu.AncienneForme(14, "b", ConsequenceLue.lire("note.retenir(kcontext);")
                .seulAppel().ancienneForme())), lu.anciennesFormes());
        assertEquals(List.of(), lu.regles("c"));
    }
}
