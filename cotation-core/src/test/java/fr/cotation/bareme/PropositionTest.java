package fr.cotation.bareme;

import fr.cotation.CotationEngine;
import fr.cotation.fiche.FicheCotation;
import fr.cotation.fiche.Fiches;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.Grille;
import fr.cotation.publication.GrillePubliee;
import fr.cotation.testing.Demandes;
import fr.cotation.testing.Moteurs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.cotation.testing.Demandes.EVALUATION;
import static fr.cotation.testing.PackEcrit.pack;
import static fr.cotation.testing.PackEcrit.regle;
import static fr.cotation.testing.Registre.SIREN_NCA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @proposition}: a criterion that no source gives is marked, and the mark reaches the published grille and
 * the applicant's fiche, so that a proposal is never presented as the territory's criterion.
 */
class PropositionTest {
    private static final String POURQUOI = "absent des critères publiés : proposé par le projet";

    private static CotationEngine moteur(Path dir) {
        pack(dir, "prop", SIREN_NCA,
                regle("Travaille", "@critere(\"TRAVAILLE\") @libelle(\"Travaille dans la commune\") @rubrique(\"R\")"
                                + " @points(5) @reference(\"art. L.441-1 al. 1 CCH\") @proposition(\"" + POURQUOI + "\")",
                        "Dossier( nombreActifs >= 1 )", "note.retenir();")
                + regle("Sourcé", "SOURCE", "Dossier( )"));
        return Moteurs.depuis(dir);
    }

    @Test
    void theGrilleCarriesTheProposalAndOnlyOnItsCriterion(@TempDir Path dir) {
        Grille g = moteur(dir).grille("prop", "1", "principale").orElseThrow();
        CritereDeGrille propose = g.criteres().stream().filter(c -> c.code().equals("TRAVAILLE")).findFirst().orElseThrow();
        CritereDeGrille source = g.criteres().stream().filter(c -> c.code().equals("SOURCE")).findFirst().orElseThrow();
        assertEquals(POURQUOI, propose.proposition());
        assertTrue(propose.propose());
        assertNull(source.proposition());
        assertFalse(source.propose());
    }

    @Test
    void thePublishedGrilleSaysItIsAProposal(@TempDir Path dir) {
        String md = GrillePubliee.de(moteur(dir), "prop", "1").orElseThrow().markdown();
        assertTrue(md.contains("proposition du projet : " + POURQUOI), md);
        assertTrue(md.contains("1 critère, ou une de ses conditions, ne vient d'aucune source"), md);
        assertTrue(md.contains("(Travaille dans la commune)"), md);
    }

    @Test
    void theFicheMarksTheLine(@TempDir Path dir) {
        FicheCotation f = Fiches.builder(moteur(dir)).dateEvaluation(EVALUATION).build().fiche(Demandes.base().build());
        FicheCotation.NoteCommune nice = f.communes().get(0);
        FicheCotation.LigneDeNote travaille = nice.lignes().stream().filter(l -> l.ligne().critere().equals("TRAVAILLE"))
                .findFirst().orElseThrow();
        FicheCotation.LigneDeNote source = nice.lignes().stream().filter(l -> l.ligne().critere().equals("SOURCE"))
                .findFirst().orElseThrow();
        assertEquals(POURQUOI, travaille.proposition());
        assertNull(source.proposition());
        String texte = f.texte().replaceAll("\\s+", " "); // the text wraps long lines
        assertTrue(texte.contains("Travaille dans la commune (proposition du projet, absente des sources de la grille)"),
                texte);
        assertFalse(texte.contains("Sourcé (proposition"), texte);
    }
}
