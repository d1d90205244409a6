package fr.cotation.examples;

import fr.cotation.demande.Demande;
import fr.cotation.equite.ContreExemple;
import fr.cotation.equite.Propriete;
import fr.cotation.equite.RapportEquite;
import fr.cotation.equite.ProprieteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fairness suite on a pack directory: a copy of an embedded pack (Nice's, which extends {@code paca-base}) passes
 * every property; the same copy with a non-monotone ancienneté band added to its DRL fails monotonicity, with a shrunk
 * demande.
 */
class EquiteExampleTest {
    private static final int CAS = 200;
    private static final String PACK = "nice-cote-azur";

    private static String executer(Path dossier, Path rapport, RapportEquite[] resultat) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        resultat[0] = EquiteExample.verifier(dossier, PACK, 3, CAS, rapport,
                new PrintStream(sortie, true, StandardCharsets.UTF_8));
        return sortie.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_copy_of_an_embedded_pack_passes_every_property_and_the_report_is_written(@TempDir Path tmp)
            throws IOException {
        Path dossier = HotSwapExample.copierPackEmbarque(PACK, tmp.resolve("pack"));
        Path rapport = tmp.resolve("equite.md");
        RapportEquite[] r = new RapportEquite[1];
        String sortie = executer(dossier, rapport, r);
        assertTrue(r[0].reussi(), sortie);
        assertEquals(Propriete.values().length, r[0].proprietes().size());
        List<String> lignes = sortie.lines().toList();
        assertEquals("suite d'équité du pack nice-cote-azur 2023.1 (200 demandes, graine 3, au 2025-01-01) :",
                lignes.get(0));
        assertEquals(r[0].resume(), lignes.subList(1, 1 + Propriete.values().length));
        assertTrue(lignes.contains("6. Cohérence du classement : réussie (" + CAS + " cas)"), sortie);
        assertEquals("rapport : " + rapport, lignes.get(lignes.size() - 1));
        String md = Files.readString(rapport, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Rapport d'équité — Métropole Nice Côte d'Azur"), md);
        assertTrue(md.contains("| 6. Cohérence du classement | vérifiée | " + CAS + " |"), md);
    }

    @Test
    void a_non_monotone_ancienneté_band_in_the_copy_fails_monotonicity_with_a_shrunk_demande(@TempDir Path tmp)
            throws IOException {
        Path dossier = HotSwapExample.copierPackEmbarque(PACK, tmp.resolve("pack"));
        // 20 points from 12 to 23 months of ancienneté, none from 24: an older demande loses them
        Files.writeString(dossier.resolve("regles/criteres-locaux.drl"), """

                rule "Demande d'un an"
                    @critere("NCA_UN_AN") @libelle("Demande de 12 à 23 mois")
                    @rubrique("SITUATIONS_LOCALES") @reference("copie inéquitable") @points(20)
                when
                    Dossier( ancienneteMois >= 12, ancienneteMois < 24 )
                then
                    note.retenir(kcontext);
                end
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        RapportEquite[] r = new RapportEquite[1];
        String sortie = executer(dossier, tmp.resolve("equite.md"), r);
        assertFalse(r[0].reussi());
        ProprieteResult monotonie = r[0].propriete(Propriete.MONOTONIE).orElseThrow();
        assertFalse(monotonie.reussie());
        assertTrue(sortie.contains("3. Monotonie : ÉCHEC (" + CAS + " cas, "), sortie);
        ContreExemple c = monotonie.contreExemple();
        assertEquals("monotonie/anciennete", c.controle(), c.message());
        assertTrue(c.message().contains("NCA_UN_AN 20 → 0"), c.message());
        assertTrue(c.etapes() > 0, "shrunk");
        Demande d = c.reduite();
        assertEquals(1, d.communesSouhaitees().size(), c.reduiteJson());
        assertEquals(0, d.menage().personnesACharge().size(), c.reduiteJson());
        assertEquals(List.of(), d.refus(), c.reduiteJson());
        assertTrue(c.variante().dateDepot().isBefore(d.dateDepot()), "the variant was filed earlier");
        for (Propriete p : List.of(Propriete.DONNEES_PROTEGEES, Propriete.EXPLICATION, Propriete.CLASSEMENT)) {
            assertTrue(r[0].propriete(p).orElseThrow().reussie(), sortie);
        }
    }
}
