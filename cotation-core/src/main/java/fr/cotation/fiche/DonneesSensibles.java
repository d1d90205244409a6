package fr.cotation.fiche;

import fr.cotation.Ligne;
import fr.cotation.regles.Situations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The situations of the catalogue and the categories of art. L.441-1 CCH whose mere mention reveals special-category
 * data (art. 9 RGPD: health, handicap, sex life) or data on offences suffered or committed (art. 10 RGPD), and the
 * masking of {@link FicheCotation#sansDonneesSensibles()}.
 */
final class DonneesSensibles {
    /** Libellé of a masked line or priority. */
    static final String LIBELLE = "Situation personnelle protégée (détail sur la fiche complète)";

    /**
     * Health and handicap (art. 9 RGPD): handicap, leaving an appartement de coordination thérapeutique, reasons of
     * health; violence suffered and sexual life (art. 9 and 10): family or couple violence, forced marriage, rape or
     * sexual assault, exit from prostitution, trafficking or procuring; offences alleged against the household
     * (art. 10): fraud, incivilities.
     */
    static final Set<String> SITUATIONS = Set.of("HANDICAP", "SORTIE_ACT", "RAISONS_DE_SANTE", "VIOLENCES_FAMILIALES",
            "VIOLENCES_CONJUGALES", "MARIAGE_FORCE", "VICTIME_VIOL_AGRESSION", "SORTIE_PROSTITUTION", "VICTIME_TRAITE",
            "FRAUDE", "INCIVILITES");

    /** The letters of art. L.441-1 CCH that name such a situation: a), b), g), g bis), h), i). */
    static final Set<String> CATEGORIES = Set.of("a", "b", "g", "g bis", "h", "i");

    /** Fields of the demande whose problems would reveal such a situation. */
    private static final List<String> CHAMPS = List.of("handicap", "situations", "motifs");

    static {
        for (String code : SITUATIONS) {
            if (Situations.catalogue().get(code).isEmpty()) {
                throw new IllegalStateException("DonneesSensibles : situation inconnue du catalogue '" + code + "'");
            }
        }
    }

    private DonneesSensibles() {
    }

    static boolean sensible(Ligne l) {
        return l.situations().stream().anyMatch(SITUATIONS::contains)
                || l.categoriesL4411().stream().anyMatch(CATEGORIES::contains);
    }

    static FicheCotation expurger(FicheCotation f) {
        List<String> problemes = f.problemes().stream()
                .map(p -> CHAMPS.stream().anyMatch(p::startsWith) ? "donnée protégée : voir la fiche complète" : p)
                .toList();
        List<FicheCotation.NoteCommune> communes = new ArrayList<>();
        for (FicheCotation.NoteCommune c : f.communes()) {
            List<FicheCotation.LigneDeNote> lignes = c.lignes().stream().map(l -> sensible(l.ligne())
                    ? new FicheCotation.LigneDeNote(masquer(l.ligne()), List.of()) : l).toList();
            communes.add(new FicheCotation.NoteCommune(c.commune(), c.nomCommune(), c.epci(), c.nomEpci(), c.statut(),
                    c.message(), c.pack(), c.version(), c.grille(), c.statutGrille(), c.note(), c.pointsProvisoires(),
                    lignes, c.avertissements(), c.positions(), c.refus(), c.motifsLegitimesDeRefus()));
        }
        List<FicheCotation.PrioriteReconnue> priorites = f.priorites().stream()
                .map(p -> CATEGORIES.contains(p.categorie()) || SITUATIONS.contains(p.categorie())
                        ? new FicheCotation.PrioriteReconnue("protegee", LIBELLE, "art. L.441-1 CCH", p.preuve(), List.of())
                        : p)
                .toList();
        return new FicheCotation(f.numeroUnique(), f.dateEvaluation(), f.renouvelerAvant(), problemes,
                f.classementDisponible(), f.regleDepartage(), communes, priorites, f.suggestions(),
                f.communesExaminees(), f.regleSuggestions(), f.renouvellementInconnu(), f.exclusion(), true);
    }

    /** The line with its points and proof status, nothing that names the situation. */
    private static Ligne masquer(Ligne l) {
        return new Ligne("PROTEGE", LIBELLE, l.rubrique(), l.points(), l.pointsCalcules(), l.preuve(), null, null, null,
                l.dependDeLaCommune());
    }
}
