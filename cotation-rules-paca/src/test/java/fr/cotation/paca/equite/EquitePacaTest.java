package fr.cotation.paca.equite;

import fr.cotation.CotationEngine;
import fr.cotation.equite.Propriete;
import fr.cotation.equite.RapportEquite;
import fr.cotation.equite.ProprieteResult;
import fr.cotation.equite.SuiteEquite;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.paca.MoteurPaca;
import fr.cotation.paca.publication.FichiersPublies;
import fr.cotation.publication.RapportEquitePublie;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fairness suite on every PACA pack (the 25 territorial packs, and through them the regional base
 * {@code paca-base} they extend): each property on {@code cotation.equite.cas} generated demandes per pack (1,000 by
 * default, more with {@code -Pfairness-long}). The fairness reports are committed under
 * {@code cotation-rules-paca/docs/equite}, next to the published grilles: this test fails when one is out of date and
 * rewrites them with {@code -Dcotation.equite.ecrire=true}.
 */
class EquitePacaTest {
    /** The command that regenerates the committed reports, from the repository root. */
    static final String COMMANDE = "mvn -B -pl cotation-rules-paca -am test -Dtest=EquitePacaTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcotation.equite.ecrire=true";
    static final String DOSSIER = "docs/equite";
    /** The number of cases of the committed reports (and of the default build). */
    static final int CAS_PUBLIES = 1000;
    static final long GRAINE = 20250630L;

    @TestFactory
    Stream<DynamicTest> every_paca_pack_passes_every_fairness_property() {
        int cas = Integer.getInteger("cotation.equite.cas", CAS_PUBLIES);
        CotationEngine engine = MoteurPaca.engine();
        assertEquals(List.of(), engine.problemesPacks());
        Map<String, RapportEquite> rapports = new TreeMap<>();
        Stream<DynamicTest> packs = engine.packs().stream().map(p -> DynamicTest.dynamicTest(p.id() + " " + p.version(),
                () -> {
                    RapportEquite r = SuiteEquite.builder(engine).pack(p.id(), p.version()).graine(GRAINE).cas(cas)
                            .build().verifier();
                    rapports.put(p.id(), r);
                    assertEquals(7, r.proprietes().size());
                    for (ProprieteResult x : r.proprietes()) {
                        assertEquals(cas, x.cas());
                    }
                    assertTrue(r.reussi(), () -> p.id() + " :\n" + String.join("\n", r.resume()) + "\n"
                            + r.proprietes().stream().filter(x -> x.contreExemple() != null)
                            .map(x -> x.contreExemple().reduiteJson()).collect(Collectors.joining("\n")));
                    // issue 16, item 3: no group is kept out of the best notes by a criterion unfavourable to a ground
                    assertEquals(List.of(), r.disparitesEnErreur(), p.id());
                }));
        DynamicTest publies = DynamicTest.dynamicTest("les rapports publiés sont à jour", () -> {
            Assumptions.assumeTrue(cas == CAS_PUBLIES, "rapports publiés sur " + CAS_PUBLIES + " cas : non comparés");
            assertEquals(25, rapports.size(), "un rapport par pack territorial");
            FichiersPublies.verifierOuEcrire(DOSSIER, fichiers(engine, rapports), "cotation.equite.ecrire",
                    "les rapports d'équité", COMMANDE);
        });
        return Stream.concat(packs, Stream.of(publies));
    }

    /** Every file of the folder: two pages per pack and an index. */
    static Map<String, String> fichiers(CotationEngine engine, Map<String, RapportEquite> rapports) {
        Map<String, String> f = new TreeMap<>();
        StringBuilder index = new StringBuilder("""
                # Rapports d'équité des grilles PACA

                Chaque grille de cotation des packs PACA passe par la suite d'équité de cotation
                (`fr.cotation.equite.SuiteEquite`, décrite dans [docs/equite.md](../../../docs/equite.md)) : %d demandes
                synthétiques par pack (graine %d), tirées dans les communes de son territoire, chacune soumise à
                chaque propriété. Le socle régional `paca-base` est vérifié à travers les 25 packs qui l'étendent.
                La cohérence du classement (propriété 6) classe ces demandes par groupe de demandes analogues
                (`fr.cotation.classement.Classement`) et vérifie l'ordre des notes et la règle de départage.

                | Territoire | Pack | Propriétés | Note médiane | Décile supérieur dès | Rapport | Grille |
                |---|---|---|---|---|---|---|
                """.formatted(CAS_PUBLIES, GRAINE));
        for (PackDescriptor p : engine.packs()) {
            RapportEquite r = rapports.get(p.id());
            RapportEquitePublie page = RapportEquitePublie.de(r);
            f.put(p.id() + ".md", page.markdown());
            f.put(p.id() + ".html", page.html());
            long ok = r.proprietes().stream().filter(x -> x.statut() == ProprieteResult.Statut.VERIFIEE).count();
            index.append("| ").append(p.nom()).append(" | `").append(p.id()).append("` ").append(p.version())
                    .append(" | ").append(ok).append(" / ").append(r.proprietes().size()).append(ok == r.proprietes()
                            .size() ? " vérifiées" : " — **en échec**")
                    .append(" | ").append(texte(r.statistiques().mediane())).append(" | ")
                    .append(texte(r.statistiques().seuilDecile())).append(" | [md](").append(p.id()).append(".md), [html](")
                    .append(p.id()).append(".html) | [grille](../grilles/").append(p.id()).append(".md) |\n");
        }
        index.append("""

                Propriétés : %s.

                ## Régénérer ces pages

                Ces pages sont générées par `EquitePacaTest` à partir des règles de
                `cotation-rules-paca/src/main/resources/cotation/packs` : ne pas les modifier à la main. Après une
                modification des règles ou des descripteurs, depuis la racine du dépôt :

                ```
                %s
                ```

                `mvn -B verify` échoue tant qu'une page n'est pas à jour ou qu'une propriété est en échec.
                """.formatted(Stream.of(Propriete.values()).map(x -> x.numero() + ". " + x.libelle())
                .collect(Collectors.joining(", ")), COMMANDE));
        f.put("README.md", index.toString());
        return f;
    }

    private static String texte(java.math.BigDecimal x) {
        return x == null ? "—" : x.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
